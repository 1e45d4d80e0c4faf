"""Errors raised by the catalogue's domain layer."""


class CatalogueError(Exception):
    """Base class for errors the catalogue reports to people rather than as tracebacks."""


class ConfigError(CatalogueError):
    """A setting has a value the catalogue cannot use."""


class NotFoundError(CatalogueError):
    """A requested record does not exist."""


class ValidationError(CatalogueError):
    """Input was rejected; the message says why."""
