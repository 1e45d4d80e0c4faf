"""Value checks shared by the validator: URLs, URIs, e-mail, dates, MIME types, text length."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache
from urllib.parse import urlsplit

from catalogue.publiccode.vocabulary import country_codes, oembed_schemes

# Characters Go's net/url refuses in a host name (it accepts letters, digits and
# "-._~!$&'()*+,;=:[]<>\"" plus percent-escapes and non-ASCII).
_BAD_HOST = re.compile(r"[\s\x00-\x1f\x7f{}|\\^`/?#@%]")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

_U = "\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
_ATOM = rf"[A-Za-z0-9!#$%&'*+\-/=?^_`{{|}}~{_U}]+"
_LABEL = rf"[A-Za-z0-9{_U}](?:[A-Za-z0-9\-.~{_U}]*[A-Za-z0-9{_U}])?"
_TLD = rf"[A-Za-z{_U}](?:[A-Za-z0-9\-.~{_U}]*[A-Za-z{_U}])?"
_EMAIL = re.compile(rf"^{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+{_TLD}\.?$")
_QUOTED_EMAIL = re.compile(rf'^"[^"\\\r\n]*"@(?:{_LABEL}\.)+{_TLD}\.?$')

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_MIME = re.compile(
    r"^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$"
)
_URN = re.compile(
    r"^urn:(?!urn:)[a-z0-9][a-z0-9-]{0,31}:"
    r"(?:[a-z0-9()+,\-.:=@;$_!*']|%(?:2[1-9a-f]|[3-6][0-9a-f]|7[0-9a-e]))+$",
    re.IGNORECASE,
)
# Italian public bodies' iPA codes: up to 8 letters, digits or underscores. Only the
# format is checked; the reference parser also looks the code up in the iPA registry.
_IPA = re.compile(r"^[A-Za-z0-9_]{1,8}$")


def _parse_url(value: str) -> tuple[str, str, str, str] | None:
    """Split a URL like Go's url.Parse: (scheme, host, opaque, fragment), or None on error."""
    if _CONTROL.search(value) or _BAD_ESCAPE.search(value.split("?", 1)[0]):
        return None
    scheme, sep, rest = value.partition(":")
    if not sep or not _SCHEME.match(scheme):
        if value.startswith(":"):
            return None
        # No scheme: Go refuses a colon in the first path segment ("a:b/c").
        first = value.split("/", 1)[0]
        if ":" in first:
            return None
        return "", "", "", _fragment(value)
    body = rest.split("#", 1)[0]
    fragment = _fragment(rest)
    if not body.startswith("/"):
        return scheme.lower(), "", body.split("?", 1)[0], fragment
    if not body.startswith("//"):
        return scheme.lower(), "", "", fragment
    authority = body[2:].split("/", 1)[0].split("?", 1)[0]
    host = authority.rsplit("@", 1)[-1]
    if host.startswith("["):
        if "]" not in host:
            return None
        port = host[host.index("]") + 1 :]
        if port and not re.fullmatch(r":[0-9]*", port):
            return None
    else:
        name, _, port = host.partition(":")
        if (port and not port.isdigit()) or _BAD_HOST.search(name):
            return None
    return scheme.lower(), host, "", fragment


def _fragment(value: str) -> str:
    return value.split("#", 1)[1] if "#" in value else ""


def is_url(value: str) -> bool:
    """Tell whether a string is an absolute URL, as go-playground's `url` validator does."""
    lowered = value.lower()
    if not lowered:
        return False
    if lowered.startswith("file://"):
        return True
    parts = _parse_url(lowered)
    if parts is None:
        return False
    scheme, host, opaque, fragment = parts
    return bool(scheme) and bool(host or fragment or opaque)


def is_http_url(value: str) -> bool:
    """Tell whether a string is an http(s) URL with a host."""
    if not is_url(value):
        return False
    parts = _parse_url(value.lower())
    return parts is not None and parts[0] in ("http", "https") and bool(parts[1])


