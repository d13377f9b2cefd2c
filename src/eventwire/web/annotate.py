"""The article view: an ``eventwire/1`` record's clean text as HTML with its annotations.

Articles are hostile input: every piece of article text goes through ``markupsafe.escape``
and only the markup built here (fixed tags, escaped attribute values) is marked safe.

Annotations nest in three levels, quotes outermost, then actor mentions, then event triggers.
The text is cut at every annotation boundary; each piece knows which annotation of each level
covers it, and elements are opened and closed so that the result is always well formed (an
annotation crossing an outer one's edge is split in two pieces, the second without the id).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape

from .queries import QUAD_NAMES

#: Number of country colour classes in the stylesheet (``country-0`` .. ``country-11``).
N_COLOURS = 12

#: PLOVER sectors grouped for the underline style of actor mentions.
SECTOR_FAMILY = {
    **dict.fromkeys(("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "PRE", "IGO"), "state"),
    **dict.fromkeys(("REB", "INS", "UAF", "CRM", "SEP", "TER", "RAD"), "armed"),
}

QUOTE, ACTOR, TRIGGER = 0, 1, 2


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str:
    if not code:
        return "no country"
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=code)
        if c is not None:
            return getattr(c, "common_name", None) or c.name
    except Exception:  # pragma: no cover - pycountry missing or broken: codes are enough
        pass
    return {"IGO": "intergovernmental", "UNO": "United Nations", "EUR": "European Union",
            "NGO": "non-governmental", "AFR": "Africa", "ASA": "Asia"}.get(code, code)


@dataclass
class _Span:
    level: int
    start: int
    end: int
    key: str                      # element id for the first piece
    attrs: dict[str, str] = field(default_factory=dict)
    cls: str = ""
    title: str = ""
    before: Markup = Markup("")   # emitted right before the first piece
    after: Markup = Markup("")    # emitted right after the last piece


def _attrs(d: dict[str, str]) -> Markup:
    return Markup("").join(Markup(' {}="{}"').format(k, v) for k, v in d.items() if v is not None and v != "")


def _tag(level: int) -> str:
    return ("span", "span", "mark")[level]


def annotate(record: dict[str, Any]) -> dict[str, Any]:
    """What the article template shows: ``html`` (the annotated clean text), ``actors``,
    ``events``, ``quotes``, ``removed``, ``countries`` (legend) and the article fields."""
    art = record.get("article") or {}
    text: str = art.get("text") or ""
    n = len(text)
    actors = list(record.get("actors") or [])
    events = list(record.get("events") or [])
    quotes = list(record.get("quotes") or [])
    by_id = {a.get("id"): a for a in actors}

    colours: dict[str | None, int] = {}
    for a in actors:
        c = a.get("country")
        if c and c not in colours:
            colours[c] = len(colours) % N_COLOURS

    def actor_label(aid: str | None) -> str:
        a = by_id.get(aid)
        if a is None:
            return "unknown"
        return f"{a.get('name')} ({a.get('country')})" if a.get("country") else str(a.get("name"))

    def first_mention(aid: str | None) -> str | None:
        a = by_id.get(aid)
        return f"m-{aid}-0" if a is not None and a.get("mentions") else None

    spans: list[_Span] = []
    actor_rows = []
    for a in actors:
        aid = str(a.get("id"))
        sectors = list(a.get("sectors") or [])
        country = a.get("country")
        tag = " · ".join(x for x in (country or "", sectors[0] if sectors else "") if x)
        colour = f"country-{colours[country]}" if country in colours else "country-none"
        family = SECTOR_FAMILY.get(sectors[0], "civil") if sectors else "none"
        title = f"{a.get('name')} — {a.get('kind') or 'actor'}, {country_name(country)}" + (
            f", sectors {' '.join(sectors)}" if sectors else "") + (
            f" ({a.get('description')})" if a.get("description") else "")
        actor_rows.append({"id": aid, "name": a.get("name"), "kind": a.get("kind"), "country": country,
                           "country_name": country_name(country), "sectors": sectors,
                           "description": a.get("description"), "colour": colour, "family": family,
                           "mentions": len(a.get("mentions") or []), "anchor": first_mention(aid)})
        for i, m in enumerate(a.get("mentions") or []):
            s, e = _clip(m, n)
            if s is None:
                continue
            spans.append(_Span(ACTOR, s, e, f"m-{aid}-{i}", cls=f"actor {colour} sector-{family}", title=title,
                               attrs={"data-actor": aid, "data-tag": tag, "data-country": country or ""}))

    event_rows = []
    for ev in events:
        eid = str(ev.get("id"))
        quad = ev.get("quad_class")
        s, e = _clip(ev.get("trigger"), n)
        src, tgt = ev.get("source"), ev.get("target")
        title = (f"{ev.get('plover')}: {actor_label(src) if src else '—'} → {actor_label(tgt) if tgt else '—'}"
                 f", {ev.get('factuality')}")
        links = [Markup('<a class="ev-name" href="#event-{}">{} {}</a>').format(eid, eid, ev.get("plover") or "")]
        for role, aid in (("source", src), ("target", tgt)):
            anchor = first_mention(aid)
            if anchor:
                links.append(Markup('<a class="ev-{}" href="#{}" title="{}: {}">{}</a>').format(
                    role, anchor, role, actor_label(aid), "S" if role == "source" else "T"))
        after = Markup('<sup class="evtag quad-{}">{}</sup>').format(quad or 0, Markup(" ").join(links))
        if s is not None:
            spans.append(_Span(TRIGGER, s, e, f"ev-{eid}", cls=f"trigger quad-{quad or 0} fact-{ev.get('factuality')}",
                               title=title, after=after,
                               attrs={"data-event": eid, "data-source": src or "", "data-target": tgt or ""}))
        sent = _clip(ev.get("sentence"), n)
        event_rows.append({
            "id": eid, "plover": ev.get("plover"), "cameo": ev.get("cameo"), "quad_class": quad,
            "quad_name": QUAD_NAMES.get(quad or 0, ""), "goldstein": ev.get("goldstein"),
            "factuality": ev.get("factuality"), "date": ev.get("date"), "confidence": ev.get("confidence"),
            "source": src, "target": tgt, "source_label": actor_label(src) if src else None,
            "target_label": actor_label(tgt) if tgt else None,
            "source_anchor": first_mention(src), "target_anchor": first_mention(tgt),
            "source_colour": _colour_of(by_id.get(src), colours), "target_colour": _colour_of(by_id.get(tgt), colours),
            "trigger_text": text[s:e] if s is not None else "", "anchor": f"ev-{eid}" if s is not None else None,
            "sentence": text[sent[0]:sent[1]] if sent[0] is not None else "",
        })

    quote_rows = []
    for q in quotes:
        qid = str(q.get("id"))
        s, e = _clip(q.get("text"), n)
        if s is None:
            continue
        speaker = q.get("speaker")
        who = actor_label(speaker) if speaker else "unknown speaker"
        anchor = first_mention(speaker)
        label = (Markup('<a href="#{}">{}</a>').format(anchor, who) if anchor else escape(who))
        before = Markup('<span class="qlabel" data-speaker="{}">{}</span>').format(speaker or "", label)
        spans.append(_Span(QUOTE, s, e, f"q-{qid}", cls="quote" + (" direct" if q.get("direct") else " indirect"),
                           title=f"quote, speaker: {who}", before=before, attrs={"data-speaker": speaker or ""}))
        quote_rows.append({"id": qid, "speaker": speaker, "speaker_label": who, "text": text[s:e],
                           "direct": q.get("direct"), "anchor": f"q-{qid}"})

    legend = [{"code": c, "name": country_name(c), "colour": f"country-{i}"} for c, i in colours.items()]
    return {
        "article": art,
        "html": render(text, spans),
        "actors": actor_rows,
        "events": event_rows,
        "quotes": quote_rows,
        "removed": list(art.get("removed") or []),
        "countries": legend,
    }


def _colour_of(actor: dict[str, Any] | None, colours: dict[str | None, int]) -> str:
    if actor is None or actor.get("country") not in colours:
        return "country-none"
    return f"country-{colours[actor.get('country')]}"


def _clip(span: Any, n: int) -> tuple[int | None, int | None]:
    try:
        s, e = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return None, None
    s, e = max(0, min(s, n)), max(0, min(e, n))
    return (s, e) if e > s else (None, None)


def render(text: str, spans: list[_Span]) -> Markup:
    """``text`` escaped, with ``spans`` as nested elements (see the module docstring)."""
    if not text:
        return Markup("")
    cuts = {0, len(text)}
    for sp in spans:
        cuts.add(sp.start)
        cuts.add(sp.end)
    bounds = sorted(cuts)
    # Per level, the spans sorted by (start, longest first): the covering one with the earliest start wins.
    levels: list[list[_Span]] = [sorted((s for s in spans if s.level == lv), key=lambda s: (s.start, -s.end))
                                 for lv in (QUOTE, ACTOR, TRIGGER)]
    ptr = [0, 0, 0]
    active: list[list[_Span]] = [[], [], []]
    out: list[Markup] = []
    stack: list[_Span] = []
    opened: set[int] = set()

    def close_to(depth: int, at: int) -> None:
        while len(stack) > depth:
            sp = stack.pop()
            out.append(Markup("</{}>").format(_tag(sp.level)))
            if sp.end == at and sp.after:
                out.append(sp.after)

    for i in range(len(bounds) - 1):
        pos, pos_end = bounds[i], bounds[i + 1]
        chain: list[_Span] = []
        for lv in range(3):
            lst = levels[lv]
            while ptr[lv] < len(lst) and lst[ptr[lv]].start <= pos:
                active[lv].append(lst[ptr[lv]])
                ptr[lv] += 1
            active[lv] = [s for s in active[lv] if s.end > pos]
            if active[lv]:
                chain.append(active[lv][0])
        # keep the common prefix of the open elements, close the rest
        keep = 0
        while keep < len(stack) and keep < len(chain) and stack[keep] is chain[keep]:
            keep += 1
        close_to(keep, pos)
        for sp in chain[keep:]:
            first = id(sp) not in opened
            if first:
                opened.add(id(sp))
                if sp.before:
                    out.append(sp.before)
            attrs = dict(sp.attrs)
            out.append(Markup("<{} class=\"{}\"{}{}{}>").format(
                _tag(sp.level), sp.cls,
                Markup(' id="{}"').format(sp.key) if first else Markup(""),
                Markup(' title="{}"').format(sp.title) if sp.title else Markup(""),
                _attrs(attrs)))
            stack.append(sp)
        out.append(escape(text[pos:pos_end]))
    close_to(0, len(text))
    return Markup("").join(out)


def sentence_html(sentence: str, trigger_start: int | None, trigger_end: int | None, quad: int | None = None) -> Markup:
    """An evidence sentence, escaped, with its trigger (offsets relative to the sentence) marked."""
    if trigger_start is None or trigger_end is None or not (0 <= trigger_start < trigger_end <= len(sentence)):
        return escape(sentence)
    return Markup("{}<mark class=\"trigger quad-{}\">{}</mark>{}").format(
        sentence[:trigger_start], quad or 0, sentence[trigger_start:trigger_end], sentence[trigger_end:])
