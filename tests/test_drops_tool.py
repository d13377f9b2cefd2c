"""benchmarks/drops.py, the tool that finds which rule of the event loop dropped a missed event's trigger."""

from __future__ import annotations

import importlib.util
import inspect
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ("QUITO, May 3 (Reuters) - Ecuadorean police arrested two Colombian traders in Tulcan on Monday, the "
           "interior ministry said.\n\nHeavy fighting flared near the border town of Ipiales on Tuesday, residents "
           "said.\n")
EVENT = {"source": None, "target": None, "alt_plover": [], "factuality": "asserted", "date": None, "core": True}
GOLD = {
    "title": None, "published": None, "publisher": None, "original_publisher": "Reuters", "distributor": None,
    "boilerplate": [], "actors": [], "places": [], "quotes": [], "duplicate_of": None,
    "events": [dict(EVENT, source_country="ECU", target_country="COL", plover="COERCE", cameo_root="17",
                    evidence="police arrested two Colombian traders"),
               dict(EVENT, source_country=None, target_country="COL", plover="ASSAULT", cameo_root="19",
                    evidence="Heavy fighting flared")],
}


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("drops_tool", ROOT / "benchmarks" / "drops.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # its dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def test_a_missed_event_names_the_rule_that_dropped_its_trigger(tool, tmp_path, capsys):
    folder = tmp_path / "mini"
    folder.mkdir()
    (folder / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    missed = list(tool.missed_events([str(folder)]))
    # the arrest is coded, so only the fighting nobody is said to do is missed, and its trigger was dropped
    # by the rule for events no party does
    assert [(m.article, m.plover, m.evidence) for m in missed] == [("a1", "ASSAULT", "Heavy fighting flared")]
    assert [(d.word, d.plover) for d in missed[0].drops] == [("fighting", "ASSAULT")]
    assert "nobody does it" in missed[0].drops[0].rule
    counts, examples = tool.tally(missed)
    assert sum(counts.values()) == 1 and examples[(missed[0].drops[0].line, missed[0].drops[0].rule)] == missed

    assert tool.main([str(folder), "--json", str(tmp_path / "missed.json")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 core gold events with no predicted event") and "nobody does it" in out
    assert json.loads((tmp_path / "missed.json").read_text(encoding="utf-8"))[0]["drops"][0]["word"] == "fighting"


def test_only_the_trigger_loops_own_continues_count_as_drops(tool):
    from eventwire.events import EventCoder

    sites = tool._loop_sites(EventCoder.code)
    assert sites and all(isinstance(line, int) and rule for line, rule in sites.items())
    # a continue of an inner loop (over the parties a rule looks at) skips a candidate, not the trigger
    lines, first = inspect.getsourcelines(EventCoder.code)
    continues = [first + n for n, text in enumerate(lines) if text.split("#")[0].strip() == "continue"]
    assert set(sites) < set(continues) | {first + n for n, text in enumerate(lines)
                                          if text.split("#")[0].rstrip().endswith(": continue")}


def test_tracing_restores_the_previous_trace_function(tool):
    before = sys.gettrace()
    with tool.tracing([]):
        pass
    assert sys.gettrace() is before
