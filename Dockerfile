# briefbot: the Telegram bot. The token comes from the environment at run time, never the image:
#   docker run -e TELEGRAM_BOT_TOKEN=... briefbot
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 briefbot
WORKDIR /app

# Same install step as the README's run command: the project and its runtime dependencies.
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install .

COPY intents.yaml ./
COPY corpus ./corpus

USER 10001
ENV BRIEFBOT_INTENTS=/app/intents.yaml \
    BRIEFBOT_CORPUS=/app/corpus
CMD ["briefbot", "run"]
