"""Throughput: eventwire end to end (code, no store) against the bare spaCy parse, same corpus, same cores.

Corpus: the bundled examples (each repeated with light variation: a different
promo line and sentence order of the last paragraphs) and the article bodies of
``../shared/data/article-extraction-benchmark`` (ground truth text), when present.

    .venv/bin/python benchmarks/throughput.py [--repeat 20] [--json]

Prints articles/s for both, their ratio (eventwire / bare spaCy) and the peak
resident memory of the process.  Single process; run with --workers later.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"


def corpus(repeat: int) -> list[str]:
    texts = []
    examples = sorted((ROOT / "examples").glob("*.txt"))
    for n in range(repeat):
        for p in examples:
            lines = p.read_text(encoding="utf-8").splitlines()
            lines.insert(1, f"Follow our News Desk {n} channel for more updates")
            texts.append("\n".join(lines))
    gt = SHARED / "ground-truth.json"
    if gt.exists():
        data = json.loads(gt.read_text(encoding="utf-8"))
        for item in data.values():
            body = item.get("articleBody") or ""
            if body.strip():
                texts.append(body)
    return texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from eventwire import Coder, RawDocument
    from eventwire.nlp import load_model

    texts = corpus(args.repeat)
    nlp = load_model()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    bare = len(texts) / (time.perf_counter() - t0)

    coder = Coder()
    raws = [RawDocument(source=f"doc{n}", text=t) for n, t in enumerate(texts)]
    t0 = time.perf_counter()
    n_events = 0
    for outcome in coder.code_documents(raws):
        if outcome.record is not None:
            n_events += len(outcome.record.events)
    ours = len(texts) / (time.perf_counter() - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "articles": len(texts),
        "bare_spacy_articles_per_s": round(bare, 2),
        "eventwire_articles_per_s": round(ours, 2),
        "ratio": round(ours / bare, 3),
        "events": n_events,
        "peak_rss_mb": round(peak_mb, 1),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k, v in result.items():
            print(f"{k:28s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
