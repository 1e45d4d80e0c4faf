"""The audit log reads as sentences in the page's language, with every value escaped."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from catalogue.accounts import COMMAND_LINE
from catalogue.audit_subjects import AuditSubjects
from catalogue.models import AuditLog, Organisation
from web.audit_sentences import FALLBACK, SENTENCES, describe

ROOT = Path(__file__).resolve().parents[3]
ACTION = re.compile(r'"((?:user|registration|project|annotation|used_by|organisation)\.[a-z_]+)"')


def _entry(action, target_type="user", target_id="1", before=None, after=None, actor="mod@x.cymru"):
    return AuditLog(
        actor=actor,
        action=action,
        target_type=target_type,
        target_id=target_id,
        before=before,
        after=after,
        created_at=datetime(2026, 12, 3, tzinfo=UTC),
    )


def _subjects() -> AuditSubjects:
    gwynedd = Organisation(slug="gwynedd", name="Gwynedd Council", name_cy="Cyngor Gwynedd")
    return AuditSubjects(
        users={"1": "rhian@gwynedd.llyw.cymru"},
        components={"7": "gwynedd/bins"},
        organisations={"gwynedd": gwynedd},
    )


def recorded_actions() -> set[str]:
    """Every action kind a module that writes the audit log names."""
    found = set()
    for path in (ROOT / "catalogue").rglob("*.py"):
        text = path.read_text()
        if "record_audit(" in text:
            found.update(ACTION.findall(text))
    # catalogue.registration builds these from the request's kind and the decision.
    found.update({"project.approve", "project.reject", "registration.reject"})
    return found


def test_every_action_the_code_records_has_its_own_sentence():
    actions = recorded_actions()
    assert {"registration.approve", "user.create", "used_by.confirm"} <= actions
    assert actions - set(SENTENCES) == set()


def _realistic(action: str) -> AuditLog:
    """An entry shaped as the code that records `action` shapes it."""
    area = action.split(".")[0]
    if area == "registration":
        after = {
            "request": {"name": "Gwynedd Council", "decision_reason": "Not public"},
            "organisation": {"slug": "gwynedd"},
        }
        return _entry(action, "registration_request", "3", None, after)
    if area == "project":
        request = {"organisation": "gwynedd", "repository": "https://github.com/g/x"}
        return _entry(action, "project_request", "4", None, {"request": request})
    if area == "used_by":
        after = {"component": "gwynedd/bins", "organisation": "gwynedd", "state": "pending"}
        return _entry(action, "used_by_claim", "5", None, after)
    if area == "annotation":
        return _entry(action, "component", "7", None, {"reuse_notes": "x"})
    after = {"email": "new@x.cymru", "organisation": "gwynedd", "is_admin": False}
    return _entry(action, "user", "1", None, after)


@pytest.mark.parametrize("action", sorted(SENTENCES))
@pytest.mark.parametrize("locale", ["en", "cy"])
def test_each_sentence_is_translated_and_says_who_did_it(action, locale):
    from web.i18n import translations

    entry = _realistic(action)
    message, _ = SENTENCES[action](entry, _subjects(), locale)
    assert message != FALLBACK
    if locale == "cy":
        assert translations("cy").gettext(message) != message, message
    text = str(describe(entry, _subjects(), locale))
    assert "{" not in text and "%(" not in text and "?" not in text
    if action != "used_by.named":  # the harvest names no person
        assert "mod@x.cymru" in text


def test_an_approval_names_the_moderator_and_the_organisation_in_each_language():
    entry = _entry(
        "registration.approve",
        "registration_request",
        "3",
        {"request": {"name": "Gwynedd Council", "status": "pending"}},
        {"request": {"name": "Gwynedd Council"}, "organisation": {"slug": "gwynedd"}},
        actor="rhian@gwynedd.llyw.cymru",
    )
    assert str(describe(entry, _subjects(), "en")) == (
        "rhian@gwynedd.llyw.cymru approved the request to list the organisation Gwynedd Council."
    )
    assert str(describe(entry, _subjects(), "cy")) == (
        "Cymeradwyodd rhian@gwynedd.llyw.cymru y cais i restru’r sefydliad Cyngor Gwynedd."
    )


def test_harvested_and_typed_text_is_escaped():
    entry = _entry(
        "project.reject",
        "project_request",
        "4",
        None,
        {"request": {"repository": "https://github.com/<b>x</b>", "decision_reason": "<script>"}},
        actor="<img src=x onerror=alert(1)>@x.cymru",
    )
    html = str(describe(entry, _subjects(), "en"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html and "<b>" not in html


def test_an_unknown_kind_is_a_readable_sentence_never_json():
    entry = _entry("organisation.merge", "organisation", "9", {"a": 1}, {"a": 2}, COMMAND_LINE)
    english = str(describe(entry, _subjects(), "en"))
    assert english == (
        "Someone at the command line made a change of the kind “organisation.merge” "
        "to the record organisation 9."
    )
    assert "{" not in english
    welsh = str(describe(entry, _subjects(), "cy"))
    assert welsh.startswith("Gwnaeth Rhywun wrth y llinell orchymyn newid")
    assert FALLBACK not in welsh


def test_an_entry_in_an_older_shape_falls_back_rather_than_failing():
    entry = _entry("used_by.confirm", "used_by_claim", "2", None, {"organisation": ["odd"]})
    text = str(describe(entry, _subjects(), "en"))
    assert "mod@x.cymru" in text


def test_signing_out_oneself_and_someone_else_read_differently():
    own = _entry("user.sign_out_everywhere", actor="rhian@gwynedd.llyw.cymru")
    assert str(describe(own, _subjects(), "en")) == (
        "rhian@gwynedd.llyw.cymru signed out on every device."
    )
    other = _entry("user.sign_out_everywhere", actor=COMMAND_LINE)
    assert "ended every session of rhian@gwynedd.llyw.cymru" in str(
        describe(other, _subjects(), "en")
    )
