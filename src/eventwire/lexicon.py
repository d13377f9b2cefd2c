"""Loading the team's data files (countries, organisations, people, role words, triggers) into objects.

The files live in ``eventwire/data/`` as TSV with a ``#`` header that states
their provenance.  Nothing is loaded on import: ``Lexicon.load()`` reads them
once and the resulting object is passed to the stages that need it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import DataFileError


#: Actor codes that are no state: the UN system, the EU, other intergovernmental bodies, international NGOs and
#: multinational companies (see organizations.tsv).
NONSTATE_CODES = frozenset({"NGO", "IGO", "UNO", "EUR", "MNC"})
#: PLOVER sectors of the bodies that act and speak for a state (government, legislature, courts, forces, police,
#: intelligence), as against parties, groups and civil society of the same country.
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def read_tsv(name: str, directory: Path | None = None) -> list[dict[str, str]]:
    """Rows of a bundled TSV data file (``#`` lines are the provenance header)."""
    if directory is not None:
        text = (directory / name).read_text(encoding="utf-8")
    else:
        text = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise DataFileError(f"{name}: no header row")
    header = [h.strip() for h in lines[0].split("\t")]
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) > len(header):
            raise DataFileError(f"{name}: row {n} has {len(cells)} cells, the header has {len(header)}")
        rows.append({h: c.strip() for h, c in zip(header, cells)})
    return rows


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def norm_key(text: str) -> str:
    """Lookup key: NFC, curly apostrophes straightened, no leading "the", no possessive, lower case."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("\u00a0", " ")
    text = " ".join(text.split())
    if text[:4].lower() == "the " and len(text) > 4:
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text.lower()


# Letters that carry no combining accent in Unicode but are written without one in English text ("Tromsø" as
# "Tromso", "Wrocław" as "Wroclaw", "Diyarbakır" as "Diyarbakir").
_PLAIN_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l",
                                "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"})


def fold(text: str) -> str:
    """Accent-folded lower-case form ("Guaidó" -> "guaido", "Tromsø" -> "tromso")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
                   if not unicodedata.combining(ch)).lower()


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    capital_aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Organization:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sectors: tuple[str, ...]
    kind: str
    national: bool = False   # a party or state body of one state (parties.tsv, institutions.tsv): its state must be named


