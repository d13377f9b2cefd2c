"""Format check for an annotated set (docs/annotating.md): format only, it never runs the coder.

Usage: python docs/check_annotations.py tests/blindN

Reads each NAME.json beside its NAME.txt and reports, one line each: missing keys, malformed dates,
boilerplate that is not a whole line of the article, evidence, quotes and places that are not exact
substrings (after whitespace and quote-mark normalisation; places case-insensitive), event sides and
quote speakers that name no listed actor or alias, unknown PLOVER types, factualities and country codes.
Ends with the count of problems and of core events by type, and the types with fewer than two core
events. Exit status 0 when there is no problem, 1 otherwise, 2 on a usage error.

Kept here, beside the annotators' brief, because annotators may read docs/ but not the coder's folders;
it imports nothing of eventwire (pycountry, when installed, checks the ISO codes).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                   "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT"})
FACTUALITIES = frozenset({"asserted", "negated", "hypothetical", "reported"})
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "MNC", "XKX"})
TOP_KEYS = ("title", "published", "publisher", "original_publisher", "distributor", "boilerplate", "actors",
            "places", "events", "quotes", "duplicate_of")
EVENT_KEYS = ("source", "target", "source_country", "target_country", "plover", "alt_plover", "cameo_root",
              "factuality", "evidence", "date", "core")
QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(QUOTE_MARKS)).strip()


def iso_codes() -> frozenset[str] | None:
    try:
        import pycountry
    except ImportError:
        return None
    return frozenset(c.alpha_3 for c in pycountry.countries)


def code_ok(code: object, isos: frozenset[str] | None) -> bool:
    if code is None or code in NON_STATE_CODES:
        return True
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
        return False
    return isos is None or code in isos


def check_article(js: Path, isos: frozenset[str] | None) -> tuple[list[str], Counter]:
    """Problems of one NAME.json (each a line naming the file) and its core events by type."""
    name = js.name
    txt = js.with_suffix(".txt")
    if not txt.exists():
        return [f"{name}: no {txt.name} beside it"], Counter()
    text = txt.read_text(encoding="utf-8")
    body = normalize(text)
    lines = {line.strip() for line in text.splitlines()}
    try:
        gold = json.loads(js.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return [f"{name}: not valid JSON ({exc})"], Counter()
    if not isinstance(gold, dict):
        return [f"{name}: the top level is not an object"], Counter()
    problems = [f"{name}: missing key {k!r}" for k in TOP_KEYS if k not in gold]
    if gold.get("published") and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(gold["published"])):
        problems.append(f"{name}: published is not YYYY-MM-DD")
    for line in gold.get("boilerplate") or []:
        if str(line).strip() not in lines:
            problems.append(f"{name}: boilerplate is not a whole line of the article: {str(line)[:60]!r}")
    names: set[str] = set()
    for actor in gold.get("actors") or []:
        if not actor.get("name"):
            problems.append(f"{name}: an actor has no name")
            continue
        names.add(actor["name"].lower())
        names.update(str(a).lower() for a in actor.get("aliases") or [])
        if not code_ok(actor.get("country"), isos):
            problems.append(f"{name}: actor {actor['name']!r} has an unknown country {actor.get('country')!r}")
        if not isinstance(actor.get("sectors", []), list):
            problems.append(f"{name}: actor {actor['name']!r}: sectors is not a list")
    for place in gold.get("places") or []:
        if not code_ok(place.get("country"), isos):
            problems.append(f"{name}: place {place.get('name')!r} has an unknown country {place.get('country')!r}")
        if place.get("name") and normalize(place["name"]).lower() not in body.lower():
            problems.append(f"{name}: place {place['name']!r} is not in the article")
    core: Counter = Counter()
    for n, event in enumerate(gold.get("events") or []):
        where = f"{name}: event {n}"
        problems += [f"{where}: missing key {k!r}" for k in EVENT_KEYS if k not in event]
        if event.get("plover") not in TYPES:
            problems.append(f"{where}: unknown PLOVER type {event.get('plover')!r}")
        problems += [f"{where}: unknown alternative type {t!r}" for t in event.get("alt_plover") or [] if t not in TYPES]
        if event.get("factuality") not in FACTUALITIES:
            problems.append(f"{where}: unknown factuality {event.get('factuality')!r}")
        evidence = event.get("evidence") or ""
        if not evidence or normalize(evidence) not in body:
            problems.append(f"{where}: evidence is not an exact substring: {evidence[:60]!r}")
        for side in ("source", "target"):
            party = event.get(side)
            if party is not None and str(party).lower() not in names:
                problems.append(f"{where}: {side} {party!r} is no actor name or alias")
            if not code_ok(event.get(f"{side}_country"), isos):
                problems.append(f"{where}: unknown {side}_country {event.get(f'{side}_country')!r}")
        if event.get("date") and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", str(event["date"])):
            problems.append(f"{where}: date is not YYYY-MM-DD or YYYY-MM")
        if not isinstance(event.get("core"), bool):
            problems.append(f"{where}: core is not true or false")
        elif event["core"]:
            core[event.get("plover")] += 1
    for quote in gold.get("quotes") or []:
        if normalize(str(quote.get("text", ""))) not in body:
            problems.append(f"{name}: quote is not in the article: {str(quote.get('text', ''))[:50]!r}")
        if str(quote.get("speaker") or "").lower() not in names:
            problems.append(f"{name}: quote speaker {quote.get('speaker')!r} is no actor name or alias")
    return problems, core


def check_folder(folder: Path) -> tuple[list[str], Counter]:
    isos = iso_codes()
    problems: list[str] = []
    core: Counter = Counter()
    for js in sorted(folder.glob("*.json")):
        found, counts = check_article(js, isos)
        problems += found
        core += counts
    return problems, core


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python docs/check_annotations.py FOLDER (a folder of NAME.txt + NAME.json)", file=sys.stderr)
        return 2
    problems, core = check_folder(Path(argv[0]))
    for line in problems:
        print(line)
    print(f"{len(problems)} problems; {sum(core.values())} core events;", dict(sorted(core.items())))
    thin = sorted(t for t in TYPES if core[t] < 2)
    if thin:
        print("types with fewer than 2 core events:", ", ".join(thin))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
