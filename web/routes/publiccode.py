"""Check a publiccode.yml (paste or upload); generate one with English and Welsh descriptions."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Response, Router, get, post
from litestar.di import Provide
from litestar.enums import RequestEncodingType
from litestar.params import Body

from catalogue.publiccode import validate
from catalogue.publiccode.generator import Contact, Description, ProjectForm, generate
from catalogue.publiccode.vocabulary import (
    DEVELOPMENT_STATUSES,
    MAINTENANCE_TYPES,
    PLATFORMS,
    SOFTWARE_TYPES,
)
from catalogue.urls import InputError, allowed_hosts, parse_repository_url
from catalogue.vocabulary import N_
from web.auth import (
    CurrentUser,
    form_errors,
    form_list,
    form_values,
    localised,
    page,
    provide_current_user,
    translate,
)

UploadData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.MULTI_PART)]
FormData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]
MAX_FILE = 256 * 1024
SHORT_MAX = 150
LONG_MIN, LONG_MAX = 150, 10000
# Validator key paths -> the generator form field that produced them, longest prefix first.
PATH_FIELDS = (
    ("description.en.shortDescription", "short_en"),
    ("description.en.longDescription", "long_en"),
    ("description.en.features", "features_en"),
    ("description.cy.shortDescription", "short_cy"),
    ("description.cy.longDescription", "long_cy"),
    ("description.cy.features", "features_cy"),
    ("maintenance.contractors", "contractor_name"),
    ("maintenance.contacts", "contact_name"),
    ("maintenance.type", "maintenance_type"),
    ("legal.license", "licence"),
    ("developmentStatus", "development_status"),
    ("softwareType", "software_type"),
    ("platforms", "platforms"),
    ("name", "name"),
    ("url", "url"),
)
TEXT_FIELDS = (
    "name",
    "url",
    "licence",
    "development_status",
    "software_type",
    "short_en",
    "long_en",
    "features_en",
    "short_cy",
    "long_cy",
    "features_cy",
    "maintenance_type",
    "contact_name",
    "contact_email",
    "contractor_name",
    "contractor_until",
    "organisation_name",
)
VOCABULARY = {
    "DEVELOPMENT_STATUSES": DEVELOPMENT_STATUSES,
    "SOFTWARE_TYPES": SOFTWARE_TYPES,
    "MAINTENANCE_TYPES": MAINTENANCE_TYPES,
    "PLATFORMS": PLATFORMS,
}


@localised(get, "/publiccode/check", name="publiccode:check", sync_to_thread=True)
def check_form(request: Request, current_user: CurrentUser) -> Response:
    return _check_page(request, current_user, "", None, {})


@localised(post, "/publiccode/check", name="publiccode:check-submit", sync_to_thread=True)
def check_submit(request: Request, data: UploadData, current_user: CurrentUser) -> Response:
    text, problem = _submitted_text(data or {})
    if problem:
        return _check_page(request, current_user, text, None, {"text": problem}, 400)
    if not text.strip():
        error = translate(request, N_("Paste a publiccode.yml or choose a file to upload"))
        return _check_page(request, current_user, "", None, {"text": error}, 400)
    result = validate(text)
    # A file that cannot be read as YAML at all (bad syntax, absurd numbers, nesting) is bad
    # input: 400, with the reason listed like any other problem.
    unreadable = not result.valid and result.data is None
    return _check_page(request, current_user, text, result, {}, 400 if unreadable else 200)


def _submitted_text(data: dict[str, Any]) -> tuple[str, str | None]:
    """The file's text if one was uploaded, else the pasted text; or a problem to report."""
    upload = data.get("file")
    if upload is not None and not isinstance(upload, str) and getattr(upload, "filename", ""):
        raw = upload.file.read(MAX_FILE + 1)
        if len(raw) > MAX_FILE:
            return "", N_("The file must be smaller than 256 KB")
        try:
            return raw.decode("utf-8-sig"), None
        except UnicodeDecodeError:
            return "", N_("The file must be text in UTF-8")
    text = data.get("text", "")
    if not isinstance(text, str):
        return "", None
    if len(text.encode()) > MAX_FILE:
        return "", N_("The text must be smaller than 256 KB")
    return text, None


def _check_page(request, user, text, result, errors, status=200) -> Response:
    errors = {field: translate(request, message) for field, message in errors.items()}
    return page(
        request,
        "publiccode/check.html",
        {"text": text, "result": result, "errors": errors},
        status_code=status,
        user=user,
    )


@localised(get, "/publiccode/generate", name="publiccode:generate", sync_to_thread=True)
def generate_form(request: Request, current_user: CurrentUser) -> Response:
    values = dict.fromkeys(TEXT_FIELDS, "")
    values.update(
        development_status="stable", software_type="standalone/web", maintenance_type="internal"
    )
    return _generate_page(request, current_user, values, ["web"], {}, [], None)


