"""Types and Welsh support on the bundled snapshot, measured against labels judged by hand."""

import json
from pathlib import Path

import pytest

from catalogue.welsh import works_in_welsh
from ingest.normalise import normalise
from ingest.records import Rejection
from ingest.snapshot import raw_from_line
from tests.unit.catalogue.snapshot_labels import TYPE_LABELS, WELSH_LABELS

SNAPSHOT = (
    Path(__file__).resolve().parents[3] / "ingest" / "data" / "snapshot" / "repositories.jsonl"
)
# Measured on 2026-12-04 (before: main at 37b576d; after: wip/classify).
# Again with 11 labels added for the second review (main at 8676195: 63 of 72; wip/types2: 69 of 72).
# Again with 6 labels added for the review of 4 December 2026 (before: 69 of 78; wip/types: 75 of 78).
TYPE_FLOOR = 0.95  # before 0.74 (45 of 61), after 0.95 (58 of 61); through normalise(), 69 of 72
WELSH_FLOOR = 0.99  # before 0.97 (108 of 111), after 1.00 (111 of 111)


@pytest.fixture(scope="module")
def rows():
    with SNAPSHOT.open(encoding="utf-8") as lines:
        return {row["full_name"]: row for row in map(json.loads, lines)}


def _type(row):
    # Through the normaliser, as a snapshot load or a harvest types it: the description it
    # chooses (from the README where the host has none), its dependency names, the README's start.
    record = normalise(raw_from_line(row))
    assert not isinstance(record, Rejection), row["full_name"]
    return record.component_type


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
