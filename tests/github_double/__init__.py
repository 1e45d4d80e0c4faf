"""A GitHub REST API test double over real HTTP, checked against GitHub's OpenAPI description."""

from tests.github_double.server import Hold, InMemoryGitHub, Recorded

__all__ = ["Hold", "InMemoryGitHub", "Recorded"]