@localised(post, "/publiccode/generate", name="publiccode:generate-submit", sync_to_thread=True)
def generate_submit(request: Request, data: FormData, current_user: CurrentUser) -> Response:
    values = form_values(data, LONG_MAX + 100)
    values = {field: values.get(field, "").strip() for field in TEXT_FIELDS}
    platforms = [p for p in form_list(data, "platforms") if p in PLATFORMS]
    problems = _form_problems(request, values, platforms)
    if problems:
        errors = form_errors(request, problems)
        return _generate_page(request, current_user, values, platforms, errors, [], None, 400)
    yaml_text = generate(_project_form(values, platforms))
    result = validate(yaml_text)
    if not result.valid:
        # Whatever the form checks missed (say, an unknown SPDX licence), in the validator's words.
        errors, others = {}, []
        for message in result.errors:
            field = next((f for p, f in PATH_FIELDS if message.path.startswith(p)), None)
            if field and field not in errors:
                errors[field] = message.text
            else:
                others.append(message)
        return _generate_page(request, current_user, values, platforms, errors, others, None, 400)
    return _generate_page(request, current_user, values, platforms, {}, [], yaml_text)


def _form_problems(request, values: dict[str, str], platforms: list[str]) -> dict:
    problems: dict[str, InputError] = {}
    required = {
        "name": N_("Enter the software’s name"),
        "url": N_("Enter the repository’s address"),
        "licence": N_("Enter the licence, as an SPDX identifier like MIT or OGL-UK-3.0"),
        "short_en": N_("Enter a short description in English"),
        "long_en": N_("Enter a long description in English"),
        "features_en": N_("Enter at least one feature in English"),
    }
    for field, message in required.items():
        if not values[field]:
            problems[field] = InputError(message)
    if values["url"]:
        try:
            parse_repository_url(values["url"], allowed_hosts(request.app.state.settings))
        except InputError as exc:
            problems["url"] = exc
    welsh = ("short_cy", "long_cy", "features_cy")
    if any(values[f] for f in welsh):
        for field in welsh:
            if not values[field]:
                problems[field] = InputError(
                    N_("Fill in every Welsh field, or leave them all empty")
                )
    for language in ("en", "cy"):
        short, long = values[f"short_{language}"], values[f"long_{language}"]
        if len(short) > SHORT_MAX:
            problems[f"short_{language}"] = InputError(
                N_("The short description must be %(max)s characters or fewer"), max=SHORT_MAX
            )
        if long and not LONG_MIN <= len(long) <= LONG_MAX:
            problems[f"long_{language}"] = InputError(
                N_("The long description must be between %(min)s and %(max)s characters"),
                min=LONG_MIN,
                max=LONG_MAX,
            )
    if not platforms:
        problems["platforms"] = InputError(N_("Choose at least one platform"))
    if values["development_status"] not in DEVELOPMENT_STATUSES:
        problems["development_status"] = InputError(N_("Choose the development status"))
    if values["software_type"] not in SOFTWARE_TYPES:
        problems["software_type"] = InputError(N_("Choose the type of software"))
    if values["maintenance_type"] not in MAINTENANCE_TYPES:
        problems["maintenance_type"] = InputError(N_("Choose how it is maintained"))
    elif values["maintenance_type"] in ("internal", "contract") and not values["contact_name"]:
        problems["contact_name"] = InputError(N_("Enter the name of someone to contact"))
    if values["maintenance_type"] == "contract":
        if not values["contractor_name"]:
            problems["contractor_name"] = InputError(N_("Enter the contractor’s name"))
        if not values["contractor_until"]:
            problems["contractor_until"] = InputError(
                N_("Enter the date the contract ends, like 2027-03-31")
            )
    return problems


def _lines(text: str) -> list[str]:
    return [line.strip().lstrip("-*• ").strip() for line in text.splitlines() if line.strip()]


def _project_form(values: dict[str, str], platforms: list[str]) -> ProjectForm:
    welsh = None
    if values["short_cy"]:
        welsh = Description(
            short=values["short_cy"], long=values["long_cy"], features=_lines(values["features_cy"])
        )
    contacts = []
    if values["contact_name"]:
        contacts.append(Contact(name=values["contact_name"], email=values["contact_email"] or None))
    return ProjectForm(
        name=values["name"],
        url=values["url"],
        licence=values["licence"],
        description_en=Description(
            short=values["short_en"], long=values["long_en"], features=_lines(values["features_en"])
        ),
        description_cy=welsh,
        development_status=values["development_status"],
        software_type=values["software_type"],
        platforms=platforms,
        maintenance_type=values["maintenance_type"],
        contacts=contacts,
        contractor_name=values["contractor_name"] or None,
        contractor_until=values["contractor_until"] or None,
        organisation_name=values["organisation_name"] or None,
    )


def _generate_page(request, user, values, platforms, errors, others, yaml_text, status=200):
    return page(
        request,
        "publiccode/generate.html",
        {
            "values": values,
            "platforms": platforms,
            "errors": errors,
            "other_problems": others,
            "yaml_text": yaml_text,
            **VOCABULARY,
        },
        status_code=status,
        user=user,
    )


@localised(post, "/publiccode/download", name="publiccode:download", sync_to_thread=True)
def download(data: FormData) -> Response:
    text = form_values(data, MAX_FILE).get("yaml", "")
    return Response(
        content=text,
        media_type="application/yaml; charset=utf-8",
        headers={
            "Content-Disposition": 'attachment; filename="publiccode.yml"',
            "Cache-Control": "no-store",
        },
    )


router = Router(
    path="",
    include_in_schema=False,
    route_handlers=[*check_form, *check_submit, *generate_form, *generate_submit, *download],
    dependencies={"current_user": Provide(provide_current_user, sync_to_thread=False)},
)