@dataclass(frozen=True, slots=True)
class Person:
    """A named political figure from ``people.tsv``: whom they serve, and their office."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sectors: tuple[str, ...]
    office: str


def person_key(text: str) -> str:
    """Lookup key of a person's name: case, accents, hyphens and a possessive ignored ("Ben-Gvir's" -> "ben gvir")."""
    return " ".join(fold(norm_key(text)).replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class Role:
    phrase: str
    sectors: tuple[str, ...]
    kind: str          # person | organization | group
    position: str      # title | head | both

    @property
    def words(self) -> int:
        return len(self.phrase.split())


@dataclass(frozen=True)
class Lexicon:
    """Countries, organisations and role words, indexed for lookup."""

    countries: dict[str, Country]
    by_name: dict[str, str]           # normalised country name / alias -> iso3
    by_demonym: dict[str, str]        # normalised demonym -> iso3
    by_capital: dict[str, str]        # normalised capital -> iso3
    organizations: dict[str, Organization]   # normalised name / alias -> organisation
    roles: dict[str, Role]            # lower-case phrase -> role
    non_actors: frozenset[str] = field(default_factory=frozenset)
    max_role_words: int = 1
    regions: frozenset[str] = field(default_factory=frozenset)
    people: dict[str, Person] = field(default_factory=dict)   # person_key of name / alias -> person
    federations: frozenset[str] = field(default_factory=frozenset)   # iso3 of the states organised as federations
    sovereigns: dict[str, str] = field(default_factory=dict)   # iso3 of a dependent territory -> its sovereign state
    # normalised names written only as capitals ("SADR", "CAR", "US"): they name the state only when the text writes
    # them so ("Moqtada Sadr" is a man, "Car bombs" are not the Central African Republic's)
    acronyms: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def load(cls, directory: Path | None = None) -> "Lexicon":
        countries: dict[str, Country] = {}
        by_name: dict[str, str] = {}
        by_demonym: dict[str, str] = {}
        by_capital: dict[str, str] = {}
        written: dict[str, bool] = {}   # normalised name -> whether every form of it is an acronym in capitals
        for row in read_tsv("countries.tsv", directory):
            c = Country(
                row["iso3"], row["name"], tuple(_split(row.get("aliases", ""))), tuple(_split(row.get("demonyms", ""))),
                row.get("capital", ""), tuple(_split(row.get("capital_aliases", ""))),
            )
            countries[c.iso3] = c
            for n in (c.name, *c.aliases):
                by_name.setdefault(norm_key(n), c.iso3)
                caps = n.replace(".", "").isupper() and " " not in n
                written[norm_key(n)] = written.get(norm_key(n), True) and caps
            for d in c.demonyms:
                by_demonym.setdefault(norm_key(d), c.iso3)
            for cap in (c.capital, *c.capital_aliases):
                if cap:
                    by_capital.setdefault(norm_key(cap), c.iso3)
        organizations: dict[str, Organization] = {}
        # international and transnational bodies, then news agencies and outlets, then the parties and state bodies of
        # one state each (same columns; flagged national: coded only in a story that names their state)
        national = [dict(row, national="1") for name in ("parties.tsv", "institutions.tsv") for row in read_tsv(name, directory)]
        for row in [*read_tsv("organizations.tsv", directory), *read_tsv("media.tsv", directory), *national]:
            o = Organization(
                row["name"], tuple(_split(row.get("aliases", ""))), row.get("country") or None,
                tuple(s.strip() for s in re.split(r"[|,]", row.get("sectors", "")) if s.strip()), row.get("kind") or "organization",
                bool(row.get("national")),
            )
            for n in (o.name, *o.aliases):
                organizations.setdefault(norm_key(n), o)
        people: dict[str, Person] = {}
        for row in read_tsv("people.tsv", directory):
            p = Person(
                row["name"], tuple(_split(row.get("aliases", ""))), row.get("country") or None,
                tuple(_split(row.get("sectors", ""))), row.get("office", ""),
            )
            for n in (p.name, *p.aliases):
                people.setdefault(person_key(n), p)
        roles: dict[str, Role] = {}
        for row in read_tsv("roles.tsv", directory):
            phrase = " ".join(row["phrase"].lower().split())
            roles[phrase] = Role(
                phrase, tuple(s.strip() for s in re.split(r"[|,]", row.get("sectors", "")) if s.strip()),
                row.get("kind") or "person", row.get("position") or "both",
            )
        non_actors = frozenset(norm_key(r["name"]) for r in read_tsv("non_actors.tsv", directory))
        regions = frozenset(r["name"].lower() for r in read_tsv("regions.tsv", directory))
        federations = frozenset(r["iso3"] for r in read_tsv("federations.tsv", directory))
        unknown = sorted(federations - countries.keys())
        if unknown:
            raise DataFileError(f"federations.tsv: codes not in countries.tsv: {', '.join(unknown)}")
        sovereigns = {r["iso3"]: r["sovereign"] for r in read_tsv("territories.tsv", directory)}
        unknown = sorted((set(sovereigns) | set(sovereigns.values())) - countries.keys())
        if unknown:
            raise DataFileError(f"territories.tsv: codes not in countries.tsv: {', '.join(unknown)}")
        return cls(
            countries, by_name, by_demonym, by_capital, organizations, roles, non_actors,
            max(r.words for r in roles.values()) if roles else 1, regions, people, federations, sovereigns,
            frozenset(k for k, caps in written.items() if caps),
        )

    # -- lookups -----------------------------------------------------------------------------

    def country_by_name(self, text: str) -> str | None:
        key = norm_key(text)
        for k in (key, key.replace(".", "")):
            if k in self.by_name and (k not in self.acronyms or text.replace(".", "").isupper()):
                return self.by_name[k]
        return None

    def country_by_demonym(self, text: str) -> str | None:
        key = norm_key(text)
        return self.by_demonym.get(key)

    def country_by_capital(self, text: str) -> str | None:
        return self.by_capital.get(norm_key(text))

    def country_word(self, text: str) -> str | None:
        """Country named by a name, alias or demonym (not a capital)."""
        return self.country_by_name(text) or self.country_by_demonym(text)

    def organization(self, text: str) -> Organization | None:
        """A listed body by name or alias; "U.N."/"UN"/"United Nations" prefixes are interchangeable."""
        key = norm_key(text)
        found = self.organizations.get(key)
        if found is None:
            m = re.match(r"^(?:u\.n\.|un|united nations)\s+(.+)$", key)
            if m:
                rest = m.group(1)
                found = (self.organizations.get("united nations " + rest) or self.organizations.get("un " + rest)
                         or self.organizations.get(rest))
                if found is not None and found.country != "UNO":
                    found = None
        return found

    def person(self, text: str) -> Person | None:
        """A listed political figure by full name or alias ("Peter Szijjarto", "Szijjártó", "Putin")."""
        return self.people.get(person_key(text))

    def role(self, phrase: str) -> Role | None:
        return self.roles.get(phrase.lower())

    def country_name(self, iso3: str) -> str:
        c = self.countries.get(iso3)
        return c.name if c else iso3




# -- event triggers and the ontology tables -------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of ``triggers.tsv``: a head lemma, the other words it needs, and its coding."""

    head: str
    extra: tuple[str, ...]     # lemmas that must be found among the head's dependents
    pos: str                   # VERB | NOUN
    plover: str
    mode: str | None
    cameo: str
    target: tuple[str, ...]    # prepositions introducing the target; "dobj" for the direct object
    context: str | None
    note: str
    requires: str = ""         # "armed" | "obj:w1|w2" | "agent:w1|w2" | ""


@dataclass(frozen=True)
class Triggers:
    """The trigger lexicon indexed by (head lemma, pos), plus PLOVER/CAMEO scoring tables."""

    by_head: dict[tuple[str, str], tuple[Trigger, ...]]
    plover_quad: dict[str, int]
    plover_score: dict[str, float]
    cameo_goldstein: dict[str, float]
    claim_verbs: frozenset[str] = frozenset()
    # claim verb -> the sets of object lemmas it needs to be an accusation ("enter" -> {territorial, water}); none: any
    claim_objects: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    # words that name another's act as a wrong (reproaches.tsv): anywhere, and the wider set used after a verb of naming
    reproaches: frozenset[str] = frozenset()
    named_reproaches: frozenset[str] = frozenset()
    # threat formulas (threat_formulas.tsv): (verb lemma, voice) -> ((object lemmas, or none for any), target side)
    threat_formulas: dict[tuple[str, str], tuple[tuple[frozenset[str], str], ...]] = field(default_factory=dict)
    # words of praise (reproaches.tsv, where=praise): a quoted name holding one approves, no reproach
    praises: frozenset[str] = frozenset()

    @classmethod
    def load(cls, directory: Path | None = None) -> "Triggers":
        index: dict[tuple[str, str], list[Trigger]] = {}
        for row in read_tsv("triggers.tsv", directory):
            words = row["phrase"].lower().split()
            if not words:
                continue
            t = Trigger(
                words[0], tuple(words[1:]), row["pos"].upper(), row["plover"].upper(), row.get("mode") or None,
                row["cameo"], tuple(_split(row.get("target", ""))), row.get("context") or None, row.get("note", ""),
                row.get("requires", ""),
            )
            index.setdefault((t.head, t.pos), []).append(t)
        quad: dict[str, int] = {}
        score: dict[str, float] = {}
        goldstein: dict[str, float] = {}
        for row in read_tsv("plover.tsv", directory):
            if row["kind"] == "plover":
                quad[row["code"]] = int(row["quad_class"])
                score[row["code"]] = float(row["score"])
            else:
                goldstein[row["code"]] = float(row["score"])
        rows = read_tsv("claim_verbs.tsv", directory)
        claims = frozenset(r["lemma"].lower() for r in rows)
        objects = {r["lemma"].lower(): tuple(frozenset(alt.lower().split()) for alt in _split(r.get("objects", "")))
                   for r in rows if r.get("objects", "").strip()}
        reproach_rows = read_tsv("reproaches.tsv", directory)
        for n, r in enumerate(reproach_rows, start=2):
            if r.get("where") not in ("any", "named", "praise"):
                raise DataFileError(f"reproaches.tsv: row {n} ({r.get('word')!r}) has where={r.get('where')!r}, "
                                    "expected 'any', 'named' or 'praise'")
        named = frozenset(r["word"].lower() for r in reproach_rows if r["where"] != "praise")
        praises = frozenset(r["word"].lower() for r in reproach_rows if r["where"] == "praise")
        anywhere = frozenset(r["word"].lower() for r in reproach_rows if r["where"] == "any")
        formulas: dict[tuple[str, str], list[tuple[frozenset[str], str]]] = {}
        for n, r in enumerate(read_tsv("threat_formulas.tsv", directory), start=2):
            if r.get("voice") not in ("active", "passive") or r.get("target") not in ("subject", "object", "adversary", "condition"):
                raise DataFileError(f"threat_formulas.tsv: row {n} ({r.get('verb')!r}) has voice={r.get('voice')!r}, "
                                    f"target={r.get('target')!r}")
            words = frozenset() if r["objects"].strip() == "-" else frozenset(w.lower() for w in _split(r["objects"]))
            formulas.setdefault((r["verb"].lower(), r["voice"]), []).append((words, r["target"]))
        return cls({k: tuple(v) for k, v in index.items()}, quad, score, goldstein, claims, objects, anywhere, named,
                   {k: tuple(v) for k, v in formulas.items()}, praises)

    def candidates(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        return self.by_head.get((lemma, pos), ())


__all__ = ["Lexicon", "Country", "Organization", "Person", "Role", "Trigger", "Triggers", "read_tsv", "norm_key", "fold",
           "NONSTATE_CODES", "STATE_BODY_SECTORS"]
