"""The Docker HEALTHCHECK: `python -m bot.telegram_adapter.health` against real sockets."""

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.emulator import BotApiEmulator
from bot.telegram_adapter.health import main, probe_host


def _webhook_env(port: int, listen: str = "127.0.0.1") -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": "123456:test-token",
        "BRIEFBOT_WEBHOOK_URL": "https://bot.example.org/telegram",
        "BRIEFBOT_WEBHOOK_SECRET": "test-secret",
        "BRIEFBOT_WEBHOOK_LISTEN": listen,
        "BRIEFBOT_WEBHOOK_PORT": str(port),
    }


@pytest.fixture
def listening_port() -> Iterator[int]:
    """A port on 127.0.0.1 where a real server socket accepts connections."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A port on 127.0.0.1 that refuses connections: bound (so nobody else takes it), not listening."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))
        yield holder.getsockname()[1]


def _run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The command the Dockerfile's HEALTHCHECK runs, with only these briefbot settings."""
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))}
    return subprocess.run([sys.executable, "-m", "bot.telegram_adapter.health", "--timeout", "2"],
                          capture_output=True, text=True, env={**base, **env}, timeout=30,
                          check=False)


def test_webhook_server_listening_is_healthy(listening_port: int) -> None:
    result = _run(_webhook_env(listening_port))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (f"healthy: the webhook server accepts connections at "
                             f"127.0.0.1:{listening_port}\n")
    assert result.stderr == ""


def test_closed_webhook_port_is_unhealthy(closed_port: int) -> None:
    result = _run(_webhook_env(closed_port))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"unhealthy: the webhook server at 127.0.0.1:{closed_port} "
                                    "does not accept connections (")
    assert len(result.stderr.splitlines()) == 1


def test_no_webhook_configured_is_healthy() -> None:
    result = _run({"TELEGRAM_BOT_TOKEN": "123456:test-token"})  # polling mode
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("healthy: no webhook configured")
    assert len(result.stdout.splitlines()) == 1


def test_wildcard_listen_address_is_probed_on_loopback(listening_port: int,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--timeout", "2"], env=_webhook_env(listening_port, listen="0.0.0.0")) == 0
    assert f"at 127.0.0.1:{listening_port}" in capsys.readouterr().out


def test_without_a_token_there_is_no_webhook_server(closed_port: int,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    # `briefbot run` without a token starts the local harness, not the webhook server.
    env = _webhook_env(closed_port)
    del env["TELEGRAM_BOT_TOKEN"]
    assert main([], env=env) == 0
    assert capsys.readouterr().out.startswith("healthy: no webhook configured")


def test_bad_setting_is_unhealthy_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    env = _webhook_env(8443)
    env["BRIEFBOT_WEBHOOK_PORT"] = "eighty"
    assert main([], env=env) == 1
    err = capsys.readouterr().err
    assert err.startswith("unhealthy: configuration error: BRIEFBOT_WEBHOOK_PORT")
    assert "test-secret" not in err and "test-token" not in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(("listen", "host"), [
    ("0.0.0.0", "127.0.0.1"), ("", "127.0.0.1"), ("::", "::1"), ("[::]", "::1"),
    ("127.0.0.1", "127.0.0.1"), ("[::1]", "::1"), ("10.1.2.3", "10.1.2.3"),
])
def test_probe_host(listen: str, host: str) -> None:
    assert probe_host(listen) == host


async def test_briefbot_run_in_webhook_mode_is_healthy_until_it_stops(tmp_path: Path,
                                                                     bot_name: str) -> None:
    """The check against the real webhook server of `briefbot run` (Bot API: the emulator)."""
    with socket.socket() as probe:  # a free port for the webhook server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with BotApiEmulator(bot_username=bot_name) as emu:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))}
        env.update(_webhook_env(port, listen="0.0.0.0"), TELEGRAM_BOT_TOKEN=emu.token,
                   TELEGRAM_API_BASE_URL=emu.base_url, BRIEFBOT_DB=str(tmp_path / "bot.sqlite3"))
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
        try:
            deadline = time.monotonic() + 30
            while main(["--timeout", "1"], env=env) != 0:
                assert process.returncode is None and time.monotonic() < deadline
                await asyncio.sleep(0.2)
            # healthy means the server accepts connections; Telegram is told of it just after
            while not emu.webhook.get("url"):
                assert process.returncode is None and time.monotonic() < deadline
                await asyncio.sleep(0.1)
            assert emu.webhook["url"] == "https://bot.example.org/telegram"
        finally:
            process.send_signal(signal.SIGINT)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=20)
        assert "starting in webhook mode" in stderr.decode()
        assert main(["--timeout", "1"], env=env) == 1
