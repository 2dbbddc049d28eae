# The civkg web app (and CLI). docker-compose.yml runs it against the neo4j service.
# Front-end packages come from npm with the lockfile; Python packages from PyPI.

FROM node:20-bookworm-slim AS webui
WORKDIR /src/webui
COPY webui/package.json webui/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY webui/ ./
RUN npm run build

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY kg ./kg
COPY loaders ./loaders
COPY cypher ./cypher
COPY webui ./webui
COPY --from=webui /src/webui/static/vendor ./webui/static/vendor
RUN pip install --no-cache-dir . \
    && useradd --create-home civkg
USER civkg
EXPOSE 8000
CMD ["kg", "serve", "--host", "0.0.0.0", "--port", "8000"]
