"""The sample wire story in ../shared/seed: what ../shared/spec/seed-expected.md lists.

Reads the article from ../shared at run time (the project never contains its text)
and skips when ../shared is not beside the project.
"""

from __future__ import annotations

import pytest

from eventwire import RawDocument

# (a name or mention that identifies the actor, country, acceptable sectors)
EXPECTED_ACTORS = [
    ("Juan Guaido", "VEN", {"OPP", "LEG"}),
    ("Carlos Vecchio", "VEN", {"OPP"}),
    ("Southern Command", "USA", {"MIL"}),
    ("Craig Faller", "USA", {"MIL"}),
    ("Nicolas Maduro", "VEN", {"GOV"}),
    ("Edgar Zambrano", "VEN", {"LEG"}),
    ("Sebin", "VEN", {"SPY"}),
    ("National Assembly", "VEN", {"LEG"}),
    ("Trump administration", "USA", {"GOV"}),
    ("La Stampa", "ITA", {"JRN"}),
    ("Telesur", "VEN", {"JRN"}),
]


@pytest.fixture(scope="module")
def record(coder, seed_text):
    return coder.code_document(RawDocument(source="seed.txt", text=seed_text))


def test_noise_removed_with_kinds(record, seed_text):
    art = record.article
    kinds = [r.kind for r in art.removed]
    assert sorted(kinds) == ["caption", "copyright", "promo", "syndication"]
    for r in art.removed:
        assert r.text in seed_text
        assert r.text.replace("\u00a0", " ") not in art.text
    # the caption's photo credit and date are gone from the body
    caption = next(r.text for r in art.removed if r.kind == "caption")
    assert caption.rstrip().endswith(")")


def test_provenance(record):
    art = record.article
    assert art.publisher == "AMN"
    assert art.original_publisher == "Bloomberg News"
    assert art.distributor.rstrip(".") == "Tribune Content Agency, LLC"
    assert art.published is None
    assert art.title and art.title not in art.text


def _find(record, name):
    text = record.article.text
    key = name.lower()
    for a in record.actors:
        forms = [a.name.lower()] + [text[s:e].lower() for s, e in a.mentions]
        if any(key == f or key in f.split(" ") or key in f for f in forms):
            return a
    return None


def test_actors_country_and_sector(record):
    right = []
    for name, country, sectors in EXPECTED_ACTORS:
        a = _find(record, name)
        if a is not None and a.country == country and set(a.sectors) & sectors:
            right.append(name)
    assert len(right) >= 10, f"right: {right}"


def test_later_mentions_resolve_to_the_same_actor(record):
    text = record.article.text
    guaido = _find(record, "Juan Guaido")
    maduro = _find(record, "Nicolas Maduro")
    assert sum(1 for s, e in guaido.mentions if text[s:e] == "Guaido") >= 4
    assert any("regime" in text[s:e + 8] for s, e in maduro.mentions)
    for a in record.actors:
        for s, e in a.mentions:
            assert 0 <= s < e <= len(text)
