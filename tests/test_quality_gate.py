"""The quality gate: today's scores meet the floors of eval_baseline.json, and a worse copy fails it."""

from __future__ import annotations

import importlib.util

import pytest

from conftest import DEV, ROOT, SHARED
from eventwire.evaluate import load_gold_dir, score_records
from eventwire.gate import check, flatten, load_baseline
from eventwire.read import read_path

BASELINE = load_baseline(ROOT / "eval_baseline.json")


def _scores(coder, folder):
    gold = load_gold_dir(folder)
    pairs = [(next(coder.code_documents([read_path(g.path)])).record, g) for g in gold]
    return score_records(pairs).summary()


@pytest.fixture(scope="module")
def dev_scores(coder):
    return {"dev": _scores(coder, DEV)}


def test_dev_scores_meet_the_floors(dev_scores):
    assert check(dev_scores, BASELINE, only="dev.") == []


@pytest.mark.parametrize("name", ["heldout", "blind"])
def test_held_out_and_blind_scores_meet_the_floors(coder, name):
    """Sets written blind, scored once, then used for error analysis (docs/accuracy.md): no regressions."""
    assert check({name: _scores(coder, DEV.parent / name)}, BASELINE, only=f"{name}.") == []


def test_extraction_sample_meets_its_floor():
    if not (SHARED / "data" / "article-extraction-benchmark").exists():
        pytest.skip("../shared/data/article-extraction-benchmark is not beside the project")
    spec = importlib.util.spec_from_file_location("extraction", ROOT / "benchmarks" / "extraction.py")
    ext = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ext)
    report = ext.score_extraction(20, saved=())
    assert check({"extraction_sample": report["ours"]}, BASELINE, only="extraction_sample.") == []


def test_gate_fails_on_a_worsened_copy(dev_scores):
    worse = {k: v - 3 * BASELINE["tolerance"] for k, v in flatten(dev_scores).items()}
    problems = check(worse, BASELINE, only="dev.")
    assert problems and all("below the floor" in p for p in problems)
    assert any(p.startswith("dev.event_f1") for p in problems)
    assert check({}, BASELINE, only="dev.")[0].endswith(")")   # missing scores fail too
