"""Rules for the nested sections of publiccode.yml 0.x (description, legal, maintenance …)."""

from __future__ import annotations

from catalogue.publiccode import checks
from catalogue.publiccode.languages import is_language_tag
from catalogue.publiccode.parser import Node
from catalogue.publiccode.spdx import LicenceError, parse_expression
from catalogue.publiccode.values import DEPRECATED, ValueChecks
from catalogue.publiccode.vocabulary import MAINTENANCE_TYPES, SCOPES
from catalogue.publiccode.walker import Entry, show

DESCRIPTION_KEYS = (
    "localisedName",
    "genericName",
    "shortDescription",
    "longDescription",
    "documentation",
    "apiDocumentation",
    "features",
    "screenshots",
    "videos",
    "awards",
)
SHORT_DESCRIPTION_MAX = 150
LONG_DESCRIPTION_MIN = 150
LONG_DESCRIPTION_MAX = 10_000
GENERIC_NAME_MAX = 35


class Sections(ValueChecks):
    """Validate the sections below the top level, reporting through a Walker."""

    # -- description -----------------------------------------------------------

    def description(self, entry: Entry | None, at: Node) -> list[str]:
        """Validate `description`; return its language keys."""
        if entry is None or entry.value.is_null:
            self.w.error("description", entry or at, "required", "description is required.")
            return []
        if entry.value.kind != "map":
            self.w.wrong_type(entry, "description", entry.value, "a mapping of languages")
            return []
        langs = [k.text for k, _ in entry.value.pairs if k.kind == "scalar"]
        entries = self.w.mapping(entry.value, "description", langs)
        if not entries:
            self.w.error(
                "description",
                entry,
                "required",
                "description must contain at least one language, such as en or cy.",
            )
            return []
        for lang, item in entries.items():
            if not is_language_tag(lang, strict_variants=True):
                self.w.error(
                    item.path,
                    item,
                    "invalid-language",
                    f"description key {show(lang)} must be a BCP 47 language tag such as "
                    "en, cy or en-GB.",
                )
            self.language_description(item)
        return list(entries)

    def language_description(self, item: Entry) -> None:
        d = self.w.mapping(item.value, item.path, DESCRIPTION_KEYS, at=item)
        if d is None:
            return
        w = self.w
        w.text(d.get("localisedName"))
        generic = d.get("genericName")
        name = w.text(generic)
        if generic is not None and name:
            w.warn(generic.path, generic, "deprecated", f"{generic.path} {DEPRECATED}.")
            self.length(generic, name, None, GENERIC_NAME_MAX)
        short = w.require(d, "shortDescription", item.path, item)
        value = w.text(short, required=True)
        if short is not None and value is not None:
            self.length(short, value, None, SHORT_DESCRIPTION_MAX)
        long = w.require(d, "longDescription", item.path, item)
        value = w.text(long, required=True)
        if long is not None and value is not None:
            self.length(long, value, LONG_DESCRIPTION_MIN, LONG_DESCRIPTION_MAX)
        self.http_url(d.get("documentation"))
        self.http_url(d.get("apiDocumentation"))
        features = d.get("features")
        items = w.text_items(features)
        if features is None or features.value.is_null or items == []:
            w.error(
                f"{item.path}.features",
                features or item,
                "required",
                f"{item.path}.features must list at least one feature.",
            )
        for path, node, _ in w.text_items(d.get("screenshots")) or []:
            self.file_reference(Entry(node, node, path), "screenshot")
        for path, node, value in w.text_items(d.get("videos")) or []:
            if node.is_null:
                continue  # an empty entry is skipped, as the reference parser does
            if not checks.is_http_url(value):
                w.error(
                    path, node, "invalid-url", f"{path} must be an https URL (found {show(value)})."
                )
            if not checks.is_oembed_video(value):
                w.error(
                    path,
                    node,
                    "invalid-video",
                    f"{path} must be a video on a platform that supports oEmbed, such as "
                    f"YouTube or Vimeo (found {show(value)}).",
                )
        w.text_items(d.get("awards"))

    # -- legal -------------------------------------------------------------------

    def legal(self, entry: Entry | None, at: Node) -> str | None:
        """Validate `legal`; return the licence expression when valid."""
        keys = ("license", "mainCopyrightOwner", "repoOwner", "authorsFile")
        node = entry.value if entry is not None else Node("map", 0, 0, "map")
        d = self.w.mapping(node, "legal", keys, at=entry)
        if d is None:
            self.w.error("legal.license", entry, "required", "legal.license is required.")
            return None
        licence = self.w.text(self.w.require(d, "license", "legal", entry or at), required=True)
        result = None
        if licence is not None:
            try:
                parse_expression(licence)
                result = licence
            except LicenceError as exc:
                self.w.error(
                    "legal.license",
                    d["license"],
                    "invalid-licence",
                    f"legal.license must be an SPDX licence expression such as EUPL-1.2 or "
                    f"MIT: {exc} (found {show(licence)}).",
                )
        self.w.text(d.get("mainCopyrightOwner"))
        if (owner := d.get("repoOwner")) is not None and self.w.text(owner) is not None:
            self.w.warn(
                owner.path,
                owner,
                "deprecated",
                f"{owner.path} {DEPRECATED}; use organisation.name.",
            )
        if (authors := d.get("authorsFile")) is not None and self.w.text(authors) is not None:
            self.w.warn(authors.path, authors, "deprecated", f"{authors.path} {DEPRECATED}.")
            self.file_reference(authors, "file")
        return result

    # -- maintenance -------------------------------------------------------------

    def maintenance(self, entry: Entry | None, at: Node) -> None:
        node = entry.value if entry is not None else Node("map", 0, 0, "map")
        d = self.w.mapping(node, "maintenance", ("type", "contractors", "contacts"), at=entry)
        if d is None:
            return
        where = entry or at
        kind = self.w.text(self.w.require(d, "type", "maintenance", where), required=True)
        if kind is not None and kind not in MAINTENANCE_TYPES:
            self.w.error(
                "maintenance.type",
                d["type"],
                "not-allowed",
                f"maintenance.type must be one of {', '.join(MAINTENANCE_TYPES)} "
                f"(found {show(kind)}).",
            )
        contractors = d.get("contractors")
        if kind == "contract" and (contractors is None or contractors.value.is_null):
            self.w.error(
                "maintenance.contractors",
                contractors or where,
                "required",
                "maintenance.contractors is required when maintenance.type is contract.",
            )
        elif kind != "contract" and contractors is not None and not contractors.value.is_null:
            self.w.error(
                "maintenance.contractors",
                contractors,
                "not-allowed",
                "maintenance.contractors must only be given when maintenance.type is contract.",
            )
        self.w.each_mapping(contractors, ("name", "email", "website", "until"), self._contractor)
        contacts = d.get("contacts")
        if kind in ("community", "internal") and (contacts is None or contacts.value.is_null):
            self.w.error(
                "maintenance.contacts",
                contacts or where,
                "required",
                f"maintenance.contacts is required when maintenance.type is {kind}.",
            )
        self.w.each_mapping(contacts, ("name", "email", "affiliation", "phone"), self._contact)

    def _contractor(self, d: dict[str, Entry], path: str, node: Node) -> None:
        self.w.text(self.w.require(d, "name", path, node), required=True)
        self.email(d.get("email"))
        self.http_url(d.get("website"))
        until = self.w.require(d, "until", path, node)
        self.date(until)

    def _contact(self, d: dict[str, Entry], path: str, node: Node) -> None:
        self.w.text(self.w.require(d, "name", path, node), required=True)
        self.email(d.get("email"))
        self.w.text(d.get("affiliation"))
        self.w.text(d.get("phone"))

    # -- localisation, dependencies, audience -----------------------------------------

    def localisation(self, entry: Entry | None, at: Node) -> None:
        node = entry.value if entry is not None else Node("map", 0, 0, "map")
        keys = ("localisationReady", "availableLanguages")
        d = self.w.mapping(node, "localisation", keys, at=entry)
        if d is None:
            return
        where = entry or at
        self.w.boolean(self.w.require(d, "localisationReady", "localisation", where))
        languages = self.w.require(d, "availableLanguages", "localisation", where)
        items = self.w.text_items(languages)
        if languages is not None and items == []:
            self.w.error(
                languages.path,
                languages,
                "required",
                f"{languages.path} must list at least one language.",
            )
        for path, node, value in items or []:
            if not is_language_tag(value, strict_variants=False):
                self.w.error(
                    path,
                    node,
                    "invalid-language",
                    f"{path} must be a BCP 47 language tag such as en, cy or pt-BR "
                    f"(found {show(value)}).",
                )

    def depends_on(self, entry: Entry | None) -> None:
        if entry is None:
            return
        d = self.w.mapping(entry.value, "dependsOn", ("open", "proprietary", "hardware"), at=entry)
        for kind in ("open", "proprietary", "hardware"):
            keys = ("name", "versionMin", "versionMax", "optional", "version")
            self.w.each_mapping((d or {}).get(kind), keys, self._dependency)

    def _dependency(self, d: dict[str, Entry], path: str, node: Node) -> None:
        self.w.text(self.w.require(d, "name", path, node), required=True)
        for key in ("versionMin", "versionMax", "version"):
            self.w.text(d.get(key))
        self.w.boolean(d.get("optional"))

    def intended_audience(self, entry: Entry | None) -> None:
        if entry is None:
            return
        keys = ("scope", "countries", "unsupportedCountries")
        d = self.w.mapping(entry.value, "intendedAudience", keys, at=entry)
        if d is None:
            return
        for path, node, value in self.w.text_items(d.get("scope")) or []:
            if value not in SCOPES:
                self.w.error(
                    path,
                    node,
                    "not-allowed",
                    f"{path} {show(value)} is not a publiccode.yml scope.",
                )
        for key in ("countries", "unsupportedCountries"):
            for path, node, value in self.w.text_items(d.get(key)) or []:
                if not checks.is_country_code(value):
                    self.w.error(
                        path,
                        node,
                        "invalid-country",
                        f"{path} must be an ISO 3166-1 alpha-2 country code such as GB "
                        f"(found {show(value)}).",
                    )
                elif value != value.upper():
                    self.w.warn(
                        path,
                        node,
                        "deprecated",
                        f"{path} {show(value)} is a lower-case country code, which is "
                        f"deprecated; write {value.upper()}.",
                    )
