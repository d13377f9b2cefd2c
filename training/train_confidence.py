"""Train the event-confidence model (``src/eventwire/data/event_confidence.tsv``).

The rule coder runs with the confidence stage off over our annotated sets; each event it
codes is labelled 1 when it matches a gold event of its article (the scoring rule of
``eventwire eval``: same sentence, type, and countries wherever the gold gives them), else 0.
A logistic regression (L2, full-batch gradient descent, numpy) learns the weights of the
named features of ``eventwire.confidence.event_features``.

The confidence model weighs a second model's figure too: for each PLOVER type, a logistic regression over the
words and word pairs of a sentence (``eventwire.confidence.SentenceTypes``) learns from the same sets how likely an
annotator codes an event of that type from the sentence.  Each set's events get that figure from a sentence-type
model fitted without the set's fold (the folds of train_parties.py), so the confidence model learns what it is
worth on sentences the type model never saw; the model fitted on all sets is written to
``src/eventwire/data/sentence_types.tsv`` beside the confidence weights.

Boosted trees over the same features (LightGBM's binary objective, ``TREE_PARAMS``) are fitted beside the weights
and written to ``src/eventwire/data/event_trees.tsv``; the shipped probability is the mean of the two models'
(``--no-trees`` trains the weights alone and removes the trees file).  LightGBM is needed for training only.

Before the final fit, a held-out test measures each set with a model trained without it (core-event F1 before ->
after, at each threshold): the honest figure of what the filter does on articles it never saw.  By default the sets
are held out a fold at a time (the ten folds of train_parties.py, ten fits); ``--per-set`` holds out one set at a time
(one fit per set: the leave-one-set-out of rounds up to the thirty-third, which took 49 of a round's 87 training
minutes on 118 sets).  Sealed sets are never read here.

    .venv/bin/python training/train_confidence.py            # held-out table + write the weights
    .venv/bin/python training/train_confidence.py --no-write # held-out table only

Retraining is a commit of its own, with the printed table in its message; rules that change
what the coder proposes call for a retrain.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "data" / "event_confidence.tsv"
TYPES_OUT = ROOT / "src" / "eventwire" / "data" / "sentence_types.tsv"
TREES_OUT = ROOT / "src" / "eventwire" / "data" / "event_trees.tsv"
#: The trees beside the weights.  Grouped ten-fold cross-validation on 110 sets (mean core-event F1 gain over the rules
#: alone at 0.4 / 0.5 / 0.6 / 0.7): the weights alone +0.0159 / +0.0158 / +0.0125 / +0.0006; the mean of the weights'
#: and the trees' probabilities with trees of rate 0.05, 31 leaves, 400 rounds +0.0174 / +0.0184 / +0.0149 / +0.0028;
#: 63 leaves, 300 rounds +0.0178 / +0.0184 / +0.0147 / +0.0025; rate 0.1, 63 leaves, 150 rounds +0.0175 / +0.0181 /
#: +0.0149 / +0.0027 (chosen: as good at a third of the trees to walk); rate 0.1, 31 leaves, 200 rounds +0.0174 /
#: +0.0179 / +0.0141 / +0.0022.  The trees alone (rate 0.05, 31 leaves, 400 rounds): +0.0177 / +0.0183 / +0.0136 /
#: -0.0004.
TREE_PARAMS = dict(objective="binary", learning_rate=0.1, num_leaves=63, min_data_in_leaf=20, feature_fraction=0.8,
                   seed=0, deterministic=True, force_row_wise=True, verbose=-1)
TREE_ROUNDS = 150
TYPES_L2 = 3.0      # grouped ten-fold cross-validation over 98 sets: L2 0.3 / 1 / 3 alike, 3 keeps the file smallest
TYPES_STEPS = 300
TYPES_PRUNE = 0.02  # weights smaller than this are dropped (2 MB instead of 8; cross-validation unchanged, 0.05 cost 0.001)
#: Annotated sets the model may learn from: ours, all analysed openly.  The sealed sets
#: (blind5, blind7, blind8, blind10, blind12, blind14, blind16, blind18, blind20, blind22, blind24,
#: blind26, blind28, blind30, blind32, blind34, blind36, blind38, blind40, blind42, blind44, blind46, blind48, blind50,
#: blind52, blind54, blind56, blind58, blind60, blind62, blind64, blind66, blind68, blind70,
#: blind72, blind74, blind76, blind78, blind80, blind82, blind84, blind86, blind88, blind90, blind92, blind94,
#: blind96, blind98, blind100, blind102, blind104, blind106, blind108, blind110,
#: blind112, blind114, blind116, blind118, blind120, blind122, blind124, blind126, blind128, blind130, blind132,
#: blind134, blind136, blind138, blind140, blind142, blind144, blind146, blind148, blind150, blind152,
#: blind154, blind156, blind158, blind160, blind162, blind164, blind166, blind168, blind170, blind172, blind174,
#: blind176, blind178, blind180, blind182, blind184, blind186, blind188, blind190, blind192, blind194, blind196,
#: blind198, blind200, blind202, blind204, blind206, blind208, blind210, blind212, blind214, blind216, blind218,
#: blind220, blind222, blind224, blind226, blind228, blind230, blind232, blind234, blind236, blind238,
#: blind240, blind242, blind244, blind246, agreement)
#: stay out.
TRAIN_SETS = ("dev", "heldout", "blind", "blind2", "blind3", "blind4", "blind6", "blind9", "blind11", "blind13",
              "blind15", "blind17", "blind19", "blind21", "blind23", "blind25", "blind27",
              "blind29", "blind31", "blind33", "blind35", "blind37", "blind39", "blind41", "blind43", "blind45",
              "blind47", "blind49", "blind51", "blind53", "blind55", "blind57", "blind59", "blind61",
              "blind63", "blind65", "blind67", "blind69", "blind71", "blind73", "blind75", "blind77",
              "blind79", "blind81", "blind83", "blind85", "blind87", "blind89", "blind91", "blind93",
              "blind95", "blind97", "blind99", "blind101", "blind103", "blind105", "blind107", "blind109",
              "blind111", "blind113", "blind115", "blind117", "blind119", "blind121", "blind123", "blind125",
              "blind127", "blind129", "blind131", "blind133", "blind135", "blind137", "blind139", "blind141",
              "blind143", "blind145", "blind147", "blind149", "blind151", "blind153", "blind155", "blind157",
              "blind159", "blind161", "blind163", "blind165", "blind167", "blind169", "blind171", "blind173",
              "blind175", "blind177", "blind179", "blind181", "blind183", "blind185", "blind187",
              "blind189", "blind191", "blind193", "blind195", "blind197",
              "blind199", "blind201", "blind203", "blind205", "blind207", "blind209", "blind211", "blind213",
              "blind215", "blind217", "blind219", "blind221", "blind223", "blind225", "blind227", "blind229",
              "blind231", "blind233", "blind235", "blind237", "blind241", "blind243", "blind245")
THRESHOLDS = (0.4, 0.5, 0.6, 0.7)


def labelled(record, gold: dict, margins=None, types=None) -> tuple[list[tuple[str, ...]], list[int], list[set[int]], int]:
    """One article's events: their features, labels (1: matches a gold event), the core gold events each
    matches, and the article's core count (``margins``: the party model's, as the pipeline passes them;
    ``types``: the sentence-type model to read)."""
    from eventwire.confidence import event_features
    from eventwire.evaluate import event_matches

    text = record.article.text
    golds = gold.get("events") or []
    labels, cores = [], []
    for e in record.events:
        sentence = text[e.sentence[0]:e.sentence[1]]
        hits = [k for k, g in enumerate(golds) if event_matches(sentence, e.plover, e.source_country, e.target_country, g)]
        labels.append(int(bool(hits)))
        cores.append({k for k in hits if golds[k].get("core", True)})
    return event_features(record, margins, types), labels, cores, sum(1 for g in golds if g.get("core", True))


def sentence_rows(record, gold: dict) -> list[tuple[frozenset[str], set[str]]]:
    """The sentence-type model's examples from one article: each sentence the rules coded an event in, as its
    words, with the types (and alternative types) of the gold events whose evidence it holds."""
    from eventwire.confidence import sentence_words
    from eventwire.evaluate import normalize

    text = record.article.text
    golds = [(normalize(g["evidence"]), {g["plover"], *(g.get("alt_plover") or [])})
             for g in gold.get("events") or [] if g.get("evidence")]
    rows = []
    for start, end in sorted({e.sentence for e in record.events}):
        said = normalize(text[start:end])
        rows.append((sentence_words(text[start:end]), {t for ev, ts in golds if ev in said for t in ts}))
    return rows


def fit_types(rows: list[tuple[frozenset[str], set[str]]], l2: float = TYPES_L2, min_count: int = 3,
              steps: int = TYPES_STEPS, rate: float = 1.0):
    """The sentence-type model: one L2 logistic regression per PLOVER type over the rows' words, all sixteen
    fitted at once by full-batch gradient descent (numpy; the sparse design kept as sorted index arrays)."""
    from eventwire.confidence import SentenceTypes

    types = sorted({t for _, labels in rows for t in labels})   # the sixteen PLOVER types
    vocab, r, c = design([words for words, _ in rows], min_count)
    row_starts = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])      # r is sorted: each row's first entry
    order = np.argsort(c, kind="stable")
    col_starts = np.flatnonzero(np.r_[True, c[order][1:] != c[order][:-1]])   # every column occurs
    y = np.array([[t in labels for t in types] for _, labels in rows], dtype=float)
    w = np.zeros((len(vocab) + 1, len(types)))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.add.reduceat(w[c], row_starts)))
        grad = np.add.reduceat((p - y)[r][order], col_starts)
        w -= rate * (grad + l2 * w) / len(rows)
    words = sorted(vocab, key=vocab.get)
    return SentenceTypes({t: {word: float(w[i, k]) for i, word in enumerate(words) if abs(w[i, k]) >= TYPES_PRUNE}
                          for k, t in enumerate(types)},
                         {t: float(w[-1, k]) for k, t in enumerate(types)})


class _Margins:
    """The party model of a set's fold in the pipeline: revises as the shipped one does and keeps each record's
    target margins, which the pipeline would hand the confidence stage."""

    def __init__(self, model):
        self.model, self.margins = model, []

    def revise(self, record, doc, home):
        return self.model.revise(record, doc, home)

    def target_margins(self, record, doc, home):
        self.margins.append(self.model.target_margins(record, doc, home))
        return self.margins[-1]


def coded_set(directory: Path, party=None) -> list[tuple]:
    """Every article of an annotated set coded by the rules and ``party`` (a party model that never saw the set;
    the shipped one when None), confidence off: (record, gold, the party model's target margins) each."""
    from eventwire import Coder, load_settings
    from eventwire.evaluate import load_gold_dir
    from eventwire.parties import PartyModel
    from eventwire.read import read_path

    coder = Coder(load_settings(confidence=False, parties=False))
    coder.parties = hints = _Margins(party or PartyModel.load())
    gold = load_gold_dir(directory)
    outcomes = list(coder.code_documents([read_path(g.path) for g in gold]))
    return [(outcome.record, ga.gold, margins)
            for ga, outcome, margins in zip(gold, outcomes, hints.margins) if outcome.record is not None]


def examples(directory: Path, party=None, types=None) -> list[tuple[list[tuple[str, ...]], list[int], list[set[int]], int]]:
    """``labelled`` rows of every article of an annotated set (``coded_set``), read with ``types``."""
    return [labelled(record, gold, margins, types) for record, gold, margins in coded_set(directory, party)]


def _coded(job):
    return coded_set(*job)


def cross_fitted_parties():
    """One party model per fold of the party trainer's folds, each trained without that fold's sets, with the
    shipped model's margins: a set's events are coded by a model that never saw it, so the confidence model
    learns how much a target margin is worth on text the party model has not seen (stacking)."""
    from concurrent.futures import ProcessPoolExecutor

    import train_parties
    from eventwire.parties import ROLES, PartyModel, PartyTrees

    shipped = PartyModel.load()
    with ProcessPoolExecutor(2) as pool:
        rows = dict(zip(TRAIN_SETS, pool.map(train_parties.examples, TRAIN_SETS)))
    models = {}
    for fold in train_parties.folds():
        weights = {r: train_parties.fit([x for s in TRAIN_SETS if s not in fold for x in rows[s][r]], train_parties.L2[r])
                   for r in ROLES}
        # a role the shipped model scores with trees is cross-fitted with trees too
        trees = PartyTrees({r: train_parties.fit_trees([x for s in TRAIN_SETS if s not in fold for x in rows[s][r]])
                            for r in shipped.trees.trees})
        model = PartyModel(weights, shipped.margins, trees=trees)
        models.update({s: model for s in fold})
    return models


def design(features, min_count: int = 3) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """The vocabulary (features seen at least ``min_count`` times, sorted) and the sparse design matrix of the
    rows' features, as the (row, column) pairs of its ones, row by row, the last column being the bias: an event
    has about 52 of some 10,700 features, so the fits' products cost a two-hundredth of the dense ones."""
    counts = Counter(f for fs in features for f in set(fs))
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    rows, cols = [], []
    for i, fs in enumerate(features):
        active = sorted({vocab[f] for f in fs if f in vocab})
        rows += [i] * (len(active) + 1)
        cols += [*active, len(vocab)]
    return vocab, np.asarray(rows), np.asarray(cols)


def fit(features: list[tuple[str, ...]], labels: list[int], l2: float, min_count: int = 3,
        steps: int = 1000, rate: float = 1.0) -> tuple[dict[str, float], float]:
    """Weights and bias of the L2 logistic regression, by full-batch gradient descent.

    An event has about 33 active features, so steps of 2.0 (used until round fifteen) overshoot: the training loss
    oscillated (0.47 on 38 sets, 0.55 on 46) and the mean probability sat near 0.94 against a base rate of 0.80.
    Steps of 1.0 descend steadily (loss 0.37 after 1,000 steps on the 46 sets, mean probability 0.80)."""
    vocab, r, c = design(features, min_count)
    y = np.asarray(labels, dtype=float)
    w = np.zeros(len(vocab) + 1)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.bincount(r, weights=w[c], minlength=len(y))))
        w -= rate * (np.bincount(c, weights=(p - y)[r], minlength=len(w)) + l2 * w) / len(y)
    return {f: float(w[i]) for f, i in vocab.items()}, float(w[-1])


