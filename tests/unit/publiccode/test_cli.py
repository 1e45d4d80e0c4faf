"""`catalogue publiccode validate` and `generate`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from catalogue.publiccode.cli import app

DATA = Path(__file__).parent / "data"
runner = CliRunner()


def test_a_valid_file_exits_zero():
    result = runner.invoke(app, ["validate", str(DATA / "valid" / "minimal_bilingual.yml")])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_an_invalid_file_exits_one_with_one_line_per_problem():
    path = DATA / "invalid" / "licence_unknown.yml"
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{path}:")
    assert ": error: legal.license must be an SPDX licence expression" in line


def test_json_output():
    path = DATA / "invalid" / "duplicate_key.yml"
    result = runner.invoke(app, ["validate", "--json", str(path)])
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["valid"] is False
    assert payload["messages"][0]["path"] == "name"
    assert payload["messages"][0]["code"] == "duplicate-key"


def test_files_beside_the_yaml_are_checked(tmp_path):
    text = (DATA / "valid" / "minimal_bilingual.yml").read_text() + "logo: logo.svg\n"
    (tmp_path / "publiccode.yml").write_text(text)
    path = str(tmp_path / "publiccode.yml")
    assert runner.invoke(app, ["validate", path]).exit_code == 1
    assert runner.invoke(app, ["validate", "--no-check-files", path]).exit_code == 0
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    assert runner.invoke(app, ["validate", path]).exit_code == 0


def test_an_unreadable_file_exits_two(tmp_path):
    result = runner.invoke(app, ["validate", str(tmp_path / "missing.yml")])
    assert result.exit_code == 2


def test_generate_prints_a_valid_file(tmp_path):
    form = tmp_path / "form.yml"
    form.write_text(
        "name: Casgliadau Bin\n"
        "url: https://github.com/example-council/bin-collections\n"
        "licence: EUPL-1.2\n"
        "description_en:\n  short: Bin days by postcode.\n"
        "  long: " + "Residents see their bin collection days by postcode. " * 4 + "\n"
        "  features: [Postcode look-up]\n"
        "description_cy:\n  short: Diwrnodau bin yn ôl cod post.\n"
        "  long: " + "Mae preswylwyr yn gweld eu diwrnodau casglu biniau. " * 4 + "\n"
        "  features: [Chwilio]\n"
        "contacts:\n  - name: Siân Jones\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["generate", str(form)])
    assert result.exit_code == 0, result.output
    assert "publiccodeYmlVersion: '0'" in result.stdout
    assert "  cy:" in result.stdout


def test_generate_rejects_unknown_fields(tmp_path):
    form = tmp_path / "form.yml"
    form.write_text("colour: red\n")
    result = runner.invoke(app, ["generate", str(form)])
    assert result.exit_code == 1


def test_a_five_thousand_digit_number_is_a_problem_not_a_crash(tmp_path):
    # Issue 13, finding 6: Python refuses to parse integers over 4,300 digits (ValueError).
    path = tmp_path / "publiccode.yml"
    path.write_text("publiccodeYmlVersion: '0.4'\nname: x\nreleaseDate: " + "9" * 5000 + "\n")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "number-too-long" in result.stdout or "longer than" in result.stdout
