"""Problems with components' metadata: found after each harvest, remembered, and told once."""

from catalogue.problems.detect import KINDS, TEMPORARY, Found, find_problems
from catalogue.problems.record import (
    GRACE,
    current_problems,
    due_problems,
    preferences,
    record_problems,
    set_preferences,
)

__all__ = [
    "GRACE",
    "KINDS",
    "TEMPORARY",
    "Found",
    "current_problems",
    "due_problems",
    "find_problems",
    "preferences",
    "record_problems",
    "set_preferences",
]
