"""benchmarks/sets.py, the team's many-set scoring and comparison tool, on a set written here for the test."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ("QUITO, May 3 (Reuters) - Ecuadorean police arrested two Colombian traders in Tulcan on Monday, the "
           "interior ministry said.\n\nColombia's foreign ministry summoned Ecuador's ambassador on Tuesday.\n")
GOLD = {
    "title": None, "published": None, "publisher": None, "original_publisher": "Reuters", "distributor": None,
    "boilerplate": [], "actors": [], "places": [], "quotes": [], "duplicate_of": None,
    "events": [{"source": None, "target": None, "source_country": "ECU", "target_country": "COL", "plover": "COERCE",
                "alt_plover": [], "cameo_root": "17", "factuality": "reported",
                "evidence": "police arrested two Colombian traders", "date": None, "core": True},
               {"source": None, "target": None, "source_country": "COL", "target_country": "ECU", "plover": "ACCUSE",
                "alt_plover": ["CONSULT"], "cameo_root": "11", "factuality": "asserted",
                "evidence": "summoned Ecuador's ambassador", "date": None, "core": True}],
}


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("sets_tool", ROOT / "benchmarks" / "sets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_score_writes_the_eval_figures_and_every_articles_events(tool, tmp_path, capsys):
    folder = tmp_path / "mini"
    folder.mkdir()
    (folder / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    assert tool.main(["score", str(tmp_path / "run"), str(folder), "--workers", "1"]) == 0
    summary = json.loads((tmp_path / "run" / "summary.json").read_text(encoding="utf-8"))
    assert summary[str(folder)]["counts"]["gold_core_events"] == 2
    assert summary[str(folder)]["event_f1"] == 1.0
    rows = [json.loads(line) for line in (tmp_path / "run" / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["name"] for r in rows] == ["a1"] and len(rows[0]["gold"]) == 2
    assert {e["plover"] for e in rows[0]["events"]} >= {"COERCE", "ACCUSE"}
    assert "mean event F1 1.0000 over 1 sets" in capsys.readouterr().out

    # a second run whose gold lacks one event: the comparison names the set and, with --events, nothing differs
    # in the events themselves (the same coder), so only the figure moves
    gold = dict(GOLD, events=GOLD["events"][:1])
    (folder / "a1.json").write_text(json.dumps(gold), encoding="utf-8")
    assert tool.main(["score", str(tmp_path / "run2"), str(folder), "--workers", "1"]) == 0
    lines = tool.compare(tmp_path / "run", tmp_path / "run2", events=True)
    assert lines[0].startswith("mean event F1 1.0000 -> ") and "(0 up, 1 down)" in lines[0]
    assert not [line for line in lines if line.startswith(("+", "-"))]


def test_compare_lists_the_events_one_run_lacks(tool, tmp_path):
    article = {"set": "s", "name": "a1", "gold": GOLD["events"],
               "events": [{"plover": "COERCE", "source_country": "ECU", "target_country": "COL", "source": None,
                           "target": None, "factuality": "reported", "trigger": "arrested", "confidence": 0.9,
                           "sentence": ARTICLE.split("\n")[0]}]}
    for run, events in (("old", []), ("new", article["events"])):
        (tmp_path / run).mkdir()
        (tmp_path / run / "summary.json").write_text(json.dumps({"s": {"event_f1": 0.5 if events else 0.0}}))
        (tmp_path / run / "events.jsonl").write_text(json.dumps(dict(article, events=events)) + "\n")
    lines = tool.compare(tmp_path / "old", tmp_path / "new", events=True)
    assert "(1 up, 0 down)" in lines[0]
    assert any(line.startswith("+ OK  [a1] COERCE ECU->COL trigger='arrested'") for line in lines), lines


def test_a_missing_folder_is_a_usage_error(tool, tmp_path, capsys):
    assert tool.main(["score", str(tmp_path / "run"), str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err
