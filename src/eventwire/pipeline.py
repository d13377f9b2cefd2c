"""The pipeline: read -> clean -> nlp -> actors -> (events -> relevance, quotes, places, dates) -> record.

``Coder`` holds what is expensive to build (the spaCy pipeline, lexicons, the
place index) and codes documents in batches.  Errors in one input become a
``Failure`` for that input; the batch goes on.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .actors import ActorCoder
from .dates import DateExpression, DateResolver
from .events import EventCoder
from .language import LanguageDetector, latin_share
from .quotes import QuoteCoder
from .clean import clean
from .confidence import ConfidenceModel
from .config import Settings, load_settings
from .errors import EventwireError, InputError
from .lexicon import Lexicon, Triggers
from .names import NameOrigins
from .nlp import Parser
from .parties import PartyModel
from .places import PlaceCoder, PlaceIndex
from .read import iter_documents
from .records import Article, CleanDocument, Failure, Outcome, RawDocument, Record
from .relevance import political_events


def article_id(text: str) -> str:
    """Stable id of the content: same clean text in, same id out."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


#: PLOVER types of statements, as against acts (a sanction, a meeting or a concession is done on a day).
STATEMENT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"})

#: An act the text dates this many calendar years or more before publication is background
#: ("signed a treaty in 2013", "closed since 1994"), not news of the article: it is not coded.
BACKGROUND_YEARS = 2


def _background(expr: DateExpression | None, published: str | None) -> bool:
    """Whether the date expression of an event's own clause puts it in the story's background:
    BACKGROUND_YEARS or more before the publication year (needs both dates)."""
    if expr is None or not expr.value or not published or not published[:4].isdigit():
        return False
    year = expr.value[:4]
    return year.isdigit() and int(year) <= int(published[:4]) - BACKGROUND_YEARS


