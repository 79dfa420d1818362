"""A throwaway PostgreSQL 15 server for the tests marked ``postgres``: started once per session.

``initdb`` refuses to run as root, so the server is created and run as the ``postgres`` user
(``runuser -u postgres --`` when the tests run as root) in a temporary directory that user owns,
listening on 127.0.0.1 only, on a free port; it is stopped when the session ends. Each test gets
a database of its own (``postgres_url``), so tests never see each other's rows.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

PG_BIN = Path(os.environ.get("BRIEFBOT_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))
PG_USER = "postgres"


@dataclass(frozen=True)
class PostgresServer:
    """A running server: where it listens and how to make a database on it."""

    port: int

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{PG_USER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _as_postgres(*command: str) -> list[str]:
    """``command`` run as the postgres user (initdb and the server refuse to run as root)."""
    if os.geteuid() != 0:
        return list(command)
    return ["runuser", "-u", PG_USER, "--", *command]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    """PostgreSQL 15 on 127.0.0.1 and a free port, in a temporary directory; stopped after."""
    initdb = PG_BIN / "initdb"
    if not initdb.exists():
        raise RuntimeError(f"{initdb} is missing: install PostgreSQL 15 (apt-get install "
                           "postgresql); .ci/run does it when the binaries are missing.")
    base = Path(tempfile.mkdtemp(prefix="briefbot-pg-"))
    data = base / "data"
    if os.geteuid() == 0:
        shutil.chown(base, PG_USER, PG_USER)
    base.chmod(0o700)
    port = _free_port()
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    try:
        subprocess.run(_as_postgres(str(initdb), "-D", str(data), "-U", PG_USER, "-A", "trust",
                                    "--no-sync", "-E", "UTF8"),
                       check=True, capture_output=True)
        subprocess.run(_as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-l",
                                    str(base / "log"), "-o", options, "-w", "-t", "60", "start"),
                       check=True, capture_output=True)
        yield PostgresServer(port)
    finally:
        subprocess.run(_as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                    "-w", "stop"), check=False, capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """PostgreSQL 15 for the whole session (fails, never skips, when it cannot start)."""
    try:
        with running_postgres() as server:
            yield server
    except (RuntimeError, subprocess.CalledProcessError) as error:
        pytest.fail(f"PostgreSQL could not be started: {error}")


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL of an empty database of this test's own."""
    return postgres_server.new_database()
