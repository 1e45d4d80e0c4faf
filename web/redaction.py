"""Keeping secrets that travel in addresses (password reset tokens) out of the server's logs."""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

# /account/reset/TOKEN, also percent-encoded (say inside a ?next= parameter), in any language.
_RESET_TOKEN = re.compile(r"((?:/|%2F)account(?:/|%2F)reset(?:/|%2F))[^\s/?#&\"']+", re.IGNORECASE)
REDACTED = "[redacted]"


def redact(text: str) -> str:
    """The text with every password reset token replaced by [redacted]."""
    return _RESET_TOKEN.sub(rf"\g<1>{REDACTED}", text)


class RedactSecrets(logging.Filter):
    """Redacts reset tokens in a record's message and arguments (uvicorn's access log passes the
    path as an argument), so every handler it is attached to writes them out blanked."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                k: redact(v) if isinstance(v, str) else v for k, v in record.args.items()
            }
        return True


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn's own logging configuration, with RedactSecrets on each of its handlers."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["redact"] = {"()": f"{__name__}.RedactSecrets"}
    for handler in config["handlers"].values():
        handler.setdefault("filters", []).append("redact")
    return config
