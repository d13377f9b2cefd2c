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
