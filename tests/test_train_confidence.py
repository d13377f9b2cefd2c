"""training/train_confidence.py's fit: the logistic regression the shipped filter's weights come from."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def _trainer():
    spec = importlib.util.spec_from_file_location("train_confidence", ROOT / "training" / "train_confidence.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _dense_fit(features, labels, l2, min_count=3, steps=200, rate=1.0):
    """The plain dense gradient descent the sparse fit must equal (the fit of rounds 15-26)."""
    counts = {}
    for fs in features:
        for f in set(fs):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    x = np.zeros((len(features), len(vocab) + 1))
    for i, fs in enumerate(features):
        x[i, -1] = 1.0
        for f in fs:
            if f in vocab:
                x[i, vocab[f]] = 1.0
    y = np.asarray(labels, dtype=float)
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= rate * (x.T @ (p - y) + l2 * w) / len(y)
    return {f: float(w[i]) for f, i in vocab.items()}, float(w[-1])


def test_the_sparse_fit_equals_the_dense_one_and_learns_what_predicts():
    # (round 27) the fit keeps the design matrix sparse; it must learn the same weights as the dense product
    rng = random.Random(7)
    names = [f"f{k}" for k in range(40)]
    features, labels = [], []
    for _ in range(600):
        fs = tuple(rng.sample(names, 6)) + (("good",) if rng.random() < 0.5 else ()) + ("f0", "f0")  # a repeat counts once
        features.append(fs)
        labels.append(int("good" in fs and rng.random() < 0.9 or rng.random() < 0.1))
    features.append(("rare",))   # seen once: left out
    labels.append(1)
    weights, bias = _trainer().fit(features, labels, 1.0, steps=200)
    ref_weights, ref_bias = _dense_fit(features, labels, 1.0)
    assert set(weights) == set(ref_weights) and "rare" not in weights
    assert np.allclose([weights[f] for f in ref_weights], list(ref_weights.values()), atol=1e-9)
    assert abs(bias - ref_bias) < 1e-9
    assert weights["good"] > 1.0 > abs(weights["f1"])


def test_the_sentence_type_fit_is_one_dense_regression_per_type_and_learns_each_types_words():
    # (round 29) all sixteen types are fitted at once over sorted index arrays; each must equal its own plain fit
    trainer = _trainer()
    rng = random.Random(11)
    words = [f"w{k}" for k in range(30)]
    rows = []
    for _ in range(500):
        ws = set(rng.sample(words, 5))
        labels = set()
        if rng.random() < 0.4:
            ws.add("arrested")
            labels.add("COERCE")
        if rng.random() < 0.3:
            ws.add("met")
            labels.add("CONSULT")
        if rng.random() < 0.1:
            labels.add("AID")   # no word tells it
        rows.append((frozenset(ws), labels))
    rows.append((frozenset({"rare"}), {"COERCE"}))   # a word seen once: left out
    model = trainer.fit_types(rows, l2=1.0, steps=150)
    assert set(model.biases) == {"AID", "COERCE", "CONSULT"}
    for plover in model.biases:
        ref, ref_bias = _dense_fit([tuple(ws) for ws, _ in rows], [int(plover in ls) for _, ls in rows], 1.0, steps=150)
        kept = {w: v for w, v in ref.items() if abs(v) >= trainer.TYPES_PRUNE}
        assert set(model.weights.get(plover, {})) == set(kept) and "rare" not in model.weights.get(plover, {})
        assert np.allclose([model.weights[plover][w] for w in kept], list(kept.values()), atol=1e-9)
        assert abs(model.biases[plover] - ref_bias) < 1e-9
    assert model.weights["COERCE"]["arrested"] > 1.0 and model.weights["CONSULT"]["met"] > 1.0
    assert abs(model.weights["COERCE"].get("met", 0.0)) < 0.5
    p = model.probabilities("Police arrested w3")
    assert p["COERCE"] > 0.8 > 0.2 > p["CONSULT"]
