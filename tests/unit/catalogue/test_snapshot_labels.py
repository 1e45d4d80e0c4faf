"""Types and Welsh support on the bundled snapshot, measured against labels judged by hand."""

import json
from pathlib import Path

import pytest

from catalogue.classify import Facts, classify
from catalogue.welsh import works_in_welsh
from tests.unit.catalogue.snapshot_labels import TYPE_LABELS, WELSH_LABELS

SNAPSHOT = (
    Path(__file__).resolve().parents[3] / "ingest" / "data" / "snapshot" / "repositories.jsonl"
)
# Measured on 2026-12-04 (before: main at 37b576d; after: wip/classify).
# Again with 11 labels added for the second review (main at 8676195: 63 of 72; wip/types2: 69 of 72).
TYPE_FLOOR = 0.95  # before 0.74 (45 of 61), after 0.95 (58 of 61)
WELSH_FLOOR = 0.99  # before 0.97 (108 of 111), after 1.00 (111 of 111)


@pytest.fixture(scope="module")
def rows():
    with SNAPSHOT.open(encoding="utf-8") as lines:
        return {row["full_name"]: row for row in map(json.loads, lines)}


def _type(row):
    dependencies = {str(n) for names in (row.get("manifests") or {}).values() for n in names}
    # As ingest.normalise builds them: the README's first 2,000 characters.
    facts = Facts(
        name=row["name"],
        description=row.get("description") or "",
        topics=[],
        primary_language=row.get("primary_language"),
        files=list(row.get("files_sample") or []),
        dependencies=dependencies,
        readme=(row.get("readme") or "")[:2000],
    )
    return classify(facts)[0]


def test_types_match_the_labels(rows):
    wrong = {
        name: _type(rows[name]) for name in TYPE_LABELS if _type(rows[name]) != TYPE_LABELS[name]
    }
    share = 1 - len(wrong) / len(TYPE_LABELS)
    assert share >= TYPE_FLOOR, wrong


def test_welsh_support_matches_the_labels(rows):
    wrong = [
        name
        for name, expected in WELSH_LABELS.items()
        if works_in_welsh(
            None,
            rows[name].get("files_sample") or [],
            rows[name].get("readme"),
            rows[name].get("description"),
            name=rows[name]["name"],
        )
        != expected
    ]
    share = 1 - len(wrong) / len(WELSH_LABELS)
    assert share >= WELSH_FLOOR, wrong
