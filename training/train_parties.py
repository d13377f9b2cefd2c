"""Train the party model (data/party_model.tsv) on our analysed annotated sets.

    .venv/bin/python training/train_parties.py [--no-write] [--jobs 2]

Codes every article of the analysed sets with the rules alone (party model and confidence off), takes the
candidates of each event (``eventwire.parties.candidates``) and labels them from the gold events: a target
state is right when the event, so aimed, matches a gold event of its sentence; an unnamed doer's state is
right when a matching gold event gives that state as its source, and "none" is right when the gold leaves it
without one.  Events whose candidates are all right or all wrong teach nothing and are left out.

Each role is a conditional logit (a softmax over an event's candidates) with an L2 penalty, fitted by Adam.
The margin a rival must beat the rules' choice by is chosen by a grouped cross-validation (ten folds, whole
sets held out): the margin with the most events put right less events put wrong (on a tie the larger one).
A source has none: its model has a "none" choice of its own, learned from the events the annotators left
without a doer's state, which is its abstention (the cross-validation is still reported, states given where
the annotators left none counting as wrong).  The header of the file records the sets, the penalties, the
margins and what the cross-validation measured.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
from train_confidence import TRAIN_SETS, design  # noqa: E402  (the same analysed sets; the sealed ones stay out)

OUT = ROOT / "src" / "eventwire" / "data" / "party_model.tsv"
TREES_OUT = ROOT / "src" / "eventwire" / "data" / "party_trees.tsv"
#: The target role's ranker (--trees): LightGBM's lambdarank, one query per event, over the same named facts as 0/1
#: columns.  Grouped cross-validation on 106 sets (held-out targets put right less put wrong at margins 0 / 0.25 /
#: 0.5): 300 trees at rate 0.05 +297 / +295 / +276 (training/party_trees_probe.py), 100 at 0.15 +272 / +277 / +280,
#: the logit +239 / +230 / +213.  100 trees: a third of the walking (the party stage 4 -> 20 ms an article with 300).
TREE_PARAMS = dict(objective="lambdarank", learning_rate=0.15, num_leaves=31, min_data_in_leaf=20, verbose=-1)
TREE_ROUNDS = 100
L2 = {"target": 10.0, "source": 5.0}
MARGINS = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0)
FOLDS = 10
MIN_COUNT = 3


def folds() -> list[tuple[str, ...]]:
    """The cross-validation folds: whole sets, every FOLDS-th of TRAIN_SETS in each (train_confidence.py codes each
    set with a party model fitted without its fold, so both scripts use these)."""
    return [TRAIN_SETS[i::FOLDS] for i in range(FOLDS)]


class _Recorder:
    """Stands in for the party model in the pipeline: keeps what it is given, revises nothing."""

    def __init__(self):
        self.seen: list = []

    def revise(self, record, doc, home):
        from eventwire.parties import candidates

        self.seen.append((record, {r: candidates(record, doc, home, r) for r in ("target", "source")}))
        return record

    def target_margins(self, record, doc, home):
        return None


def _labels(record, cands, gold: dict, role: str) -> list[tuple]:
    """(candidates, the rules' choice, the right ones, whether the rules' choice matched) of each event open to
    ``role``."""
    from eventwire.evaluate import event_matches

    text = record.article.text
    golds = gold.get("events") or []
    rows = []
    for e, cs in zip(record.events, cands):
        if not cs:
            continue
        sentence = text[e.sentence[0]:e.sentence[1]]
        if role == "target":
            right = {c for c, _ in cs if any(event_matches(sentence, e.plover, e.source_country, c, g) for g in golds)}
            current = e.target_country
        else:
            told = [g for g in golds if event_matches(sentence, e.plover, None, e.target_country, {**g, "source_country": None})]
            right = {None} if any(not g.get("source_country") for g in told) else {
                c for c, _ in cs if c and any(g.get("source_country") == c for g in told)}
            current = None
        rows.append((cs, current, right))
    return rows


def examples(name: str) -> dict[str, list[tuple]]:
    """Labelled candidates of every event of annotated set ``name``, per role."""
    from eventwire import Coder, load_settings
    from eventwire.evaluate import load_gold_dir
    from eventwire.read import read_path

    coder = Coder(load_settings(confidence=False, parties=False))
    coder.parties = _Recorder()
    gold = load_gold_dir(ROOT / "tests" / name)
    list(coder.code_documents([read_path(g.path) for g in gold]))
    out: dict[str, list[tuple]] = {"target": [], "source": []}
    for (record, cands), ga in zip(coder.parties.seen, gold):
        for role in out:
            out[role] += _labels(record, cands[role], ga.gold, role)
    return out


def fit(rows: list[tuple], l2: float, steps: int = 300, rate: float = 0.1) -> dict[str, float]:
    """Weights of the conditional logit: the log of the softmax mass on an event's right candidates, summed,
    less ``l2``/2 times the squared weights, maximised by Adam."""
    rows = [r for r in rows if r[2] and len(r[2]) < len(r[0])]
    counts = Counter(f for cs, _, _ in rows for _, fs in cs for f in set(fs))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    ri, ci, y, group = [], [], [], []
    k = 0
    for g, (cs, _, right) in enumerate(rows):
        for c, fs in cs:
            for f in fs:
                if f in vocab:
                    ri.append(k)
                    ci.append(vocab[f])
            y.append(float(c in right))
            group.append(g)
            k += 1
    ri_, ci_, y_, group_ = np.array(ri), np.array(ci), np.array(y), np.array(group)
    starts = np.r_[0, np.flatnonzero(np.diff(group_)) + 1]
    w = np.zeros(len(vocab))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, steps + 1):
        z = np.bincount(ri_, weights=w[ci_], minlength=k)
        e = np.exp(z - np.maximum.reduceat(z, starts)[group_])
        p = e / np.add.reduceat(e, starts)[group_]
        q = e * y_ / np.add.reduceat(e * y_, starts)[group_]
        grad = np.bincount(ci_, weights=(p - q)[ri_], minlength=len(vocab)) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {f: float(w[i]) for f, i in vocab.items()}


def candidate_matrix(cands: list[tuple], vocab: dict[str, int]):
    """The candidates' facts as a sparse 0/1 matrix, one row per candidate, one column per fact of ``vocab``."""
    import scipy.sparse as sp

    ri, ci = [], []
    for i, (_, fs) in enumerate(cands):
        for f in set(fs):
            if f in vocab:
                ri.append(i)
                ci.append(vocab[f])
    return sp.csr_matrix((np.ones(len(ri), dtype=np.float32), (ri, ci)), shape=(len(cands), len(vocab)))


