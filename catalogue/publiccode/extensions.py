"""Rules for organisations, funders, `supports` and the Italian country extension."""

from __future__ import annotations

from catalogue.publiccode import checks
from catalogue.publiccode.parser import Node
from catalogue.publiccode.values import DEPRECATED, ValueChecks
from catalogue.publiccode.vocabulary import IT_COUNTRY_EXTENSION_VERSIONS, SUPPORT_ALIASES
from catalogue.publiccode.walker import Entry, show


class Extensions(ValueChecks):
    """Validate `organisation`, `fundedBy`, `supports` and the `IT` section."""

    def organisation(self, entry: Entry | None) -> None:
        if entry is None:
            return
        d = self.w.mapping(entry.value, "organisation", ("name", "uri"), at=entry)
        if d is not None:
            self.w.text(d.get("name"))
            self.uri(self.w.require(d, "uri", "organisation", entry))

    def funded_by(self, entry: Entry | None) -> None:
        def check(d: dict[str, Entry], path: str, node: Node) -> None:
            self.w.text(d.get("name"))
            self.uri(self.w.require(d, "uri", path, node))

        self.w.each_mapping(entry, ("name", "uri"), check)

    def supports(self, entry: Entry | None) -> None:
        def check(d: dict[str, Entry], path: str, node: Node) -> None:
            item = self.w.require(d, "id", path, node)
            value = self.w.text(item, required=True)
            if item is None or value is None:
                return
            if value.startswith("alias:"):
                if value[6:] not in SUPPORT_ALIASES:
                    self.w.error(
                        item.path,
                        item,
                        "not-allowed",
                        f"{item.path} {show(value)} is not a known alias; use one of "
                        f"{', '.join('alias:' + a for a in SUPPORT_ALIASES)} or a URI.",
                    )
            else:
                self.uri(item)

        self.w.each_mapping(entry, ("id",), check)

    def country_section(self, entry: Entry) -> None:
        """Validate the Italian extension (`IT`, or the deprecated `it`)."""
        path = entry.path
        keys = ("countryExtensionVersion", "conforme", "riuso", "piattaforme")
        d = self.w.mapping(entry.value, path, keys, at=entry)
        if d is None:
            return
        version = self.w.text(d.get("countryExtensionVersion"))
        if version is not None and version not in IT_COUNTRY_EXTENSION_VERSIONS:
            self.w.error(
                f"{path}.countryExtensionVersion",
                d["countryExtensionVersion"],
                "not-allowed",
                f"{path}.countryExtensionVersion must be 0.2 or 1.0 (found {show(version)}).",
            )
        if (conforme := d.get("conforme")) is not None:
            keys = ("lineeGuidaDesign", "modelloInteroperabilita", "misureMinimeSicurezza", "gdpr")
            flags = self.w.mapping(conforme.value, conforme.path, keys, at=conforme)
            for flag in (flags or {}).values():
                self.w.boolean(flag)
            self.w.warn(conforme.path, conforme, "deprecated", f"{conforme.path} {DEPRECATED}.")
        if (riuso := d.get("riuso")) is not None:
            codes = self.w.mapping(riuso.value, riuso.path, ("codiceIPA",), at=riuso) or {}
            code = self.w.text(codes.get("codiceIPA"))
            if code and not checks.is_ipa_code(code):
                self.w.error(
                    codes["codiceIPA"].path,
                    codes["codiceIPA"],
                    "invalid-ipa",
                    f"{codes['codiceIPA'].path} must be an Italian iPA code (found {show(code)}).",
                )
            elif code:
                self.w.warn(
                    codes["codiceIPA"].path,
                    codes["codiceIPA"],
                    "deprecated",
                    f"{codes['codiceIPA'].path} {DEPRECATED}; use organisation.uri "
                    f"urn:x-italian-pa:{code}.",
                )
        if (platforms := d.get("piattaforme")) is not None:
            keys = ("spid", "pagopa", "cie", "anpr", "io")
            flags = self.w.mapping(platforms.value, platforms.path, keys, at=platforms)
            for flag in (flags or {}).values():
                self.w.boolean(flag)
