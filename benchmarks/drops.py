"""Where the event coder's rules drop the triggers of the events it misses (the team's error-analysis tool).

    .venv/bin/python benchmarks/drops.py tests/blind159 tests/blind161 ... [--examples 3] [--json OUT]

For every core gold event (docs/gold-format.md) with no predicted event in its sentence, the coder being run
with every rule event kept (no confidence filter), this finds the lexicon triggers inside the gold evidence
that the event loop (``EventCoder.code``) matched and then dropped with a ``continue``, and counts the drop
sites: a site that drops many triggers of the gold's own type is a rule worth a look. A missed event whose
evidence holds no dropped trigger either has no lexicon row or lost its trigger before the loop; it counts as
"no trigger dropped". Analysable sets only: a sealed set must not be analysed (docs/accuracy.md).

The trace follows the loop with ``sys.settrace``, so it is slow (a few seconds an article) and reads the
coder's source lines: it is a developer's tool, not part of the product.
"""

from __future__ import annotations

import argparse
import inspect
import json
import linecache
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Drop:
    """A trigger the event loop matched and dropped: where in the text, what it was, and which rule dropped it."""

    offset: int      # character offset of the trigger in the clean text
    word: str
    plover: str
    line: int        # line of the dropping ``continue`` in events.py
    rule: str        # the condition that led there, with its comment


@dataclass(frozen=True)
class Missed:
    """A core gold event with no predicted event in its sentence, and the drops inside its evidence."""

    set: str
    article: str
    plover: str
    evidence: str
    drops: tuple[Drop, ...]


def _loop_sites(func: Callable) -> dict[int, str]:
    """Lines of ``func`` that are a ``continue`` of its trigger loop (``for f in found``), with their rule text.

    A ``continue`` of an inner loop (over candidate targets, say) does not drop the trigger and is left out.
    """
    lines, first = inspect.getsourcelines(func)
    sites: dict[int, str] = {}
    indent = lambda s: len(s) - len(s.lstrip())   # noqa: E731
    for n, text in enumerate(lines):
        code, _, comment = text.partition("#")
        if code.strip() != "continue" and not code.rstrip().endswith(": continue"):
            continue
        level, loop, condition = indent(text), None, None
        for back in range(n - 1, -1, -1):
            prev = lines[back]
            if not prev.strip() or prev.lstrip().startswith("#") or indent(prev) >= level:
                continue
            level = indent(prev)
            stripped = prev.strip()
            if condition is None and stripped.startswith(("if ", "elif ")):
                condition = stripped
            if stripped.startswith(("for ", "while ")):
                loop = stripped
                break
        if loop is not None and loop.startswith("for f in found"):
            rule = (condition or code.strip())[:110]
            sites[first + n] = rule + (f"  # {comment.strip()[:90]}" if comment.strip() else "")
    return sites


@contextmanager
def tracing(drops: list[Drop]) -> Iterator[None]:
    """While inside, every trigger the event loop drops is appended to ``drops``."""
    from eventwire.events import EventCoder

    func = EventCoder.code
    sites = _loop_sites(func)
    code_obj = func.__code__

    def local(frame, event, arg):
        if event == "line" and frame.f_lineno in sites:
            f, doc = frame.f_locals.get("f"), frame.f_locals.get("doc")
            if f is not None and doc is not None:
                tok = doc.tokens[f.token]
                drops.append(Drop(tok.idx, tok.text, f.entry.plover, frame.f_lineno, sites[frame.f_lineno]))
        return local

    def outer(frame, event, arg):
        return local if frame.f_code is code_obj else None

    previous = sys.gettrace()
    sys.settrace(outer)
    try:
        yield
    finally:
        sys.settrace(previous)


def missed_events(folders: list[str]) -> Iterator[Missed]:
    """The core gold events of ``folders`` that no predicted event's sentence holds, with the drops in them."""
    from eventwire.config import load_settings
    from eventwire.evaluate import load_gold_dir
    from eventwire.pipeline import Coder

    coder = Coder(load_settings(min_confidence=0.0))
    for folder in folders:
        for ga in load_gold_dir(Path(folder)):
            drops: list[Drop] = []
            with tracing(drops):
                outcome = next(iter(coder.code_paths([ga.path])))
            if outcome.record is None:
                print(f"{folder}: {outcome.failure.message()}", file=sys.stderr)
                continue
            text = outcome.record.article.text
            spans = [e.sentence for e in outcome.record.events]
            for gold in ga.gold.get("events") or []:
                start = text.find(gold.get("evidence") or "\0")
                if not gold.get("core", True) or start < 0 or any(s <= start < e for s, e in spans):
                    continue
                end = start + len(gold["evidence"])
                inside = tuple(d for d in drops if start <= d.offset < end)
                yield Missed(folder, ga.name, gold["plover"], gold["evidence"], inside)


def tally(missed: list[Missed]) -> tuple[Counter, dict[tuple[int, str], list[Missed]]]:
    """Drop sites by how many missed events of their own type they dropped (once per event and site)."""
    counts: Counter = Counter()
    examples: dict[tuple[int, str], list[Missed]] = defaultdict(list)
    for m in missed:
        own = {(d.line, d.rule) for d in m.drops if d.plover == m.plover}
        for site in own:
            counts[site] += 1
            examples[site].append(m)
        if not own:
            counts[(0, "no trigger of the gold type dropped")] += 1
    return counts, examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", help="annotated sets (NAME.txt + NAME.json), analysable ones only")
    parser.add_argument("--examples", type=int, default=2, help="missed events to show under each site")
    parser.add_argument("--json", type=Path, help="also write every missed event and its drops here")
    args = parser.parse_args(argv)
    missed = list(missed_events(args.folders))
    counts, examples = tally(missed)
    print(f"{len(missed)} core gold events with no predicted event in their sentence")
    for (line, rule), n in counts.most_common():
        print(f"{n:5d}  events.py:{line}  {rule}" if line else f"{n:5d}  {rule}")
        for m in examples.get((line, rule), [])[:args.examples]:
            print(f"         {m.plover:9s} {m.article}: {m.evidence[:90]}")
    if args.json:
        args.json.write_text(json.dumps([asdict(m) for m in missed], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
