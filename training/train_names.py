"""Train the name-origin model (``src/eventwire/data/name_origins.tsv``) on our analysed annotated sets.

Every actor of the sets' gold actor lists whose name has the shape of a person's (``eventwire.names.looks_personal``)
and whose country is a state adds the letter n-grams of its name to that state's counts.  Nothing else is read: the
counts need no coder run.

``--cv`` also measures what the actor stage's use of the model does, by five-fold cross-validation over whole sets:
the sets are coded with the shipped coder, name model off; each coded person with no country word in their
description, matched to a gold actor by name (or by surname when one gold actor has it), is asked of a model counted
without their fold, among the states the story names as actors; a switch to the gold state is put right, a switch
away from it put wrong.  The table (one row per margin) goes into the file's header.  Sealed sets are never read.

    .venv/bin/python training/train_names.py          # write the counts
    .venv/bin/python training/train_names.py --cv     # cross-validate the margins first (codes the sets: minutes)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from train_confidence import TRAIN_SETS  # noqa: E402  (the analysed sets; the sealed ones stay out)

from eventwire.lexicon import NONSTATE_CODES, Lexicon  # noqa: E402
from eventwire.names import FILE, MARGIN, NameOrigins, looks_personal, name_grams  # noqa: E402

OUT = ROOT / "src" / "eventwire" / "data" / FILE
FOLDS = 5
MARGINS = (1.0, 1.3, 1.6, 2.0, 2.5)


def gold_names(sets, lex: Lexicon) -> list[tuple[str, str, str]]:
    """(set, name, iso3) of every personal name of the sets' gold actor lists whose country is a state."""
    out = []
    for name in sets:
        for path in sorted((ROOT / "tests" / name).glob("*.json")):
            for actor in json.loads(path.read_text(encoding="utf-8")).get("actors") or []:
                iso = actor.get("country")
                if iso and iso not in NONSTATE_CODES and looks_personal(actor.get("name") or "", lex.country_word):
                    out.append((name, actor["name"], iso))
    return out


def count(names) -> NameOrigins:
    counts: dict[str, Counter] = {}
    for _, name, iso in names:
        counts.setdefault(iso, Counter()).update(name_grams(name))
    return NameOrigins({iso: dict(c) for iso, c in counts.items()}, {iso: sum(c.values()) for iso, c in counts.items()})


def _coded_people(sets: list[str]) -> list[dict]:
    """The coded persons of the sets' articles (name model off), each with its gold country and the story's states."""
    from eventwire.config import load_settings
    from eventwire.evaluate import load_gold_dir
    from eventwire.pipeline import Coder

    coder = Coder(load_settings(names=False))
    lex = coder.lexicon

    def key(x: str) -> str:
        return re.sub(r"\W+", " ", x.lower()).strip()

    out = []
    for name in sets:
        gold = load_gold_dir(ROOT / "tests" / name)
        for outcome, ga in zip(coder.code_paths([g.path for g in gold]), gold):
            if outcome.record is None:
                continue
            surfaces = {key(s): a.get("country") for a in ga.gold.get("actors") or []
                        for s in [a.get("name"), *(a.get("aliases") or [])] if s}
            states = {a.country for a in outcome.record.actors if a.kind == "country" and a.country
                      and a.country not in NONSTATE_CODES}
            for a in outcome.record.actors:
                if a.kind != "person" or not a.country or a.country in NONSTATE_CODES \
                        or not looks_personal(a.name, lex.country_word):
                    continue
                if any(lex.country_word(w) for w in re.findall(r"[A-Z][\w-]+(?: [A-Z][\w-]+)?", a.description or "")):
                    continue   # a country word in the description: the rules had the person's own country
                gold_iso = surfaces.get(key(a.name))
                if gold_iso is None:
                    last = key(a.name).split()[-1]
                    hits = {v for k, v in surfaces.items() if k.split()[-1:] == [last]}
                    if len(hits) != 1:
                        continue
                    gold_iso = hits.pop()
                out.append({"set": name, "name": a.name, "coded": a.country, "gold": gold_iso, "states": sorted(states)})
    return out


def cross_validate(names, lex: Lexicon) -> str:
    with ProcessPoolExecutor(2) as pool:
        people = [p for part in pool.map(_coded_people, [list(TRAIN_SETS[0::2]), list(TRAIN_SETS[1::2])]) for p in part]
    fold_of = {s: i % FOLDS for i, s in enumerate(TRAIN_SETS)}
    right = sum(p["coded"] == p["gold"] for p in people)
    rows = [f"{len(people)} coded persons matched to gold actors, {right} with the gold country "
            f"(five folds of whole sets):", f"{'margin':>7} {'put right':>10} {'put wrong':>10}"]
    for margin in MARGINS:
        fixed = broken = 0
        for f in range(FOLDS):
            model = count([n for n in names if fold_of[n[0]] != f])
            model = NameOrigins(model.counts, model.totals, margin)
            for p in (p for p in people if fold_of[p["set"]] == f):
                choice = model.prefers(p["name"], p["coded"], p["states"])
                if choice is not None:
                    fixed += choice == p["gold"]
                    broken += p["coded"] == p["gold"]
        rows.append(f"{margin:7.1f} {fixed:10d} {broken:10d}")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="cross-validate the margins first (codes the analysed sets)")
    args = ap.parse_args()
    lex = Lexicon.load()
    names = gold_names(TRAIN_SETS, lex)
    table = cross_validate(names, lex) if args.cv else ""
    if table:
        print(table)
    model = count(names)
    header = "\n".join([
        "Name-origin model of eventwire (eventwire.names.NameOrigins): per state, the counts of the two- to four-letter",
        "n-grams of its people's names; rows 'iso3<TAB>gram<TAB>count', a state's '(total)' row the sum of its grams.",
        f"Provenance: written by training/train_names.py on {dt.date.today()} from the {len(names)} personal names",
        f"(of {len(model.totals)} states) of the gold actor lists of the eventwire team's own annotated sets",
        f"({', '.join(TRAIN_SETS)}).  The actor stage switches a person given no country of their own",
        f"to another state the story names when it makes the name likelier by more than {MARGIN} (mean log-likelihood",
        "per gram).  License: MIT.",
        *([] if not table else ["Cross-validation of the margin:", *table.splitlines()]),
    ])
    OUT.write_text(model.dump(header), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(names)} names, {sum(len(c) for c in model.counts.values())} rows)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
