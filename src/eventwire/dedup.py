"""Syndication clusters: near-duplicate articles found with MinHash LSH.

A wire story republished by many sites differs from copy to copy in its
headline, promo lines, captions and perhaps a trimmed sentence, but the body
is the same.  Each article's clean text is cut into word 5-shingles, summarised
by a 128-permutation MinHash, and indexed in an LSH table; a new article joins
the cluster of the most similar stored article whose estimated Jaccard
similarity is at least ``THRESHOLD``, otherwise it starts a cluster of its own.

Measured on the bundled examples (see the report in ``tests/test_dedup.py``):
syndicated copies score about 0.9, unrelated articles (same topic included)
score below 0.05, so a threshold of 0.5 has a wide margin on both sides.

The signatures are stored in the store (``signatures`` table) so that
clustering works across runs: the index is rebuilt from them when a store is
opened for writing.  Nothing here touches DuckDB; ``store.py`` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE = 5
NUM_PERM = 128
THRESHOLD = 0.5
SEED = 1
#: Articles with fewer shingles than this are too short to cluster reliably; each stays alone.
MIN_SHINGLES = 3

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-shingles of the text (lower-cased, punctuation ignored)."""
    toks = words(text)
    if len(toks) < k:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + k]) for i in range(len(toks) - k + 1)}


def jaccard(a: str, b: str, k: int = SHINGLE) -> float:
    """Exact Jaccard similarity of two texts' shingle sets (for tuning and tests)."""
    sa, sb = shingles(a, k), shingles(b, k)
    if not sa and not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash signature and how many shingles it summarises."""

    minhash: LeanMinHash
    n_shingles: int

    @property
    def usable(self) -> bool:
        return self.n_shingles >= MIN_SHINGLES

    def to_bytes(self) -> bytes:
        return np.asarray(self.minhash.hashvalues, dtype=np.uint64).tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, n_shingles: int) -> "Signature":
        values = np.frombuffer(data, dtype=np.uint64)
        return cls(LeanMinHash(seed=SEED, hashvalues=values), n_shingles)

    def similarity(self, other: "Signature") -> float:
        return float(self.minhash.jaccard(other.minhash))


_PERMUTATIONS = None


def signature(text: str) -> Signature:
    global _PERMUTATIONS
    if _PERMUTATIONS is None:
        _PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED).permutations
    sh = shingles(text)
    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_PERMUTATIONS)
    if sh:
        m.update_batch([s.encode("utf-8") for s in sorted(sh)])
    return Signature(LeanMinHash(m), len(sh))


def similarity(a: str, b: str) -> float:
    """MinHash estimate of the Jaccard similarity of two texts (what clustering uses)."""
    return signature(a).similarity(signature(b))


class ClusterIndex:
    """In-memory LSH index over stored signatures: ``article id -> (cluster id, signature)``."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._members: dict[str, tuple[str, Signature, int]] = {}  # id -> (cluster, signature, order)

    def __len__(self) -> int:
        return len(self._members)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._members

    def add(self, article_id: str, cluster_id: str, sig: Signature) -> None:
        if article_id in self._members:
            return
        self._members[article_id] = (cluster_id, sig, len(self._members))
        if sig.usable:
            self._lsh.insert(article_id, sig.minhash)

    def load(self, rows: Iterable[tuple[str, str, bytes, int]]) -> None:
        """Rebuild from stored ``(article_id, cluster_id, signature bytes, n_shingles)`` rows, in ingest order."""
        for article_id, cluster_id, data, n in rows:
            self.add(article_id, cluster_id, Signature.from_bytes(data, n))

    def matches(self, sig: Signature) -> list[tuple[str, str, float]]:
        """Stored articles similar to ``sig``: ``(article id, cluster id, similarity)``, best first.

        Ties are broken by ingest order so that the same inputs in the same order
        always give the same clusters (a resumed run matches an uninterrupted one).
        """
        if not sig.usable:
            return []
        out = []
        for cand in self._lsh.query(sig.minhash):
            cluster_id, other, order = self._members[cand]
            sim = sig.similarity(other)
            if sim >= self.threshold:
                out.append((order, cand, cluster_id, sim))
        out.sort(key=lambda t: (-t[3], t[0]))
        return [(cand, cluster_id, sim) for _, cand, cluster_id, sim in out]

    def assign(self, article_id: str, sig: Signature) -> str:
        """The cluster ``article_id`` belongs to: the best match's, else a new one named after it."""
        if article_id in self._members:
            return self._members[article_id][0]
        found = self.matches(sig)
        return found[0][1] if found else article_id


__all__ = [
    "SHINGLE",
    "NUM_PERM",
    "THRESHOLD",
    "Signature",
    "ClusterIndex",
    "shingles",
    "jaccard",
    "signature",
    "similarity",
]
