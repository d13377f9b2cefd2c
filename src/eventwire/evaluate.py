"""Scoring against annotated articles (the gold format in ``docs/gold-format.md``).

``load_gold_dir`` reads a folder of ``NAME.txt`` + ``NAME.json`` pairs;
``score_records`` compares coded records with them and returns plain numbers.
The scoring rules are the project's published ones:

- boilerplate: share of gold noise lines absent from the clean body (a line under
  30 characters counts as present only as a whole line, so "AFP" in a "(AFP)"
  dateline is no kept noise line), and share of the remaining gold text kept;
- metadata: exact (normalised) match of title, published, publisher,
  original_publisher, distributor; an agency's company and news names are one outlet
  ("Agence France-Presse" = "AFP", "Bloomberg" = "Bloomberg News");
- actors: a gold actor is found when a predicted actor's name or a mention equals
  its name or an alias (case-insensitive); country accuracy is over all gold
  actors (a missed actor counts as wrong); sectors score by overlap;
- events: a prediction matches a gold event when its sentence contains the gold
  evidence, its type is the gold type or an alternative, and its countries equal
  the gold ones wherever the gold gives them; recall over core events, precision
  over all predictions; factuality accuracy on matched events; event date
  accuracy on matched events whose gold gives a date (exact day or month as written);
- quotes: found when a predicted quote overlaps at least half the gold words and
  its speaker matches the gold speaker.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .clean import agency_name
from .errors import GoldFormatError
from .lexicon import fold, norm_key
from .records import Record


@dataclass(frozen=True)
class GoldArticle:
    name: str
    path: Path
    gold: dict[str, Any]


def load_gold_dir(directory: Path) -> list[GoldArticle]:
    out = []
    for gpath in sorted(Path(directory).glob("*.json")):
        for suffix in (".txt", ".html"):
            apath = gpath.with_suffix(suffix)
            if apath.exists():
                break
        else:
            continue
        try:
            gold = json.loads(gpath.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{gpath}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
        if not isinstance(gold, dict):
            raise GoldFormatError(f"{gpath}: the gold file must hold one JSON object")
        out.append(GoldArticle(gpath.stem, apath, gold))
    return out


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "\u00a0": " "})


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


def _meta_equal(a: str | None, b: str | None) -> bool:
    """Same value, ignoring case and end punctuation; an agency's company and news names are one
    outlet ("Agence France-Presse" = "AFP", "Bloomberg" = "Bloomberg News")."""
    def n(x: str | None) -> str:
        return re.sub(r"[\s.,;:]+$", "", normalize(agency_name(x.strip()) if x else "")).lower()

    return n(a) == n(b)


@dataclass
class Tally:
    boiler_total: int = 0
    boiler_removed: int = 0
    body_total: int = 0
    body_kept: int = 0
    meta_total: int = 0
    meta_right: int = 0
    actors_total: int = 0
    actors_found: int = 0
    actors_country: int = 0
    sector_overlap: float = 0.0
    events_core: int = 0
    events_core_found: int = 0
    events_predicted: int = 0
    events_pred_matched: int = 0
    factuality_total: int = 0
    factuality_right: int = 0
    dates_total: int = 0
    dates_right: int = 0
    quotes_total: int = 0
    quotes_found: int = 0
    places_total: int = 0
    places_found: int = 0
    places_country: int = 0
    articles: int = 0
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        def ratio(a: float, b: float) -> float | None:
            return round(a / b, 4) if b else None

        p = ratio(self.events_pred_matched, self.events_predicted)
        r = ratio(self.events_core_found, self.events_core)
        f1 = round(2 * p * r / (p + r), 4) if p and r else (0.0 if p is not None and r is not None else None)
        return {
            "articles": self.articles,
            "boilerplate_removed": ratio(self.boiler_removed, self.boiler_total),
            "body_kept": ratio(self.body_kept, self.body_total),
            "metadata_accuracy": ratio(self.meta_right, self.meta_total),
            "actor_recall": ratio(self.actors_found, self.actors_total),
            "actor_country_accuracy": ratio(self.actors_country, self.actors_total),
            "actor_sector_overlap": ratio(self.sector_overlap, self.actors_found),
            "event_precision": p,
            "event_recall": r,
            "event_f1": f1,
            "factuality_accuracy": ratio(self.factuality_right, self.factuality_total),
            "event_date_accuracy": ratio(self.dates_right, self.dates_total),
            "quote_speaker_accuracy": ratio(self.quotes_found, self.quotes_total),
            "place_recall": ratio(self.places_found, self.places_total),
            "place_country_accuracy": ratio(self.places_country, self.places_total),
            "counts": {
                "gold_actors": self.actors_total, "gold_core_events": self.events_core,
                "predicted_events": self.events_predicted, "gold_quotes": self.quotes_total,
                "gold_places": self.places_total, "boilerplate_lines": self.boiler_total,
            },
        }


_QUANT = re.compile(r"^(?:(?:at\s+least|more\s+than|some|several|about|around|nearly|dozens\s+of|hundreds\s+of|thousands\s+of|"
                    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)\s+)+", re.I)


def actor_key(text: str) -> str:
    """Name form used to match actors: case-insensitive, no article, no leading count ("nine civilians")."""
    return _QUANT.sub("", norm_key(text)).strip()


def _surfaces(actor: dict[str, Any]) -> set[str]:
    return {actor_key(s) for s in [actor.get("name") or "", *(actor.get("aliases") or [])] if s}


def _match_actor(record: Record, gold_actor: dict[str, Any]):
    """The predicted actor matching a gold actor: by canonical name first, then by aliases."""
    text = record.article.text
    name = actor_key(gold_actor.get("name") or "")
    surfaces = _surfaces(gold_actor)
    by_alias = None
    for a in record.actors:
        forms = {actor_key(a.name)} | {actor_key(text[s:e]) for s, e in a.mentions}
        folded = {fold(f) for f in forms}
        if name in forms or fold(name) in folded:
            return a
        if by_alias is None and (forms & surfaces or folded & {fold(s) for s in surfaces}):
            by_alias = a
    return by_alias


_SHORT_NOISE = 30   # characters: shorter gold noise lines are looked for as whole lines of the clean text


def score_article(record: Record, gold: dict[str, Any], raw_text: str, tally: Tally, name: str = "") -> None:
    text = normalize(record.article.text)
    tally.articles += 1
    # boilerplate
    noise = [normalize(b) for b in gold.get("boilerplate") or [] if normalize(b)]
    body_lines = {normalize(ln) for ln in record.article.text.splitlines()}
    for line in noise:
        tally.boiler_total += 1
        # a short noise line ("AFP", "Share") is kept only as a line of its own, not as a word of the story
        kept = line in body_lines or (len(line) >= _SHORT_NOISE and line in text)
        if not kept:
            tally.boiler_removed += 1
        else:
            tally.misses.append(f"{name}: boilerplate kept: {line[:60]}")
    title = normalize(gold.get("title") or "")
    for line in raw_text.splitlines():
        ln = normalize(line)
        if not ln or ln in noise or ln == title:
            continue
        tally.body_total += 1
        if ln in text:
            tally.body_kept += 1
        else:
            tally.misses.append(f"{name}: body line lost: {ln[:60]}")
    # metadata
    art = record.article
    for key in ("title", "published", "publisher", "original_publisher", "distributor"):
        if key in gold:
            tally.meta_total += 1
            if _meta_equal(getattr(art, key), gold.get(key)):
                tally.meta_right += 1
            else:
                tally.misses.append(f"{name}: {key} {getattr(art, key)!r} != {gold.get(key)!r}")
    # actors
    gold_actors = gold.get("actors") or []
    for ga in gold_actors:
        tally.actors_total += 1
        pa = _match_actor(record, ga)
        if pa is None:
            tally.misses.append(f"{name}: actor missed: {ga.get('name')} ({ga.get('country')})")
            continue
        tally.actors_found += 1
        if (pa.country or None) == (ga.get("country") or None):
            tally.actors_country += 1
        else:
            tally.misses.append(f"{name}: actor country: {ga.get('name')} {pa.country} != {ga.get('country')}")
        gs, ps = set(ga.get("sectors") or []), set(pa.sectors)
        tally.sector_overlap += (len(gs & ps) / len(gs | ps)) if (gs | ps) else 1.0
    # events
    _score_events(record, gold, tally, name)
    # quotes
    _score_quotes(record, gold, gold_actors, tally, name)
    # places
    for gp in gold.get("places") or []:
        tally.places_total += 1
        for p in record.places:
            forms = {norm_key(p.name)} | {norm_key(record.article.text[s:e]) for s, e in p.mentions}
            if norm_key(gp.get("name") or "") in forms:
                tally.places_found += 1
                if p.country == gp.get("country"):
                    tally.places_country += 1
                else:
                    tally.misses.append(f"{name}: place country: {gp.get('name')} {p.country} != {gp.get('country')}")
                break
        else:
            tally.misses.append(f"{name}: place missed: {gp.get('name')} ({gp.get('country')})")


def event_matches(sentence: str, plover: str, source_country: str | None, target_country: str | None,
                  gold_event: dict[str, Any]) -> bool:
    """The scoring rule of ../shared/spec/gold-format.md: an event coded in ``sentence`` matches ``gold_event``
    when the sentence holds the gold evidence, its type is the gold type or an alternative, and its
    countries equal the gold ones wherever the gold gives them."""
    if normalize(gold_event.get("evidence") or "\0") not in normalize(sentence):
        return False
    if plover not in {gold_event.get("plover"), *(gold_event.get("alt_plover") or [])}:
        return False
    return all(not gold_event.get(side) or value == gold_event.get(side)
               for side, value in (("source_country", source_country), ("target_country", target_country)))


def _score_events(record: Record, gold: dict[str, Any], tally: Tally, name: str) -> None:
    text = record.article.text
    gold_events = gold.get("events") or []
    preds = list(record.events)
    tally.events_predicted += len(preds)
    tally.events_core += sum(1 for g in gold_events if g.get("core", True))

    def matches(p, g) -> bool:
        return event_matches(text[p.sentence[0]:p.sentence[1]], p.plover, p.source_country, p.target_country, g)

    used: set[int] = set()
    matched_pred: set[int] = set()
    # core events first, so that a prediction is credited to what must be found
    order = sorted(range(len(gold_events)), key=lambda k: not gold_events[k].get("core", True))
    for k in order:
        g = gold_events[k]
        for n, p in enumerate(preds):
            if n in used or not matches(p, g):
                continue
            used.add(n)
            matched_pred.add(n)
            if g.get("core", True):
                tally.events_core_found += 1
            tally.factuality_total += 1
            if p.factuality == g.get("factuality", "asserted"):
                tally.factuality_right += 1
            else:
                tally.misses.append(f"{name}: factuality {p.factuality} != {g.get('factuality')}: {g.get('evidence')}")
            if g.get("date"):
                tally.dates_total += 1
                if p.date == g["date"]:
                    tally.dates_right += 1
                else:
                    tally.misses.append(f"{name}: event date {p.date} != {g['date']}: {g.get('evidence')}")
            break
        else:
            if g.get("core", True):
                tally.misses.append(f"{name}: event missed: {g.get('plover')} {g.get('source_country')}->{g.get('target_country')} '{g.get('evidence')}'")
    # predictions that match a gold event already taken by another prediction are not false positives twice
    for n, p in enumerate(preds):
        if n in matched_pred:
            continue
        if any(matches(p, g) for g in gold_events):
            matched_pred.add(n)
        else:
            tally.misses.append(f"{name}: false event: {p.plover} {p.source_country}->{p.target_country} '{text[p.trigger[0]:p.trigger[1]]}' in '{text[p.sentence[0]:p.sentence[1]][:80]}'")
    tally.events_pred_matched += len(matched_pred)


def _score_quotes(record: Record, gold: dict[str, Any], gold_actors: list[dict[str, Any]], tally: Tally, name: str) -> None:
    text = record.article.text
    by_name = {actor_key(a.get("name") or ""): a for a in gold_actors}
    for gq in gold.get("quotes") or []:
        tally.quotes_total += 1
        words = set(re.findall(r"\w+", normalize(gq.get("text") or "").lower()))
        speaker = by_name.get(actor_key(gq.get("speaker") or ""), {"name": gq.get("speaker"), "aliases": []})
        ok = False
        for q in record.quotes:
            qwords = set(re.findall(r"\w+", normalize(text[q.text[0]:q.text[1]]).lower()))
            if not words or len(words & qwords) < len(words) / 2:
                continue
            actor = next((a for a in record.actors if a.id == q.speaker), None)
            if actor is not None and actor is _match_actor(record, speaker):
                ok = True
                break
        if ok:
            tally.quotes_found += 1
        else:
            tally.misses.append(f"{name}: quote missed: {gq.get('speaker')}: {str(gq.get('text'))[:50]}")


def score_records(pairs: Iterable[tuple[Record, GoldArticle]]) -> Tally:
    tally = Tally()
    for record, ga in pairs:
        raw = ga.path.read_text(encoding="utf-8", errors="replace")
        score_article(record, ga.gold, raw, tally, ga.name)
    return tally




# -- PLOVER gold standard records (sentence level) -----------------------------------------------

#: PLOVER 0.5 type names used by PLOVER_GSR_CAMEO.txt and their current names.
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def _codes(value: Any) -> list[str]:
    """Actor codes of a GSR role, which the file writes as a list of objects, one object or a string."""
    items = value if isinstance(value, list) else [value]
    out = []
    for a in items:
        code = a.get("code") if isinstance(a, dict) else None
        if isinstance(code, str) and code:
            out.append(code)
    return out


def load_plover_gsr(path: Path) -> list[dict[str, Any]]:
    """Sentences of the PLOVER gold standard file, with types mapped to current PLOVER names."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    out = []
    for rec in data:
        if rec.get("event") in (None, "DOCUMENT") or not rec.get("text"):
            continue
        out.append({
            "id": rec.get("id"),
            "text": rec["text"],
            "plover": OLD_PLOVER.get(rec["event"], rec["event"]),
            "source": _codes(rec.get("source")),
            "target": _codes(rec.get("target")),
        })
    return out


