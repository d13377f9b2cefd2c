"""The web view of a store: JSON API and server-rendered pages (``eventwire serve``).

``create_app(db, ...)`` in ``eventwire.web.app`` builds the FastAPI application; see there.
Importing this package loads nothing heavy; FastAPI is imported with ``eventwire.web.app``.
"""

from __future__ import annotations

__all__ = ["create_app"]


def create_app(*args, **kwargs):
    """``eventwire.web.app.create_app`` (imported on first use)."""
    from .app import create_app as _create_app

    return _create_app(*args, **kwargs)