def fit_trees(features: list[tuple[str, ...]], labels: list[int], min_count: int = 3, jobs: int = 2) -> tuple:
    """The boosted trees (``EventTrees``' node form) over the features seen at least ``min_count`` times, fitted by
    LightGBM on the events' labels."""
    import lightgbm as lgb   # training only (pip install lightgbm); the coder reads the dumped trees

    import train_parties

    vocab = design(features, min_count)[0]
    x = train_parties.candidate_matrix([(None, fs) for fs in features], vocab)   # the party trees' 0/1 matrix
    booster = lgb.train(dict(TREE_PARAMS, num_threads=jobs), lgb.Dataset(x, np.asarray(labels, dtype=float)), TREE_ROUNDS)
    names = sorted(vocab, key=vocab.get)
    return tuple(train_parties._tree_nodes(t["tree_structure"], names) for t in booster.dump_model()["tree_info"])


def f1(articles, probs: list[float], threshold: float) -> float:
    """Core-event F1 of the articles' events kept at ``threshold`` (a prediction that matches any gold
    event is not false; each core gold event found once is a hit)."""
    kept = matched = found = core = k = 0
    for _, labels, cores, n_core in articles:
        hit: set[int] = set()
        for label, c in zip(labels, cores):
            if probs[k] >= threshold:
                kept += 1
                matched += label
                hit |= c
            k += 1
        found += len(hit)
        core += n_core
    p = matched / kept if kept else 0.0
    r = found / core if core else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=0.5, help="the threshold the header records")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--no-trees", action="store_true", help="the weights alone (the trees file is removed)")
    ap.add_argument("--per-set", action="store_true", help="hold out one set at a time (one fit per set) instead of "
                                                           "one fold of train_parties.py's ten at a time")
    args = ap.parse_args()
    from eventwire.confidence import ConfidenceModel, EventTrees

    from concurrent.futures import ProcessPoolExecutor

    import train_parties

    parties = cross_fitted_parties()
    with ProcessPoolExecutor(2) as pool:
        coded = dict(zip(TRAIN_SETS, pool.map(_coded, [(ROOT / "tests" / n, parties[n]) for n in TRAIN_SETS])))
    sentences = {n: [row for record, gold, _ in coded[n] for row in sentence_rows(record, gold)] for n in TRAIN_SETS}
    data = {}
    folds = train_parties.folds()
    with ProcessPoolExecutor(2) as pool:   # each set's events read a sentence-type model that never saw its fold
        fold_types = list(pool.map(fit_types, [[row for n in TRAIN_SETS if n not in fold for row in sentences[n]]
                                               for fold in folds]))
    for fold, types in zip(folds, fold_types):
        data.update({n: [labelled(record, gold, margins, types) for record, gold, margins in coded[n]] for n in fold})
    for name in TRAIN_SETS:
        print(f"{name}: {sum(len(a[1]) for a in data[name])} events", file=sys.stderr)

    rows = [f"{'left out':<10} {'rules':>6} " + " ".join(f"{'@' + str(t):>6}" for t in THRESHOLDS)]
    gains = {t: [] for t in THRESHOLDS}
    alone = {t: [] for t in THRESHOLDS}   # the weights alone, for comparison
    held_out = [(n,) for n in TRAIN_SETS] if args.per_set else train_parties.folds()
    for fold in held_out:
        feats = [f for n in TRAIN_SETS if n not in fold for a in data[n] for f in a[0]]
        labels = [y for n in TRAIN_SETS if n not in fold for a in data[n] for y in a[1]]
        weights, bias = fit(feats, labels, args.l2)
        model = ConfidenceModel(weights, bias)
        with_trees = model if args.no_trees else replace(model, trees=EventTrees({"event": fit_trees(feats, labels)}))
        for held in fold:   # each set of the fold is scored on its own, by the model that never saw the fold
            held_feats = [f for a in data[held] for f in a[0]]
            base = f1(data[held], [1.0] * len(held_feats), 0.5)
            plain = [model.probability(f) for f in held_feats]
            probs = [with_trees.probability(f) for f in held_feats]
            after = [f1(data[held], probs, t) for t in THRESHOLDS]
            for t, v in zip(THRESHOLDS, after):
                gains[t].append(v - base)
                alone[t].append(f1(data[held], plain, t) - base)
            rows.append(f"{held:<10} {base:6.3f} " + " ".join(f"{v:6.3f}" for v in after))
    rows.append(f"{'mean gain':<10} {'':>6} " + " ".join(f"{np.mean(gains[t]):+6.3f}" for t in THRESHOLDS))
    if not args.no_trees:
        rows.append(f"{'(weights)':<10} {'':>6} " + " ".join(f"{np.mean(alone[t]):+6.3f}" for t in THRESHOLDS))
    table = "\n".join(rows)
    print(table)

    if args.no_write:
        return 0
    feats = [f for n in TRAIN_SETS for a in data[n] for f in a[0]]
    labels = [y for n in TRAIN_SETS for a in data[n] for y in a[1]]
    weights, bias = fit(feats, labels, args.l2)
    rows = [row for n in TRAIN_SETS for row in sentences[n]]
    types = fit_types(rows)
    TYPES_OUT.write_text(types.dump("\n".join([
        "Sentence-type model: for each PLOVER type, logistic-regression weights over the lower-cased words and pairs",
        "of neighbouring words of a sentence (eventwire.confidence.sentence_words); a type's probability for a",
        "sentence = sigmoid(its bias + the sum of its words' weights).  Rows: 'TYPE word<TAB>weight'.",
        "Provenance: trained by training/train_confidence.py on the eventwire team's own annotated sets",
        f"({', '.join(TRAIN_SETS)}) on {dt.date.today()}: the {len(rows)} sentences the rules coded an event in,",
        "each labelled with the types (and alternative types) of the gold events whose evidence it holds.",
        f"L2 {TYPES_L2}, {TYPES_STEPS} steps; words seen fewer than 3 times left out, weights under {TYPES_PRUNE} dropped.",
        "License: MIT.",
    ])), encoding="utf-8")
    header = "\n".join([
        "Event-confidence model: logistic-regression weights over the named features of",
        "eventwire.confidence.event_features (an event's probability = sigmoid(bias + sum of its features' weights)).",
        "Provenance: trained by training/train_confidence.py on the eventwire team's own annotated sets",
        f"({', '.join(TRAIN_SETS)}; {len(labels)} rule events, {sum(labels)} matching gold) on {dt.date.today()}.",
        f"L2 {args.l2}; features seen fewer than 3 times are left out.  License: MIT.",
        f"Threshold in use: config.Settings.min_confidence (trained for {args.threshold}).",
        "Each set's events were coded with a party model trained without that set's fold (the folds of",
        "training/train_parties.py), so the weights of the party model's target margins are learned out of sample;",
        "likewise each set's sentence-type figures came from a sentence-type model fitted without its fold",
        "(data/sentence_types.tsv holds the one fitted on all sets).",
        *([] if args.no_trees else [
            "With data/event_trees.tsv (boosted trees over the same features) an event's probability is the mean of the",
            "two models'; the table's rows are the two together, its last row ('(weights)') the weights alone."]),
        ("Leave-one-set-out" if args.per_set else "Held-out (a fold of ten at a time)")
        + " core-event F1 of each set (rules alone, then kept at each threshold):",
        *table.splitlines(),
    ])
    OUT.write_text(ConfidenceModel(weights, bias).dump(header), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(weights)} features)", file=sys.stderr)
    if args.no_trees:
        TREES_OUT.unlink(missing_ok=True)   # a plain retrain goes back to the weights alone
        return 0
    trees = EventTrees({"event": fit_trees(feats, labels)})
    TREES_OUT.write_text(trees.dump("\n".join([
        "Event-confidence trees of eventwire (eventwire.confidence.EventTrees): boosted regression trees over the named",
        "features of eventwire.confidence.event_features; an event's probability is the mean of sigmoid(the sum of its",
        "leaves) and the weights' probability in event_confidence.tsv.",
        "Written by training/train_confidence.py (LightGBM, binary objective: "
        + ", ".join(f"{k} {v}" for k, v in TREE_PARAMS.items() if k not in ("objective", "verbose")) + f", {TREE_ROUNDS} rounds)",
        f"on {dt.date.today()} from the same sets and events as the weights; do not edit by hand.  License: MIT.",
        "Held-out core-event F1 of the two models together: see event_confidence.tsv's header.",
    ])), encoding="utf-8")
    print(f"wrote {TREES_OUT.relative_to(ROOT)} ({TREE_ROUNDS} trees)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
