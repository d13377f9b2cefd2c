"""Score many annotated sets in one go, and compare two such runs (the team's round-by-round tool).

    .venv/bin/python benchmarks/sets.py score OUT tests/dev tests/blind151 ... [--min-confidence P] [--no-parties]
                                              [--workers N]
    .venv/bin/python benchmarks/sets.py compare OLD NEW [--events]

``score`` codes every article of the given folders (NAME.txt + NAME.json, docs/gold-format.md) with the
coder as installed, scores each folder as `eventwire eval` does, and writes OUT/summary.json (the eval
figures of each folder) and OUT/events.jsonl (one line per article: its events, with sentence and trigger
text, and its gold events), so that a later run can be compared event by event. ``--min-confidence 0``
keeps every rule event; ``--no-parties`` also switches the party model off (the rules alone).
``compare`` prints the mean event F1 of the folders both runs scored, how many went up and down, and with
``--events`` every event one run has and the other lacks, marked OK when it matches a gold event.
Folders given by path; a sealed set must not be analysed (see docs/accuracy.md), so compare sealed runs
without ``--events``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import sys
from collections import Counter
from pathlib import Path


def _score_folders(job: tuple[list[str], float | None, bool]) -> dict[str, tuple[dict, list[dict]]]:
    folders, min_confidence, parties = job
    from eventwire.config import load_settings
    from eventwire.evaluate import load_gold_dir, score_records
    from eventwire.pipeline import Coder

    overrides: dict = {"parties": parties}
    if min_confidence is not None:
        overrides["min_confidence"] = min_confidence
    coder = Coder(load_settings(**overrides))
    out: dict[str, tuple[dict, list[dict]]] = {}
    for folder in folders:
        gold = load_gold_dir(Path(folder))
        pairs, articles = [], []
        for outcome, ga in zip(coder.code_paths([ga.path for ga in gold]), gold):   # one outcome per article file
            if outcome.record is None:
                print(f"{folder}: {outcome.failure.message()}", file=sys.stderr)
                continue
            record = outcome.record
            pairs.append((record, ga))
            text = record.article.text
            names = {a.id: a.name for a in record.actors}
            events = [{"plover": e.plover, "source_country": e.source_country, "target_country": e.target_country,
                       "source": names.get(e.source), "target": names.get(e.target), "factuality": e.factuality,
                       "trigger": text[e.trigger[0]:e.trigger[1]], "sentence": text[e.sentence[0]:e.sentence[1]],
                       "confidence": e.confidence} for e in record.events]
            articles.append({"set": folder, "name": ga.name, "events": events, "gold": ga.gold.get("events") or []})
        out[folder] = (score_records(pairs).summary(), articles)
    return out


def score(out: Path, folders: list[str], min_confidence: float | None, parties: bool, workers: int) -> dict:
    jobs = [(folders[i::workers], min_confidence, parties) for i in range(workers) if folders[i::workers]]
    results: dict[str, tuple[dict, list[dict]]] = {}
    if len(jobs) == 1:
        results.update(_score_folders(jobs[0]))
    else:
        with multiprocessing.get_context("spawn").Pool(len(jobs)) as pool:
            for part in pool.map(_score_folders, jobs):
                results.update(part)
    out.mkdir(parents=True, exist_ok=True)
    summary = {f: results[f][0] for f in folders}
    (out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    with (out / "events.jsonl").open("w", encoding="utf-8") as fh:
        for f in folders:
            for article in results[f][1]:
                fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    return summary


def _matches(event: dict, gold: list[dict]) -> bool:
    from eventwire.evaluate import event_matches
    return any(event_matches(event["sentence"], event["plover"], event["source_country"], event["target_country"], g)
               for g in gold)


def compare(old: Path, new: Path, events: bool) -> list[str]:
    a = json.loads((old / "summary.json").read_text(encoding="utf-8"))
    b = json.loads((new / "summary.json").read_text(encoding="utf-8"))
    common = [f for f in b if f in a]
    if not common:
        return ["no folder scored in both runs"]
    fa = [a[f]["event_f1"] or 0.0 for f in common]
    fb = [b[f]["event_f1"] or 0.0 for f in common]
    up = sum(y > x + 1e-9 for x, y in zip(fa, fb))
    down = sum(y < x - 1e-9 for x, y in zip(fa, fb))
    lines = [f"mean event F1 {statistics.mean(fa):.4f} -> {statistics.mean(fb):.4f} over {len(common)} sets "
             f"({up} up, {down} down)"]
    lines += [f"  {f}: {x:.4f} -> {y:.4f}" for f, x, y in zip(common, fa, fb) if abs(x - y) > 1e-9]
    if events:
        def load(run: Path) -> dict[tuple[str, str], dict]:
            rows = (json.loads(line) for line in (run / "events.jsonl").read_text(encoding="utf-8").splitlines())
            return {(r["set"], r["name"]): r for r in rows}

        def key(e: dict) -> tuple:
            return e["sentence"], e["plover"], e["source_country"], e["target_country"], e["trigger"]

        ea, eb = load(old), load(new)
        for k in sorted(set(ea) & set(eb)):
            ca, cb = Counter(map(key, ea[k]["events"])), Counter(map(key, eb[k]["events"]))
            for sign, diff, article in (("+", cb - ca, eb[k]), ("-", ca - cb, ea[k])):
                for e in (e for e in article["events"] if key(e) in diff):
                    ok = "OK " if _matches(e, article["gold"]) else "BAD"
                    lines.append(f"{sign} {ok} [{k[1]}] {e['plover']} {e['source_country']}->{e['target_country']} "
                                 f"trigger={e['trigger']!r} | {e['sentence'][:140]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    sp = sub.add_parser("score", help="code and score annotated folders, write OUT/summary.json and OUT/events.jsonl")
    sp.add_argument("out", type=Path)
    sp.add_argument("folders", nargs="+")
    sp.add_argument("--min-confidence", type=float, default=None)
    sp.add_argument("--no-parties", action="store_true", help="switch the party model off (with --min-confidence 0: "
                                                              "the rules alone)")
    sp.add_argument("--workers", type=int, default=2)
    cp = sub.add_parser("compare", help="compare two runs of score")
    cp.add_argument("old", type=Path)
    cp.add_argument("new", type=Path)
    cp.add_argument("--events", action="store_true", help="list the events one run has and the other lacks")
    args = ap.parse_args(argv)
    if args.command == "score":
        missing = [f for f in args.folders if not Path(f).is_dir()]
        if missing:
            print(f"sets.py: not a folder: {', '.join(missing)}", file=sys.stderr)
            return 2
        summary = score(args.out, args.folders, args.min_confidence, not args.no_parties, max(1, args.workers))
        f1 = [s["event_f1"] or 0.0 for s in summary.values()]
        print(f"mean event F1 {statistics.mean(f1):.4f} over {len(f1)} sets; written to {args.out}")
        return 0
    for line in compare(args.old, args.new, args.events):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
