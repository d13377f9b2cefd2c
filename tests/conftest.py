"""Shared fixtures: one Coder per test session (the spaCy model loads once)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"
DEV = Path(__file__).parent / "dev"
SEED = SHARED / "seed" / "amn-guaido-2019.txt"


@pytest.fixture(scope="session")
def product():
    """The Coder as users get it (default settings)."""
    from eventwire import Coder

    return Coder()


@pytest.fixture(scope="session")
def coder(product):
    return product


@pytest.fixture(scope="session")
def rules(product):
    """The rule stages alone (no learned party model, no learned confidence filter), sharing the session's parser:
    for tests that pin what the rules propose.  The learned stages are tested in test_parties.py and
    test_confidence.py."""
    from eventwire import Coder, load_settings

    return Coder(load_settings(confidence=False, parties=False), parser=product.parser)


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside the project")
    return SEED.read_text(encoding="utf-8")


def run_cli(*args: str, cwd: Path | None = None, input: str | None = None) -> subprocess.CompletedProcess:
    """Run the real `eventwire` entry point in a subprocess."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200")
    return subprocess.run(
        [sys.executable, "-m", "eventwire.cli.main", *args],
        cwd=cwd or ROOT, capture_output=True, text=True, env=env, input=input, timeout=300,
    )
