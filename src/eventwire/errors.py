"""One exception tree for the whole package.

    EventwireError                  base of everything we raise on purpose
    ├── InputError                  an input cannot be coded (the batch goes on)
    │   ├── EmptyInputError         nothing but whitespace
    │   ├── BinaryInputError        not text (NUL bytes, control characters, known binary magic)
    │   └── DecodeError             no text encoding fits
    ├── ModelError                  the spaCy model cannot be loaded
    ├── DataFileError               a bundled lexicon / gazetteer file is malformed
    ├── ConfigError                 a setting has an invalid value
    └── GoldFormatError             an annotated (gold) file is malformed

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


__all__ = [
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
