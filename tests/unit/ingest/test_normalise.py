"""Harvested and snapshot repositories get their README-derived description from one chooser."""

from ingest.normalise import normalise
from ingest.records import RawRepository
from ingest.snapshot import raw_from_line

README = "# tts-api\n\n## Cychwyn arni\n\nAc yna agorwch porwr ac ewch i http://localhost:4321\n"


def _raw(**facts) -> RawRepository:
    return RawRepository(
        host="github.com",
        full_name="body/tts-api",
        owner="body",
        name="tts-api",
        html_url="https://github.com/body/tts-api",
        **facts,
    )


def test_a_harvested_repository_without_a_description_gets_one_from_its_readme():
    record = normalise(_raw(readme="# tts-api\n\nA web API that reads Welsh text aloud.\n"))
    assert (record.description, record.description_source) == (
        "A web API that reads Welsh text aloud.",
        "readme",
    )


def test_a_readme_with_only_instructions_leaves_the_description_empty():
    record = normalise(_raw(readme=README))
    assert (record.description, record.description_source) == (None, None)


def test_a_snapshot_line_taken_from_the_readme_is_chosen_again():
    line = {
        "full_name": "body/tts-api",
        "html_url": "https://github.com/body/tts-api",
        "description": "Ac yna agorwch porwr ac ewch i http://localhost:4321",
        "description_source": "readme",
        "readme": README,
    }
    record = normalise(raw_from_line(line))
    assert (record.description, record.description_source) == (None, None)


def test_the_repository_s_own_description_is_kept_whatever_its_readme_says():
    record = normalise(_raw(description="Install this first", readme=README))
    assert (record.description, record.description_source) == ("Install this first", "repository")
