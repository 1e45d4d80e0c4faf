"""Authoritative organisation identifiers, checked by format: ONS GSS, NHS ODS, GOV.UK slugs."""

from __future__ import annotations

import re

from catalogue.urls import InputError
from catalogue.vocabulary import N_

# kind -> the English name shown beside the identifier (a msgid)
IDENTIFIER_KINDS: dict[str, str] = {
    "gss": N_("ONS GSS code (Welsh local authority)"),
    "ods": N_("NHS ODS code (health body)"),
    "govuk": N_("GOV.UK organisation slug"),
}

# GSS codes are a 3-character entity code and 6 digits; W06 is the entity of Welsh unitary
# authorities (W06000001 Isle of Anglesey … W06000024 Merthyr Tydfil).
GSS = re.compile(r"^W06\d{6}$")
# ODS organisation codes are 3 to 5 letters and digits (health boards 7A1…7A7, trusts RQF, RT4,
# sites RQF01); branch and practice codes run to 6, and a few national codes to 8.
ODS = re.compile(r"^[A-Z0-9]{3,8}$")
GOVUK = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def check_identifier(kind: str, value: str) -> tuple[str, str]:
    """Normalise an identifier of the given kind, raising InputError when its format is wrong."""
    if kind not in IDENTIFIER_KINDS:
        raise InputError(N_("Choose the kind of identifier"))
    raw = (value or "").strip()
    if not raw:
        raise InputError(N_("Enter the identifier, or choose ‘No identifier’"))
    if kind == "gss":
        code = raw.upper()
        if not GSS.match(code):
            raise InputError(
                N_("A GSS code for a Welsh local authority is W06 and 6 digits, like W06000015")
            )
        return kind, code
    if kind == "ods":
        code = raw.upper()
        if not ODS.match(code):
            raise InputError(N_("An ODS code is 3 to 8 letters and digits, like 7A1 or RQF"))
        return kind, code
    slug = raw.lower()
    if slug.startswith("https://www.gov.uk/government/organisations/"):
        # People copy the whole GOV.UK page address; the slug is its last part.
        slug = slug.rsplit("/", 1)[-1]
    if len(slug) > 100 or not GOVUK.match(slug):
        raise InputError(
            N_(
                "A GOV.UK organisation slug is lower-case words joined by hyphens, "
                "like companies-house"
            )
        )
    return kind, slug


def identifier_url(kind: str | None, value: str | None) -> str | None:
    """Where an identifier can be looked up by a person, if anywhere."""
    if not kind or not value:
        return None
    if kind == "govuk":
        return f"https://www.gov.uk/government/organisations/{value}"
    if kind == "gss":
        return f"https://statistics.data.gov.uk/id/statistical-geography/{value}"
    return None