def score_plover_gsr(records: Iterable[tuple[Record, dict[str, Any]]]) -> dict[str, Any]:
    """Sentence-level scores on the PLOVER gold records.

    - coverage: sentences with at least one predicted event;
    - type accuracy: sentences where a predicted event has the gold type (all sentences count);
    - first-event type accuracy: the first predicted event has the gold type;
    - source / target country accuracy: of the sentences whose type is right and whose gold
      gives a code, those where the predicted event's country is one of the gold codes;
    - false positive share: predicted events whose type is not the sentence's gold type.
    """
    n = covered = type_ok = first_ok = 0
    src_n = src_ok = tgt_n = tgt_ok = 0
    predicted = wrong = 0
    by_type: dict[str, list[int]] = {}
    for record, gold in records:
        n += 1
        events = list(record.events)
        predicted += len(events)
        wrong += sum(1 for e in events if e.plover != gold["plover"])
        stats = by_type.setdefault(gold["plover"], [0, 0])
        stats[0] += 1
        if events:
            covered += 1
            if events[0].plover == gold["plover"]:
                first_ok += 1
        match = [e for e in events if e.plover == gold["plover"]]
        if not match:
            continue
        type_ok += 1
        stats[1] += 1
        if gold["source"]:
            src_n += 1
            if any(e.source_country in gold["source"] for e in match):
                src_ok += 1
        if gold["target"]:
            tgt_n += 1
            if any(e.target_country in gold["target"] for e in match):
                tgt_ok += 1

    def r(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    return {
        "sentences": n,
        "coverage": r(covered, n),
        "type_accuracy": r(type_ok, n),
        "first_event_type_accuracy": r(first_ok, n),
        "source_country_accuracy": r(src_ok, src_n),
        "target_country_accuracy": r(tgt_ok, tgt_n),
        "false_positive_share": r(wrong, predicted),
        "by_type": {k: r(v[1], v[0]) for k, v in sorted(by_type.items())},
    }


__all__ = ["GoldArticle", "Tally", "load_gold_dir", "score_records", "score_article", "normalize", "load_plover_gsr",
           "score_plover_gsr", "OLD_PLOVER", "load_sentences", "score_sentences"]


# -- annotated sentences (training/events format) --------------------------------------------------

def load_sentences(directory: Path) -> list[dict[str, Any]]:
    """Sentences of ``*.jsonl`` files: ``{"text": ..., "events": [{"plover": ..., ...}]}`` per line."""
    out = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc
            out.append(obj)
    return out


def score_sentences(records: Iterable[tuple[Record, dict[str, Any]]]) -> dict[str, Any]:
    """Type-level precision and recall per sentence: predicted types against annotated types (with counts)."""
    from collections import Counter

    tp = fp = fn = 0
    empty_n = empty_clean = total = 0
    for record, gold in records:
        total += 1
        g = Counter(e.get("plover") for e in gold.get("events") or [])
        p = Counter(e.plover for e in record.events)
        tp += sum(min(p[k], g[k]) for k in p)
        fp += sum(max(0, p[k] - g[k]) for k in p)
        fn += sum(max(0, g[k] - p[k]) for k in g)
        if not g:
            empty_n += 1
            empty_clean += int(not p)
    prec = tp / (tp + fp) if tp + fp else None
    rec = tp / (tp + fn) if tp + fn else None
    f1 = 2 * prec * rec / (prec + rec) if prec and rec else None
    return {
        "sentences": total,
        "type_precision": round(prec, 4) if prec is not None else None,
        "type_recall": round(rec, 4) if rec is not None else None,
        "type_f1": round(f1, 4) if f1 is not None else None,
        "no_event_sentences_left_clean": round(empty_clean / empty_n, 4) if empty_n else None,
    }
