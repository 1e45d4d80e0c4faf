"""The audit log as sentences in the page's language: who did what, to whom, never raw JSON.

Every value in a sentence (an e-mail address, a harvested repository name, a moderator's
reason) is escaped: the sentence is our translated text, the values are data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from catalogue.accounts import COMMAND_LINE
from catalogue.audit_subjects import AuditSubjects
from catalogue.models import AuditLog
from catalogue.vocabulary import N_
from web.i18n import translations

Values = dict[str, Any]


def _snapshot(entry: AuditLog) -> Values:
    """The record after the change, or before it when it was removed."""
    for snapshot in (entry.after, entry.before):
        if isinstance(snapshot, dict):
            return snapshot
    return {}


def _organisation(subjects: AuditSubjects, slug: Any, fallback: Any, locale: str) -> str:
    found = subjects.organisations.get(slug) if isinstance(slug, str) else None
    if found is not None:
        return found.display_name(locale)
    return str(fallback or slug or "?")


def _registration(entry: AuditLog, subjects: AuditSubjects, locale: str) -> tuple[str, Values]:
    snapshot = _snapshot(entry)
    request = snapshot.get("request") or {}
    organisation = snapshot.get("organisation") or {}
    name = _organisation(subjects, organisation.get("slug"), request.get("name"), locale)
    if entry.action == "registration.approve":
        return N_("%(actor)s approved the request to list the organisation %(organisation)s."), {
            "organisation": name
        }
    return (
        N_(
            "%(actor)s rejected the request to list the organisation %(organisation)s, saying: %(reason)s"
        ),
        {"organisation": name, "reason": request.get("decision_reason") or "–"},
    )


def _project(entry: AuditLog, subjects: AuditSubjects, locale: str) -> tuple[str, Values]:
    request = _snapshot(entry).get("request") or {}
    values = {
        "repository": request.get("repository") or "?",
        "organisation": _organisation(subjects, request.get("organisation"), None, locale),
    }
    if entry.action == "project.approve":
        return (
            N_(
                "%(actor)s accepted the repository %(repository)s for the organisation %(organisation)s."
            ),
            values,
        )
    values["reason"] = request.get("decision_reason") or "–"
    return (
        N_(
            "%(actor)s refused the repository %(repository)s for the organisation %(organisation)s, saying: %(reason)s"
        ),
        values,
    )


def _user_created(entry: AuditLog, subjects: AuditSubjects, locale: str) -> tuple[str, Values]:
    snapshot = _snapshot(entry)
    values = {"email": snapshot.get("email") or subjects.users.get(entry.target_id, "?")}
    slug = snapshot.get("organisation")
    if slug:
        values["organisation"] = _organisation(subjects, slug, None, locale)
        if snapshot.get("is_admin"):
            return (
                N_(
                    "%(actor)s added %(email)s as a moderator and an editor for the organisation %(organisation)s."
                ),
                values,
            )
        return N_(
            "%(actor)s added %(email)s as an editor for the organisation %(organisation)s."
        ), values
    if snapshot.get("is_admin"):
        return N_("%(actor)s added %(email)s as a moderator."), values
    return N_("%(actor)s added an account for %(email)s."), values


def _user(message: str) -> Callable[[AuditLog, AuditSubjects, str], tuple[str, Values]]:
    def describe(entry: AuditLog, subjects: AuditSubjects, locale: str) -> tuple[str, Values]:
        return message, {"email": subjects.users.get(entry.target_id, "?")}

    return describe


def _signed_out(entry: AuditLog, subjects: AuditSubjects, locale: str) -> tuple[str, Values]:
    email = subjects.users.get(entry.target_id, "?")
    if email == entry.actor:
        return N_("%(actor)s signed out on every device."), {}
    return N_("%(actor)s ended every session of %(email)s, on every device."), {"email": email}


def _annotation(entry: AuditLog, subjects: AuditSubjects, locale: str) -> tuple[str, Values]:
    component = subjects.components.get(entry.target_id, "?")
    return N_("%(actor)s updated the notes on the component %(component)s."), {
        "component": component
    }


def _used_by(message: str) -> Callable[[AuditLog, AuditSubjects, str], tuple[str, Values]]:
    def describe(entry: AuditLog, subjects: AuditSubjects, locale: str) -> tuple[str, Values]:
        snapshot = _snapshot(entry)
        return message, {
            "component": snapshot.get("component") or "?",
            "organisation": _organisation(subjects, snapshot.get("organisation"), None, locale),
        }

    return describe


SENTENCES: dict[str, Callable[[AuditLog, AuditSubjects, str], tuple[str, Values]]] = {
    "registration.approve": _registration,
    "registration.reject": _registration,
    "project.approve": _project,
    "project.reject": _project,
    "user.create": _user_created,
    "user.invite_link": _user(N_("%(actor)s invited %(email)s to choose a password.")),
    "user.reset_link": _user(N_("%(actor)s made a password reset link for %(email)s.")),
    "user.password_reset": _user(N_("%(actor)s chose a new password with a one-time link.")),
    "user.sign_out_everywhere": _signed_out,
    "annotation.update": _annotation,
    "used_by.claim": _used_by(
        N_(
            "%(actor)s said that the organisation %(organisation)s uses the component %(component)s."
        )
    ),
    "used_by.named": _used_by(
        N_(
            "The publiccode.yml of the component %(component)s named the organisation %(organisation)s as a user."
        )
    ),
    "used_by.confirm": _used_by(
        N_(
            "%(actor)s confirmed that the organisation %(organisation)s uses the component %(component)s."
        )
    ),
    "used_by.decline": _used_by(
        N_(
            "%(actor)s said that the organisation %(organisation)s does not use the component %(component)s."
        )
    ),
    "used_by.declare": _used_by(
        N_(
            "%(actor)s declared that the organisation %(organisation)s uses the component %(component)s."
        )
    ),
    "used_by.withdraw": _used_by(
        N_(
            "%(actor)s removed the claim that the organisation %(organisation)s uses the component %(component)s."
        )
    ),
}
FALLBACK = N_("%(actor)s made a change of the kind “%(action)s” to the record %(target)s.")


def describe(entry: AuditLog, subjects: AuditSubjects, locale: str) -> Markup:
    """One entry as a sentence in `locale`, every value in it escaped."""
    gettext = translations(locale).gettext
    actor = (
        gettext(N_("Someone at the command line")) if entry.actor == COMMAND_LINE else entry.actor
    )
    values: Values = {"actor": actor}
    describer = SENTENCES.get(entry.action)
    message = FALLBACK
    if describer is not None:
        try:
            message, found = describer(entry, subjects, locale)
        except (AttributeError, TypeError):
            # An entry written in an older shape: say what we can rather than fail the page.
            message = FALLBACK
        else:
            values.update(found)
    if message == FALLBACK:
        values.update(action=entry.action, target=f"{entry.target_type} {entry.target_id}")
    # Markup's % escapes every value; only our translated sentence is trusted as HTML.
    return Markup(gettext(message)) % {key: str(value) for key, value in values.items()}  # noqa: S704
