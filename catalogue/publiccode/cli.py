"""`catalogue publiccode …`: validate and generate publiccode.yml files from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
import yaml

from catalogue.publiccode.generator import form_from_mapping, generate
from catalogue.publiccode.parser import MAX_BYTES
from catalogue.publiccode.validator import validate

app = typer.Typer(help="Check and write publiccode.yml files (standard 0.x).", no_args_is_help=True)

# Exit codes: 0 valid, 1 invalid, 2 the file could not be read at all.
EXIT_INVALID = 1
EXIT_UNREADABLE = 2


@app.command("validate")
def validate_command(
    file: Annotated[Path, typer.Argument(help="The publiccode.yml to check.")],
    check_files: Annotated[
        bool,
        typer.Option(
            "--check-files/--no-check-files",
            help="Check that the logo, screenshots and authors file exist beside FILE.",
        ),
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the messages as JSON.")] = False,
) -> None:
    """Validate FILE; exit 0 when valid, 1 when not, printing one line per problem."""
    data = _read(file)
    result = validate(data, base_dir=file.parent if check_files else None)
    if as_json:
        payload = {
            "valid": result.valid,
            "version": result.version,
            "messages": [
                {
                    "severity": m.severity,
                    "path": m.path,
                    "line": m.line,
                    "column": m.column,
                    "code": m.code,
                    "text": m.text,
                }
                for m in result.messages
            ],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for message in result.messages:
            typer.echo(message.format(str(file)))
        summary = "valid" if result.valid else f"not valid: {len(result.errors)} error(s)"
        typer.echo(f"{file}: {summary}", err=True)
    raise typer.Exit(0 if result.valid else EXIT_INVALID)


@app.command("generate")
def generate_command(
    form: Annotated[
        Path, typer.Argument(help="A YAML or JSON file of form fields (see ProjectForm).")
    ],
) -> None:
    """Print a publiccode.yml built from FORM, after checking that it validates."""
    try:
        fields = yaml.safe_load(_read(form))
        if not isinstance(fields, dict):
            raise ValueError("the form file must hold a mapping of field names to values")
        text = generate(form_from_mapping(fields))
    except (ValueError, TypeError, yaml.YAMLError) as exc:
        typer.echo(f"{form}: {exc}", err=True)
        raise typer.Exit(EXIT_INVALID) from exc
    result = validate(text)
    typer.echo(text, nl=False)
    for message in result.messages:
        typer.echo(message.format("generated publiccode.yml"), err=True)
    raise typer.Exit(0 if result.valid else EXIT_INVALID)


def _read(file: Path) -> bytes:
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        typer.echo(f"{file}: cannot read the file: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_UNREADABLE) from exc
    return data
