"""The quality gate: measured scores must not fall below the floors pinned in ``eval_baseline.json``.

``eval_baseline.json`` (at the project root) holds ``{"tolerance": 0.01, "floors": {"dev.event_f1": 0.70, ...}}``;
keys name a score by its path in the nested score dictionary.  ``check`` returns one line per
score that dropped by more than the tolerance (or is missing); an empty list means the gate
passes.  Raising a floor is a commit of its own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping


def flatten(scores: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """``{"dev": {"event_f1": 0.7}}`` -> ``{"dev.event_f1": 0.7}`` (numbers only)."""
    out: dict[str, float] = {}
    for key, value in scores.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, name + "."))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            out[name] = float(value)
    return out


def load_baseline(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def check(scores: Mapping[str, Any], baseline: Mapping[str, Any], *, only: str | None = None) -> list[str]:
    """Violations of the baseline's floors by ``scores`` (nested or flat); ``only`` limits to a key prefix."""
    flat = flatten(scores)
    tolerance = float(baseline.get("tolerance", 0.0))
    problems = []
    for key, floor in sorted(baseline.get("floors", {}).items()):
        if only is not None and not key.startswith(only):
            continue
        value = flat.get(key)
        if value is None:
            problems.append(f"{key}: missing (floor {floor})")
        elif value < float(floor) - tolerance:
            problems.append(f"{key}: {value:.4f} is below the floor {floor} by more than {tolerance}")
    return problems


__all__ = ["flatten", "load_baseline", "check"]
