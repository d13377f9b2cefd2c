"""`eventwire eval`: scoring rules on a hand-made gold article, and floors on the development set."""

from __future__ import annotations

import json

import pytest

from conftest import DEV, run_cli
from eventwire.evaluate import Tally, score_article


def test_scoring_rules(coder, tmp_path):
    raw = ("Border talks resume\n\nFollow our Example Post channel for updates\n\n"
           "Ghanaian Foreign Minister Kofi Mensah met Togolese officials in Accra on Monday.\n\n© 2024 Example Wire\n")
    record = coder.code_text(raw)
    gold = {
        "title": "Border talks resume", "published": None, "publisher": "Example Post",
        "original_publisher": "Example Wire", "distributor": None,
        "boilerplate": ["Follow our Example Post channel for updates", "© 2024 Example Wire"],
        "actors": [{"name": "Kofi Mensah", "aliases": ["Mensah"], "country": "GHA", "sectors": ["GOV"]},
                   {"name": "Togolese officials", "aliases": [], "country": "TGO", "sectors": ["GOV"]},
                   {"name": "Nobody Here", "aliases": [], "country": "BEN", "sectors": ["GOV"]}],
        "events": [], "quotes": [],
    }
    tally = Tally()
    score_article(record, gold, raw, tally, "t")
    s = tally.summary()
    assert s["boilerplate_removed"] == 1.0
    assert s["body_kept"] == 1.0
    assert s["metadata_accuracy"] == 1.0
    assert s["actor_recall"] == round(2 / 3, 4)
    assert s["actor_country_accuracy"] == round(2 / 3, 4)
    assert any("Nobody Here" in m for m in tally.misses)


def test_eval_command_on_dev_set_meets_floors():
    r = run_cli("eval", str(DEV), "--json")
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    assert s["articles"] >= 30
    assert s["boilerplate_removed"] >= 0.95
    assert s["body_kept"] >= 0.99
    assert s["actor_country_accuracy"] >= 0.90


def test_eval_usage_errors(tmp_path):
    assert run_cli("eval", str(tmp_path / "missing")).returncode == 2
    assert run_cli("eval", str(tmp_path)).returncode == 1


@pytest.mark.parametrize("a, b, same", [
    ("Agence France-Presse", "AFP", True),
    ("Bloomberg", "Bloomberg News", True),
    ("Thomson Reuters", "Reuters.", True),
    ("Associated Press", "The Associated Press", True),
    ("mekong observer", "Mekong Observer", True),
    ("Bloomberg News", "Reuters", False),
    ("AFP", None, False),
])
def test_metadata_names_an_agency_by_any_of_its_names(a, b, same):
    from eventwire.evaluate import _meta_equal

    assert _meta_equal(a, b) is same


def test_event_matches_is_the_scoring_rule():
    from eventwire.evaluate import event_matches

    gold = {"evidence": "the navy seized  two trawlers", "plover": "COERCE", "alt_plover": ["SANCTION"],
            "source_country": "ARG", "target_country": None}
    sentence = "On Friday the navy seized two trawlers off the coast, officials said."
    assert event_matches(sentence, "COERCE", "ARG", "ESP", gold)          # no gold target: any target
    assert event_matches(sentence, "SANCTION", "ARG", None, gold)         # an alternative type
    assert not event_matches(sentence, "ASSAULT", "ARG", None, gold)      # another type
    assert not event_matches(sentence, "COERCE", "CHL", None, gold)       # another source country
    assert not event_matches("The navy patrolled the coast.", "COERCE", "ARG", None, gold)   # evidence elsewhere
