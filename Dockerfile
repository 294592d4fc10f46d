# cscbot daemon image: slim Python, non-root, config and data as volumes.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    CSCBOT_CONFIG=/config/config.toml

WORKDIR /src
COPY pyproject.toml README.md ./
COPY cscbot ./cscbot
COPY templates ./templates
RUN pip install --no-cache-dir . && rm -rf /src

RUN useradd --system --home-dir /data --shell /usr/sbin/nologin cscbot \
    && mkdir -p /data /config && chown cscbot /data
USER cscbot
WORKDIR /data
VOLUME ["/config", "/data"]

HEALTHCHECK --interval=60s --timeout=20s --start-period=20s --retries=3 \
    CMD ["cscbot", "check"]

CMD ["cscbot", "run"]