def focus_phrases(triggers: Triggers, quotes: QuoteCoder) -> frozenset[tuple[str, ...]]:
    """Lemma phrases without one of which a sentence holds no event and no attributed quote: the
    trigger lexicon's phrases (head and the words it needs), claim verbs, and speech and attribution
    cues.  The selective parse gives the whole pipeline only to sentences that hold one."""
    phrases = {(t.head, *t.extra) for rows in triggers.by_head.values() for t in rows}
    phrases |= {(w,) for w in triggers.claim_verbs | quotes.attribution | quotes.speech}
    return frozenset(phrases)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document already cleaned (``clean(raw)``), so that a caller who cleaned it to decide
    whether to code it at all (ingest skips stored articles by their clean text) need not clean it twice."""

    raw: RawDocument
    clean: CleanDocument

    @property
    def source(self) -> str:
        return self.raw.source


class Coder:
    """Codes articles into ``eventwire/1`` records; build once, use for many documents."""

    def __init__(self, settings: Settings | None = None, *, parser: Parser | None = None, lexicon: Lexicon | None = None):
        self.settings = settings or load_settings()
        self.lexicon = lexicon or Lexicon.load()
        self.places = PlaceIndex(self.lexicon)
        triggers = Triggers.load()
        self.quotes = QuoteCoder()
        focus = focus_phrases(triggers, self.quotes) if self.settings.selective else None
        self.parser = parser or Parser(self.settings.model, batch_size=self.settings.batch_size, focus=focus)
        self.actors = ActorCoder(self.lexicon, self.places, NameOrigins.load() if self.settings.names else None)
        self.place_coder = PlaceCoder(self.lexicon, self.places)
        self.events = EventCoder(triggers, self.lexicon, self.places)
        self.dates = DateResolver()
        self.language = LanguageDetector.load()
        self.parties = PartyModel.load() if self.settings.parties else None
        self.confidence = ConfidenceModel.load() if self.settings.confidence else None

    # -- one document ------------------------------------------------------------------------

    def code_document(self, raw: RawDocument) -> Record:
        return next(iter(self._code_prepared([Prepared(raw, clean(raw))])))

    def code_text(self, text: str, *, source: str = "<text>", published: str | None = None) -> Record:
        return self.code_document(RawDocument(source=source, text=text, published=published))

    # -- batches -----------------------------------------------------------------------------

    def _code_prepared(self, batch: list[Prepared]) -> Iterator[Record]:
        languages = [self.language.detect(p.clean.text) for p in batch]
        # undetermined Latin-script text (short, or few function words) is tried as English
        languages = ["en" if lang == "und" and latin_share(p.clean.text) >= 0.5 else lang
                     for p, lang in zip(batch, languages)]
        english = [p for p, lang in zip(batch, languages) if lang == "en"]
        docs = iter(self.parser.parse_many(p.clean.text for p in english))
        for prepared, lang in zip(batch, languages):
            c = prepared.clean
            if lang != "en":
                # kept with its text and language, but not event-coded into nonsense
                yield Record(article=self._article(c, lang, c.published,
                                                   (f"not coded: the article is in '{lang}'; eventwire codes English text",)))
                continue
            parsed = next(docs)
            actors, home = self.actors.code_with_home(parsed, c.title, c.publisher)
            quotes = self.quotes.code(parsed, actors)
            events = self.events.code(parsed, actors, quotes, home=home)
            events = political_events(events, actors)
            published = c.published or self.dates.published_from_text(prepared.raw.text)
            places = self.place_coder.code(parsed, actors, c.title)
            events = self._date_events(parsed, events, published, self.place_coder.sentence_places(places, parsed))
            article = self._article(c, "en", published)
            record = Record(article=article, actors=actors, places=places, events=events, quotes=quotes)
            margins = None
            if self.parties is not None:
                record = self.parties.revise(record, parsed, home)
                margins = self.parties.target_margins(record, parsed, home)
            if self.confidence is not None:
                record = self.confidence.score(record, self.settings.min_confidence, margins)
            yield record

    @staticmethod
    def _article(c: CleanDocument, language: str, published: str | None, notes: tuple[str, ...] = ()) -> Article:
        return Article(
            id=article_id(c.text), source=c.source, title=c.title, published=published, publisher=c.publisher,
            original_publisher=c.original_publisher, distributor=c.distributor, byline=c.byline, language=language,
            text=c.text, removed=c.removed, notes=notes,
        )

    def _date_events(self, parsed, events, published: str | None, sentence_place: dict[int, str]):
        """Each event's date from its own sentence (its own clause, else the day the sentence gives another past
        act, see ``DateResolver.sentence_day``), else the story's current day (see ``DateResolver.story_day``),
        else the article's date when known; and its sentence's place."""
        starts = [t.idx for t in parsed.tokens]
        days: tuple[str | None, ...] | None = None   # the story's day before each sentence, when first needed
        today: tuple[bool, ...] | None = None        # whether the story has told of the publication day by then
        out = []
        for e in events:
            tok = max(0, bisect_right(starts, e.trigger[0]) - 1)
            sent = parsed.tokens[tok].sent
            expr = self.dates.expression(parsed, sent, published, anchor_token=tok)
            if _background(expr, published):
                continue
            if expr is None:
                # a date elsewhere in the sentence ("said this week he was open to meeting") still dates it
                expr = self.dates.expression(parsed, sent, published)
            if expr is not None:
                date = expr.value
            else:
                if days is None:
                    days = self.dates.story_days(parsed, published)
                    today = self.dates.publication_day_reached(parsed, published)
                if e.plover in STATEMENT_TYPES and today[sent]:
                    date = published   # a statement, in a story that has come to the publication day
                else:
                    date = (self.dates.sentence_day(parsed, sent, tok, published)
                            or self.dates.story_day(parsed, sent, tok, published, days) or published)
            out.append(replace(e, date=date, place=sentence_place.get(sent)))
        return tuple(out)

    def code_documents(self, raws: Iterable[RawDocument | Prepared | Failure]) -> Iterator[Outcome]:
        """Code documents in batches, in input order; failures pass through as they are."""
        pending: list[RawDocument | Prepared | Failure] = []

        def flush() -> Iterator[Outcome]:
            good: list[Prepared] = []
            slots: list[Outcome | int] = []
            for item in pending:
                if isinstance(item, Failure):
                    slots.append(Outcome(item.source, failure=item))
                    continue
                raw = item.raw if isinstance(item, Prepared) else item
                try:
                    prepared = item if isinstance(item, Prepared) else Prepared(item, clean(item))
                    if not prepared.clean.text.strip():
                        raise InputError("no article text left after removing page debris")
                except EventwireError as exc:
                    slots.append(Outcome(raw.source, failure=Failure(raw.source, str(exc), exc.code)))
                    continue
                slots.append(len(good))
                good.append(prepared)
            records = list(self._code_prepared(good)) if good else []
            for slot in slots:
                if isinstance(slot, Outcome):
                    yield slot
                else:
                    yield Outcome(good[slot].raw.source, record=records[slot])
            pending.clear()

        for raw in raws:
            pending.append(raw)
            if len(pending) >= self.settings.batch_size:
                yield from flush()
        if pending:
            yield from flush()

    def code_paths(
        self,
        paths: list[str | Path],
        *,
        published: str | None = None,
        on_read: Callable[[Path], None] | None = None,
    ) -> Iterator[Outcome]:
        """Read and code files and folders (text, HTML, JSONL, WARC, gzip); every input yields one ``Outcome``."""
        docs = iter_documents(paths, published=published, max_bytes=self.settings.max_input_bytes, on_file=on_read)
        yield from self.code_documents(docs)


__all__ = ["Coder", "Prepared", "article_id", "focus_phrases"]
