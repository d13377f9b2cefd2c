"""One exception tree for the whole package.

    EventwireError                  base of everything we raise on purpose
    ├── InputError                  an input cannot be coded (the batch goes on)
    │   ├── EmptyInputError         nothing but whitespace
    │   ├── BinaryInputError        not text (NUL bytes, control characters, known binary magic)
    │   └── DecodeError             no text encoding fits
    ├── ModelError                  the spaCy model cannot be loaded
    ├── DataFileError               a bundled lexicon / gazetteer file is malformed
    ├── ConfigError                 a setting has an invalid value
    ├── GoldFormatError             an annotated (gold) file is malformed
    ├── StoreError                  the DuckDB store cannot be opened, migrated or written
    │   └── StoreLockedError        another process is writing the store
    └── FetchError                  a feed or page could not be fetched (the watch loop goes on)

Every error carries a short ``code`` so that scripts and logs can match on it.
"""

from __future__ import annotations


class EventwireError(Exception):
    code = "E000"


class InputError(EventwireError):
    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class DecodeError(InputError):
    code = "E103"


class ModelError(EventwireError):
    code = "E200"


class DataFileError(EventwireError):
    code = "E300"


class ConfigError(EventwireError):
    code = "E400"


class GoldFormatError(EventwireError):
    code = "E500"


class StoreError(EventwireError):
    code = "E600"


class StoreLockedError(StoreError):
    code = "E601"


class FetchError(EventwireError):
    code = "E700"


__all__ = [
    "StoreError",
    "StoreLockedError",
    "FetchError",
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
