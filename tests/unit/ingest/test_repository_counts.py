"""Stars, forks and open issues are known only when a source reports them; absent is not 0."""

import json

import pytest

from catalogue.models import Component, Organisation
from ingest.normalise import normalise
from ingest.records import RawRepository
from ingest.snapshot import BUNDLED_SNAPSHOT, line_from_component, raw_from_line
from search.results import component_summary

LINE = {"full_name": "body/tool", "html_url": "https://github.com/body/tool"}


def _raw(**counts) -> RawRepository:
    return RawRepository(
        host="github.com",
        full_name="body/tool",
        owner="body",
        name="tool",
        html_url="https://github.com/body/tool",
        **counts,
    )


def test_a_source_that_says_nothing_leaves_the_counts_not_known():
    record = normalise(_raw())
    assert record.counts_known is False
    assert (record.stars, record.forks, record.open_issues) == (0, 0, 0)


def test_reported_zeros_are_known_zeros():
    record = normalise(_raw(stars=0, forks=0, open_issues=0))
    assert record.counts_known is True
    assert (record.stars, record.forks, record.open_issues) == (0, 0, 0)


def test_one_missing_count_leaves_all_three_not_known():
    assert normalise(_raw(stars=3, forks=1)).counts_known is False


def test_the_bundled_snapshot_carries_no_counts():
    lines = (BUNDLED_SNAPSHOT / "repositories.jsonl").read_text(encoding="utf-8").splitlines()
    raws = [raw_from_line(json.loads(line)) for line in lines]
    assert len(raws) == 445
    assert all((r.stars, r.forks, r.open_issues) == (None, None, None) for r in raws)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [({}, (None, None, None)), ({"stars": 0, "forks": 2, "open_issues": 0}, (0, 2, 0))],
)
def test_a_snapshot_line_has_counts_only_where_it_says_them(counts, expected):
    raw = raw_from_line({**LINE, **counts})
    assert (raw.stars, raw.forks, raw.open_issues) == expected


def _component(known: bool) -> Component:
    return Component(
        host="github.com",
        full_name="body/tool",
        owner="body",
        name="tool",
        repository_url="https://github.com/body/tool",
        organisation=Organisation(slug="body", name="Body", sector="health"),
        stars=0,
        forks=5,
        open_issues=0,
        counts_known=known,
        component_type="other",
        archived=False,
        fork=False,
        template=False,
    )


def test_counts_not_known_are_none_and_known_zeros_are_zero():
    assert [_component(False).count(n) for n in ("stars", "forks", "open_issues")] == [None] * 3
    assert [_component(True).count(n) for n in ("stars", "forks", "open_issues")] == [0, 5, 0]


@pytest.mark.parametrize("known", [False, True])
def test_an_exported_line_reloads_with_the_same_knowledge(known):
    line = line_from_component(_component(known))
    assert (line["stars"], line["forks"], line["open_issues"]) == (
        (0, 5, 0) if known else (None, None, None)
    )
    assert normalise(raw_from_line(line)).counts_known is known


def test_a_summary_gives_null_stars_when_not_known():
    assert component_summary(_component(False))["stars"] is None
    assert component_summary(_component(True))["stars"] == 0
