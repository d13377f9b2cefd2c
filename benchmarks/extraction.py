"""Main-text extraction benchmark for eventwire's HTML reader and cleaning stage.

Data: the Scrapinghub article-extraction benchmark (https://github.com/scrapinghub/article-extraction-benchmark,
MIT licence, (c) 2020 Scrapinghub), read from ``../shared/data/article-extraction-benchmark`` and never
copied into this project: 181 real article pages (``html/<id>.html.gz``), the gold article body of each
(``ground-truth.json``: ``articleBody``, ``url``) and the saved outputs of five published extractors
(``output/*.json``: trafilatura, newspaper, readability, rs_trafilatura and the commercial AutoExtract).

What is compared: the gold ``articleBody`` is the article's body text only (no headline, no standfirst,
no byline, no captions).  Ours is the same thing: each page goes through ``eventwire.read.html.parse_html``
(trafilatura body + page metadata; the headline goes to ``title``, not into the text) and then through
``eventwire.clean.clean`` (promo lines, captions, "Read more" lines, bylines, copyright and syndication
footers removed); the cleaned ``text`` is scored, the title is not.  The saved outputs are scored as they are.

Scoring, as the benchmark's own ``evaluate.py`` does it: per page, the text is split into ``\\w+`` tokens
and 4-token shingles are counted with multiplicity; true/false positives/negatives are the overlap and
the differences of those counts, normalised by their sum (so that long pages weigh no more than short
ones); precision is averaged over pages that have output, recall over pages that have gold text; F1 is the
harmonic mean of those two means.  Scoring the saved outputs this way gives 0.958 for trafilatura and
0.970 for AutoExtract, the published figures (checked by ``--check`` and by the table).

Usage: .venv/bin/python benchmarks/extraction.py [--data DIR] [--limit N] [--workers N] [--json PATH]
       [--worst N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "article-extraction-benchmark"
SAVED = ("trafilatura", "newspaper", "readability", "rs_trafilatura", "AutoExtract")
#: F1 published by the benchmark's authors / trafilatura's docs for the saved outputs.
PUBLISHED_F1 = {"trafilatura": 0.958, "AutoExtract": 0.970}

try:  # run as a script from a checkout without installing
    import eventwire  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(ROOT / "src"))


# --- scoring (the benchmark's definition) ---------------------------------------------------

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str | None, n: int = 4) -> Counter:
    """4-token shingles with multiplicity (a text shorter than n tokens is one short shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_match(true: str | None, pred: str | None) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, normalised to sum to 1 (all zero when both texts are empty)."""
    gold, ours = shingles(true), shingles(pred)
    tp = float(sum((gold & ours).values()))
    fp = float(sum((ours - gold).values()))
    fn = float(sum((gold - ours).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Precision averaged over pages with output, recall over pages with gold; F1 of the two means."""
    precisions = [precision_score(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [recall_score(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"f1": f1, "precision": p, "recall": r}


# --- data -----------------------------------------------------------------------------------


def _data_dir(data_dir: str | Path | None) -> Path:
    path = Path(data_dir) if data_dir else DEFAULT_DATA
    if not (path / "ground-truth.json").exists() or not (path / "html").is_dir():
        raise FileNotFoundError(f"article-extraction benchmark not found at {path}")
    return path


def load_ground_truth(data_dir: str | Path | None = None) -> dict[str, dict]:
    return json.loads((_data_dir(data_dir) / "ground-truth.json").read_text(encoding="utf-8"))


def load_saved(name: str, data_dir: str | Path | None = None) -> dict[str, dict]:
    """A saved extractor output: ``{id: {"articleBody": ...}}`` (some files wrap it in ``output``)."""
    data = json.loads((_data_dir(data_dir) / "output" / f"{name}.json").read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("output"), dict):
        data = data["output"]
    return data


def extract_ours(html: bytes, key: str = "<page>") -> tuple[str, str]:
    """Our body text for one page: (HTML reader only, reader + cleaning stage); '' when none is found."""
    from eventwire.clean import clean
    from eventwire.errors import InputError
    from eventwire.read.html import parse_html

    try:
        raw = parse_html(html, source=key)
    except InputError:
        return "", ""
    try:
        return raw.text, clean(raw).text
    except InputError:      # the cleaner refuses the page (e.g. no sentence ends): nothing extracted
        return raw.text, ""


def _extract_page(args: tuple[str, str]) -> tuple[str, tuple[str, str], float]:
    key, path = args
    html = gzip.decompress(Path(path).read_bytes())
    start = time.perf_counter()
    texts = extract_ours(html, key)
    return key, texts, time.perf_counter() - start


def _select(truth: dict[str, dict], pages) -> list[str]:
    keys = sorted(truth)
    if pages is None:
        return keys
    if isinstance(pages, int):
        step = max(1, len(keys) // max(pages, 1))
        return keys[::step][:pages]
    wanted = list(pages)
    missing = [k for k in wanted if k not in truth]
    if missing:
        raise KeyError(f"unknown page ids: {', '.join(missing[:3])}")
    return wanted


def score_extraction(
    pages: int | Iterable[str] | None = None,
    *,
    data_dir: str | Path | None = None,
    workers: int = 1,
    saved: Iterable[str] = SAVED,
    keep_texts: bool = False,
) -> dict:
    """Score our extraction (and the saved outputs) on the benchmark.

    ``pages``: None for all 181 pages, an int for an evenly spread sample of that many pages, or
    page ids.  Returns ``{"pages", "ours", "reader_only", "saved": {name: metrics}, "seconds",
    "seconds_per_page", "failures", "per_page"}`` where metrics are ``{"f1", "precision", "recall"}``; with
    ``keep_texts`` also ``"texts"`` (our output per page).  Raises ``FileNotFoundError`` when the
    data is not there.
    """
    root = _data_dir(data_dir)
    truth = load_ground_truth(root)
    keys = _select(truth, pages)
    jobs = [(k, str(root / "html" / f"{k}.html.gz")) for k in keys]
    start = time.perf_counter()
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(_extract_page, jobs, chunksize=4))
    else:
        results = [_extract_page(job) for job in jobs]
    wall = time.perf_counter() - start
    ours = {k: texts[1] for k, texts, _ in results}
    reader_only = {k: texts[0] for k, texts, _ in results}
    cpu = sum(t for _, _, t in results)

    per_page = {}
    counts = []
    for k in keys:
        c = shingle_match(truth[k].get("articleBody", ""), ours[k])
        counts.append(c)
        per_page[k] = {"precision": precision_score(*c), "recall": recall_score(*c), "url": truth[k].get("url")}
    report: dict = {
        "pages": len(keys),
        "ours": metrics(counts),
        "reader_only": metrics([shingle_match(truth[k].get("articleBody", ""), reader_only[k]) for k in keys]),
        "saved": {},
        "seconds": wall,
        "seconds_per_page": cpu / max(len(keys), 1),
        "failures": sorted(k for k in keys if not ours[k].strip()),
        "per_page": per_page,
    }
    for name in saved:
        if (root / "output" / f"{name}.json").exists():
            report["saved"][name] = score_saved(name, keys, data_dir=root)
    if keep_texts:
        report["texts"] = ours
    return report


def score_saved(name: str, pages: int | Iterable[str] | None = None, *, data_dir: str | Path | None = None) -> dict:
    """Metrics of one saved extractor output (``output/<name>.json``) on all pages or a sample."""
    root = _data_dir(data_dir)
    truth = load_ground_truth(root)
    out = load_saved(name, root)
    return metrics(
        [shingle_match(truth[k].get("articleBody", ""), (out.get(k) or {}).get("articleBody", ""))
         for k in _select(truth, pages)]
    )


def _table(report: dict, full: bool) -> str:
    rows = [("eventwire (reader + clean)", report["ours"]), ("eventwire (reader only)", report["reader_only"])]
    rows += [(f"{name} (saved output)", m) for name, m in report["saved"].items()]
    lines = [f"{'extractor':<30} {'F1':>6} {'precision':>10} {'recall':>7}  {'published F1' if full else ''}"]
    for name, m in rows:
        pub = PUBLISHED_F1.get(name.split(" ")[0]) if full else None
        lines.append(
            f"{name:<30} {m['f1']:>6.3f} {m['precision']:>10.3f} {m['recall']:>7.3f}  {f'{pub:.3f}' if pub else ''}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="benchmark folder (default ../shared/data/...)")
    ap.add_argument("--limit", type=int, default=None, help="score an evenly spread sample of N pages")
    ap.add_argument("--workers", type=int, default=1, help="processes for extraction (default 1)")
    ap.add_argument("--json", type=Path, default=None, help="also write the full report as JSON")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest precision / recall")
    args = ap.parse_args(argv)
    try:
        report = score_extraction(args.limit, data_dir=args.data, workers=args.workers)
    except FileNotFoundError as exc:
        print(f"skipped: {exc}")
        return 0
    print(f"article-extraction benchmark (Scrapinghub, MIT), {report['pages']} pages")
    print(_table(report, full=args.limit is None))
    print(
        f"our extraction: {report['seconds']:.1f} s wall, {report['seconds_per_page'] * 1000:.0f} ms per page; "
        f"pages with no text: {len(report['failures'])}"
    )
    if args.worst:
        pp = report["per_page"]
        for what in ("precision", "recall"):
            print(f"lowest {what}:")
            for k in sorted(pp, key=lambda k: pp[k][what])[: args.worst]:
                print(f"  {k[:12]}  P={pp[k]['precision']:.3f} R={pp[k]['recall']:.3f}  {pp[k]['url']}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, sort_keys=True), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
