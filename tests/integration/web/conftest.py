"""Test clients over the bundled data (in-memory embedded search), and over hostile harvested data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from litestar.testing import TestClient

from catalogue.db import make_engine, make_sessionmaker
from catalogue.migrate import upgrade
from catalogue.models import Account, Component, Dependency, Organisation
from tests.conftest import make_settings
from web.app import create_app

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
HOSTILE_README = (
    "<h1>Title</h1><script>alert(1)</script><p onclick=alert(1)>para</p>"
    '<a href="javascript:alert(1)">js link</a><a href="https://example.org/ok">fine link</a>'
    '<iframe src="https://evil.example"></iframe><img src=x onerror=alert(1)>'
    '<svg onload=alert(1)></svg><style>body{display:none}</style><a href="https://x.example"> </a>'
    '<form action="https://evil.example"><input name=x></form>'
)


@pytest.fixture(scope="module")
def client(loaded_engine, loaded_backend, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("web"))
    app = create_app(settings, search_backend=loaded_backend, engine=loaded_engine)
    with TestClient(app=app) as client:
        yield client


def add_hostile_catalogue(session) -> dict[str, int]:
    """An organisation and components whose every harvested field tries to inject markup."""
    now = datetime.now(UTC)
    organisation = Organisation(
        slug="hostile-body",
        name=f"Hostile {XSS} Council",
        name_cy=f"Cyngor {XSS}",
        sector="local-government",
        website="javascript:alert(1)",
        verified=True,
    )
    organisation.accounts.append(Account(host="github.com", login="hostile", login_key="hostile"))
    session.add(organisation)
    session.flush()
    hostile = Component(
        host="github.com",
        full_name="hostile/payload",
        full_name_key="hostile/payload",
        owner="hostile",
        organisation_id=organisation.id,
        name=f"payload{XSS}",
        description=f"Description {XSS}",
        description_cy=f"Disgrifiad {XSS}",
        homepage="javascript:alert(1)",
        repository_url="javascript:alert(2)",
        primary_language=f"Py{XSS}",
        languages={f"Py{XSS}": 10, "=cmd|' /C calc'!A0": 5},
        licence="MIT",
        topics=['"><svg onload=alert(1)>', "=1+1"],
        readme_text=f"Readme {XSS}",
        readme_html=HOSTILE_README,
        publiccode={
            "name": XSS,
            "developmentStatus": XSS,
            "maintenance": {"contacts": [{"name": XSS, "email": f"a@b.example{XSS}"}]},
            "platforms": [XSS, {"nested": XSS}],
        },
        component_type="library",
        component_type_reason=f"reason {XSS}",
        pushed_at=now - timedelta(days=3),
        created_at=now - timedelta(days=300),
        first_seen_at=now - timedelta(days=1),
    )
    hostile.dependencies.append(Dependency(ecosystem="npm", name=f"dep{XSS}"))
    welsh = Component(
        host="github.com",
        full_name="hostile/cymraeg",
        full_name_key="hostile/cymraeg",
        owner="hostile",
        organisation_id=organisation.id,
        name="offeryn-cymraeg",
        description="A tool with both descriptions",
        description_cy="Offeryn gyda disgrifiad Cymraeg",
        repository_url="https://github.com/hostile/cymraeg",
        component_type="application",
        publiccode={"developmentStatus": "beta", "softwareVersion": "1.2.3"},
        publiccode_raw="developmentStatus: beta\n",
        first_seen_at=now,
    )
    formula = Component(
        host="github.com",
        full_name="hostile/formula",
        full_name_key="hostile/formula",
        owner="hostile",
        organisation_id=organisation.id,
        name="@SUM(A1)",
        description='=HYPERLINK("https://evil.example","click")',
        repository_url="https://github.com/hostile/formula",
        topics=["-2+3"],
        component_type="other",
        first_seen_at=now - timedelta(days=2),
    )
    session.add_all([hostile, welsh, formula])
    session.flush()
    return {"hostile": hostile.id, "welsh": welsh.id, "organisation": organisation.slug}


def catalogue_client(tmp_path_factory, name: str, populate):
    """A client over a catalogue of its own: `populate(session)` fills it (its answer comes back
    beside the client), then the embedded engine indexes it."""
    from search.embedded import EmbeddedSearchBackend
    from search.indexing import rebuild_index

    url = f"sqlite:///{tmp_path_factory.mktemp(name) / 'catalogue.sqlite'}"
    upgrade(url)
    engine = make_engine(url)
    with make_sessionmaker(engine).begin() as session:
        populated = populate(session)
    backend = EmbeddedSearchBackend(None)
    with make_sessionmaker(engine)() as session:
        rebuild_index(session, backend)
    app = create_app(
        make_settings(tmp_path_factory.mktemp(f"{name}-web")), search_backend=backend, engine=engine
    )
    with TestClient(app=app) as client:
        yield client, populated
    engine.dispose()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A client over a small catalogue of hostile harvested data, and the ids in it."""
    yield from catalogue_client(tmp_path_factory, "hostile", add_hostile_catalogue)
