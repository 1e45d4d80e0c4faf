"""The fixed vocabularies of publiccode.yml 0.x and the code lists it relies on."""

from __future__ import annotations

from functools import cache
from importlib import resources

# The SPDX licence list as packaging keeps it for PEP 639 (no public accessor; updated with it).
from packaging.licenses._spdx import EXCEPTIONS as SPDX_EXCEPTIONS
from packaging.licenses._spdx import LICENSES as SPDX_LICENCES

# Versions the 0.x parser accepts; every one is validated against the latest 0.x rules,
# as the reference parser does.
LATEST_VERSION = "0.7.0"
SUPPORTED_VERSIONS = (
    "0",
    "0.2",
    "0.2.0",
    "0.2.1",
    "0.2.2",
    "0.3",
    "0.3.0",
    "0.4",
    "0.4.0",
    "0.5",
    "0.5.0",
    "0.6",
    "0.6.0",
    "0.7",
    "0.7.0",
)
# "0" means "the latest 0.x", so it never earns an upgrade warning.
CURRENT_VERSIONS = ("0", "0.7", "0.7.0")

DEVELOPMENT_STATUSES = ("concept", "development", "beta", "stable", "obsolete")

SOFTWARE_TYPES = (
    "standalone/mobile",
    "standalone/iot",
    "standalone/desktop",
    "standalone/web",
    "standalone/backend",
    "standalone/other",
    "addon",
    "library",
    "configurationFiles",
)

MAINTENANCE_TYPES = ("internal", "contract", "community", "none")

# Suggested values only: the standard allows other human-readable platforms.
PLATFORMS = ("web", "windows", "mac", "linux", "ios", "android")

IT_COUNTRY_EXTENSION_VERSIONS = ("0.2", "1.0")

# Known aliases for `supports` (publiccode.yml 0.7); anything else must be a URI.
SUPPORT_ALIASES = ("gdpr", "eidas", "nis2", "cra", "spid", "cie", "anpr", "pagopa", "io")

CATEGORIES = (
    "accounting",
    "agile-project-management",
    "applicant-tracking",
    "application-development",
    "appointment-scheduling",
    "backup",
    "billing-and-invoicing",
    "blog",
    "budgeting",
    "business-intelligence",
    "business-process-management",
    "cad",
    "call-center-management",
    "cloud-management",
    "collaboration",
    "communications",
    "compliance-management",
    "contact-management",
    "content-management",
    "crm",
    "customer-service-and-support",
    "data-analytics",
    "data-collection",
    "data-visualization",
    "design",
    "design-system",
    "digital-asset-management",
    "digital-citizenship",
    "document-management",
    "donor-management",
    "e-commerce",
    "e-signature",
    "educational-content",
    "email-management",
    "email-marketing",
    "employee-management",
    "enterprise-project-management",
    "enterprise-social-networking",
    "erp",
    "event-management",
    "facility-management",
    "feedback-and-reviews-management",
    "financial-reporting",
    "fleet-management",
    "fundraising",
    "gamification",
    "geographic-information-systems",
    "grant-management",
    "graphic-design",
    "help-desk",
    "hr",
    "ide",
    "identity-management",
    "instant-messaging",
    "integrated-library-system",
    "inventory-management",
    "it-asset-management",
    "it-development",
    "it-management",
    "it-security",
    "it-service-management",
    "knowledge-management",
    "learning-management-system",
    "marketing",
    "mind-mapping",
    "mobile-marketing",
    "mobile-payment",
    "network-management",
    "office",
    "online-booking",
    "online-community",
    "payment-gateway",
    "payroll",
    "predictive-analysis",
    "procurement",
    "productivity-suite",
    "project-collaboration",
    "project-management",
    "property-management",
    "real-estate-management",
    "regulations-and-directives",
    "remote-support",
    "resource-management",
    "sales-management",
    "seo",
    "service-desk",
    "social-media-management",
    "survey",
    "talent-management",
    "task-management",
    "taxes-management",
    "test-management",
    "time-management",
    "time-tracking",
    "translation",
    "video-conferencing",
    "video-editing",
    "visitor-management",
    "voip",
    "warehouse-management",
    "web-collaboration",
    "web-conferencing",
    "website-builder",
    "whistleblowing",
    "workflow-management",
    "other",
)

SCOPES = (
    "agriculture",
    "culture",
    "defence",
    "education",
    "emergency-services",
    "employment",
    "energy",
    "environment",
    "finance-and-economic-development",
    "foreign-affairs",
    "government",
    "healthcare",
    "infrastructures",
    "justice",
    "local-authorities",
    "manufacturing",
    "research",
    "science-and-technology",
    "security",
    "society",
    "sport",
    "tourism",
    "transportation",
    "welfare",
)

LOGO_EXTENSIONS = (".svg", ".svgz", ".png")
SCREENSHOT_EXTENSIONS = (".jpg", ".jpeg", ".png", ".svg", ".gif", ".webp")


def _lines(name: str) -> tuple[str, ...]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def language_codes() -> frozenset[str]:
    """ISO 639 language codes (2 and 3 letters), lower case; includes `cy` and `cym`."""
    codes = set(_lines("languages.txt"))
    # qaa-qtz is reserved for private use and valid in BCP 47.
    codes.update(f"q{b}{c}" for b in "abcdefghijklmnopqrst" for c in "abcdefghijklmnopqrstuvwxyz")
    return frozenset(codes)


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 country codes, upper case; includes `GB`."""
    return frozenset(_lines("countries.txt"))


@cache
def script_codes() -> frozenset[str]:
    """ISO 15924 script codes in title case (`Latn`)."""
    return frozenset(_lines("scripts.txt"))


@cache
def spdx_licences() -> dict[str, str]:
    """SPDX licence identifiers (active and deprecated), keyed by their lower-case form."""
    return {key: licence["id"] for key, licence in SPDX_LICENCES.items()}


@cache
def spdx_exceptions() -> dict[str, str]:
    """SPDX licence exception identifiers, keyed by their lower-case form."""
    return {key: exception["id"] for key, exception in SPDX_EXCEPTIONS.items()}


@cache
def oembed_schemes() -> tuple[str, ...]:
    """URL patterns (with `*` wildcards) of video providers that support oEmbed."""
    return _lines("oembed-schemes.txt")


@cache
def bcp47_variants() -> dict[str, tuple[str, ...]]:
    """Registered BCP 47 variant subtags and the prefixes they may follow (empty: any)."""
    variants: dict[str, tuple[str, ...]] = {}
    for line in _lines("bcp47-variants.txt"):
        name, _, prefixes = line.partition(" ")
        variants[name] = tuple(prefixes.split())
    return variants
