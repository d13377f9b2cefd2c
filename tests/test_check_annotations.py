"""The annotators' format check (docs/check_annotations.py) on sets written here for the test."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "docs" / "check_annotations.py"
ARTICLE = ("Example News\nShare this article\n\nQUITO, May 3 (Reuters) - Ecuadorean police arrested two Colombian "
           "traders in Tulcan on Monday, the interior ministry said.\n\n\"We will not accept this,\" Colombia's "
           "foreign minister said.\n\nReporting by A. Writer\n")


def gold(**changes) -> dict:
    g = {
        "title": "Ecuador arrests traders", "published": "2025-05-03", "publisher": "Example News",
        "original_publisher": "Reuters", "distributor": None,
        "boilerplate": ["Share this article", "Reporting by A. Writer"],
        "actors": [{"name": "Ecuadorean police", "aliases": [], "country": "ECU", "sectors": ["COP"]},
                   {"name": "Colombian traders", "aliases": ["traders"], "country": "COL", "sectors": ["BUS"]},
                   {"name": "Colombian foreign minister", "aliases": [], "country": "COL", "sectors": ["GOV"]}],
        "places": [{"name": "Tulcan", "country": "ECU"}, {"name": "Quito", "country": "ECU"}],
        "events": [{"source": "Ecuadorean police", "target": "Colombian traders", "source_country": "ECU",
                    "target_country": "COL", "plover": "COERCE", "alt_plover": [], "cameo_root": "17",
                    "factuality": "asserted", "evidence": "police arrested two Colombian traders", "date": "2025-05-02",
                    "core": True}],
        "quotes": [{"speaker": "Colombian foreign minister", "text": "We will not accept this,"}],
        "duplicate_of": None,
    }
    g.update(changes)
    return g


def write_set(folder: Path, g: dict, text: str = ARTICLE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a01_ecuador.txt").write_text(text, encoding="utf-8")
    (folder / "a01_ecuador.json").write_text(json.dumps(g), encoding="utf-8")
    return folder


def run(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(folder)], capture_output=True, text=True, timeout=60)


def test_a_well_formed_set_has_no_problems(tmp_path):
    out = run(write_set(tmp_path / "good", gold()))
    assert out.returncode == 0, out.stdout
    assert out.stdout.splitlines()[-2].startswith("0 problems; 1 core events;")
    assert "types with fewer than 2 core events:" in out.stdout   # one COERCE only


def test_every_kind_of_slip_is_reported_on_a_line_naming_the_file(tmp_path):
    bad = gold(boilerplate=["Share this"], published="May 3")
    bad["events"][0].update(evidence="police detained two traders", plover="ARREST", target="the traders",
                            source_country="EC", core="yes")
    bad["quotes"][0]["speaker"] = "Colombia's minister"
    bad["places"].append({"name": "Ipiales", "country": "COL"})
    out = run(write_set(tmp_path / "bad", bad))
    assert out.returncode == 1
    lines = out.stdout.splitlines()[:-2]
    assert all(line.startswith("a01_ecuador.json: ") for line in lines), lines
    for expected in ("published is not YYYY-MM-DD", "boilerplate is not a whole line", "unknown PLOVER type 'ARREST'",
                     "evidence is not an exact substring", "target 'the traders' is no actor name or alias",
                     "unknown source_country 'EC'", "core is not true or false", "quote speaker",
                     "place 'Ipiales' is not in the article"):
        assert any(expected in line for line in lines), (expected, lines)


def test_curly_quotes_and_line_breaks_in_the_article_still_match(tmp_path):
    text = ARTICLE.replace('"We will not accept this,"', "\u201cWe will not\naccept this,\u201d")
    out = run(write_set(tmp_path / "curly", gold(), text))
    assert out.returncode == 0, out.stdout


def test_a_json_without_its_article_and_a_usage_error(tmp_path):
    folder = tmp_path / "orphan"
    folder.mkdir()
    (folder / "x.json").write_text(json.dumps(gold()), encoding="utf-8")
    out = run(folder)
    assert out.returncode == 1 and "x.json: no x.txt beside it" in out.stdout
    assert run(tmp_path / "missing").returncode == 2


def test_the_check_imports_nothing_of_the_coder():
    spec = importlib.util.spec_from_file_location("check_annotations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    before = {m for m in sys.modules if m.startswith("eventwire")}
    spec.loader.exec_module(module)
    assert {m for m in sys.modules if m.startswith("eventwire")} == before
    assert "eventwire" not in SCRIPT.read_text(encoding="utf-8").split('"""', 2)[2].replace("docs/", "")


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_our_development_sets_pass_the_check(name):
    out = run(Path(__file__).resolve().parent / name)
    assert out.returncode == 0, out.stdout[:2000]
