"""The validator's verdicts on the example corpus, and the shape of its messages."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from catalogue.publiccode import ValidationResult, validate
from catalogue.publiccode.messages import ERROR, WARNING

DATA = Path(__file__).parent / "data"
VALID = sorted((DATA / "valid").glob("*.yml"))
INVALID = sorted((DATA / "invalid").glob("*.yml"))


def _expectations(path: Path, kind: str) -> set[tuple[str, str]]:
    """Read `# expect: code path` (or `# warn: …`) lines from a corpus file's header."""
    found = set()
    for line in path.read_bytes().decode("utf-8", "replace").splitlines():
        if not line.startswith("#"):
            break
        label, _, rest = line[1:].strip().partition(":")
        if label == kind:
            code, _, key = rest.strip().partition(" ")
            found.add((code, key.strip()))
    return found


def test_the_corpus_has_both_kinds_of_file():
    assert len(VALID) >= 25
    assert len(INVALID) >= 70


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_files_are_valid(path: Path):
    result = validate(path.read_bytes())
    assert result.valid, [m.format() for m in result.errors]
    warnings = {(m.code, m.path) for m in result.warnings}
    assert _expectations(path, "warn") <= warnings


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_files_are_invalid_for_the_stated_reason(path: Path):
    result = validate(path.read_bytes())
    assert not result.valid
    expected = _expectations(path, "expect")
    assert expected, f"{path.name} states no expected problem"
    assert expected <= {(m.code, m.path) for m in result.errors}


def test_a_valid_file_returns_its_data_and_version(base_text):
    result = validate(base_text)
    assert result == ValidationResult(valid=True, messages=[], data=result.data, version="0")
    assert result.data is not None
    assert result.data["description"]["cy"]["localisedName"] == "Casgliadau Bin"
    assert result.data["localisation"]["availableLanguages"] == ["en", "cy"]


def test_messages_name_the_key_path_and_line(base_text):
    text = base_text.replace("  license: EUPL-1.2", "  license: Open Government Licence")
    line = text.splitlines().index("  license: Open Government Licence") + 1
    (message,) = validate(text).messages
    assert message.path == "legal.license"
    assert (message.line, message.column) == (line, 3)
    assert message.severity == ERROR
    assert message.text.startswith("legal.license must be an SPDX licence expression")
    assert message.format("x.yml").startswith(f"x.yml:{line}:3: error: legal.license")


def test_a_missing_key_is_reported_at_its_parent(base_text):
    text = base_text.replace("    shortDescription: >\n", "    shortDescripton: >\n", 1)
    messages = {(m.code, m.path): m for m in validate(text).messages}
    missing = messages[("required", "description.en.shortDescription")]
    assert missing.line == text.splitlines().index("  en:") + 1
    assert (
        "Did you mean shortDescription?"
        not in messages[("unknown-key", "description.en.shortDescripton")].text
    )


def test_one_message_per_problem(base_text):
    text = base_text.replace("platforms:\n  - web\n", "platforms: web\n").replace(
        "developmentStatus: stable", "developmentStatus: live"
    )
    errors = [(m.code, m.path) for m in validate(text).errors]
    assert errors == [("wrong-type", "platforms"), ("not-allowed", "developmentStatus")]


def test_old_versions_are_valid_with_a_warning(base_text):
    result = validate(base_text.replace('publiccodeYmlVersion: "0"', 'publiccodeYmlVersion: "0.3"'))
    assert result.valid
    assert result.version == "0.3"
    assert [(m.code, m.severity) for m in result.messages] == [("old-version", WARNING)]


def test_a_different_major_version_stops_validation(base_text):
    text = base_text.replace('publiccodeYmlVersion: "0"', 'publiccodeYmlVersion: "1"')
    result = validate(text.replace("name: Casgliadau Bin\n", ""))
    assert [m.code for m in result.messages] == ["unsupported-version"]
    assert result.version == "1"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"   \n# only a comment\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not-utf8"),
        (b"name: a\x00b\n", "binary"),
        ("name: [unclosed\n", "yaml-syntax"),
        ("- a\n- b\n", "not-mapping"),
        ("42\n", "not-mapping"),
        ("a: &x [*x]\n", "recursive-alias"),
        ("a: b\n" * 1, None),
    ],
)
def test_bad_input_gets_a_message_not_an_exception(data, code):
    result = validate(data)
    assert not result.valid
    if code is not None:
        assert result.messages[0].code == code


def test_a_yaml_bomb_is_refused_quickly():
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 10):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    result = validate("\n".join(lines) + "\n")
    assert [m.code for m in result.messages] == ["too-many-nodes"]


def test_huge_input_is_refused():
    result = validate(b"name: x\n" + b"#" * 2_000_000)
    assert [m.code for m in result.messages] == ["too-large"]


def test_random_bytes_never_raise():
    generator = random.Random(20240601)
    base = (DATA / "valid" / "minimal_bilingual.yml").read_bytes()
    for _ in range(300):
        data = bytearray(base)
        for _ in range(generator.randint(1, 8)):
            position = generator.randrange(len(data))
            data[position] = generator.choice(b"\x00\t\n :-[]{}&*!|>'\"%@`#,?")
        result = validate(bytes(data))
        assert isinstance(result.valid, bool)


def test_files_are_checked_when_a_base_directory_is_given(tmp_path, base_text):
    text = base_text + "logo: img/logo.png\n"
    assert validate(text).valid
    (tmp_path / "img").mkdir()
    missing = validate(text, base_dir=tmp_path)
    assert [(m.code, m.path) for m in missing.errors] == [("invalid-logo", "logo")]
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (1200).to_bytes(4, "big") + b"\0" * 8
    (tmp_path / "img" / "logo.png").write_bytes(png)
    assert validate(text, base_dir=tmp_path).valid
    (tmp_path / "img" / "logo.png").write_bytes(b"GIF89a not a png")
    assert not validate(text, base_dir=tmp_path).valid


def test_file_references_cannot_escape_the_base_directory(tmp_path, base_text):
    (tmp_path / "secret.svg").write_text("<svg/>")
    repo = tmp_path / "repo"
    repo.mkdir()
    result = validate(base_text + "logo: ../secret.svg\n", base_dir=repo)
    assert [(m.code, m.path) for m in result.errors] == [("invalid-logo", "logo")]


def test_a_file_with_an_absurdly_long_number_is_invalid_not_an_error():
    # Issue 13, finding 6: the web check, the CLI and the harvest all go through validate().
    result = validate("publiccodeYmlVersion: '0.4'\nname: x\nversion: " + "7" * 5000 + "\n")
    assert result.valid is False
    assert [m.code for m in result.messages] == ["number-too-long"]
