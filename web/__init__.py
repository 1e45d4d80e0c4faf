"""The catalogue web application: pages, JSON API, templates and assets."""
