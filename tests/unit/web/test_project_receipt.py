"""Issue 13, finding 7: the 'project received' page shows similar work only to who submitted it."""

from __future__ import annotations

from types import SimpleNamespace

from tests.conftest import make_settings
from web.auth import receipt
from web.routes import register


def _request(settings, **params):
    return SimpleNamespace(
        query_params=params, app=SimpleNamespace(state=SimpleNamespace(settings=settings))
    )


class _Session:
    def get(self, model, key):
        organisation = SimpleNamespace(slug="someone")
        return SimpleNamespace(
            full_name="someone/their-app", reason="why", organisation=organisation
        )


def test_similar_work_needs_the_receipt_of_that_request(tmp_path, monkeypatch):
    monkeypatch.setattr(register, "run_check", lambda *args, **kwargs: (["similar work"], "words"))
    settings = make_settings(tmp_path)
    token = receipt(settings, register.PROJECT_RECEIPT, 7)
    shown = register._similar_to_request(_request(settings, request="7", receipt=token), _Session())
    assert shown == ["similar work"]
    for params in (
        {"request": "7"},
        {"request": "8", "receipt": token},
        {"request": "7", "receipt": "x"},
    ):
        assert register._similar_to_request(_request(settings, **params), _Session()) == []