def is_uri(value: str) -> bool:
    """Tell whether a string identifies an organisation: an absolute URL with a host, or a URN."""
    if not value or _CONTROL.search(value) or "#" in value:
        return False
    scheme, sep, rest = value.partition(":")
    if not sep or not _SCHEME.match(scheme):
        return False
    if scheme.lower() == "urn":
        if not _URN.match(value):
            return False
        namespace, _, code = rest.partition(":")
        if namespace.lower() == "x-italian-pa":
            return is_ipa_code(code)
        return True
    parts = _parse_url(value)
    return parts is not None and bool(parts[0]) and bool(parts[1])


def is_italian_pa_urn(value: str) -> bool:
    """Tell whether a URI uses the `urn:x-italian-pa:` namespace."""
    return value.lower().startswith("urn:x-italian-pa:")


def is_ipa_code(value: str) -> bool:
    """Tell whether a string looks like an Italian iPA code (format only)."""
    return bool(_IPA.match(value))


def is_email(value: str) -> bool:
    """Tell whether a string is an e-mail address."""
    return bool(_EMAIL.match(value) or _QUOTED_EMAIL.match(value))


def is_date(value: str) -> bool:
    """Tell whether a string is a real calendar date written YYYY-MM-DD."""
    if not _DATE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_mime_type(value: str) -> bool:
    """Tell whether a string is a well-formed media type such as `text/plain`."""
    return bool(_MIME.match(value))


def is_country_code(value: str) -> bool:
    """Tell whether a string is an ISO 3166-1 alpha-2 code, all upper or all lower case."""
    if value not in (value.upper(), value.lower()):
        return False
    return value.upper() in country_codes()


@cache
def _oembed_patterns() -> tuple[re.Pattern[str], ...]:
    patterns = []
    for scheme in oembed_schemes():
        body = re.escape(scheme.split("://", 1)[-1]).replace(r"\*", ".*")
        patterns.append(re.compile(rf"^https?://{body}$", re.IGNORECASE))
    return tuple(patterns)


def is_oembed_video(value: str) -> bool:
    """Tell whether a URL belongs to a known video provider that supports oEmbed."""
    return any(pattern.match(value) for pattern in _oembed_patterns())


def url_path_extension(value: str) -> str:
    """Return the lower-case file extension of a URL's or relative path's last segment."""
    try:
        path = urlsplit(value).path
    except ValueError:
        path = value
    name = path.rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""


def count_graphemes(text: str) -> int:
    """Count user-perceived characters (extended grapheme clusters, approximately UAX #29)."""
    count = 0
    previous = ""
    regional = 0
    for char in text:
        code = ord(char)
        if previous and _joins(previous, char, regional):
            if 0x1F1E6 <= code <= 0x1F1FF:
                regional += 1
            previous = char
            continue
        count += 1
        regional = 1 if 0x1F1E6 <= code <= 0x1F1FF else 0
        previous = char
    return count


def _joins(previous: str, char: str, regional: int) -> bool:
    code, prev = ord(char), ord(previous)
    if previous == "\r" and char == "\n":
        return True
    if previous in "\r\n" or char in "\r\n":
        return False
    if unicodedata.category(char) in ("Mn", "Me", "Mc") or code == 0x200D:
        return True
    if 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return True
    if prev == 0x200D and unicodedata.category(char) == "So":
        return True
    if 0x1F1E6 <= code <= 0x1F1FF and regional % 2 == 1:
        return True
    return _hangul_joins(prev, code)


def _hangul_joins(prev: int, code: int) -> bool:
    lead = 0x1100 <= prev <= 0x115F
    vowel = 0x1160 <= prev <= 0x11A7
    trail = 0x11A8 <= prev <= 0x11FF
    syllable = 0xAC00 <= prev <= 0xD7A3
    lv = syllable and (prev - 0xAC00) % 28 == 0
    if lead and (0x1100 <= code <= 0x11A7 or 0xAC00 <= code <= 0xD7A3):
        return True
    if (vowel or lv) and 0x1160 <= code <= 0x11FF:
        return True
    return (trail or syllable) and 0x11A8 <= code <= 0x11FF
