"""Every gzip compressor a response opens is closed, however the request ends."""

import gzip

import pytest
from litestar import Litestar, get, post
from litestar.config.compression import CompressionConfig
from litestar.config.csrf import CSRFConfig
from litestar.middleware.compression import gzip_facade
from litestar.response import Stream
from litestar.testing import TestClient

from web.compression import ClosingCompressionMiddleware

PAGE = "Croeso. " * 200  # past the 500-byte minimum, so it is compressed


@pytest.fixture
def compressors(monkeypatch):
    """Each GzipFile Litestar's gzip facade opens, kept alive so the test can see it closed."""
    opened = []

    class RecordedGzipFile(gzip.GzipFile):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            opened.append(self)

    monkeypatch.setattr(gzip_facade, "GzipFile", RecordedGzipFile)
    return opened


@get("/page", sync_to_thread=False)
def page() -> str:
    return PAGE


@post("/form", sync_to_thread=False)
def form() -> str:
    return PAGE


@get("/broken-stream", sync_to_thread=False)
def broken_stream() -> Stream:
    def chunks():
        yield PAGE
        raise RuntimeError("the export failed half way")

    return Stream(chunks())


def client() -> TestClient:
    app = Litestar(
        route_handlers=[page, form, broken_stream],
        csrf_config=CSRFConfig(secret="s" * 32),
        compression_config=CompressionConfig(
            backend="gzip", minimum_size=500, middleware_class=ClosingCompressionMiddleware
        ),
    )
    return TestClient(app=app, raise_server_exceptions=False)


def test_a_compressed_page_closes_its_compressor(compressors):
    with client() as test_client:
        response = test_client.get("/page", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.text == PAGE
    assert compressors
    assert all(compressor.closed for compressor in compressors)


def test_a_form_refused_by_csrf_leaves_no_compressor_open(compressors):
    # CSRFMiddleware raises inside the compression middleware, before any response starts.
    with client() as test_client:
        response = test_client.post("/form", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 403
    assert all(compressor.closed for compressor in compressors)


def test_a_stream_cut_short_closes_its_compressor(compressors):
    with client() as test_client:
        test_client.get("/broken-stream", headers={"Accept-Encoding": "gzip"})
    assert compressors
    assert all(compressor.closed for compressor in compressors)
