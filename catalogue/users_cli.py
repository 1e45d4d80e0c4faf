"""`catalogue users …`: create, list and sign out moderators and editors; issue reset links."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy import select

from catalogue.errors import CatalogueError

app = typer.Typer(
    help="Manage the people who sign in: moderators and organisation editors.",
    no_args_is_help=True,
)
err = Console(stderr=True)
out = Console()


def _settings():
    from catalogue.settings import Settings

    return Settings.from_env()


@app.command("create")
def create(
    email: Annotated[
        str, typer.Argument(help="The person's email address (they sign in with it).")
    ],
    admin: Annotated[
        bool, typer.Option("--admin", help="Make them a moderator (catalogue administrator).")
    ] = False,
    organisation: Annotated[
        str | None,
        typer.Option("--organisation", help="Slug of the organisation they edit.", metavar="SLUG"),
    ] = None,
    password_stdin: Annotated[
        bool,
        typer.Option("--password-stdin", help="Read the password from standard input."),
    ] = False,
) -> None:
    """Create a person who can sign in; the password is asked for twice, hidden."""
    from catalogue.accounts import check_password, create_user
    from catalogue.db import session_scope
    from catalogue.models import Organisation

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        check_password(password)
        with session_scope(_settings()) as session:
            chosen = None
            if organisation:
                chosen = session.scalar(
                    select(Organisation).where(Organisation.slug == organisation)
                )
                if chosen is None:
                    raise CatalogueError(f"no organisation with the slug {organisation!r}")
            user = create_user(session, email, password, is_admin=admin, organisation=chosen)
            roles = (["moderator"] if admin else []) + (
                [f"editor of {organisation}"] if chosen else []
            )
            out.print(f"Created {user.email} ({', '.join(roles) or 'no role yet'}).")
    except CatalogueError as exc:
        err.print(f"Error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None


@app.command("list")
def list_users() -> None:
    """List everyone who can sign in, with their roles."""
    from catalogue.db import session_scope
    from catalogue.models import User

    with session_scope(_settings()) as session:
        for user in session.scalars(select(User).order_by(User.email_key)):
            roles = ["moderator"] if user.is_admin else []
            if user.organisation is not None:
                roles.append(f"{user.role} of {user.organisation.slug}")
            state = "" if user.active else " [disabled]"
            out.print(
                f"{user.email}\t{', '.join(roles) or '-'}{state}", markup=False, highlight=False
            )


@app.command("sign-out-everywhere")
def sign_out_everywhere_command(
    email: Annotated[str, typer.Argument(help="The person's email address.")],
) -> None:
    """End every session of a person, on every device (say, after a lost laptop)."""
    from catalogue.accounts import find_user, sign_out_everywhere
    from catalogue.db import session_scope

    with session_scope(_settings()) as session:
        user = find_user(session, email)
        if user is None:
            err.print(f"Error: no account for {email}", markup=False, highlight=False)
            raise typer.Exit(1)
        sign_out_everywhere(session, user, actor=None)
        out.print(f"Signed {user.email} out everywhere.", markup=False, highlight=False)


@app.command("reset-link")
def reset_link_command(
    email: Annotated[str, typer.Argument(help="The person's email address.")],
    base_url: Annotated[
        str,
        typer.Option(
            "--base-url",
            help="The catalogue's public address, like https://catalogue.example.gov.wales.",
            metavar="URL",
        ),
    ],
    welsh: Annotated[bool, typer.Option("--welsh", help="Print the Welsh page's link.")] = False,
) -> None:
    """Print a one-time link (valid 24 hours) to set a new password; send it to the person yourself.

    Any earlier unused link for them stops working. The link is printed once and never stored.
    """
    from urllib.parse import urlsplit

    from catalogue.accounts import find_user
    from catalogue.db import session_scope
    from catalogue.password_resets import issue_reset, reset_link

    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        err.print(f"Error: --base-url must be an http:// or https:// address, not {base_url!r}")
        raise typer.Exit(1)
    try:
        with session_scope(_settings()) as session:
            user = find_user(session, email)
            if user is None:
                raise CatalogueError(f"no account for {email}")
            token, reset = issue_reset(session, user, actor=None)
            person, expires_at = user.email, reset.expires_at
    except CatalogueError as exc:
        err.print(f"Error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    # Only the link goes to standard output, so `$(catalogue users reset-link …)` captures it.
    typer.echo(reset_link(base_url, token, "cy" if welsh else "en"))
    err.print(
        f"Send it to {person}. It works once, until {expires_at:%Y-%m-%d %H:%M} UTC; "
        "any earlier link for them no longer works.",
        markup=False,
        highlight=False,
    )
