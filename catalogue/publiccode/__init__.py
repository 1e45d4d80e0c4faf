"""publiccode.yml: parse, validate and generate it, and judge a component's metadata health."""

from catalogue.publiccode.generator import Contact, Description, ProjectForm, generate
from catalogue.publiccode.health import Check, Health, assess
from catalogue.publiccode.messages import Message, ValidationResult
from catalogue.publiccode.validator import validate

__all__ = [
    "Check",
    "Contact",
    "Description",
    "Health",
    "Message",
    "ProjectForm",
    "ValidationResult",
    "assess",
    "generate",
    "validate",
]
