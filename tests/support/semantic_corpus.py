"""A small catalogue for tests of meaning: two components say 'geocoding', a third says what
they do in other words, beside unrelated bookings and design systems."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CORPUS = (
    (1, "geocoder", "Geocoding place names into coordinates for maps"),
    (2, "gazetteer", "A gazetteer of place names with geocoding"),
    (3, "place-finder", "Find place names and their coordinates on maps"),
    (4, "clinic-booking", "Book appointments at hospital clinics"),
    (5, "gp-appointments", "Booking appointments with a family doctor"),
    (6, "design-system", "Components and patterns for web pages"),
    (7, "component-library", "Reusable page components and patterns"),
)


def maps_and_bookings(make: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """The corpus as documents made by `make(id, name, description=...)`."""
    return [make(id, name, description=description) for id, name, description in CORPUS]
