"""The container's health check: ``python -m bot.telegram_adapter.health [--timeout SECONDS]``.

In webhook mode (a token and ``BRIEFBOT_WEBHOOK_URL`` set, the same test ``briefbot run`` makes)
the bot's web server must accept a TCP connection on ``BRIEFBOT_WEBHOOK_PORT`` at
``BRIEFBOT_WEBHOOK_LISTEN``; when it listens on every address (``0.0.0.0``, ``::``) the check
connects to the loopback address. In polling mode, or as the local harness, there is no port to
check and the check passes: a polling bot that has died ends the container by itself.

Exit code 0 healthy, 1 not, with one line saying why. It sends nothing (no HTTP request, so no
secret is needed) and imports no Telegram code, so it is cheap to run every few seconds.
"""

from __future__ import annotations

import argparse
import socket
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.config import ConfigError, Settings

#: Seconds to wait for the connection; Docker's own HEALTHCHECK timeout should be longer.
DEFAULT_TIMEOUT = 3.0
#: Listen addresses that mean "every interface", and where to connect instead.
_WILDCARDS = {"": "127.0.0.1", "0.0.0.0": "127.0.0.1", "::": "::1"}  # noqa: S104 - matched, not bound


@dataclass(frozen=True)
class Health:
    """The outcome of one check: healthy or not, and one line saying why."""

    healthy: bool
    message: str

    @property
    def exit_code(self) -> int:
        """0 healthy, 1 unhealthy (what Docker's HEALTHCHECK expects)."""
        return 0 if self.healthy else 1


def probe_host(listen: str) -> str:
    """The address to connect to for a server listening on ``listen``."""
    host = listen.strip().removeprefix("[").removesuffix("]")
    return _WILDCARDS.get(host, host)


def check(settings: Settings, timeout: float = DEFAULT_TIMEOUT) -> Health:
    """Connect to the webhook server if the bot runs one; otherwise there is nothing to check."""
    if not (settings.token and settings.webhook_url):
        return Health(True, "healthy: no webhook configured (polling or the local harness), "
                            "no port to check")
    host, port = probe_host(settings.webhook_listen), settings.webhook_port
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except TimeoutError:
        return Health(False, f"unhealthy: no answer from the webhook server at {where} "
                             f"within {timeout:g} s")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return Health(False, f"unhealthy: the webhook server at {where} does not accept "
                             f"connections ({reason})")
    return Health(True, f"healthy: the webhook server accepts connections at {where}")


def _timeout(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= 60:
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0 and at most 60, "
                                         f"not {text!r}")
    return seconds


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    """Run the check, print one line (stdout if healthy, stderr if not) and return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bot.telegram_adapter.health",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--timeout", type=_timeout, default=DEFAULT_TIMEOUT,
                        help=f"seconds to wait for the connection (default {DEFAULT_TIMEOUT:g})")
    args = parser.parse_args(argv)
    try:
        health = check(Settings.from_env(env), args.timeout)
    except ConfigError as error:
        health = Health(False, f"unhealthy: configuration error: {error}")
    print(health.message, file=sys.stdout if health.healthy else sys.stderr)
    return health.exit_code


if __name__ == "__main__":
    sys.exit(main())
