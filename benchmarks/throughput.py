"""Throughput: eventwire end to end (code, no store) against the bare spaCy parse, same corpus, same cores.

Corpus: the bundled examples (each repeated with light variation: a different
promo line and sentence order of the last paragraphs) and the article bodies of
``../shared/data/article-extraction-benchmark`` (ground truth text), when present.

    .venv/bin/python benchmarks/throughput.py [--repeat 20] [--workers N] [--rounds 3] [--unique] [--full-parse] [--json]

Prints articles/s for both, their ratio (eventwire / bare spaCy) and the peak
resident memory of the process.  ``--rounds R`` alternates the two measurements R times
(bare, eventwire, bare, ...; a fresh Coder, so an empty parse cache, every round) and reports
the median of each and of the per-round ratios: on a shared machine the load changes from
minute to minute.  With one worker it also gives ``cpu_time_ratio``: bare spaCy's CPU seconds
over eventwire's, which the load of other processes hardly changes.  ``--unique`` uses each text once (no repeated examples: nothing for the
parse cache to reuse across articles); ``--full-parse`` turns the selective parse off.  With ``--workers N`` (N > 1) both run on N processes:
bare spaCy as ``nlp.pipe(..., n_process=N)``, eventwire as ``engines.local.code_parallel``
(one Coder per worker process); the rates then include starting the workers (loading
the model in each), and the peak resident memory of each eventwire worker is reported
(``ru_maxrss`` as each worker measures itself), with that of spaCy's worker processes
(``RUSAGE_CHILDREN``: the largest of them).
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


def corpus(repeat: int, unique: bool = False) -> list[str]:
    texts = []
    examples = sorted((ROOT / "examples").glob("*.txt"))
    for n in range(1 if unique else repeat):
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
    ap.add_argument("--workers", type=int, default=1, help="processes for both (default 1: this process)")
    ap.add_argument("--rounds", type=int, default=1, help="alternate the measurements this many times (median)")
    ap.add_argument("--unique", action="store_true", help="each text once: no repeated examples")
    ap.add_argument("--full-parse", action="store_true", help="whole pipeline on every sentence (no selective parse)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.workers < 1 or args.rounds < 1:
        ap.error("--workers and --rounds must be at least 1")

    from statistics import median

    from eventwire import Coder, RawDocument, load_settings
    from eventwire.engines.local import PoolStats, code_parallel
    from eventwire.nlp import load_model

    texts = corpus(args.repeat, args.unique)
    settings = load_settings(selective=not args.full_parse)
    raws = [RawDocument(source=f"doc{n}", text=t) for n, t in enumerate(texts)]
    nlp = load_model(settings.model)
    bares, ours, ratios, cpu_ratios = [], [], [], []
    n_events = 0
    pool = PoolStats()
    for _ in range(args.rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=16, n_process=args.workers):
            pass
        bare = len(texts) / (time.perf_counter() - t0)
        bare_cpu = time.process_time() - c0
        n_events = 0
        if args.workers == 1:
            coder = Coder(settings)       # a fresh parse cache every round
            t0, c0 = time.perf_counter(), time.process_time()
            outcomes = coder.code_documents(raws)
        else:
            t0 = time.perf_counter()
            outcomes = code_parallel(raws, settings, args.workers, stats=pool)
        for outcome in outcomes:
            if outcome.record is not None:
                n_events += len(outcome.record.events)
        rate = len(texts) / (time.perf_counter() - t0)
        if args.workers == 1:
            cpu_ratios.append(bare_cpu / (time.process_time() - c0))
        bares.append(bare)
        ours.append(rate)
        ratios.append(rate / bare)
        if args.workers == 1:
            del coder
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "articles": len(texts),
        "workers": args.workers,
        "rounds": args.rounds,
        "selective_parse": settings.selective,
        "bare_spacy_articles_per_s": round(median(bares), 2),
        "eventwire_articles_per_s": round(median(ours), 2),
        "ratio": round(median(ratios), 3),
        "ratio_per_round": [round(r, 3) for r in ratios],
        # CPU seconds of this process (one worker only): what other processes' load does not change
        "cpu_time_ratio": round(median(cpu_ratios), 3) if cpu_ratios else None,
        "events": n_events,
        "peak_rss_mb": round(peak_mb, 1),
    }
    if args.workers > 1:
        result["worker_peak_rss_mb"] = [round(v, 1) for _, v in sorted(pool.peak_rss_mb.items())]
        result["spacy_worker_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k, v in result.items():
            print(f"{k:28s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
