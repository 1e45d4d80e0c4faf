# The image of docker-compose.yml's `tests` profile: the project with its test dependencies and
# make, running `make test-meili` (the search contract and relevance suites) against MEILI_URL.
FROM python:3.12-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends make \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md Makefile alembic.ini babel.cfg ./
COPY cli cli
COPY catalogue catalogue
COPY ingest ingest
COPY search search
COPY web web
COPY migrations migrations
RUN pip install --no-cache-dir '.[dev]'
COPY tests tests
CMD ["make", "test-meili"]
