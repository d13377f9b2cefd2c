"""Every accuracy figure of docs/accuracy.md in one run, checked against eval_baseline.json.

    .venv/bin/python benchmarks/accuracy.py [--json] [--quick]

Measures: the development set (tests/dev) and the analysed annotated sets (tests/heldout, tests/blind and the
other analysed blind sets: ``TRAIN_SETS`` of training/train_confidence.py, the one list of them; only dev,
heldout and blind have floors; the sealed sets of tests/test_confidence.py are left out: see
docs/accuracy.md), the PLOVER gold records, the team's annotated
sentences (training/events), the extraction benchmark (all 181 pages; 20 with --quick) and
GeoWebNews (skipped with --quick). Data under ../shared is read when present and skipped with
a message otherwise. Exits 1 when a score falls below its floor in eval_baseline.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def _module(name: str, folder: str = "benchmarks"):
    spec = importlib.util.spec_from_file_location(name, ROOT / folder / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def measure(quick: bool = False) -> dict:
    from eventwire import Coder, RawDocument
    from eventwire.evaluate import (load_gold_dir, load_plover_gsr, load_sentences, score_plover_gsr, score_records,
                                    score_sentences)
    from eventwire.read import read_path

    coder = Coder()
    scores: dict = {}
    for name in _module("train_confidence", "training").TRAIN_SETS:
        if not (ROOT / "tests" / name).is_dir():
            continue
        gold = load_gold_dir(ROOT / "tests" / name)
        pairs = [(next(coder.code_documents([read_path(g.path)])).record, g) for g in gold]
        scores[name] = score_records(pairs).summary()
    gsr_path = SHARED / "plover" / "PLOVER_GSR_CAMEO.txt"
    if gsr_path.exists():
        gsr = load_plover_gsr(gsr_path)
        recs = [o.record for o in coder.code_documents(RawDocument(g["id"], g["text"], title="") for g in gsr)]
        scores["plover_gsr"] = score_plover_gsr(zip(recs, gsr))
    sents = load_sentences(ROOT / "training" / "events")
    recs = [o.record for o in coder.code_documents(RawDocument(f"s{n}", s["text"], title="") for n, s in enumerate(sents))]
    scores["sentences"] = score_sentences(zip(recs, sents))
    if (SHARED / "article-extraction-benchmark").exists():
        ext = _module("extraction")
        report = ext.score_extraction(20)
        scores["extraction_sample"] = report["ours"]
        if not quick:
            scores["extraction"] = ext.score_extraction(None)["ours"]
    if not quick and (SHARED / "geowebnews" / "GWN.xml").exists():
        import contextlib
        import tempfile

        gwn = _module("geowebnews")
        with tempfile.TemporaryDirectory() as tmp, contextlib.redirect_stdout(sys.stderr):
            out = Path(tmp) / "gwn.json"
            gwn.main(["--json", str(out)])
            scores["geowebnews"] = json.loads(out.read_text(encoding="utf-8"))["overall"]
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--quick", action="store_true", help="dev set, PLOVER records, sentences, 20 extraction pages")
    args = ap.parse_args(argv)
    from eventwire.gate import check, flatten, load_baseline

    scores = measure(args.quick)
    problems = check(scores, load_baseline(ROOT / "eval_baseline.json"))
    if args.json:
        print(json.dumps(scores, indent=2, default=str))
    else:
        for key, value in sorted(flatten(scores).items()):
            if "by_type" in key or ".counts." in key:
                continue
            print(f"{key:55s} {value:.4f}")
    for p in problems:
        print(f"BELOW FLOOR: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
