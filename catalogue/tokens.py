"""One-time link tokens: made at random, stored only as their SHA-256."""

from __future__ import annotations

import hashlib
import re

# secrets.token_urlsafe(32) gives 43 characters; anything unlike a token is refused unread.
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{32,64}")


def hash_token(token: str) -> str:
    """The stored form of a token: SHA-256, hex."""
    return hashlib.sha256(token.encode()).hexdigest()
