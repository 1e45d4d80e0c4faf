"""Moderators invite people: an account with no usable password, and a one-time link to choose one."""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session

from catalogue.accounts import create_user, require_moderator
from catalogue.models import Organisation, User
from catalogue.password_resets import INVITE, issue_reset


def invite_user(
    session: Session,
    email: str,
    moderator: User,
    is_admin: bool = False,
    organisation: Organisation | None = None,
    language: str = "en",
) -> tuple[User, str]:
    """Create the person and a week-long link (token returned, never stored) to set their password."""
    require_moderator(moderator)
    # Nobody ever knows this password: the person chooses their own with the link.
    user = create_user(
        session,
        email,
        secrets.token_urlsafe(32),
        is_admin=is_admin,
        organisation=organisation,
        actor=moderator,
    )
    user.language = "cy" if language == "cy" else "en"
    token, _ = issue_reset(session, user, moderator, purpose=INVITE)
    return user, token
