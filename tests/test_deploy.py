"""The reference deployment (deploy/): PostgreSQL, two replicas, a TLS proxy, health checks."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def test_compose_runs_postgresql_two_replicas_and_a_proxy_all_with_health_checks() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"db", "bot-a", "bot-b", "proxy"}
    assert all("healthcheck" in service for service in services.values())
    for name in ("bot-a", "bot-b"):
        env = services[name]["environment"]
        assert env["BRIEFBOT_DB"].startswith("postgresql://")
        assert env["BRIEFBOT_WEBHOOK_URL"].startswith("https://")
        assert services[name]["depends_on"]["db"]["condition"] == "service_healthy"
    assert services["proxy"]["image"].startswith("caddy")
    caddy = (DEPLOY / "Caddyfile").read_text()
    assert re.search(r"reverse_proxy bot-a:8443 bot-b:8443", caddy)


def test_the_replica_image_pins_the_driver_the_postgres_extra_names() -> None:
    lock = (DEPLOY / "postgres.lock").read_text()
    pyproject = (DEPLOY.parent / "pyproject.toml").read_text()
    assert re.search(r'postgres = \[\s*"psycopg\[binary,pool\]', pyproject)
    for package in ("psycopg==", "psycopg-binary==", "psycopg-pool=="):
        assert package in lock
    assert lock.count("--hash=sha256:") == 3
    linted = subprocess.run([str(DEPLOY.parent / ".venv/bin/hadolint"), str(DEPLOY / "Dockerfile")],
                            capture_output=True, text=True, check=False)
    assert linted.returncode == 0, linted.stdout + linted.stderr
