"""A GOV.UK Notify API double on loopback, following Notify's documented REST API.

POST /v2/notifications/email and GET /v2/notifications/{id}, each with the documented JWT bearer
token (HS256, `iss` the service id, `iat` within 30 seconds), request body checks, 201 answer
shape and error format: {"status_code": N, "errors": [{"error": "...", "message": "..."}]}.
Faults are scripted: `fail_next` answers the next requests with an error, and an address listed
in `bounces` is later reported as a permanent failure.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt

EMAIL_KEYS = {
    "email_address",
    "template_id",
    "personalisation",
    "reference",
    "email_reply_to_id",
    "one_click_unsubscribe_url",
}
CLOCK_SKEW = 30


@dataclass
class Template:
    id: str
    subject: str = "((subject))"
    body: str = "((body))"
    placeholders: tuple[str, ...] = ("subject", "body")


@dataclass
class NotifyDouble:
    service_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    secret: str = field(default_factory=lambda: str(uuid.uuid4()))
    templates: dict[str, Template] = field(default_factory=dict)
    sent: list[dict] = field(default_factory=list)
    # (status, error, message) answered to the next requests, in order.
    fail_next: list[tuple[int, str, str]] = field(default_factory=list)
    bounces: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def api_key(self) -> str:
        return f"catalogue_test-{self.service_id}-{self.secret}"

    def add_template(self) -> str:
        template = Template(str(uuid.uuid4()))
        self.templates[template.id] = template
        return template.id


def _error(status: int, error: str, message: str) -> tuple[int, dict]:
    return status, {"status_code": status, "errors": [{"error": error, "message": message}]}


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def _answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _authorised(self) -> tuple[int, dict] | None:
        double = self.server.double
        header = self.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return _error(401, "AuthError", "Unauthorized: authentication token must be provided")
        token = header[len("Bearer ") :]
        try:
            if jwt.get_unverified_header(token).get("alg") != "HS256":
                return _error(403, "AuthError", "Invalid token: algorithm used is not HS256")
            claims = jwt.decode(
                token, double.secret, algorithms=["HS256"], options={"verify_iat": False}
            )
        except jwt.InvalidTokenError:
            return _error(403, "AuthError", "Invalid token: API key not found")
        if claims.get("iss") != double.service_id:
            return _error(403, "AuthError", "Invalid token: API key not found")
        if abs(time.time() - int(claims.get("iat", 0))) > CLOCK_SKEW:
            return _error(
                403, "AuthError", "Error: Your system clock must be accurate to within 30 seconds"
            )
        return None

    def _scripted(self) -> tuple[int, dict] | None:
        with self.server.double.lock:
            if self.server.double.fail_next:
                return _error(*self.server.double.fail_next.pop(0))
        return None

    def do_POST(self) -> None:
        refused = self._authorised() or self._scripted()
        if refused is None and self.path != "/v2/notifications/email":
            refused = _error(404, "ResourceNotFound", "Not found")
        if refused is not None:
            self._answer(*refused)
            return
        if self.headers.get("Content-Type") != "application/json":
            self._answer(*_error(400, "BadRequestError", "Invalid JSON supplied in POST data"))
            return
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length))
        except ValueError:
            self._answer(*_error(400, "BadRequestError", "Invalid JSON supplied in POST data"))
            return
        self._answer(*self._send_email(body))

    def _send_email(self, body: dict) -> tuple[int, dict]:
        double = self.server.double
        for key in ("email_address", "template_id"):
            if not isinstance(body.get(key), str):
                return _error(400, "ValidationError", f"{key} is a required property")
        extra = sorted(set(body) - EMAIL_KEYS)
        if extra:
            return _error(
                400,
                "ValidationError",
                f"Additional properties are not allowed ({', '.join(extra)} was unexpected)",
            )
        if "@" not in body["email_address"]:
            return _error(400, "ValidationError", "email_address Not a valid email address")
        template = double.templates.get(body["template_id"])
        if template is None:
            return _error(400, "BadRequestError", "Template not found")
        personalisation = body.get("personalisation") or {}
        missing = [name for name in template.placeholders if name not in personalisation]
        if missing:
            return _error(400, "BadRequestError", f"Missing personalisation: {', '.join(missing)}")
        notification_id = str(uuid.uuid4())
        base = f"http://{self.headers.get('Host')}"
        record = {
            "id": notification_id,
            "request": body,
            "subject": personalisation["subject"],
            "body": personalisation["body"],
            "status": "permanent-failure"
            if body["email_address"] in double.bounces
            else "delivered",
        }
        with double.lock:
            double.sent.append(record)
        return 201, {
            "id": notification_id,
            "reference": body.get("reference"),
            "content": {
                "subject": personalisation["subject"],
                "body": personalisation["body"],
                "from_email": "catalogue@notifications.service.gov.uk",
                "one_click_unsubscribe_url": None,
            },
            "uri": f"{base}/v2/notifications/{notification_id}",
            "template": {
                "id": template.id,
                "version": 1,
                "uri": f"{base}/services/{double.service_id}/templates/{template.id}",
            },
        }

    def do_GET(self) -> None:
        refused = self._authorised() or self._scripted()
        if refused is not None:
            self._answer(*refused)
            return
        prefix = "/v2/notifications/"
        found = None
        if self.path.startswith(prefix):
            wanted = self.path[len(prefix) :]
            found = next((r for r in self.server.double.sent if r["id"] == wanted), None)
        if found is None:
            self._answer(*_error(404, "NoResultFound", "No result found"))
            return
        request = found["request"]
        self._answer(
            200,
            {
                "id": found["id"],
                "reference": request.get("reference"),
                "email_address": request["email_address"],
                "type": "email",
                "status": found["status"],
                "template": {"id": request["template_id"], "version": 1, "uri": ""},
                "body": found["body"],
                "subject": found["subject"],
                "created_at": "2026-12-02T20:00:00.000000Z",
                "sent_at": "2026-12-02T20:00:01.000000Z",
                "completed_at": "2026-12-02T20:00:05.000000Z",
            },
        )


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, double: NotifyDouble) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.double = double


class RunningNotify:
    """A started double: `url` to point the client at, `double` to script and inspect it."""

    def __init__(self) -> None:
        self.double = NotifyDouble()
        self._server = _Server(self.double)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
