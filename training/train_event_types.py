"""Train the sentence-level event-type classifier that confirms rule-coded events.

Reads ``training/events/*.jsonl`` (sentences written by the team, one JSON object per
line: ``{"text": ..., "events": [{"plover": TYPE, "trigger": ..., "factuality": ...}]}``),
trains a spaCy ``textcat_multilabel`` (bag-of-words and bigrams: small, fast, no GPU,
no extra dependency) over the 16 PLOVER types, and writes the pipeline to
``src/eventwire/models/event_types``.  A held-out tenth of the sentences is scored and
the figures are printed.

    .venv/bin/python training/train_event_types.py [--epochs 12] [--seed 0]

The model is data the project ships; retraining is a commit of its own with the
printed figures in its message.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "training" / "events"
OUT = ROOT / "src" / "eventwire" / "models" / "event_types"
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT")


def load(directory: Path) -> list[tuple[str, set[str]]]:
    rows = []
    for path in sorted(directory.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                print(f"{path}:{n}: not JSON, skipped", file=sys.stderr)
                continue
            types = {e.get("plover") for e in obj.get("events") or []} & set(TYPES)
            rows.append((obj["text"], types))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=12)
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
    random.Random(args.seed).shuffle(rows)
    cut = max(1, len(rows) // 10)
    held, train = rows[:cut], rows[cut:]
    fix_random_seed(args.seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={
        "model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
                  "no_output_layer": False, "length": 65536},
    })
    for t in TYPES:
        textcat.add_label(t)

    def example(text: str, types: set[str]) -> Example:
        return Example.from_dict(nlp.make_doc(text), {"cats": {t: float(t in types) for t in TYPES}})

    train_ex = [example(t, y) for t, y in train]
    optimizer = nlp.initialize(lambda: train_ex)
    for epoch in range(args.epochs):
        random.Random(args.seed + epoch).shuffle(train_ex)
        losses: dict[str, float] = {}
        for batch in minibatch(train_ex, size=16):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
        print(f"epoch {epoch + 1}: loss {losses.get('textcat_multilabel', 0):.3f}")

    # held-out figures: per-label decisions at 0.5, and "is any event" at 0.5
    tp = fp = fn = 0
    for doc, (_, gold) in zip(nlp.pipe(t for t, _ in held), held):
        pred = {k for k, v in doc.cats.items() if v >= 0.5}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"train {len(train)} held-out {len(held)} sentences; held-out type P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.meta["name"] = "eventwire_event_types"
    nlp.meta["description"] = "PLOVER event types of a sentence (multi-label), trained on sentences the eventwire team wrote"
    nlp.meta["license"] = "MIT"
    nlp.to_disk(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
