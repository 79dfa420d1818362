# briefbot: the Telegram bot. The token comes from the environment at run time, never the image:
#   docker run -e TELEGRAM_BOT_TOKEN=... briefbot
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 briefbot \
    && mkdir /data && chown 10001 /data
WORKDIR /app

# The runtime dependencies in their own layer, before any code: the exact versions and hashes
# in requirements.lock (made from pyproject.toml with pip-compile; the command is at its top), so
# a code change reinstalls nothing and a tampered download fails the build.
COPY requirements.lock ./
RUN pip install --require-hashes --no-deps -r requirements.lock

# The project itself; its dependencies are all installed above.
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-deps .

COPY intents.yaml ./
COPY corpus ./corpus

USER 10001
ENV BRIEFBOT_INTENTS=/app/intents.yaml \
    BRIEFBOT_CORPUS=/app/corpus \
    BRIEFBOT_DB=/data/briefbot.sqlite3
# Subscriptions and the curators' review data: mount a volume here to keep them.
VOLUME ["/data"]
# Webhook mode only (BRIEFBOT_WEBHOOK_URL set): where the webhook server listens by default.
EXPOSE 8443
# Webhook mode: healthy while the webhook server accepts connections on BRIEFBOT_WEBHOOK_PORT
# (at 127.0.0.1 when BRIEFBOT_WEBHOOK_LISTEN is 0.0.0.0). Polling mode listens on nothing and is
# always healthy; a polling bot that dies ends the container.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot.telegram_adapter.health", "--timeout", "5"]
CMD ["briefbot", "run"]
