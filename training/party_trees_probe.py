"""Probe: would gradient-boosted trees choose an event's target state better than the party model's logit?

    pip install lightgbm                      # the probe's only extra; the coder does not use it
    .venv/bin/python training/party_trees_probe.py [--jobs 2] [--leaves 31] [--rounds 300] [--seed N]

Codes the analysed sets with the rules alone, as ``train_parties.py`` does, and takes the same labelled candidates
of the target role (``eventwire.parties.candidates``).  For each of ten grouped folds (whole sets held out, the folds
of ``train_parties.py``, or the sets shuffled with ``--seed``) it fits on the other sets both the party model's
conditional logit (``train_parties.fit``) and a LightGBM ranker (lambdarank, one query per event, the same named
features as 0/1 columns), and counts on the held-out events, at each margin a rival must beat the rules' choice by,
how many targets each puts right and puts wrong.  Nothing is written: it measures whether a tree model is worth
building into ``eventwire.parties`` (see docs/accuracy.md, thirtieth round).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_parties as tp  # noqa: E402
from train_confidence import TRAIN_SETS, design  # noqa: E402


def tally(rows: list[tuple], scores: list[dict], margin: float) -> Counter:
    """Targets changed, put right and put wrong when each event's best-scored candidate replaces the rules' choice
    by more than ``margin``."""
    out: Counter = Counter()
    for (cs, current, right), sc in zip(rows, scores):
        if current not in sc:
            continue
        best = max(sc, key=lambda c: (sc[c], c == current))
        if sc[best] - sc[current] <= margin:
            continue
        out["changed"] += 1
        out["fixed"] += best in right and current not in right
        out["broken"] += current in right and best not in right
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--leaves", type=int, default=31)
    ap.add_argument("--rounds", type=int, default=300)
    ap.add_argument("--rate", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=0, help="shuffle the sets into folds (0: train_parties' folds)")
    args = ap.parse_args()
    import lightgbm as lgb   # the probe's own extra (see above); imported after --help
    with ProcessPoolExecutor(args.jobs) as pool:
        data = {s: ex["target"] for s, ex in zip(TRAIN_SETS, pool.map(tp.examples, TRAIN_SETS))}
    sets = list(TRAIN_SETS)
    if args.seed:
        random.Random(args.seed).shuffle(sets)
    folds = [sets[i::tp.FOLDS] for i in range(tp.FOLDS)]   # unshuffled: train_parties.folds()
    logit = {m: Counter() for m in tp.MARGINS}
    trees = {m: Counter() for m in tp.MARGINS}
    for held in folds:
        train = [r for s in sets if s not in held for r in data[s]]
        test = [r for s in held for r in data[s]]
        w = tp.fit(train, tp.L2["target"])
        logit_scores = [{c: sum(w.get(f, 0.0) for f in fs) for c, fs in cs} for cs, _, _ in test]
        useful = [r for r in train if r[2] and len(r[2]) < len(r[0])]
        cands = [x for cs, _, _ in useful for x in cs]
        vocab = design([fs for _, fs in cands], tp.MIN_COUNT)[0]
        labels = [float(c in right) for cs, _, right in useful for c, _ in cs]
        dataset = lgb.Dataset(tp.candidate_matrix(cands, vocab), np.array(labels), group=[len(cs) for cs, _, _ in useful])
        model = lgb.train(dict(objective="lambdarank", verbose=-1, num_threads=args.jobs, learning_rate=args.rate,
                               num_leaves=args.leaves, min_data_in_leaf=20), dataset, args.rounds)
        flat = [x for cs, _, _ in test for x in cs]
        raw = model.predict(tp.candidate_matrix(flat, vocab), raw_score=True) if flat else []
        tree_scores, k = [], 0
        for cs, _, _ in test:
            tree_scores.append({c: float(raw[k + i]) for i, (c, _) in enumerate(cs)})
            k += len(cs)
        for m in tp.MARGINS:
            logit[m] += tally(test, logit_scores, m)
            trees[m] += tally(test, tree_scores, m)
    print("margin  logit: changed / right / wrong / net    trees: changed / right / wrong / net")
    for m in tp.MARGINS:
        a, b = logit[m], trees[m]
        print(f"{m:<6}  {a['changed']:5} / {a['fixed']:4} / {a['broken']:4} / {a['fixed'] - a['broken']:+4}"
              f"          {b['changed']:5} / {b['fixed']:4} / {b['broken']:4} / {b['fixed'] - b['broken']:+4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
