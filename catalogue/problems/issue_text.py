"""The GitHub issue the catalogue keeps about a repository's problems: English, then Welsh."""

from __future__ import annotations

import hashlib

from catalogue.models import Component, ComponentProblem
from catalogue.notices import Writer
from catalogue.problems.detect import KINDS
from catalogue.translations import format_day
from catalogue.vocabulary import N_

LOCALES = ("en", "cy")
TITLE = N_("Problems with this repository’s metadata, found by the Welsh public code catalogue")


def problems_hash(problems: list[ComponentProblem]) -> str:
    """One hash of the open problems' fingerprints: the issue changes only when it changes."""
    joined = "\n".join(sorted(p.fingerprint for p in problems))
    return hashlib.sha256(joined.encode()).hexdigest()


def issue_title(writer: Writer) -> str:
    return " / ".join(writer.text(locale, TITLE) for locale in LOCALES)


def issue_body(writer: Writer, component: Component, problems: list[ComponentProblem]) -> str:
    """Each language in turn: what is wrong, since when, and where to see it."""
    return "\n\n---\n\n".join(_section(writer, locale, component, problems) for locale in LOCALES)


def closing_body(writer: Writer, component: Component) -> str:
    """What the issue says once every problem is fixed."""
    message = N_(
        "The Welsh public code catalogue finds no more problems with what this repository says "
        "about itself. Thank you: this issue is closed."
    )
    return "\n\n---\n\n".join(writer.text(locale, message) for locale in LOCALES)


def stopped_body(writer: Writer, component: Component) -> str:
    """What the issue says when the organisation no longer wants these issues."""
    message = N_(
        "The organisation asked the Welsh public code catalogue to stop these issues, so this one "
        "is closed. The catalogue still lists the problems it finds:\n%(url)s"
    )
    return "\n\n---\n\n".join(
        writer.text(
            locale, message, url=writer.link(f"/components/{component.id}#problems-found", locale)
        )
        for locale in LOCALES
    )


def _section(writer: Writer, locale: str, component: Component, problems) -> str:
    lines = [
        writer.text(
            locale,
            N_(
                "The Welsh public code catalogue found these problems with what this repository "
                "says about itself. It updates this issue when they change and closes it when "
                "they are all fixed."
            ),
        ),
        "",
    ]
    for problem in problems:
        found = writer.text(
            locale, N_("Found on %(date)s"), date=format_day(problem.first_seen_at, locale)
        )
        lines.append(f"- {writer.text(locale, KINDS[problem.kind])} ({found})")
        if problem.details:
            # Harvested text goes in a code block: no Markdown, links or @mentions from it.
            lines += ["", "  ```text"]
            lines += [f"  {_plain(detail)}" for detail in problem.details]
            lines += ["  ```", ""]
    lines += [
        "",
        writer.text(
            locale,
            N_("See them in the catalogue:\n%(url)s"),
            url=writer.link(f"/components/{component.id}#problems-found", locale),
        ),
        "",
        writer.text(
            locale,
            N_(
                "The organisation asked the catalogue for these issues; its editors can stop "
                "them on its page in the catalogue."
            ),
        ),
    ]
    return "\n".join(lines)


def _plain(text: str) -> str:
    return text.replace("`", "'").replace("\r", " ").replace("\n", " ")
