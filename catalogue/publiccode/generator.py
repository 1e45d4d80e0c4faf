"""Build a publiccode.yml from a few form fields, with English and Welsh descriptions."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

import yaml

from catalogue.publiccode.vocabulary import CURRENT_VERSIONS


@dataclass
class Description:
    """The text of one language section of `description`."""

    short: str
    long: str
    features: list[str] = field(default_factory=list)
    localised_name: str | None = None
    documentation: str | None = None


@dataclass
class Contact:
    name: str
    email: str | None = None
    affiliation: str | None = None


@dataclass
class ProjectForm:
    """What a team fills in to get a publiccode.yml; English is required, Welsh optional."""

    name: str
    url: str
    licence: str
    description_en: Description
    description_cy: Description | None = None
    development_status: str = "stable"
    software_type: str = "standalone/web"
    platforms: list[str] = field(default_factory=lambda: ["web"])
    categories: list[str] = field(default_factory=list)
    landing_url: str | None = None
    software_version: str | None = None
    release_date: str | None = None
    logo: str | None = None
    organisation_name: str | None = None
    organisation_uri: str | None = None
    main_copyright_owner: str | None = None
    maintenance_type: str = "internal"
    contacts: list[Contact] = field(default_factory=list)
    contractor_name: str | None = None
    contractor_until: str | None = None
    used_by: list[str] = field(default_factory=list)
    available_languages: list[str] | None = None
    localisation_ready: bool = True


def build_document(form: ProjectForm) -> dict[str, Any]:
    """Return the publiccode.yml content for a form as an ordered mapping."""
    doc: dict[str, Any] = {"publiccodeYmlVersion": CURRENT_VERSIONS[0], "name": form.name}
    doc["url"] = form.url
    _put(doc, "landingURL", form.landing_url)
    _put(doc, "softwareVersion", form.software_version)
    _put(doc, "releaseDate", form.release_date)
    _put(doc, "logo", form.logo)
    if form.organisation_uri:
        organisation = {"uri": form.organisation_uri}
        if form.organisation_name:
            organisation = {"name": form.organisation_name, **organisation}
        doc["organisation"] = organisation
    doc["platforms"] = list(form.platforms)
    _put(doc, "categories", list(form.categories) or None)
    _put(doc, "usedBy", list(form.used_by) or None)
    doc["developmentStatus"] = form.development_status
    doc["softwareType"] = form.software_type
    descriptions = {"en": _description(form.description_en)}
    if form.description_cy is not None:
        descriptions["cy"] = _description(form.description_cy)
    doc["description"] = descriptions
    legal = {"license": form.licence}
    _put(legal, "mainCopyrightOwner", form.main_copyright_owner)
    doc["legal"] = legal
    doc["maintenance"] = _maintenance(form)
    languages = form.available_languages or list(descriptions)
    doc["localisation"] = {
        "localisationReady": form.localisation_ready,
        "availableLanguages": languages,
    }
    return doc


def generate(form: ProjectForm) -> str:
    """Render a form as publiccode.yml text (validate it with `validate` before committing)."""
    return render(build_document(form))


def render(document: dict[str, Any]) -> str:
    """Dump a publiccode.yml mapping as YAML, multi-line texts as literal blocks."""
    header = "# publiccode.yml — see https://yml.publiccode.tools\n"
    body = yaml.dump(
        document,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return header + body


def form_from_mapping(data: dict[str, Any]) -> ProjectForm:
    """Build a ProjectForm from plain data (e.g. a submitted web form or a YAML file)."""
    known = {f.name for f in fields(ProjectForm)}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"unknown form fields: {', '.join(sorted(unknown))}")
    values = dict(data)
    for key in ("description_en", "description_cy"):
        if isinstance(values.get(key), dict):
            values[key] = Description(**values[key])
    values["contacts"] = [
        c if isinstance(c, Contact) else Contact(**c) for c in values.get("contacts", [])
    ]
    return ProjectForm(**values)


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, ""):
        target[key] = value


def _description(description: Description) -> dict[str, Any]:
    result: dict[str, Any] = {}
    _put(result, "localisedName", description.localised_name)
    result["shortDescription"] = description.short.strip()
    result["longDescription"] = description.long.strip() + "\n"
    _put(result, "documentation", description.documentation)
    result["features"] = [f.strip() for f in description.features if f.strip()]
    return result


def _maintenance(form: ProjectForm) -> dict[str, Any]:
    maintenance: dict[str, Any] = {"type": form.maintenance_type}
    if form.maintenance_type == "contract":
        contractor = {"name": form.contractor_name or "", "until": form.contractor_until or ""}
        maintenance["contractors"] = [contractor]
    contacts = []
    for contact in form.contacts:
        item = {"name": contact.name}
        _put(item, "email", contact.email)
        _put(item, "affiliation", contact.affiliation)
        contacts.append(item)
    if contacts:
        maintenance["contacts"] = contacts
    return maintenance


class _Dumper(yaml.SafeDumper):
    """Safe dumper that writes multi-line text as literal blocks and indents lists."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)
