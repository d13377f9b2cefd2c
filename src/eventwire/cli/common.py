"""Helpers shared by the commands: stderr console, exit codes, building a Coder."""

from __future__ import annotations

import datetime as dt
import sys

import typer
from rich.console import Console

from ..config import load_settings
from ..errors import EventwireError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_ENV = 0, 1, 2, 3


def stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


MIN_CONFIDENCE_HELP = ("Drop events the learned confidence model scores under this (0-1; default 0.5, "
                       "EVENTWIRE_MIN_CONFIDENCE). 0 keeps every rule candidate, each with its score.")


def build_coder(model: str | None, min_confidence: float | None = None):
    """Build a Coder or exit 3 with a one-line reason."""
    from ..pipeline import Coder

    try:
        return Coder(load_settings(model=model, min_confidence=min_confidence))
    except EventwireError as exc:
        stderr().print(f"eventwire: error: {exc}", markup=False)
        raise typer.Exit(EXIT_ENV) from None


def is_tty() -> bool:
    return sys.stderr.isatty()
