"""docker-compose.yml, Dockerfile and .env.example agree with each other and with the code.

Docker itself isn't run here (CI has none); these checks catch the mistakes
that would only show at ``docker compose up``: a wrong image, a port not
published, a variable the example env file doesn't define, a command kg
doesn't accept.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def env_example() -> dict[str, str]:
    values = {}
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def test_neo4j_service_is_526_community_with_auth_ports_and_a_volume(compose):
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD")
    published = {port.rsplit(":", 1)[1] for port in neo4j["ports"]}
    assert published == {"7474", "7687"}
    volume = neo4j["volumes"][0].split(":")
    assert volume[1] == "/data" and volume[0] in compose["volumes"]


def test_web_service_serves_civkg_against_the_neo4j_service(compose):
    web = compose["services"]["web"]
    assert web["build"] == "."
    assert web["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"
    assert web["environment"]["NEO4J_USER"] == "neo4j"
    assert "NEO4J_PASSWORD" in web["environment"]["NEO4J_PASSWORD"]
    assert web["depends_on"]["neo4j"]["condition"] == "service_healthy"
    container_port = web["ports"][0].rsplit(":", 1)[1]
    command = web["command"]
    assert command[:4] == ["kg", "serve", "--host", "0.0.0.0"]
    assert command[command.index("--port") + 1] == container_port


def test_compose_command_is_one_kg_accepts(compose):
    from kg.cli import build_parser

    args = build_parser().parse_args(compose["services"]["web"]["command"][1:])
    assert args.command == "serve" and args.host == "0.0.0.0"


def test_every_compose_variable_is_in_env_example(compose):
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"(?<!\$)\$\{([A-Z0-9_]+)", text))
    assert used, "compose uses no variables?"
    assert used <= set(env_example()), f"missing from .env.example: {sorted(used - set(env_example()))}"
    assert len(env_example()["NEO4J_PASSWORD"]) >= 8  # Neo4j 5 refuses shorter passwords


def test_dockerfile_runs_the_same_command_and_builds_front_end_from_lockfile(compose):
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    cmd = re.search(r"^CMD (\[.*\])$", dockerfile, re.M).group(1)
    assert yaml.safe_load(cmd) == compose["services"]["web"]["command"]
    assert "npm ci" in dockerfile and "package-lock.json" in dockerfile
    for package in ("kg", "loaders", "cypher", "webui"):
        assert f"COPY {package} ./{package}" in dockerfile
    assert re.search(r"EXPOSE 8000\b", dockerfile)
    assert ".env" in (ROOT / ".dockerignore").read_text().split()
