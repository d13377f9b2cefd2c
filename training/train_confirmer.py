"""Train the learned confirmer that keeps or drops the rule coder's candidate events.

Reads ``training/events/*.jsonl``: sentences the team wrote, one JSON object per line,
``{"text": ..., "events": [{"plover": TYPE, "trigger": ..., "factuality": ...}]}``.
Every sentence is run through the rule coder (confirmer off); each candidate event is
labelled EVENT when the sentence's annotation has an event of that type whose trigger
shares a word with the candidate's trigger, NOT_EVENT otherwise.  A spaCy text
classifier (bag of words and bigrams over ``events.candidate_text``: the type, the
trigger and the sentence; small, fast, CPU only) learns to tell them apart.  A held-out
fifth of the sentences picks the threshold and is scored; the figures are printed.
The development set in ``tests/dev`` is never used here.

    .venv/bin/python training/train_confirmer.py [--epochs 15] [--seed 0]

Writes ``src/eventwire/models/event_confirmer`` (the pipeline) and prints the threshold to
put in ``config.Settings.confirm_threshold``.  Retraining is a commit of its own with the
printed figures in its message.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "training" / "events"
OUT = ROOT / "src" / "eventwire" / "models" / "event_confirmer"


def load(directory: Path) -> list[dict]:
    rows = []
    for path in sorted(directory.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                print(f"{path}:{n}: not JSON, skipped", file=sys.stderr)
    return rows


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


def candidates(rows: list[dict]) -> list[tuple[str, int, int]]:
    """(candidate text, label, sentence number) for every rule candidate of every sentence."""
    from eventwire import Coder, RawDocument, load_settings
    from eventwire.events import candidate_text

    coder = Coder(load_settings(classifier=False))
    raws = [RawDocument(source=f"train{n}", text=r["text"], title="") for n, r in enumerate(rows)]
    out = []
    for n, (row, outcome) in enumerate(zip(rows, coder.code_documents(raws))):
        if outcome.record is None:
            continue
        text = outcome.record.article.text
        gold = row.get("events") or []
        for e in outcome.record.events:
            trig = text[e.trigger[0]:e.trigger[1]]
            ok = any(g.get("plover") == e.plover and (_words(g.get("trigger", "")) & _words(trig)
                                                      or trig.lower()[:4] in g.get("trigger", "").lower())
                     for g in gold)
            out.append((candidate_text(e.plover, trig, text[e.sentence[0]:e.sentence[1]]), int(ok), n))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    rows = load(DATA)
    if not rows:
        print(f"no training sentences in {DATA}", file=sys.stderr)
        return 1
    cands = candidates(rows)
    order = list(range(len(rows)))
    random.Random(args.seed).shuffle(order)
    held_ids = set(order[: max(1, len(rows) // 5)])
    train = [(t, y) for t, y, n in cands if n not in held_ids]
    held = [(t, y) for t, y, n in cands if n in held_ids]
    print(f"{len(rows)} sentences, {len(cands)} candidates ({sum(y for _, y, _ in cands)} real events); "
          f"train {len(train)}, held-out {len(held)}")

    fix_random_seed(args.seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={
        "model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
                  "no_output_layer": False, "length": 65536},
    })
    textcat.add_label("EVENT")
    textcat.add_label("NOT_EVENT")

    def example(text: str, y: int) -> Example:
        return Example.from_dict(nlp.make_doc(text), {"cats": {"EVENT": float(y), "NOT_EVENT": float(1 - y)}})

    train_ex = [example(t, y) for t, y in train]
    optimizer = nlp.initialize(lambda: train_ex)
    for epoch in range(args.epochs):
        random.Random(args.seed + epoch).shuffle(train_ex)
        losses: dict[str, float] = {}
        for batch in minibatch(train_ex, size=16):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
    probs = [doc.cats["EVENT"] for doc in nlp.pipe(t for t, _ in held)]
    base_p = sum(y for _, y in held) / max(len(held), 1)
    best = (0.0, 0.5, 0.0, 0.0)
    for th in [x / 20 for x in range(1, 20)]:
        tp = sum(1 for p, (_, y) in zip(probs, held) if p >= th and y)
        fp = sum(1 for p, (_, y) in zip(probs, held) if p >= th and not y)
        fn = sum(1 for p, (_, y) in zip(probs, held) if p < th and y)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if f1 > best[0]:
            best = (f1, th, prec, rec)
    print(f"held-out candidates: rules alone precision {base_p:.3f}; with the confirmer at threshold {best[1]:.2f}: "
          f"precision {best[2]:.3f} recall {best[3]:.3f} F1 {best[0]:.3f}")
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.meta["name"] = "eventwire_event_confirmer"
    nlp.meta["description"] = ("Keeps or drops rule-coded candidate events; trained on sentences the eventwire team "
                               f"wrote; threshold {best[1]:.2f}")
    nlp.meta["license"] = "MIT"
    nlp.to_disk(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
