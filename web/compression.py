"""Gzip responses through Litestar's compression middleware, with its compressor always closed."""

from __future__ import annotations

from collections.abc import Callable

from litestar.config.compression import CompressionConfig
from litestar.middleware.compression import CompressionMiddleware
from litestar.types import ASGIApp, Message, Receive, Scope, Send


class _CompressorOnDemand:
    """An ASGI send that opens Litestar's compressor when the response starts, and can abort it."""

    def __init__(self, open_compressor: Callable[[], Send]) -> None:
        self._open_compressor = open_compressor
        self._compressing: Send | None = None

    async def __call__(self, message: Message) -> None:
        if self._compressing is None:
            self._compressing = self._open_compressor()
        await self._compressing(message)

    async def abort(self) -> None:
        """Close a compressor left open by a response that was cut short."""
        if self._compressing is not None:
            # Litestar closes its compressor on the last body chunk or on this message, and sends
            # nothing for it (its compressed bytes go nowhere: the response is broken anyway).
            await self._compressing({"type": "http.disconnect"})


class ClosingCompressionMiddleware(CompressionMiddleware):
    """Litestar's compression middleware, safe for requests that end in an exception.

    Litestar (2.25) opens a GzipFile over a BytesIO for each request that accepts gzip, before the
    app runs, and closes it only when a response body passes through. CSRFMiddleware runs inside
    it and refuses a form by raising, so each refusal left an open GzipFile to the garbage
    collector, which may finalise the BytesIO first: "ValueError: I/O operation on closed file"
    from GzipFile.close. Python 3.12 swallowed that error; 3.13 reports it to sys.unraisablehook
    (CPython gh-62948), and 3.12 and early 3.13 releases keep every GzipFile in a reference cycle
    (gh-129726), so the order is left to the collector. Here the compressor is opened only once a
    response starts, and closed if the app raises after that.
    """

    def __init__(self, app: ASGIApp, config: CompressionConfig) -> None:
        super().__init__(app=_abort_compression_on_error(app), config=config)

    def create_compression_send_wrapper(
        self, send: Send, compression_encoding: str, scope: Scope
    ) -> Send:
        parent = super()
        return _CompressorOnDemand(
            lambda: parent.create_compression_send_wrapper(send, compression_encoding, scope)
        )


def _abort_compression_on_error(app: ASGIApp) -> ASGIApp:
    async def call(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await app(scope, receive, send)
        except BaseException:
            if isinstance(send, _CompressorOnDemand):
                await send.abort()
            raise

    return call
