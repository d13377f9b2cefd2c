"""eventwire: political event data (PLOVER/CAMEO) from news articles, with evidence.

The public API is listed in ``__all__`` (a test pins it).  Nothing is loaded on
import; build a ``Coder`` once and code many documents with it::

    from eventwire import Coder
    coder = Coder()
    record = coder.code_text(open("story.txt").read())
    print(record.to_dict()["actors"])
"""

from __future__ import annotations

from .clean import clean
from .config import Settings, load_settings
from .errors import (
    BinaryInputError,
    ConfigError,
    DataFileError,
    DecodeError,
    EmptyInputError,
    EventwireError,
    GoldFormatError,
    InputError,
    ModelError,
)
from .pipeline import Coder, article_id
from .records import (
    SCHEMA,
    Actor,
    Article,
    CleanDocument,
    Event,
    Failure,
    Outcome,
    Place,
    Quote,
    RawDocument,
    Record,
    Removed,
)

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "SCHEMA",
    "Coder",
    "Settings",
    "load_settings",
    "clean",
    "article_id",
    "RawDocument",
    "CleanDocument",
    "Article",
    "Removed",
    "Actor",
    "Place",
    "Event",
    "Quote",
    "Record",
    "Failure",
    "Outcome",
    "EventwireError",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "DecodeError",
    "ModelError",
    "DataFileError",
    "ConfigError",
    "GoldFormatError",
]
