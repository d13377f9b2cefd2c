"""Inter-annotator agreement: score a second annotation of a set against the first.

    .venv/bin/python benchmarks/agreement.py tests/blind6 tests/agreement/blind6-b [--core-only]

The second annotator's events play the coder's part: each is placed in the sentence that holds
its evidence and matched with ``evaluate.event_matches``, the rule of ``eventwire eval``
(recall over the first annotation's core events, precision over all of the second's events,
or its core events only with --core-only; factuality on matched events).  Prints one line per
article and the totals; the same figures in both directions show how symmetric the task is.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.evaluate import event_matches, normalize  # noqa: E402
from eventwire.nlp import load_model  # noqa: E402


def agreement(first: Path, second: Path, core_only: bool = False) -> dict:
    nlp = load_model()
    tot = {"core": 0, "found": 0, "predicted": 0, "matched": 0, "fact_right": 0, "fact_total": 0}
    for gold_path in sorted(first.glob("*.json")):
        other = second / gold_path.name
        if not other.is_file():
            print(f"{gold_path.stem}: no second annotation, skipped")
            continue
        text = next(p for p in (gold_path.with_suffix(".txt"), gold_path.with_suffix(".html")) if p.is_file()).read_text(
            encoding="utf-8")
        sentences = [s.text for s in nlp(text).sents]
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("events") or []
        preds = json.loads(other.read_text(encoding="utf-8")).get("events") or []
        if core_only:
            preds = [p for p in preds if p.get("core", True)]

        def sentence_of(p: dict) -> str:
            ev = normalize(p.get("evidence") or "\0")
            return next((s for s in sentences if ev in normalize(s)), text)

        def match(p: dict, g: dict) -> bool:
            return event_matches(sentence_of(p), p.get("plover"), p.get("source_country"), p.get("target_country"), g)

        used: set[int] = set()
        found = 0
        for g in sorted(gold, key=lambda e: not e.get("core", True)):
            n = next((n for n, p in enumerate(preds) if n not in used and match(p, g)), None)
            if n is None:
                continue
            used.add(n)
            found += bool(g.get("core", True))
            tot["fact_total"] += 1
            tot["fact_right"] += preds[n].get("factuality", "asserted") == g.get("factuality", "asserted")
        matched = sum(1 for n, p in enumerate(preds) if n in used or any(match(p, g) for g in gold))
        core = sum(1 for g in gold if g.get("core", True))
        print(f"{gold_path.stem}: core found {found}/{core}, events matched {matched}/{len(preds)}")
        tot["core"] += core
        tot["found"] += found
        tot["predicted"] += len(preds)
        tot["matched"] += matched
    r = tot["found"] / tot["core"] if tot["core"] else 0.0
    p = tot["matched"] / tot["predicted"] if tot["predicted"] else 0.0
    return {**tot, "recall": round(r, 3), "precision": round(p, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "factuality": round(tot["fact_right"] / tot["fact_total"], 3) if tot["fact_total"] else 0.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", type=Path, help="the set with texts and the first annotation")
    ap.add_argument("second", type=Path, help="a folder of second annotations (same NAME.json)")
    ap.add_argument("--core-only", action="store_true", help="the second annotator's core events only")
    args = ap.parse_args(argv)
    result = agreement(args.first, args.second, args.core_only)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
