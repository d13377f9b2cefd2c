"""The name-origin model (eventwire.names) and its use by the actor stage."""

from __future__ import annotations

import pytest

from eventwire.config import load_settings
from eventwire.errors import DataFileError
from eventwire.lexicon import Lexicon
from eventwire.names import NameOrigins, looks_personal, name_grams
from eventwire.pipeline import Coder

STORY = ("MINSK, May 3 (Wire) - Belarus accused Poland on Tuesday of massing troops on the border. Interior Minister "
         "Marek Zalewski said the crossing at Terespol would stay closed and accused Minsk of staging provocations.")


def toy() -> NameOrigins:
    counts = {"POL": {g: 3 for g in name_grams("Marek Zalewski Tomasz Kowalski")},
              "BLR": {g: 3 for g in name_grams("Alyaksandr Lukashenka Viktar Karankevich")}}
    return NameOrigins(counts, {iso: sum(c.values()) for iso, c in counts.items()})


def test_grams_mark_word_edges_and_drop_accents():
    grams = name_grams("José Ramos-Horta")
    assert "^jo" in grams and "se$" in grams and "^hor" in grams and not any("é" in g for g in grams)
    assert name_grams("A B") == []


def test_a_name_is_switched_only_to_a_far_likelier_state():
    model = toy()
    assert model.prefers("Marek Kowalski", "BLR", ["POL"]) == "POL"
    assert model.prefers("Marek Kowalski", "POL", ["BLR"]) is None            # already the likelier state
    assert model.prefers("Viktar Lukashenka", "BLR", ["POL"]) is None
    assert model.prefers("Marek Kowalski", "BLR", []) is None                  # no other state: nothing to choose
    assert model.prefers("Marek Kowalski", "BLR", ["BLR"]) is None
    assert NameOrigins(model.counts, model.totals, margin=50.0).prefers("Marek Kowalski", "BLR", ["POL"]) is None


def test_the_file_round_trips_and_bad_rows_are_named(tmp_path):
    model = toy()
    path = tmp_path / "names.tsv"
    path.write_text(model.dump("a header\nsecond line"), encoding="utf-8")
    again = NameOrigins.load(path)
    assert again.totals == model.totals and {k: dict(v) for k, v in again.counts.items()} == model.counts
    path.write_text("# h\niso3\tgram\tcount\nPOL\t^ma\tmany\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 3"):
        NameOrigins.load(path)
    path.write_text("iso3\tgram\tcount\nPOL\t^ma\t3\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="total"):
        NameOrigins.load(path)


def test_the_shipped_model_loads_and_knows_many_states():
    model = NameOrigins.load()
    assert len(model.totals) > 100 and model.totals["POL"] > 0


def test_personal_names_are_told_from_bodies_and_countries():
    lex = Lexicon.load()
    assert looks_personal("Marek Zalewski", lex.country_word) and looks_personal("Abdulkarim al-Hamdani", lex.country_word)
    assert not looks_personal("Interior Ministry", lex.country_word)
    assert not looks_personal("South Korea", lex.country_word) and not looks_personal("Zalewski", lex.country_word)


def test_a_minister_of_the_other_state_takes_it_from_his_name(coder):
    # datelined in Minsk, the untitled-by-country minister would be Belarusian; his name is Polish
    record = coder.code_text(STORY)
    assert {a.name: a.country for a in record.actors}["Marek Zalewski"] == "POL"
    assert any(e.plover == "ACCUSE" and e.source_country == "POL" and e.target_country == "BLR" for e in record.events)
    off = Coder(load_settings(names=False)).code_text(STORY)
    assert {a.name: a.country for a in off.actors}["Marek Zalewski"] == "BLR"
