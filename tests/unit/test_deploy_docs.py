"""Every `catalogue` command in docs/deploy.md and deploy/systemd/ exists, with the options it names."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer

from cli.main import app

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "docs/deploy.md", *sorted((ROOT / "deploy/systemd").glob("*.service"))]
# The `catalogue` program (in inline code, at a line's start, from the venv or in the setup
# container) and its arguments, up to the end of the shell command.
INVOCATION = re.compile(r"(?:`|^\s*|\.venv/bin/|setup )catalogue ([a-z][a-z-]*(?: [^&;|'`\n]*)?)")


def invocations() -> list[tuple[str, str]]:
    found = []
    for source in SOURCES:
        for line in source.read_text().splitlines():
            if "docker" in line and "run --rm" not in line:
                continue
            for match in INVOCATION.finditer(line):
                found.append((source.name, match.group(1).strip()))
    return found


def resolve(words: list[str]):
    """The command the words name (groups have `commands`), and the words left over."""
    command = typer.main.get_command(app)
    while hasattr(command, "commands") and words and words[0] in command.commands:
        command = command.commands[words.pop(0)]
    return command, words


def test_the_documents_name_commands():
    names = {text.split()[0] for _, text in invocations()}
    assert {"setup", "serve", "harvest", "index", "users"} <= names


@pytest.mark.parametrize(("source", "text"), invocations())
def test_each_documented_command_and_option_exists(source, text):
    command, rest = resolve(shlex.split(text))
    assert not hasattr(command, "commands"), f"{source}: `catalogue {text}` names no command"
    options = {opt for param in command.params for opt in param.opts + param.secondary_opts}
    for word in rest:
        if word.startswith("--"):
            assert word.split("=")[0] in options, f"{source}: {word} is not an option of {text}"


def test_the_nginx_template_placeholders_are_all_filled_in():
    placeholders = set(
        re.findall(r"\$\{(\w+)\}", (ROOT / "deploy/nginx.conf.template").read_text())
    )
    listed = re.search(r"envsubst '([^']+)'", (ROOT / "docs/deploy.md").read_text()).group(1)
    assert set(re.findall(r"\$\{(\w+)\}", listed)) == placeholders
    topology = (ROOT / "tests/support/topology.py").read_text()
    assert all(f"{name}=" in topology for name in placeholders)
