"""The public API is pinned: changing it is a deliberate act (update this list and the docs)."""

import eventwire

PUBLIC = [
    "__version__", "SCHEMA", "Coder", "Settings", "load_settings", "clean", "article_id",
    "RawDocument", "CleanDocument", "Article", "Removed", "Actor", "Place", "Event", "Quote", "Record",
    "Failure", "Outcome",
    "EventwireError", "InputError", "EmptyInputError", "BinaryInputError", "DecodeError", "ModelError",
    "DataFileError", "ConfigError", "GoldFormatError",
]


def test_public_api_is_pinned():
    assert sorted(eventwire.__all__) == sorted(PUBLIC)
    for name in PUBLIC:
        assert hasattr(eventwire, name), name


def test_import_loads_no_model():
    import subprocess
    import sys

    code = "import sys, eventwire; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_error_tree():
    for cls in (eventwire.InputError, eventwire.ModelError, eventwire.DataFileError, eventwire.ConfigError,
                eventwire.GoldFormatError):
        assert issubclass(cls, eventwire.EventwireError)
    for cls in (eventwire.EmptyInputError, eventwire.BinaryInputError, eventwire.DecodeError):
        assert issubclass(cls, eventwire.InputError)
