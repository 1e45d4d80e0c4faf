# The catalogue image used by docker-compose.yml: assets built with Node, app run with Python.
FROM node:20-bookworm-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts --omit=optional
# The interpreter the suite runs on (the Makefile's choice), not merely the oldest one allowed.
FROM python:3.12-slim-bookworm
WORKDIR /app
ENV PYTHONUNBUFFERED=1 CATALOGUE_DATA_DIR=/data
# FreeDict's Welsh-English dictionaries, read by search/lexicon.py (GPL-2.0-or-later).
RUN apt-get update && apt-get install -y --no-install-recommends dict-freedict-cym-eng \
      dict-freedict-eng-cym && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY cli cli
COPY catalogue catalogue
COPY ingest ingest
COPY search search
COPY web web
COPY migrations migrations
COPY alembic.ini babel.cfg ./
RUN pip install --no-cache-dir . && pybabel compile --use-fuzzy -q -d web/locales -D messages
COPY --from=assets /app/node_modules node_modules
RUN python web/assets/build.py && rm -rf node_modules
RUN useradd --create-home catalogue && mkdir -p /data && chown catalogue /data
USER catalogue
EXPOSE 8000
CMD ["catalogue", "serve", "--host", "0.0.0.0", "--port", "8000"]
