"""Every router of the web app; app.py mounts this list."""

from web.routes import (
    account,
    admin,
    annotations,
    api,
    components,
    exports,
    feeds,
    health,
    home,
    hooks,
    organisations,
    pages,
    publiccode,
    register,
    search,
)

ROUTERS = [
    home.router,
    search.router,
    exports.router,
    components.router,
    organisations.router,
    feeds.router,
    pages.router,
    api.router,
    health.router,
    hooks.router,
    account.router,
    register.router,
    admin.router,
    annotations.router,
    publiccode.router,
]
