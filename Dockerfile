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

# Same install step as the README's run command: the project and its runtime dependencies.
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install .

COPY intents.yaml ./
COPY corpus ./corpus

USER 10001
ENV BRIEFBOT_INTENTS=/app/intents.yaml \
    BRIEFBOT_CORPUS=/app/corpus \
    BRIEFBOT_DB=/data/briefbot.sqlite3
# Subscriptions and the curators' review data: mount a volume here to keep them.
VOLUME ["/data"]
CMD ["briefbot", "run"]