def fit_trees(rows: list[tuple], jobs: int = 2) -> tuple:
    """Boosted trees ranking an event's candidates (``PartyTrees``' form: node -> (fact, child when absent, child when
    present) or leaf value), fitted by LightGBM on the events whose candidates are neither all right nor all wrong."""
    import lightgbm as lgb   # training only (pip install lightgbm); the coder reads the dumped trees

    rows = [r for r in rows if r[2] and len(r[2]) < len(r[0])]
    cands = [x for cs, _, _ in rows for x in cs]
    vocab = design([fs for _, fs in cands], MIN_COUNT)[0]
    labels = np.array([float(c in right) for cs, _, right in rows for c, _ in cs])
    booster = lgb.train(dict(TREE_PARAMS, num_threads=jobs),
                        lgb.Dataset(candidate_matrix(cands, vocab), labels, group=[len(cs) for cs, _, _ in rows]),
                        TREE_ROUNDS)
    names = sorted(vocab, key=vocab.get)
    return tuple(_tree_nodes(t["tree_structure"], names) for t in booster.dump_model()["tree_info"])


def _tree_nodes(root: dict, names: list[str]) -> dict:
    """One dumped LightGBM tree as ``PartyTrees`` nodes.  A split on a 0/1 column at a threshold in [0, 1) sends
    the absent fact (0) left and the present one (1) right; a column whose zeros LightGBM took for missing values
    sends the absent fact the default way."""
    nodes: dict = {}

    def walk(n: dict) -> str:
        if "leaf_value" in n:
            key = f"l{n.get('leaf_index', 0)}"
            nodes[key] = float(n["leaf_value"])
            return key
        key = f"s{n['split_index']}"
        if n["decision_type"] != "<=" or not 0.0 <= float(n["threshold"]) < 1.0:
            raise ValueError(f"a split this reader cannot follow: {n['decision_type']} {n['threshold']}")
        left, right = walk(n["left_child"]), walk(n["right_child"])
        absent = (left if n["default_left"] else right) if n.get("missing_type") == "Zero" else left
        nodes[key] = (names[n["split_feature"]], absent, right if absent == left else left)
        return key

    walk(root)
    return nodes


