"""A harvest turns publiccode.yml usedBy names into 'used by' claims for those organisations."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from catalogue.accounts import create_user
from catalogue.db import make_sessionmaker
from catalogue.models import Message, Organisation, UsedByClaim
from tests.integration.harvest.helpers import run_harvest

VALID = Path(__file__).parents[2] / "unit/publiccode/data/valid/minimal_bilingual.yml"
PUBLICCODE = VALID.read_text() + "\nusedBy:\n  - Powys\n  - A body nobody listed\n"


def test_a_harvest_names_the_organisations_a_publiccode_yml_says_use_it(catalogue, github):
    catalogue.register("cyngor", "cyngor-gwynedd")
    catalogue.register("powys", "powys-cc")
    github.add_account("cyngor-gwynedd")
    github.add_account("powys-cc")
    github.add_repo("cyngor-gwynedd", "bins", files={"publiccode.yml": PUBLICCODE})
    with make_sessionmaker(catalogue.engine).begin() as session:
        powys = session.scalar(select(Organisation).where(Organisation.slug == "powys"))
        editor = create_user(
            session, "golygydd@powys.example", "a long test password 42", organisation=powys
        )
        editor.language = "cy"
    assert run_harvest(catalogue, github).status == "complete"
    run_harvest(catalogue, github)  # a second harvest names nobody twice
    with make_sessionmaker(catalogue.engine)() as session:
        claims = session.scalars(select(UsedByClaim)).all()
        powys = session.scalar(select(Organisation).where(Organisation.slug == "powys"))
        assert [(c.organisation_id, c.source, c.state, c.named_as) for c in claims] == [
            (powys.id, "publiccode", "pending", "Powys")
        ]
        assert claims[0].asked_at is not None
        # Asked once, in the editor's language, for all the harvests that named it.
        [asked] = session.scalars(select(Message).where(Message.kind == "used_by.ask")).all()
        assert asked.address == "golygydd@powys.example" and asked.language == "cy"
        assert asked.subject == "A yw’r sefydliad Powys yn defnyddio’r gydran bins?"
