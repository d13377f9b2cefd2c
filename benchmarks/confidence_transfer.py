"""Does the learned confidence filter help on articles the rules were never tuned on?

On our analysable sets the rules have been tuned, so their events there are cleaner than on
new articles.  The honest test replays each set's first run: the coder as it was at the
commit that added the set (before anyone looked at its errors) codes the set again, in a
temporary git worktree.  The confidence model is trained the way training/train_confidence.py
trains it, on today's rule events of every other analysable set, and scores those first-run
events; the table shows core-event F1 of the first run (rules alone) and after the filter at
each threshold.  Sealed sets are never read.

    .venv/bin/python benchmarks/confidence_transfer.py [--sets blind4,blind6,...] [--json OUT]

Needs git and the repository's history; several minutes (one coder run per set and commit).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from train_confidence import THRESHOLDS, TRAIN_SETS, examples, f1, fit, labelled  # noqa: E402

#: sets whose first run came late enough that the coder then had today's record format
DEFAULT_SETS = ("blind4", "blind6", "blind9", "blind11", "blind13", "blind15", "blind17", "blind19", "blind21",
                "blind23")


def first_commit(name: str) -> str:
    out = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", f"tests/{name}"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split()
    if not out:
        raise SystemExit(f"tests/{name} has no commit that adds it")
    return out[-1]


def first_run(name: str, commit: str) -> list:
    """The set's articles coded by the coder at ``commit``: examples() rows, features by today's code."""
    from eventwire.engines import record_from_dict
    from eventwire.evaluate import load_gold_dir

    gold = load_gold_dir(ROOT / "tests" / name)
    with tempfile.TemporaryDirectory() as tmp:
        wt = Path(tmp) / "wt"
        subprocess.run(["git", "worktree", "add", "--detach", str(wt), commit], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            # the rules' events (a commit that already had the confidence stage keeps them all at 0)
            env = dict(os.environ, PYTHONPATH=str(wt / "src"), EVENTWIRE_MIN_CONFIDENCE="0")
            res = subprocess.run([sys.executable, "-m", "eventwire.cli.main", "code", *[str(g.path) for g in gold],
                                  "--format", "jsonl", "--workers", "1"],
                                 cwd=wt, env=env, capture_output=True, text=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(wt)], cwd=ROOT, capture_output=True)
    records = [record_from_dict(json.loads(line)) for line in res.stdout.splitlines() if line.strip()]
    if len(records) != len(gold):
        raise SystemExit(f"{name} at {commit[:7]}: {len(records)} records for {len(gold)} articles\n{res.stderr[-500:]}")
    return [labelled(record, ga.gold) for ga, record in zip(gold, records)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--json", type=Path, help="also write the table as JSON here")
    args = ap.parse_args()
    from eventwire.confidence import ConfidenceModel

    today = {name: examples(ROOT / "tests" / name) for name in TRAIN_SETS}
    table = {}
    print(f"{'set':<9} {'commit':<8} {'first run':>9} " + " ".join(f"{'@' + str(t):>6}" for t in THRESHOLDS))
    for name in args.sets.split(","):
        commit = first_commit(name)
        rows = first_run(name, commit)
        feats = [f for n in TRAIN_SETS if n != name for a in today[n] for f in a[0]]
        labels = [y for n in TRAIN_SETS if n != name for a in today[n] for y in a[1]]
        weights, bias = fit(feats, labels, args.l2)
        model = ConfidenceModel(weights, bias)
        probs = [model.probability(f) for a in rows for f in a[0]]
        base = f1(rows, [1.0] * len(probs), 0.5)
        after = [f1(rows, probs, t) for t in THRESHOLDS]
        table[name] = {"commit": commit[:7], "first_run": round(base, 4),
                       **{f"at_{t}": round(v, 4) for t, v in zip(THRESHOLDS, after)}}
        print(f"{name:<9} {commit[:7]:<8} {base:9.3f} " + " ".join(f"{v:6.3f}" for v in after), flush=True)
    gains = {t: np.mean([table[n][f"at_{t}"] - table[n]["first_run"] for n in table]) for t in THRESHOLDS}
    print(f"{'mean gain':<18} {'':>9} " + " ".join(f"{gains[t]:+6.3f}" for t in THRESHOLDS))
    if args.json:
        args.json.write_text(json.dumps({"sets": table, "mean_gain": {str(t): round(g, 4) for t, g in gains.items()}},
                                        indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