def tally(model, role: str, rows: list[tuple]) -> Counter:
    """How the model at its margin changes the held-out events: put right, put wrong, changed."""
    out: Counter = Counter()
    for cs, current, right in rows:
        chosen = model.choose(role, current, cs)
        if chosen == current:
            continue
        out["changed"] += 1
        was, now = current in right, chosen in right
        out["fixed"] += now and not was
        out["broken"] += was and not now
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--trees", action="store_true",
                    help="rank the target's candidates with boosted trees (needs lightgbm), written to party_trees.tsv")
    args = ap.parse_args()
    from eventwire.parties import ROLES, PartyModel, PartyTrees

    with ProcessPoolExecutor(args.jobs) as pool:
        data = dict(zip(TRAIN_SETS, pool.map(examples, TRAIN_SETS)))
    weights, margins, report, tree_sets = {}, {}, [], {}
    for role in ROLES:
        cv: dict[float, Counter] = {d: Counter() for d in MARGINS}
        ranked = args.trees and role == "target"
        for held in folds():
            train = [r for s in TRAIN_SETS if s not in held for r in data[s][role]]
            w = {} if ranked else fit(train, L2[role])
            trees = PartyTrees({role: fit_trees(train, args.jobs)}) if ranked else PartyTrees({})
            for d in MARGINS:
                model = PartyModel({r: (w if r == role else {}) for r in ROLES}, {r: d for r in ROLES}, trees=trees)
                cv[d] += tally(model, role, [r for s in held for r in data[s][role]])
        # (on a tie the larger margin: as many held-out events gained, with fewer changes made)
        best = max(MARGINS, key=lambda d: (cv[d]["fixed"] - cv[d]["broken"], d))
        if role == "source":
            best = 0.0   # the source model's own "none" choice is its abstention: no margin on top of it
        margins[role] = best
        weights[role] = fit([r for s in TRAIN_SETS for r in data[s][role]], L2[role])
        if ranked:
            tree_sets[role] = fit_trees([r for s in TRAIN_SETS for r in data[s][role]], args.jobs)
        n_rows = sum(len(data[s][role]) for s in TRAIN_SETS)
        how = f"boosted trees ({TREE_ROUNDS}, {TREE_PARAMS['num_leaves']} leaves)" if ranked else f"L2 {L2[role]}"
        report.append(f"{role}: {n_rows} events open to revision; {how}; margin {best}")
        report += [f"  margin {d}: changed {cv[d]['changed']}, put right {cv[d]['fixed']}, put wrong {cv[d]['broken']}"
                   for d in MARGINS]
        print("\n".join(report[-len(MARGINS) - 1:]), file=sys.stderr)
    model = PartyModel(weights, margins, trees=PartyTrees(tree_sets))
    header = "\n".join([
        "Party model of eventwire (eventwire.parties): conditional-logit weights over an event's candidate states.",
        "Written by training/train_parties.py; do not edit by hand.",
        "Trained on our analysed annotated sets: " + ", ".join(TRAIN_SETS) + ".",
        "The sealed sets are not among them.",
        f"Grouped cross-validation ({FOLDS} folds of whole sets), events of the held-out sets at each margin:",
        *report,
    ])
    if not args.no_write:
        OUT.write_text(model.dump(header), encoding="utf-8")
        print(f"wrote {OUT}", file=sys.stderr)
        if tree_sets:
            trees_header = "\n".join([
                "Party model trees of eventwire (eventwire.parties): boosted regression trees scoring the target's "
                "candidate states.", *header.splitlines()[1:],
                "The target's scores are these trees'; the target weights of party_model.tsv are the logit's, which "
                "give the confidence stage its target margins."])
            TREES_OUT.write_text(model.trees.dump(trees_header), encoding="utf-8")
            print(f"wrote {TREES_OUT}", file=sys.stderr)
        elif TREES_OUT.exists():
            TREES_OUT.unlink()   # a plain retrain goes back to the logit
    return 0


if __name__ == "__main__":
    sys.exit(main())
