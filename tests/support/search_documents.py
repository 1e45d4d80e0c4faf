"""Search documents for engine tests, shaped as search/documents.py shapes them."""

from __future__ import annotations


def search_document(id: int, name: str, **fields) -> dict:
    """A plain document for component `id` called `name`; keyword arguments replace fields."""
    document = {
        "id": id,
        "full_name": f"org/{name}",
        "name": name,
        "name_text": name.replace("-", " "),
        "owner": "org",
        "description": "",
        "description_cy": "",
        "topics": [],
        "keywords": [],
        "readme": "",
        "organisation": "org",
        "organisation_name": "Org",
        "organisation_name_cy": "Org",
        "sector": "health",
        "language": "Python",
        "licence": "MIT",
        "type": "library",
        "activity": "active",
        "publiccode": "no",
        "welsh": "no",
        "topic": [],
        "archived": False,
        "pushed_at": 0,
        "updated": 100 - id,
        "first_seen": 0,
    }
    document.update(fields)
    return document
