"""The publiccode.yml pages: check by paste or upload, and generate a valid bilingual file."""

import html
import re

import pytest

from catalogue.publiccode import validate
from tests.integration.register.webtools import get_page, token

LONG_EN = (
    "A booking system for council leisure centres, used by residents to book classes and "
    "courts, and by staff to manage timetables, payments and attendance across many sites."
)
LONG_CY = (
    "System archebu ar gyfer canolfannau hamdden cynghorau, a ddefnyddir gan drigolion i archebu "
    "dosbarthiadau a chyrtiau, a chan staff i reoli amserlenni, taliadau a phresenoldeb."
)
FORM = {
    "name": "Archebu Hamdden",
    "url": "https://github.com/cyngor-prawf/archebu",
    "licence": "MIT",
    "development_status": "beta",
    "software_type": "standalone/web",
    "platforms": ["web", "android"],
    "short_en": "Book leisure centre classes",
    "long_en": LONG_EN,
    "features_en": "Online booking\nPayments",
    "short_cy": "Archebu dosbarthiadau canolfan hamdden",
    "long_cy": LONG_CY,
    "features_cy": "Archebu ar-lein\nTaliadau",
    "maintenance_type": "internal",
    "contact_name": "Tîm Digidol",
    "contact_email": "digidol@example.gov.wales",
    "contractor_name": "",
    "contractor_until": "",
    "organisation_name": "Cyngor Prawf",
}
VALID = (
    """publiccodeYmlVersion: "0"
name: Prawf
url: https://github.com/cyngor-prawf/prawf
platforms: [web]
developmentStatus: stable
softwareType: standalone/web
description:
  en:
    shortDescription: A test
    longDescription: >
      """
    + LONG_EN
    + """
    features: [Testing]
legal:
  license: MIT
maintenance:
  type: community
  contacts:
    - name: Tîm Digidol
localisation:
  localisationReady: true
  availableLanguages: [en]
"""
)


@pytest.mark.parametrize(
    "path",
    [
        "/publiccode/check",
        "/cy/publiccode/check",
        "/publiccode/generate",
        "/cy/publiccode/generate",
    ],
)
def test_the_publiccode_pages_render_in_both_languages(client, path):
    get_page(client, path)


def _check(client, data=None, files=None, path="/publiccode/check"):
    csrf = token(client.get(path).text)
    return client.post(
        path, data={"_csrf_token": csrf, **(data or {})}, files=files or {"file": ("", b"")}
    )


def test_a_pasted_valid_file_is_valid(client):
    response = _check(client, {"text": VALID})
    assert response.status_code == 200
    assert "Your publiccode.yml is valid" in response.text


def test_an_uploaded_invalid_file_lists_each_problem_with_its_line(client):
    broken = VALID.replace("developmentStatus: stable", "developmentStatus: finished")
    response = _check(client, {"text": ""}, files={"file": ("publiccode.yml", broken.encode())})
    assert response.status_code == 200
    assert "1 problem found" in response.text
    assert "<code>developmentStatus</code>" in response.text
    assert re.search(r'<td class="govuk-table__cell">5</td>', response.text)


def test_nothing_to_check_is_a_clear_400(client):
    response = _check(client, {"text": "  "})
    assert response.status_code == 400
    assert "Paste a publiccode.yml or choose a file to upload" in response.text


def test_oversized_and_binary_uploads_are_refused(client):
    big = _check(client, files={"file": ("big.yml", b"a: b\n" * 60_000)})
    assert big.status_code == 400
    assert "smaller than 256 KB" in big.text
    binary = _check(client, files={"file": ("x.yml", b"\xff\xfe\x00bad")})
    assert binary.status_code == 400
    assert "UTF-8" in binary.text


def test_the_generator_makes_a_valid_bilingual_file(client):
    csrf = token(client.get("/publiccode/generate").text)
    response = client.post("/publiccode/generate", data={"_csrf_token": csrf, **FORM})
    assert response.status_code == 200, response.text[:2000]
    assert "Your publiccode.yml is ready" in response.text
    yaml_text = html.unescape(
        re.search(r'<pre class="app-code"[^>]*>(.*?)</pre>', response.text, re.S).group(1)
    )
    result = validate(yaml_text)
    assert result.valid, result.messages
    assert result.data["description"]["cy"]["shortDescription"] == FORM["short_cy"]
    assert result.data["platforms"] == ["web", "android"]
    download = client.post("/publiccode/download", data={"_csrf_token": csrf, "yaml": yaml_text})
    assert download.headers["content-disposition"] == 'attachment; filename="publiccode.yml"'
    assert download.text == yaml_text


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Enter the software’s name"),
        ({"url": "https://gitlab.com/a/b"}, "url", "Only addresses on github.com"),
        ({"long_en": "Too short"}, "long_en", "between 150 and 10000 characters"),
        ({"long_cy": ""}, "long_cy", "Fill in every Welsh field"),
        ({"platforms": []}, "platforms", "Choose at least one platform"),
        ({"maintenance_type": "contract"}, "contractor_name", "Enter the contractor’s name"),
        ({"licence": "NOT-A-LICENCE"}, "licence", "SPDX"),
    ],
)
def test_the_generator_explains_what_to_fix(client, changes, field, message):
    csrf = token(client.get("/publiccode/generate").text)
    response = client.post("/publiccode/generate", data={"_csrf_token": csrf, **FORM, **changes})
    assert response.status_code == 400
    assert f'href="#{field}' in response.text
    assert message in html.unescape(response.text)


def test_a_file_with_a_five_thousand_digit_number_is_a_clear_400(client):
    # Issue 13, finding 6: this used to be a 500 (ValueError: Exceeds the limit (4300 digits)).
    response = _check(client, {"text": VALID + "x-extra: " + "9" * 5000 + "\n"})
    assert response.status_code == 400
    assert f"longer than {100} digits" in response.text
