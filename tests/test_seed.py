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


# -- events (issue: event coding) ---------------------------------------------------------------

def _events(record, plover, src=None, tgt=None, fact=None):
    out = []
    for e in record.events:
        if e.plover != plover:
            continue
        if src is not None and e.source_country != src:
            continue
        if tgt is not None and e.target_country != tgt:
            continue
        if fact is not None and e.factuality != fact:
            continue
        out.append(e)
    return out


def test_clear_events(record):
    names = {a.id: a.name for a in record.actors}
    text = record.article.text
    assert _events(record, "CONSULT", "VEN", "USA", "asserted") or _events(record, "COOPERATE", "VEN", "USA", "asserted")
    assert _events(record, "CONSULT", "USA", "VEN", "asserted")
    assert _events(record, "REQUEST", "VEN", None, "negated")
    assert _events(record, "REJECT", None, "USA", "asserted")
    assert _events(record, "MOBILIZE", "USA", None, "negated")
    crack = [e for e in _events(record, "COERCE", "VEN", "VEN", "asserted") if text[e.trigger[0]:e.trigger[1]] == "cracked"]
    assert crack and "Maduro" in names[crack[0].source]
    jail = [e for e in _events(record, "COERCE", "VEN", "VEN", "asserted") if e.source and "Sebin" in names[e.source]]
    assert jail and "Zambrano" in names[jail[0].target]
    strip = [e for e in _events(record, "COERCE", None, "VEN", "asserted") if e.target and "lawmakers" in names[e.target]]
    assert strip and strip[0].source is None
    assert _events(record, "ACCUSE", "VEN", "USA", "reported")


def test_no_event_from_debris(record, seed_text):
    text = record.article.text
    for e in record.events:
        assert 0 <= e.sentence[0] <= e.trigger[0] < e.trigger[1] <= e.sentence[1] <= len(text)
        for removed in record.article.removed:
            assert text[e.sentence[0]:e.sentence[1]] not in removed.text


# -- dates (issue: quotes, places, dates) ---------------------------------------------------------

def test_dates_with_and_without_published(coder, seed_text):
    with_date = coder.code_document(RawDocument(source="seed.txt", text=seed_text, published="2019-05-11"))
    text = with_date.article.text
    assert with_date.article.published == "2019-05-11"
    jail = next(e for e in with_date.events if text[e.trigger[0]:e.trigger[1]] == "jailed")
    assert jail.date in ("2019-05",) or "2019-05-05" <= jail.date <= "2019-05-11"
    rally = next(e for e in with_date.events if "demonstrations" in text[e.sentence[0]:e.sentence[1]])
    assert rally.date == "2019-05-11"
    without = coder.code_document(RawDocument(source="seed.txt", text=seed_text))
    assert all(e.date is None or len(e.date) < 10 for e in without.events)


# -- quotes ----------------------------------------------------------------------------------------

def test_quotes_and_speakers(record):
    text = record.article.text
    names = {a.id: a.name for a in record.actors}
    got = [(names.get(q.speaker, ""), text[q.text[0]:q.text[1]]) for q in record.quotes]
    expected = [("Guaido", "to be able to establish a direct"), ("Faller", "I look forward to discussing"),
                ("Guaido", "would probably accept"), ("Trump administration", "are on the table"),
                ("government", "promoting, organizing, and financing")]
    for speaker, words in expected:
        assert any(speaker in s and words in q for s, q in got), (speaker, words, got)


# -- places ----------------------------------------------------------------------------------------

def test_places(record):
    by_name = {p.name: p for p in record.places}
    expected = {"Caracas": ("VEN", 10.49, -66.88), "Washington": ("USA", 38.90, -77.04),
                "Florida": ("USA", 28.6, -82.4), "Venezuela": ("VEN", 8.0, -66.0)}
    for name, (country, lat, lon) in expected.items():
        p = by_name[name]
        assert p.country == country
        assert abs(p.lat - lat) < 2.5 and abs(p.lon - lon) < 2.5
    assert by_name["Caracas"].feature == "city" and by_name["Florida"].feature == "admin1"
    ids = {p.id for p in record.places}
    assert all(e.place is None or e.place in ids for e in record.events)
