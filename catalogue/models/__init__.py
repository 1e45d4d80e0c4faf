"""The catalogue's tables; import models from here."""

from catalogue.db import Base
from catalogue.models.component import Component, Dependency, ReuseLink, UsedByClaim
from catalogue.models.harvest import (
    AccountHarvestState,
    HarvestQueueItem,
    HarvestRun,
    HttpCacheEntry,
    WebhookDelivery,
)
from catalogue.models.messages import Message, VerifiedAddress
from catalogue.models.organisation import Account, Organisation
from catalogue.models.problems import ComponentProblem, ProblemIssue, ProblemPreferences
from catalogue.models.shared import RateLimitWindow, StoredResult
from catalogue.models.users import (
    Annotation,
    AuditLog,
    LoginThrottle,
    PasswordReset,
    ProjectRequest,
    RegistrationRequest,
    User,
)

__all__ = [
    "Account",
    "AccountHarvestState",
    "Annotation",
    "AuditLog",
    "Base",
    "Component",
    "ComponentProblem",
    "Dependency",
    "HarvestQueueItem",
    "HarvestRun",
    "HttpCacheEntry",
    "LoginThrottle",
    "Message",
    "Organisation",
    "PasswordReset",
    "ProblemIssue",
    "ProblemPreferences",
    "ProjectRequest",
    "RateLimitWindow",
    "RegistrationRequest",
    "ReuseLink",
    "StoredResult",
    "UsedByClaim",
    "User",
    "VerifiedAddress",
    "WebhookDelivery",
]
