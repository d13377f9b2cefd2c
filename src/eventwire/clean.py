"""Cleaning stage: scraped page text -> clean body, removed debris and provenance.

Works line by line.  Each line is classified by general patterns that hold
across outlets (promo calls, app, paywall and "have your say" prompts, photo captions
and credits, copyright and syndication footers, bylines, "Read more"/"Related"/"Read
next"/"Also on Site:"/"More in Section ›" links, share/navigation crumbs, gallery and
print buttons, cookie banners, footer link rows ("About us | Contact | Privacy"),
separators, publication-date stamps, dates alone on a line, sharing-button rows,
"Tags:" rows, "Story continues below" furniture, contact/tip lines, "contributed
to this report" credits, a wire's "(Adds ...)" and correction notes, advertisement
slots, links to the outlet's standards or to other-language versions, "auto-generated
from a feed" notes, "LIVE: ..." links, "Comments (12) | Sign in to comment" rows, date and
section rows ("Sep 9, 2025 | Politics"), captions ending in "(illustrative photo)" or a
"© NAME / AGENCY" credit, wire credits ("--With assistance from X.", "X reported from
Y."), and above the story section labels, mastheads, an outlet's name alone on its line,
a site's identity line ("Site · City · English edition") and two or more people's names
alone under the headline).  Some lines are judged by where they stand: the headlines listed
under a heading of links ("More from the Asia desk:" then "› headline" lines; under the
headline only a labelled list of two or more followed by a paragraph: "Most Read from
Example"), a site's identity line at the foot ("Site — Independent news from the region"), an
author's note at the foot ("Jane Doe reports for Example Wire. Follow her on X") naming
someone the story does not, and a scene caption with no credit ("Soldiers patrol near
the border.") between two paragraphs of a story told in the past tense.
Everything that is not debris is kept, in
order; paragraphs are re-joined with a blank line.  The first line becomes the
title when it looks like a headline, unless it is the site's masthead (with its tagline under
it) above a headline that sums up the story's first paragraph better ("EXAMPLE TIMES" / "Your
source for news from the coast" / the headline): then the masthead names the publisher, in the
case the page writes the name in elsewhere, else with its words capitalised.

Provenance is read off the removed lines: the copyright holder is the
``original_publisher`` (else the outlet a syndication footer credits: "produced
by X", "under an agreement with X", "Site republishes X dispatches"), the
"Distributed by" agent the ``distributor`` (also in a copyright line: "Copyright 2025
X. Distributed by Y."), the site named by a masthead under the headline ("Site |
Section", "Site - tagline"), the site a footer says republished the story ("Republished
on Site with permission"), or the site in its own promo line or credited with its own
photo ("Image credit: Site archive") the ``publisher`` (a promo of the story's own
outlet names no other publisher), and the outlet credited in a dateline ("PLACE, Date
(Outlet) —", an abbreviation expanded when the article spells it out), else a wire's
name alone at the foot ("AFP"), the original publisher when no footer names one.  A site
also names itself in its identity line, in "Site republishes X content", in "not edited
by Site staff", and in its own copyright line under a story whose dateline credits a
wire ("TOKYO (Reuters) -" ... "© 2025 Site": Site publishes, Reuters wrote it; any outlet a dateline
credits when the copyright is the masthead's site).  An
agency's company name becomes its news name ("Thomson Reuters" -> "Reuters", "Bloomberg
L.P." -> "Bloomberg News", "Agence France-Presse" -> "AFP", "Associated Press" -> "The
Associated Press").  A name in a footer ends at a row of links, a
semicolon or the sentence it runs into ("X 2025 | Terms | Privacy", "X; copyright remains
...", "Y under licence from X").  "Distributed by X on behalf of Y" gives the distributor X
and the original publisher Y.  When the stamps and datelines that the dates stage reads
give no publication day, a date line, stamp, masthead or byline row removed above the
story gives it ("Updated 11:02 GMT, 4 February 2025", "Site | 4 February 2025", "By Jane
Doe on 4 February 2025"; a publication stamp before an update stamp), else a footer saying
when the story was published, else a dateline's month and day ("PLACE, Oct 28 (Wire) -")
in the copyright notice's year.

Limits.  The parse and the coding stages take time that grows with the length of the
article and faster than linearly with the length of a sentence or a word, so a body that
is not prose of a plausible shape is refused here with an ``InputError`` naming the limit
(the batch goes on): an input of more than ``MAX_RAW_CHARS`` characters, a body of more
than ``MAX_TEXT_CHARS`` characters, a sentence (a run of words
with no ``.``/``!``/``?``/``…`` end and no line break) of more than ``MAX_SENTENCE_WORDS``
words, or a Latin-script "word" (no space in it) of more than ``MAX_WORD_CHARS``
characters.  See docs/reliability.md for what these cost.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from .errors import InputError
from .records import CleanDocument, RawDocument, Removed

#: Longest clean body coded (characters): about 30,000 words, several times a long feature story.
MAX_TEXT_CHARS = 200_000
#: Longest input text cleaned (characters, debris included); the date finder also reads all of it.
MAX_RAW_CHARS = 10 * MAX_TEXT_CHARS
#: Longest sentence coded (words between sentence ends, line breaks not counted as ends: a list of
#: lines is one sentence to the parser); news sentences rarely pass 80, pages with lists reach 300.
MAX_SENTENCE_WORDS = 500
#: Longest Latin-script run without a space (characters); long URLs fit, base64 blobs do not.
MAX_WORD_CHARS = 1_000

# --- characters -----------------------------------------------------------------------------

_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"), " ")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


#: Longest run of combining marks kept on a character (real text stacks a few; "zalgo" text
#: stacks thousands, and Unicode normalisation takes time quadratic in the length of a run).
MAX_MARKS = 32


def _cap_marks(line: str) -> str:
    out: list[str] = []
    run = 0
    for ch in line:
        if unicodedata.combining(ch):
            run += 1
            if run > MAX_MARKS:
                continue
        else:
            run = 0
        out.append(ch)
    return "".join(out)


#: Longest run of spaces kept inside a line (as ``read.text`` does for files).
MAX_GAP = 16
_LONG_GAP = re.compile(r"\s{%d,}" % (MAX_GAP + 1))


def normalize_line(line: str) -> str:
    """Normalise exotic spaces and drop zero-width characters; quotes stay as written.

    Runs of more than ``MAX_MARKS`` combining marks, and of more than ``MAX_GAP`` spaces, are
    cut to that many: they carry no text, and some patterns take quadratic time on them."""
    if len(line) > 4 * MAX_MARKS and not unicodedata.is_normalized("NFC", line):
        line = _cap_marks(line)
    line = unicodedata.normalize("NFC", line)
    line = line.translate(_SPACES).translate(_ZERO_WIDTH).strip()
    return _LONG_GAP.sub(lambda m: m.group(0)[:MAX_GAP], line) if len(line) > MAX_GAP else line


# --- line patterns --------------------------------------------------------------------------

_PLATFORMS = (
    r"telegram|whatsapp|facebook|twitter|instagram|youtube|tiktok|linkedin|threads|bluesky|signal|viber|"
    r"google news|apple news|flipboard|rss|x"
)
_PROMO_START = re.compile(
    r"^(?:join|follow|subscribe|sign\s*up|like\s+us|download|install|get\s+(?:our|the\s+latest|breaking|the\s+app|notified)|"
    r"suscr[ií]b(?:ase|ete|a)|abonnez-vous|abonnieren\s+sie|assine|"   # the same calls in Spanish, French, German, Portuguese
    # "Get Example Monitor's evening edition ...": a named product to get (what it offers must follow)
    r"get\s+(?=[A-Z][\w&.'’-]*\s+[A-Z])|"
    r"(?:get|try)\s+(?:the\s+)?(?:free\s+)?(?:[A-Z][\w&.'’-]*\s+){1,5}(?=app\b|newsletter\b|podcast\b|briefing\b|alerts\b)|"
    r"turn\s+on\s+(?:push\s+)?(?:notifications|alerts)|enable\s+(?:push\s+)?(?:notifications|alerts)|"
    r"don[’']?t\s+miss|never\s+miss|click|tap|share\s+this|support\s+(?:our|us|independent)|become\s+a\s+(?:member|subscriber|patron)|"
    r"stay\s+(?:informed|updated|up\s+to\s+date|connected)|want\s+(?:more|the\s+latest)|receive\s+our|register\s+(?:now|for)|"
    r"listen\s+to\s+our|watch\s+our|check\s+out\s+our|read\s+us\s+on|find\s+us\s+on|we[’']re\s+on|"
    # a question to the reader before the call: "Enjoying this story? Get ... in your inbox."
    r"(?:enjoy(?:ing|ed)?|lik(?:e|ed|ing)|lov(?:e|ed|ing)|found|valu(?:e|ed|ing))\s+(?:reading\s+)?this\s+"
    r"(?:story|article|piece|report|post|read|newsletter)\s*\?)",
    re.I,
)
_PROMO_ANY = re.compile(
    rf"\b(?:our|us\s+on)\s+(?:[\w-]+\s+){{0,5}}(?:{_PLATFORMS})\b(?:\s+(?:channel|page|account|group|feed))?|"
    rf"\bon\s+(?:{_PLATFORMS})\b|\b(?:{_PLATFORMS})\s+(?:channel|page|account|group)\b|"
    r"\bnewsletters?\b|\bsubscribe\b|\b(?:daily|morning|evening|weekly)\s+(?:briefing|digest|newsletter)\b|\bbriefing\b|"
    r"\bdonat(?:e|ions?)\b|\binbox\b|\bpush\s+notifications?\b|\b(?:news\s+)?alerts\b|\bapp\b|\bbreaking\s+(?:news|updates)\b|\bpodcast\b",
    re.I,
)
#: What a call to action offers when it names no platform: "Sign up for the Example Morning Brief, delivered to
#: your inbox", "Get our weekly roundup".  Read only on a line that opens with a call (``_PROMO_START``).
_PROMO_PRODUCT = re.compile(r"\b(?:brief|bulletin|bolet[ií]n|round-?up|inbox|e-?mail\s+updates|weekly\s+edition|"
                            r"free\s+every\s+(?:day|weekday|week|morning|evening)|delivered\s+(?:daily|weekly|every)|"
                            r"free\s+to\s+read|free\s+in\s+your|"
                            r"become\s+a\s+(?:[\w'’-]+\s+){0,3}(?:member|subscriber|supporter|patron)|membership)\b", re.I)
_CREDIT_WORDS = re.compile(
    r"\b(?:photo|photos|photograph|image|images|picture|pictures|getty|afp|reuters|ap|epa|tass|anadolu|xinhua|"
    r"file|courtesy|handout|pool|credit|shutterstock|istock|alamy|sipa|efe|ansa|dpa|bloomberg|nurphoto|"
    r"zuma|via)\b",
    re.I,
)
_TRAILING_PAREN = re.compile(r"\(([^()]{2,120})\)\s*$")
_CAPTION_START = re.compile(
    r"^(?:photo|photograph|image|picture|file\s+photo|caption|pictured|above|top|main\s+image|video|credit)s?\s*(?:credit)?\s*"
    r"(?::|\||[–—-]\s)|^(?:image|media|video|photo)\s+(?:source|caption|credit)\s*,|"
    r"^(?:illustration|composite|graphic|graphics|infographic|map|chart|animation)s?\s*(?:credit)?\s*:",
    re.I,
)
#: How a caption without a credit opens: "FILE - Protesters march ...", "In this photo released by the
#: ministry, ...", "This handout picture taken on May 3 shows ...", "Photo shows the quay in ...".
_CAPTION_OPEN = re.compile(
    r"^(?:FILE(?:\s+PHOTO)?\s*[-–—:]\s|(?i:(?:file\s+|handout\s+)?(?:photo|picture|image)\s+(?:shows|taken)\s)|(?i:courtesy(?:\s+of)?\s*:?\s*[A-Z][\w&.'’ /-]{1,60}$)|(?i:in\s+this\s+(?:(?:file|handout|undated|aerial|still|video)\s+)*"
    r"(?:photo(?:graph)?|image|picture|screen\s?(?:shot|grab)|grab|frame)\b)|"
    r"(?i:this\s+(?:(?:file|handout|undated|aerial|still|video)\s+)*(?:photo(?:graph)?|image|picture|screen\s?(?:shot|grab)|grab)"
    r"(?:,\s+(?:taken|released|provided|made|obtained|distributed|posted|shared)\s+by\s+[^,]{2,80},)?"
    r"\s+(?:was\s+)?(?:taken|released|provided|made|shows|obtained|distributed|posted|shared|courtesy)\b)|"
    # a bracketed credit opening the caption: "[Photo: Example Wire] Protesters march ...", "(Image: Jane Doe) ..."
    r"[\[(](?i:photo|picture|image|file\s+photo)\s*:\s*[^\])]{2,60}[\])]\s+[A-Z])")
#: Where a caption places a person in the picture: "Jane Doe, left, greets ...", "... (centre) ...".
_CAPTION_PLACE = re.compile(
    r",\s+(?:(?:second|third)\s+(?:from\s+)?|far\s+)?(?:left|right|centre|center|rear|foreground|background)\s*,|"
    r"\((?:(?:second|third)\s+(?:from\s+)?|far\s+)?(?:left|right|centre|center|rear|foreground|background)\)", re.I)
#: What people and things do in a news photo, in the present tense a caption uses ("Soldiers patrol near
#: the border.", "Smoke rises over the village."): a story tells what happened in the past tense.
#: Verbs a story also uses in the present (schedules, states: "holds a hearing", "sits in", "poses a
#: threat") are left out; "stand" and "shake" count with their caption objects only.
_SCENE_VERBS = (
    "patrol march gather queue wait walk carry shelter rest ride inspect chant wave block fill greet mourn pray flee "
    "celebrate rally shout clash throw burn kneel weep embrace hug crowd repair dance sing gesture smile billow "
    "wade sift salvage stand_guard shake_hands look_on"
).split()


def _verb_forms(verb: str) -> set[str]:
    head, _, rest = verb.partition("_")
    if head.endswith(("sh", "ch", "ss", "x")):
        forms = {head, head + "es"}
    elif head.endswith("y") and head[-2] not in "aeiou":
        forms = {head, head[:-1] + "ies"}
    else:
        forms = {head, head + "s"}
    return {f"{f}\\s+{rest}" if rest else f for f in forms}


#: A scene caption: a short subject, a scene verb in the present tense, and a place ("in Example City").
_SCENE_CAPTION = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?\s+(?:"
    + "|".join(sorted({f for v in _SCENE_VERBS for f in _verb_forms(v)}, key=len, reverse=True))
    + r")\b(?!\s+out\b)[^\"“”;:]*\b(?:in|near|at|outside|inside|on|over|along|across|from)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]"
    r"[^\"“”;:]*\.$")
#: Words of a story sentence rather than a scene: a habit, a clause, a figure.
_NOT_SCENE = re.compile(r"\b(?:every|each|often|usually|still|now|daily|regularly|routinely|typically|sometimes|always|never|"
                        r"increasingly|that|which|who|whose|because|but|while|although|if|unless|since|until|would|will|"
                        r"could|should|may|might|must|can|has|have|had|was|were|is|are|be|been|per\s+cent|percent)\b|%", re.I)


def _is_scene_caption(line: str) -> bool:
    """Whether a story-place line is a photo caption with no credit: one sentence of at most 22
    words, a scene verb in the present tense after a short subject and a named place, with no
    speaker, habit, clause or figure of a story sentence ("Ghanaian soldiers patrol near the
    border in the Upper East Region.")."""
    words = len(line.split())
    return (5 <= words <= 22 and len(line) <= 300 and _SCENE_CAPTION.match(line) is not None and not _NOT_SCENE.search(line)
            and not _ATTRIBUTION.search(line) and not re.search(r"[.!?]\s+[A-Z]", line[:-1]))


#: A credit with the copyright sign after the caption's sentence: "... on Sunday. © JANE DOE / EXAMPLE WIRE".
_SIGN_CREDIT_TAIL = re.compile(r"[.!?][\"'”’)]?\s+©\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
                               r"(?:\s*/\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?$")
_CAPTION_TAIL = re.compile(
    r"(?:[|–—-]\s*|\.\s+)(?:photo|image|picture)s?(?:\s+credit)?\s*(?::|by|courtesy(?:\s+of)?)\s*(?:the\s+)?[A-Z](?:[^.!?]|(?<=\b[A-Z])\.){0,80}$", re.I
)
#: A credit after the caption's sentence, with its outlet or kind before the credit word:
#: "... on Sunday. Example Wire photo", "... Monday. EW photo/Jane Doe", "... Vienna. File photo: Example Wire".
#: The credit word ends the line or is followed by "/", ":" or "by" and a name (no sentence end after it).
_CAPTION_CREDIT_TAIL = re.compile(
    r"[.!?][\"'”’)]?\s+(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|One|Another)\s+\w+$)"
    r"(?:[A-Z][\w&.'’-]*\s+){0,4}(?i:file\s+|staff\s+|handout\s+|archive\s+)?"
    r"(?i:photo(?:graph)?|image|picture|pic)s?(?:\s+(?i:credit))?"
    r"(?:\s*(?:/|:|\s(?i:by)\s)\s*[A-Z](?:[^.!?]|(?<=\b[A-Z])\.){0,80})?$"
)
#: A photographer's credit labelled at the end of a caption, after its sentence or after the name of the person
#: shown: "... at the port on Monday. Photographer: Jane Doe/Example Wire", "Jane Doe Photographer: John Roe".
_PHOTOGRAPHER_TAIL = re.compile(r"(?:[.!?][\"'”’)]?\s+|[A-Za-z]\s+|^)(?:Photographer|PHOTOGRAPHER|Photo\s+[Cc]redit|PHOTO\s+CREDIT)s?\s*:"
                                r"\s*[A-Z][^.!?:;]{1,80}$")
_COPYRIGHT = re.compile(r"^(?:(?:all\s+)?(?:content|text|material|articles?|photos?|images?)(?:\s+and\s+\w+)?\s+)?(?:©|\(c\)(?:\s|(?:19|20)\d\d)|copyright\b)|\ball rights reserved\b|©\s*(?:(?:19|20)\d\d\s*\.?\s*)?$", re.I)
#: A copyright notice anywhere in a footer line ("Distributed by X. Copyright 2025 Y.").
_COPYRIGHT_ANY = re.compile(r"©|\bcopyright\b|\(c\)\s*(?:19|20)\d\d", re.I)
#: The holder written before the sign: "Example Wire 2025 ©".
_COPYRIGHT_HOLDER_BEFORE = re.compile(r"^(.+?)[\s,]*(?:(?:19|20)\d\d\s*)?(?:©|\(c\))\s*(?:(?:19|20)\d\d)?[\s.]*$", re.I)
_COPYRIGHT_HOLDER = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\(c\)\s*)?(?:copyright\s+)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?(?:by\s+)?(.+?)\s*$",
    re.I,
)
_SYNDICATION = re.compile(
    r"^(?:distributed\s+(?:by|via|through)|syndicated\s+by|provided\s+by|content\s+(?:provided|distributed)\s+by|"
    r"(?:this|the)\s+(?:story|article|piece|report|post)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:originally\s+|first\s+)?"
    r"(?:published|appeared|produced|republished|reprinted|syndicated|ran\s+(?:in|on)\b)|"
    r"(?:this\s+(?:story|article|piece|report|post)\s+)?(?:appears|is\s+published|is\s+reproduced|is\s+used|published|reproduced)"
    r"\s+courtesy\s+of\b|(?:published|produced|reported)\s+in\s+(?:partnership|collaboration|association|cooperation)\s+with\b|"
    r"(?:this|the)\s+(?:story|article|piece|report|post)\s+(?:was|is|has\s+been)\s+(?:[\w,-]+\s+){1,6}?"
    r"(?:originally|first)\s+(?:published|appeared|ran)|"
    r"(?:this\s+(?:story|article|piece|report|post)\s+(?:was|has\s+been)\s+)?translated\s+(?:from|by)\b|"
    r"this\s+(?:story|article|piece|report|post)\s+(?:was\s+|is\s+|has\s+been\s+)(?:carried|distributed|provided|licensed|"
    r"reproduced|shared)\s+(?:under|with|by|courtesy|through|via)\b|"
    r"(?:originally|first)\s+(?:published|appeared)\s+(?:by|on|in|at)|republished\s+(?:with|under|from|by|here)|republished\s+on\s+(?!\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
    r"(?:a\s+)?version\s+of\s+this\s+(?:story|article|report|piece)\s+(?:first\s+|originally\s+)?(?:appeared|ran|was\s+published)|"
    r"this\s+content\s+(?:was|is)\s+(?:originally\s+|first\s+)?(?:produced|published|provided|created)\s+by|"
    r"reprinted\s+(?:with|by|from)|(?:content\s+)?supplied\s+by|sources?\s*:|via\s*:)",
    re.I,
)
#: A footer saying the story is carried under a licence: "... is republished under an agreement with X".
_SYNDICATION_ANY = re.compile(
    r"\b(?:republish(?:es|ed)?|reprint(?:s|ed)?|syndicat(?:es|ed|ion)|reproduced)\b.{0,80}?"
    r"\b(?:with|under)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}(?:permission|licen[cs]e|agreement|arrangement)\b",
    re.I,
)
#: A note at the foot that the copy came in unedited from a feed: "(This story was auto-generated from a
#: syndicated feed.)", "... has not been edited by Example staff".
_FEED_NOTE = re.compile(
    r"\b(?:auto-?generated|automatically\s+(?:generated|published)|(?:syndicated|agency|wire|news)\s+feed|"
    r"not\s+(?:been\s+)?edited\s+by)\b", re.I)
_DISTRIBUTOR = re.compile(r"^(?:distributed\s+(?:by|via|through)|(?:syndicated|provided|content\s+(?:provided|distributed))\s+by)\s+(.+?)\s*$", re.I)
_BYLINE = re.compile(
    r"^(?i:by|written\s+by|words\s+by|story\s+by|report\s+by|text\s+by|posted\s+by|filed\s+by|author|authors)\s*:?\s+"
    r"[A-Z\u00C0-\u024F][\w.'’\u00C0-\u024F-]*(?:\s+[A-Za-z\u00C0-\u024F][\w.'’\u00C0-\u024F-]*){0,4}"
    r"(?:\s*(?:,|\||and|&|-|–|—|;|/)\s*.{0,80}|\s+(?i:on)\s+(?=[\w.,]*\s*\d).{0,60}|\s+with\s+[A-Z].{0,80})?$",
)
_MONTH_WORDS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
                "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
#: A story sentence that opens like a byline: "By Friday, 40 people had been killed", "By March the army had
#: withdrawn" (a time after "By", or a verb of a sentence in the line).
_BY_TIME = re.compile(
    rf"^(?i:by)\s+(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTH_WORDS}|mid|late|early|noon|midnight|dawn|dusk|"
    r"nightfall|then|now|the\s+end|(?:19|20)\d\d)\b(?!\s+[A-Z])|.*\b(?:had|has|have|was|were|is|are|will|would|could|did)\b)")
#: A stamp sharing the byline's row: "Jane Doe | Published March 14, 2025", "Jane Doe · 4 May 2025".
_BYLINE_STAMP = re.compile(r"(?:\s+[|•·]\s+|,\s*|\s+(?i:on)\s+)(?=(?i:published|posted|updated|filed)\b|\d|"
                           r"(?:[A-Z][a-z]{2,8}\.?,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d)")
_WIRE_CREDIT = re.compile(
    r"^[(\[]?(?:(?:with\s+|additional\s+)*reporting\s+by|(?:with\s+|additional\s+)+reporting\s+from|editing\s+by|edited\s+by|"
    r"writing\s+by|compiled\s+by|[-–—]+\s*with\s+(?:the\s+)?(?:assistance|help)\s+(?:of|from)|"
    r"(?:reporting|writing|editing)\s+and\s+(?:reporting|writing|editing)\s+by)\b", re.I)
#: People's names in a credit: "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Poe".
_NAMES = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:(?:,\s*|\s+and\s+|\s*&\s*)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*"
#: A wire's credit at the foot: "Jane Doe reported from Oslo, Norway.", "With assistance from Jane Doe."
_FROM_PLACE = r"\s+from\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4}"
_FOOT_CREDIT = re.compile(
    rf"^(?:{_NAMES}\s+(?:reported|contributed\s+reporting){_FROM_PLACE}(?:,?\s+and\s+{_NAMES}{_FROM_PLACE})*|"
    rf"(?i:with\s+(?:the\s+)?(?:additional\s+)?(?:assistance|help)\s+(?:of|from))\s+{_NAMES})\s*\.?$")
#: Two or more people's names alone on a line under the headline: the byline without "By".
_PERSON = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}"
_NAMES_LINE = re.compile(rf"^{_PERSON}(?:(?:,\s*|\s+and\s+|\s*&\s*){_PERSON})+$")
#: "More stories like this are available on example.com": a link to the wire's own site.
#: A heading of the site's links: "More from Example Post", "MORE ON EXAMPLE TIMES".
_MORE_FROM = re.compile(r"(?i:more\s+(?:from|on|stories\s+from))\s+[A-Z]")
_MORE_ON_SITE = re.compile(r"^(?:find\s+)?more\s+(?:stories|news|articles|coverage|reports)\s+(?:like\s+this\s+)?(?:(?:are|is)\s+)?"
                           r"(?:available\s+)?(?:on|at)\s+\S+\s*\.?$", re.I)
#: A note that a photo only illustrates the story: "... (illustrative photo)", "... (file image)".
_ILLUSTRATIVE = re.compile(r"\((?:(?:illustrative|illustration|representational|representative)(?:\s+(?:photo(?:graph)?|image|picture|pic))?|"
                           r"(?:stock|file|archive)\s+(?:photo(?:graph)?|image|picture|pic))(?:\s+(?:only|purposes?(?:\s+only)?))?\)\s*$", re.I)
#: "Example Press writer Jane Doe in Paris contributed to this report." / "Jane Doe contributed reporting."
_CONTRIBUTED = re.compile(r"\bcontributed(?:\s+(?:additional\s+)?reporting)?(?:\s+to\s+(?:this|the)\s+(?:report|story|article))?"
                          r"\s*[.)\]]*$", re.I)
_RELATED = re.compile(
    r"^(?:read\s+more|read(?=\s*:)|related(?:\s+(?:story|stories|articles?|news|coverage|content))?|also\s+read|see\s+also|more\s*:|"
    r"recommended(?:\s+(?:for\s+you|reading|stories))?|see\s+more|icymi|(?:photo|picture|image|video)\s+gallery|watch|listen|more\s+from|you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|"
    r"trending(?:\s+now)?|further\s+reading|read\s+also|latest(?:\s+news)?|most\s+read|popular|editor[’']?s\s+picks?|"
    r"more\s+on\s+this\s+story|explainer|background|read\s+next|up\s+next|watch\s+next|coming\s+up|don[’']?t\s+miss|"
    r"must\s+read|in\s+case\s+you\s+missed\s+it|you\s+may\s+have\s+missed|top\s+stories|in\s+other\s+news|"
    r"keep\s+reading|what\s+to\s+read\s+next|in\s+pictures|in\s+photos|(?:watch|listen)\s+now|"
    r"live(?:\s+(?:updates|blog|coverage|now))?|(?:previous|next|prev)\s+(?:article|story|post|item)|"
    # the same labels on the sites of other languages that republish English wires ("MÁS:", "Lire aussi :")
    r"más|lea\s+también|leer\s+más|ver\s+más|relacionad[oa]s?|lire\s+aussi|à\s+lire\s+aussi|voir\s+aussi|"
    r"lesen\s+sie\s+auch|mehr\s+zum\s+thema|leia\s+também|leia\s+mais|veja\s+também)\s*(?::|\||»|›|>>|–|—|-)",
    re.I,
)
#: A link row naming the site or a section: "Also on Example Post: <headline>", "More in Diplomacy ›",
#: "More from the Asia desk:", "Elsewhere on Example Post: <headline>", "Latest from Example Post »".
_RELATED_SITE = re.compile(
    r"^(?:also|more|elsewhere|latest|(?:read\s+)?more\s+stories|read\s+more)\s+(?:on|from|in|at)\s+"
    r"(?:(?:the|our)\s+)?[\w&'’.-]+(?:\s+[\w&'’.-]+){0,5}?\s*(?::|›|»|>>?|\|)", re.I)
#: A line opening with an arrow that is no prose bullet ("› Ministers meet on Friday", "▸ ..."): a link.
_LINK_ARROW = re.compile(r"^[›▸▹]\s*\S")
#: A heading of a list of links, alone on its line: "Related stories", "Read more", "More on this story".
_RELATED_LABEL = re.compile(
    r"^(?:related|read\s+more|read\s+also|also\s+read|see\s+also|more\s+stories|further\s+reading|recommended(?:\s+for\s+you)?|"
    r"more\s+on\s+this\s+(?:story|topic)|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|"
    r"most\s+(?:read|popular|viewed|shared|commented)|trending(?:\s+now)?|latest|top\s+stories|editor[’']?s\s+picks?|"
    r"(?:related\s+)?topics|read\s+next|up\s+next|don[’']?t\s+miss|in\s+case\s+you\s+missed\s+it|what\s+to\s+read\s+next|"
    r"popular(?:\s+now)?|more\s+(?:news|stories|articles|coverage)|"
    r"read\s+the\s+(?:full|original|complete)\s+(?:story|article|report)(?:\s+(?:here|on\s+[\w&.'’ -]{2,40}))?)"
    r"(?:\s+(?:stories|articles?|posts?|coverage|content|links|reading|news|headlines))?"
    r"(?:\s+(?:from|on|in|at)\s+(?:the\s+)?(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}))?\s*[:.]?$", re.I)
#: A related-links label with the headlines flattened onto its line, no separator: "RELATED POSTS Ferry
#: fares rise again Harbour fees ...", "More on this Ferry ...". The label is one that opens no sentence
#: (a bare "Related" only in capitals), and a capitalised headline follows.
_RELATED_RUN = re.compile(
    r"^(?:(?i:related\s+(?:posts?|stories|articles?|news|coverage|content|links|reading|headlines)|"
    r"more\s+on\s+this(?:\s+(?:story|topic))?|you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|"
    r"recommended\s+(?:for\s+you|reading|stories|articles)|further\s+reading|read\s+more\s+stories)|RELATED)\s+(?=[A-Z\d])")
#: An editor's note that the story was updated or corrected: "This story has been updated with ...".
_UPDATE_NOTE = re.compile(r"^[(\[*]?(?:editor[’']?s\s+note\s*:\s*)?this\s+(?:story|article|report|piece)\s+"
                          r"(?:has\s+been|was)\s+(?:updated|corrected|amended)\b", re.I)
_NAVIGATION = re.compile(
    r"^(?:share(?:\s+(?:this(?:\s+(?:article|story|page|post))?|on\s+\w+|via\s+\w+))?|tweet|email|print|(?:\d+\s+)?comments?(?:\s*\(\d+\))?|advertisement|"
    r"sponsored(?:\s+content)?|skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|home|menu|search|loading\.*|"
    r"(?:\d+\s+)?min(?:ute)?s?\s+read|scroll\s+(?:down|to\s+continue)|continue\s+reading|show\s+comments|"
    r"cookie[s]?\s+.*|accept\s+(?:all\s+)?cookies|log\s*in|sign\s*in|register|"
    r"save(?:\s+(?:this\s+)?(?:article|story|for\s+later))?|enlarge(?:\s+(?:this\s+)?(?:image|photo))?|"
    r"expand(?:\s+(?:this\s+)?(?:image|photo))?|(?:open|view|see)\s+(?:the\s+)?(?:full\s+)?(?:gallery|slideshow|image|photos?)|"
    r"(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+|\d+\s*/\s*\d+|\(?opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)\)?|"
    r"print(?:\s+(?:this\s+)?(?:article|story|page))?|(?:show|view|hide|read|see)\s+(?:all\s+)?comments?(?:\s*\(\d+\))?|"
    r"scroll\s+(?:down\s+)?to\s+(?:continue|read)(?:\s+with\s+(?:the\s+)?content)?|click\s+to\s+(?:share|print|email)\b.*|"
    r"link\s+copied(?:\s+to\s+(?:the\s+)?clipboard)?|advertising|ads?|promoted(?:\s+content)?|(?:paid|partner)\s+content|"
    r"(?:sponsored|presented|brought\s+to\s+you)\s+by\s+[\w&.'’ -]{2,40}|report\s+(?:an\s+error|a\s+(?:correction|typo))|"
    r"submit\s+a\s+(?:tip|correction|story)|(?:sign|log)\s+in\s+to\s+(?:comment|reply|post)|"
    r"(?:post|add|leave|write)\s+a\s+comment|(?:send|e-?mail)(?:\s+(?:this|the)\s+(?:article|story|page))?\s+to\s+a\s+friend|"
    r"(?:send|share)\s+(?:by|via)\s+e-?mail|e-?mail\s+(?:this|the)\s+(?:article|story|page|link))"
    r"\s*[.!]?$",
    re.I,
)
#: A wire's editors' initials at the foot: "ab-cd/efg", "wire xy/zz qq": short lower-case codes joined by "/"
#: (a wire's name may lead); upper-case ones ("AB/cd/WIRE") are crumbs.
_SLUG = re.compile(r"^(?:[A-Za-z]{2,10}\s+)?[a-z]{1,4}(?:-[a-z]{1,4})*(?:/[a-z]{1,4}(?:-[a-z]{1,4})*)+(?:\s+[a-z]{1,4})?$")
_CRUMBS = re.compile(r"^(?:[\w&' -]{2,25}\s*(?:\||›|»|>|/)\s*){2,}[\w&' -]{2,25}$")
_STAMP = re.compile(
    r"^(?:published|posted|updated|last\s+updated|last\s+modified|modified|first\s+published|filed|issued|date)\s*(?:on|at)?\s*:?\s*"
    r"(.{4,60})$",
    re.I
)
_DATELINE_WIRE = re.compile(
    r"^[A-Z][A-Z .'’/-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,40})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"\((AP|AFP|Reuters|Bloomberg|UPI|dpa|Xinhua|Anadolu|EFE|ANSA|Kyodo|Yonhap|TASS|IANS|PTI|CNA|Bernama|Antara)\)\s*[-–—]"
)
#: A dateline crediting any outlet: "PLACE[, Region][, Date] (Outlet Name) -".
_DATELINE_CREDIT = re.compile(
    r"^[A-Z][A-Za-z.'’/-]*(?:\s+[A-Z][A-Za-z.'’/-]*){0,4}(?:,\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}){0,2}"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?))?"
    r"\s*\(([A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,5})\)\s*[-–—]"
)
_WIRE_NAMES = {
    "AP": "The Associated Press", "AFP": "AFP", "Reuters": "Reuters", "Bloomberg": "Bloomberg",
    "UPI": "United Press International", "dpa": "dpa", "Xinhua": "Xinhua", "Anadolu": "Anadolu Agency",
    "EFE": "EFE", "ANSA": "ANSA", "Kyodo": "Kyodo News", "Yonhap": "Yonhap", "TASS": "TASS", "IANS": "IANS",
    "PTI": "Press Trust of India", "CNA": "CNA", "Bernama": "Bernama", "Antara": "Antara",
    "AAP": "AAP",
}
#: The news name of an agency whose company a copyright or credit line names ("© Thomson Reuters", "Bloomberg
#: L.P.", "Agence France-Presse", "Associated Press"): the name its stories go out under.
_AGENCY_NAMES = (
    (re.compile(r"(?:thomson\s+)?reuters(?:\s+(?:ltd|limited|group|news))?\.?", re.I), "Reuters"),
    (re.compile(r"bloomberg(?:(?:\s+finance)?(?:,)?\s+l\.?\s?p\.?|\s+news)?", re.I), "Bloomberg News"),
    (re.compile(r"agence\s+france[\s-]+presse|afp", re.I), "AFP"),
    (re.compile(r"(?:the\s+)?associated\s+press|ap", re.I), "The Associated Press"),
    (re.compile(r"dpa(?:-infocom)?(?:\s+gmbh)?|deutsche\s+presse-agentur(?:\s+gmbh)?", re.I), "dpa"),
)


def agency_name(name: str | None) -> str | None:
    """An agency's news name for its company name ("Thomson Reuters" -> "Reuters"); other names as they are."""
    if name is None:
        return None
    return next((news for pattern, news in _AGENCY_NAMES if pattern.fullmatch(name.strip())), name)


_ABBREV_END = re.compile(r"\b(?:LLC|Inc|Ltd|Co|Corp|S\.A|L\.P|P\.C|Plc|GmbH|Pty)\.$", re.I)
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]」』]*$")


#: The rights notice that follows a wire's copyright line, alone on its line.
_RIGHTS_NOTICE = re.compile(r"\bmay\s+not\s+be\s+(?:re)?(?:published|produced|reproduced|broadcast|rewritten|redistributed|"
                            r"copied|distributed)\b", re.I)
#: A date alone on its line, with its weekday and time if any: "Tuesday, 4 March 2025", "May 3, 2024 | 10:45 GMT",
#: "2025.03.04 (Tue) 09:30 KST".
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
          r"nov(?:ember)?|dec(?:ember)?)\.?")
_TIME = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|UTC|GMT)(?:\s*[+-]\s*\d{1,2})?\)?)?"
_DATE_ONLY = re.compile(
    rf"^(?:{_TIME}\s*(?:,|\||•|·|-|–|—|on)?\s*)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{4}}([./])\d{{1,2}}\1\d{{1,2}}|\d{{1,2}}(?P<sep>[./])\d{{1,2}}(?P=sep)\d{{4}})(?:\s*\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\))?"
    rf"(?:\s*(?:,|\||•|·|-|–|—|at)?\s*{_TIME}(?:\s*\([A-Z][\w'’-]*\s+time\))?)?$",
    re.I,
)
#: A row of sharing buttons: "Facebook Twitter WhatsApp Email", or their icons' letters ("f  X  in  Mail").
_SHARE_WORDS = frozenset(
    "facebook twitter x whatsapp email e-mail telegram linkedin reddit pinterest print copy link share messenger sms "
    "flipboard bluesky threads instagram mail on via tweet pin copied f in".split()
)
#: The words of that row that are buttons themselves, not their label's words.
_SHARE_BUTTONS = _SHARE_WORDS - {"on", "via", "share", "copy"}
#: The label before a row of sharing buttons: "Share:", "Share this article on:", "Liked this story? Share it:".
_SHARE_LABEL = re.compile(r"^(?i:(?:(?:like[ds]?|enjoy(?:ed|ing)?|lov(?:e|ed))\s+this\s+(?:story|article)\?\s*)?"
                          r"share(?:\s+it|\s+this(?:\s+(?:article|story))?)?(?:\s+(?:on|via))?\s*:\s*)")
#: A row of the page's footer links: "About us | Contact | Terms of use | Privacy policy".
_FOOTER_LINK_WORDS = frozenset(
    "about us contact terms of use service conditions privacy policy cookie cookies settings preferences notice sitemap "
    "site map advertise advertising with careers jobs help faq faqs accessibility subscriptions subscribe manage "
    "corrections rss feeds archive archives imprint legal disclaimer newsletters the and & our team masthead "
    "code ethics dashboard ads".split()
)
#: A paywall or account prompt: "Already a subscriber? Log in", "This article is for subscribers only",
#: "Gift this article", "Start your free trial", "Create a free account to keep reading".
_PAYWALL = re.compile(
    r"^(?:already\s+(?:a\s+)?(?:subscriber|member|registered)|(?:this\s+(?:article|story|content)\s+is\s+)?"
    r"(?:for|exclusive\s+to|available\s+to)\s+(?:paying\s+|premium\s+)?(?:subscribers|members)(?:\s+only)?\s*[.!]?$|"
    r"(?:subscribers?|members?|premium)\s+only\b|unlock\s+(?:this|unlimited|full|all)\b|gift\s+(?:this\s+)?(?:article|story)\b|"
    r"save\s+(?:this\s+)?(?:article|story)\b|start\s+(?:your\s+)?(?:free\s+)?trial\b|create\s+(?:a\s+)?free\s+account\b|"
    r"(?:log|sign)\s+in\s+to\s+(?:continue|read|keep\s+reading|comment)\b)", re.I)
#: Words that attribute a line to a speaker: a line that has them is the story's ("Have your say, the
#: council urged residents"), not the page's.
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|tells|urged|urges|asked|asks|added|wrote|warned|warns|insisted|"
                          r"according\s+to)\b", re.I)
#: A call to readers to comment or support the site: "Have your say", "Let us know in the comments",
#: "We want to hear from you", "Your support helps us stay independent".
_ENGAGE = re.compile(
    r"^(?:have\s+your\s+say\b|(?:what\s+do\s+you\s+think\s*\?\s*)?let\s+us\s+know\s+(?:in\s+the\s+comments|what\s+you\s+think|below)|"
    r"we\s+(?:want|would\s+like|would\s+love|[’']d\s+(?:like|love))\s+to\s+hear\s+from\s+you|tell\s+us\s+(?:what\s+you\s+think|your\s+story)|"
    r"join\s+the\s+(?:conversation|discussion|debate)\b|your\s+support\s+(?:helps|matters|makes|keeps)|"
    r"become\s+a\s+(?:member|subscriber|supporter|patron)\b|"
    r"(?:do\s+you\s+)?(?:have|got)\s+a\s+(?:news\s+|story\s+)?tip\b|send\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?tips\b)", re.I)
#: A cookie or consent banner: "We use cookies to improve your experience ...", "By continuing to use this site ...".
_CONSENT = re.compile(r"^(?:we\s+(?:and\s+our\s+partners\s+)?use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|"
                      r"by\s+(?:continuing\s+to\s+(?:use|browse)|using)\s+(?:this|our)\s+(?:web)?site)\b", re.I)
#: A wire's note on what changed in this version: "(Adds minister's comment in paragraph 5)", "(Updates with toll)".
_WIRE_UPDATE = re.compile(r"^[(\[](?:adds|updates|recasts|changes|corrects|rewrites|refiles|fixes|removes|inserts)\b[^()\[\]]*[)\]]$",
                          re.I)
#: A correction note: "Correction: An earlier version of this story misstated ...", "Clarification (May 3): ...".
_CORRECTION = re.compile(r"^[(\[*]?(?:(?:correction|clarification)s?\s*(?::|\(|[–—-]\s)|an\s+earlier\s+version\s+of\s+this\s+"
                         r"(?:story|article|report|piece)\b)", re.I)
#: A photo credit alone on its line: "Getty Images", "AP Photo/Jane Doe", "Reuters", "EPA-EFE/Jane Doe".
_CREDIT_ALONE = re.compile(
    r"^(?:(?:[A-Z][\w&.'’-]*\s+){0,3}(?i:photo|images|pictures)|Getty|AFP|Reuters|AP|EPA(?:-EFE)?|Shutterstock|Alamy|"
    r"Anadolu|Xinhua|NurPhoto|SOPA\s+Images|ZUMA\s+Press|Bloomberg)(?:\s*(?:/|\s(?i:via)\s)\s*[A-Z][\w&.'’ -]{1,60})?$")
#: A wire's sign-off at the foot, its name after a rule of marks: "==Example", "-- Example News", "== Example ==".
_SIGN_OFF = re.compile(r"^(?:={2,}|-{2,}|_{2,})\s*(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s*(?:={2,}|-{2,}|[–—]{1,2})?$")
#: A label row of the page: "Tags: a, b", "Topics: ...", "Filed under: ...".
_LABEL_ROW = re.compile(r"^(?:related\s+|more\s+)?(?:tags?|topics?|filed\s+under|categories|keywords|more\s+about)(?:\s*:|\s+#\w)", re.I)
#: Page furniture said in words: "Listen to this article", "Reading time: 4 minutes", "Story continues below advertisement",
#: a text-size widget ("Font size: A- A+").
_FURNITURE = re.compile(
    r"^(?:listen\s+to\s+(?:this|the)\s+(?:article|story)(?:\s*[(:·•|–—-]?\s*(?:\d+\s*min(?:ute)?s?|\d{1,2}:\d{2}(?:\s*min(?:ute)?s?)?)\)?)?|"
    r"(?:estimated\s+)?reading\s+time\s*[:·•|–—-]?\s*\d+\s*(?:min(?:ute)?s?)?|"
    r"(?:the\s+)?(?:story|article|text)\s+continues\s+(?:below|after)(?:\s+(?:the\s+)?(?:advertisement|ad|this\s+ad))?|"
    r"continue\s+reading(?:\s+the\s+main\s+story|\s+below)?|click\s+here\s+to\s+(?:read|see|watch|continue)\b.*|"
    r"(?:font|text)\s+size\s*:?(?:\s*[aA][+-]?)+|listen\s*[·•|:–—-]?\s*\d{1,2}:\d{2}(?:\s*min(?:ute)?s?)?|"
    r"(?:(?:log|sign)\s*in|register)\s+to\s+(?:leave|post|add|write)\s+a\s+comment|"
    r"comments?\s*\(\d+\)\s*(?:[–—|·-]\s*)?be\s+the\s+first\s+to\s+comment|be\s+the\s+first\s+to\s+comment|"
    r"trending\s+(?:on|at)\s+[\w&.'’ -]{2,30}|"
    r"comments\s+(?:are|have\s+been)\s+(?:now\s+)?(?:closed|disabled|turned\s+off)(?:\s+(?:for|on)\s+this\s+(?:story|article|post|page))?)"
    r"\s*[.!]?$",
    re.I,
)
#: An advertisement slot with its instruction: "Advertisement - scroll to continue", "AD | Story continues below".
_AD_SLOT = re.compile(r"^(?:advertisement|advert|ad|sponsored(?:\s+content)?)\s*[-–—:|·•]\s*[\w\s'’-]{0,60}$", re.I)
#: A link to the outlet's policies: "Our standards: How Example Wire reports ...", "Editorial policy: ...".
_POLICY_LINK = re.compile(
    r"^(?:our\s+)?(?:editorial\s+)?(?:standards|ethics|editorial\s+(?:policy|guidelines|independence)|"
    r"trust\s+principles|corrections?\s+policy|code\s+of\s+(?:conduct|practice))\s*[:|»›]", re.I)
#: A note that the story is also published in other languages: "This article is also available in: French",
#: "Read in Spanish", "Versión en español", "Esta nota también está disponible en español".
_LANGUAGE_LINK = re.compile(
    r"^(?:(?:this|the)\s+(?:article|story|report|piece|page|text)\s+is\s+(?:also\s+)?available\s+in\b|"
    r"(?:also\s+)?available\s+in\s*:|"
    r"(?:read|leer|lea|leia|ler|lire|lisez)\s+(?:this\s+(?:article|story)\s+)?(?:it\s+)?(?:in|en|em)\s+\w+\W*$|"
    r"(?:versión|version|versão|versione)\s+(?:en|in|em)\s+\w+\W*$)|"
    r"\b(?:disponible|disponível|disponibile|verfügbar)\s+(?:en|em|in|auf)\b", re.I)
#: An author's note at the foot: "Jane Doe is a freelance journalist based in Lima."
_AUTHOR_BIO = re.compile(
    r"^(?!The\s)(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+is\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|photographer|photojournalist|"
    r"producer|fellow)s?\b")
#: An author's note that does not name her: "The author is a senior fellow at ...", "About the author".
_AUTHOR_GENERIC = re.compile(r"^(?:(?:the\s+)?(?:author|writer|columnist)s?\s+(?:is|are)\s+(?:a|an|the)\s|"
                             r"about\s+the\s+(?:author|writer|reporter|contributor|columnist)s?\s*(?::.*)?$)", re.I)
#: An author's note naming her outlet: "Jane Doe reports for Example Wire.", "Jane Doe covers energy for
#: Example Post.", "Jane Doe writes about Asia for ...", "Jane Doe is Example Wire's Africa correspondent."
_AUTHOR_WORKS_FOR = re.compile(
    r"^(?!The\s)(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+(?:"
    r"(?:reports|writes|reported|wrote|works|worked|covers|covered)\s+(?:(?:about|on)\s+)?(?:[\w,&'’-]+\s+){0,6}?(?:for|at)\s+"
    r"(?:the\s+)?[A-Z]|(?:reports|writes)\s+from\s+[A-Z]|"
    r"is\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}['’]s?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|photographer|producer|bureau\s+chief)s?\b)")
#: An e-mail, a web address or a telephone number: one with its country code ("+44 20 7946 0000") or a
#: local number of three and four digits, with its area code if any ("1-876-555-0142", "(212) 555-0100").
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\bwww\.[\w-]+\.\w+|https?://\S+|"
                      r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\w-])|"
                      r"(?<![\w,.+-])(?:\d{1,3}[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])?\d{3}[\s.-]\d{4}(?![\w,.-]*\d)", re.I)
#: The heading of a wire's contact block at the foot: "To contact the reporter on this story:", "To contact the
#: editors responsible for this story:" (the names and addresses follow on the lines below).
_CONTACT_HEAD = re.compile(r"^to\s+contact\s+(?:the\s+)?(?:reporters?|editors?|authors?|writers?|journalists?|correspondents?)"
                           r"\b[\w\s,'’-]{0,50}:$", re.I)
#: The heading and the names on one line: "To contact the reporter on this story: Jane Roe in Oslo".
_CONTACT_INLINE = re.compile(r"^to\s+contact\s+(?:the\s+)?(?:reporters?|editors?|authors?|writers?|journalists?|correspondents?)"
                             r"\b[\w\s,'’-]{0,50}:\s+[A-Z]", re.I)
_CALL_START = re.compile(r"^(?:contact|visit|email|e-mail|write\s+to|send|for\s+more|have\s+a|got\s+a|find\s+more|read\s+more|"
                         r"more\s+at|tips?\b|questions?\b)", re.I)
_LEAD_MARK = re.compile(r"^[→►▶▸»>•·■◆*]+\s*")
_TRAILING_BRACKET = re.compile(r"\[([^\[\]]{2,120})\]\s*$")
#: A credit of a person and an agency after the caption's sentence: "... on Tuesday. Jane Doe / Example Wire",
#: "... on Tuesday. EXAMPLE WIRE/Jane Doe/File Photo".
_NAME_SLASH_TAIL = re.compile(
    r"[.!?][\"'”’)]?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*/\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}){1,2}$"
)


def _is_credit(inner: str) -> bool:
    """Whether bracketed words are a photo credit: "Name/Agency", "AP Photo/Name", "Photo: Name", "Getty Images"."""
    if len(inner.split()) > 12:
        return False
    has_slash = "/" in inner and re.search(r"[A-Z]\w*\s*/\s*[A-Z]", inner) is not None
    has_word = _CREDIT_WORDS.search(inner) is not None and re.search(r"[A-Z]", inner) is not None
    return has_slash or has_word


#: Where a caption names the picture it describes: "A crane stands idle at the quay, in a photo issued by the navy".
_PHOTO_RELEASED = re.compile(r",\s+in\s+(?:a|this|an)\s+(?:(?:handout|undated|file)\s+)?(?:photo(?:graph)?|image|picture|video\s+grab)"
                             r"\s+(?:released|provided|distributed|issued|shared|posted)\s+by\b", re.I)


def _is_caption(line: str) -> bool:
    if (_ILLUSTRATIVE.search(line) or _SIGN_CREDIT_TAIL.search(line)) and len(line.split()) <= 40:
        return True
    if _CAPTION_START.match(line) or _CAPTION_TAIL.search(line) or _CAPTION_CREDIT_TAIL.search(line):
        return True
    if _PHOTOGRAPHER_TAIL.search(line) and len(line.split()) <= 60:
        return True
    if _NAME_SLASH_TAIL.search(line):
        return True
    if _ATTRIBUTION.search(line):
        return False  # "In this photo, the minister said, ...": the story's words
    if _CAPTION_OPEN.match(line) or len(line.split()) <= 40 and _PHOTO_RELEASED.search(line):
        return True
    if _CAPTION_PLACE.search(line) and len(line.split()) <= 45 and len(re.findall(r"[.!?]\s+[A-Z]", line)) == 0:
        return True  # one sentence placing a person in the picture: "Jane Doe, left, greets John Roe in Oslo."
    # A credit alone, in brackets: "(Photo by Jane Doe/Example Wire)", "[Example Wire/Jane Doe]".
    whole = re.fullmatch(r"[(\[]([^()\[\]]{2,120})[)\]]", line)
    if whole and _is_credit(whole.group(1)) and re.search(r"/|(?i:photo|image|picture|credit|getty|courtesy|handout)", whole.group(1)):
        return True
    b = _TRAILING_BRACKET.search(line)
    if b and _is_credit(b.group(1)) and line[: b.start()].rstrip().endswith((".", "!", "?", "”", '"')):
        return True
    m = _TRAILING_PAREN.search(line)
    if not m:
        return False
    inner = m.group(1).strip()
    if _wire_part(inner) and len(line.split()) <= 30 and line[: m.start()].rstrip().endswith(".") \
            and not re.search(r"[.!?]\s+[A-Z]", line[: m.start()]):
        return True  # one sentence that describes a picture, then the wire that took it: "Troops patrol the quay. (EXW)"
    if not _is_credit(inner):
        return False
    has_slash = "/" in inner and re.search(r"[A-Z]\w*\s*/\s*[A-Z]", inner) is not None
    before = line[: m.start()].rstrip()
    # A credit in parentheses that ends a sentence-like line is a caption (credit after the text).
    return bool(before) and (before.endswith((".", "!", "?", "”", '"')) or has_slash or "photo" in inner.lower())


_ROW_SEP = re.compile(r"\s+[|•·]\s+")
#: The items of a menu bar set apart by runs of spaces instead of a separator: "Menu  Search  Subscribe".
_SPACED_ROW = re.compile(r"\s{2,}|\t")
#: A site's menu items that are not controls of the article itself (those are in ``_NAVIGATION``).
_MENU_WORDS = frozenset(
    "subscribe e-paper epaper newsletters podcasts video videos live latest trending donate sections topics watch "
    "account".split()
)


#: A reading or listening time: "5 min read", "4 minutes", "Reading time: 3 min".
_READ_TIME = re.compile(r"^(?:(?:estimated\s+)?reading\s+time\s*:?\s*)?\d+\s*(?:min(?:ute)?s?|m)(?:\s+(?:read|listen))?$", re.I)


#: An outlet's name with its city, a syndicated story's source line at the top: "Example Ledger (Nairobi)".
_OUTLET_PLACE = re.compile(r"^(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})\s+\([A-Z][\w .'’-]{1,30}\)$")
#: An update age after a stamp: "... Updated 2 hours ago".
_UPDATE_AGE = re.compile(r"(?:\s+[|•·])?\s+((?:updated|posted|published)\s+\d+\s+(?:seconds?|min(?:ute)?s?|hours?|days?)\s+ago)$", re.I)
#: A time alone in a row of stamps: "18:45 JST", "8:15 PM GMT+4".
_TIME_ONLY = re.compile(rf"^{_TIME}$", re.I)
#: A comment count in a row of stamps: "12 Comments", "0 comments".
_COMMENT_COUNT = re.compile(r"^\d+\s+comments?$", re.I)
#: A short name in a row of stamps: capitalised words ("Example Radio's Service", "Jane Doe").
_NAME_PART = re.compile(r"^[A-Z][\w/&.'’-]*(?:\s+(?:[A-Z][\w/&.'’-]*|of|the|and|de)){0,5}$")


def _meta_part(part: str) -> bool:
    """Whether one part of a row is a stamp, a date or a reading time."""
    return len(part.split()) <= 12 and bool(
        _STAMP.match(part) and re.search(r"\d", part) or _DATE_ONLY.match(part) or _READ_TIME.match(part))


def _section_part(part: str) -> bool:
    """Whether one part of a row is a section label ("Politics", "Middle East")."""
    words = re.findall(r"[A-Za-z]+", part)
    return 0 < len(words) <= 4 and all(w.lower() in _SECTION_WORDS for w in words) and not _SENTENCE_END.search(part)


def _wire_part(part: str) -> bool:
    """Whether one part of a row is a news agency's name alone ("AFP", "Reuters", "Agence France-Presse")."""
    part = part.strip()
    return part in _WIRE_NAMES or part in _WIRE_NAMES.values() or agency_name(part) != part


#: The separators of a row of stamps: "|", "•", "·" and a dash set apart by spaces ("15 May 2025 — 7 min read").
_STAMP_SEP = re.compile(r"\s+[|•·—–]\s+")
#: A reading time after a stamp, unseparated: "Mon, 3 March 2025, 9:41 AM 6 min read".
_READ_AGE = re.compile(r"(?<=[AaPpMm\d])\s+(\d+\s*min(?:ute)?s?\s+read)$")
#: A credit in a row of stamps: "Source: Example Wire", "Translated by Example Desk staff".
_CREDIT_PART = re.compile(r"^(?:(?i:source)\s*:\s*(?P<wire>.+)|(?i:translated|edited|compiled)\s+(?i:by)\s+[A-Z][\w&.'’ -]{1,50})$")


#: A writer and the desk or agency that filed the story, in a row of stamps: "Jane Doe, EXW".
_WRITER_DESK = re.compile(rf"^{_PERSON},\s*(?=[^\W\d_])[\w&.-]{{2,15}}$")


def _stamp_credit(part: str) -> bool:
    """Whether one part of a row of stamps credits the agency or the desk ("Source: Example Wire")."""
    m = _CREDIT_PART.match(part.strip())
    return m is not None and (m.group("wire") is None or _wire_part(m.group("wire")))


def _is_stamp_row(line: str) -> bool:
    """A row of date stamps and reading times: "Published 3 May 2024, 10:02 GMT | Updated 3 May 2024,
    12:40 GMT", "4 May 2025 · 5 min read", with the section it is filed in ("4 May 2025 | Politics")
    or the agency that filed it ("Reuters | Monday, 4 May 2025, 10:02 (GMT+2)")."""
    # "3 May 2025 10:02 GMT Updated 2 hours ago": a stamp and its update age, unseparated
    line = _READ_AGE.sub(r" | \1", _UPDATE_AGE.sub(r" | \1", line))
    parts = _STAMP_SEP.split(line)
    meta = [_meta_part(p) for p in parts]
    # a time alone and a comment count are stamps of the row too ("3 May 2025 | 18:45 JST | 12 Comments")
    meta = [m or bool(_TIME_ONLY.match(p)) or bool(_COMMENT_COUNT.match(p)) for m, p in zip(meta, parts)]
    # "3 May 2025 | Example Desk | 4 Comments": with a date and a comment count, one short name (the desk or
    # author that filed it) belongs to the row
    named = len(parts) >= 3 and any(_DATE_ONLY.match(p) for p in parts) and any(_COMMENT_COUNT.match(p) for p in parts)
    others = [p for m, p in zip(meta, parts) if not (m or _section_part(p) or _wire_part(p) or _stamp_credit(p))]
    # "Example News | 3 March 2025 | 09:12", "EXW · Strelsau · Published: 4 Mar 2025": a dated, timed row may
    # carry the outlet and the city it was filed from (two short names at most)
    timed = any(re.search(r"\d[:.]\d\d\b", p) for p in parts) and any(_DATE_IN_ROW.search(p) for p in parts)
    if timed and len(others) <= 2 and all(_NAME_PART.match(o) and len(o.split()) <= 3 or _WRITER_DESK.match(o) for o in others):
        others = []
    # two bare dates are a date range ("29 May 2025 | 3 June 2025": an event's), not stamps
    return (len(parts) >= 2 and any(meta) and (not others or named and len(others) == 1 and _NAME_PART.match(others[0]))
            and not all(_DATE_ONLY.match(p) for p in parts))


def _share_words(text: str) -> bool:
    """Whether ``text`` is nothing but sharing buttons ("Facebook, X | Email"), separators aside."""
    return bool(text.split()) and all(w.lower().strip(",|•·[]") in _SHARE_WORDS or not w.strip(",|•·[]")
                                      for w in text.split())


def _share_row(part: str) -> bool:
    """Whether one part of a row is its sharing buttons under their label: "Share: Facebook  X  Email", or under a
    short label in any language ("Compartir / Share:", "Partager :") when three buttons or more follow it."""
    rest = _SHARE_LABEL.sub("", part)
    if rest != part and _share_words(rest):
        return True
    label, colon, rest = part.partition(":")
    buttons = [w for w in rest.split() if w.lower().strip(",|•·[]") in _SHARE_BUTTONS]
    return bool(colon) and 0 < len(label.split()) <= 4 and len(buttons) >= 3 and _share_words(rest)


def _is_footer_links(line: str) -> bool:
    """A row of footer links ("About us | Contact | Privacy policy") or one such link alone
    ("Terms of use"), each link words of the footer's vocabulary only."""
    parts = [p for p in re.split(r"\s*[|•·]\s*", line) if p]
    if not parts or not all(w.lower() in _FOOTER_LINK_WORDS for p in parts for w in re.findall(r"[\w&]+", p)):
        return False
    # one link alone: "Privacy policy", "Terms of use", "Contact us"
    return len(parts) >= 2 or len(parts[0].split()) >= 2 and re.search(
        r"(?i:privacy|terms|cookies?|sitemap|contact|advertise|careers|accessibility|imprint|disclaimer)", parts[0]) is not None


def _strip_end(name: str) -> str:
    name = name.strip().strip(" ,;:|–—-")
    if name.endswith(".") and not _ABBREV_END.search(name):
        name = name[:-1]
    return name.strip() or ""


#: The end of the first sentence of a footer line: a full stop and a capitalised word, unless
#: the stop ends an abbreviation of a company form ("Example Wire Inc. All ...") or an initial.
_FIRST_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)(?<!\bLLC)[.;]\s+(?=[A-Z(])")


def _unbracketed(line: str) -> str:
    """A footer line without the brackets it stands in: "(This story was first published by X.)" -> the
    sentence; a name's own brackets at its end stay ("Source: Example News Agency (ENA)")."""
    s = line.strip()
    return s[1:-1].strip() or s if len(s) >= 2 and s[0] + s[-1] in ("()", "[]") else s


def _first_sentence(line: str) -> str:
    return _FIRST_SENTENCE_END.split(line, maxsplit=1)[0]


#: Where an outlet's name in a footer ends: at a row of links ("Example Post 2025 | Terms | Privacy"),
#: a semicolon ("Example Wire; copyright remains with ...") or a spaced dash ("Example Wire — all rights").
_NAME_END = re.compile(r"\s*[|•·;]\s*|\s+[–—]\s+")


#: Where a name in a footer sentence runs on into the sentence: "Example Content under licence from ...",
#: "Example Wire and is republished ...", "Example Wire as part of ...".
_NAME_TAIL = re.compile(r"\s+(?:under|with|as|via|through|pursuant|per|and\s+(?:is|was|has|are|were)|"
                        r"in\s+(?:partnership|association|cooperation|collaboration))\b.*$|"
                        r",\s+(?:a\s+)?(?:member|part|unit|division)\s+of\b.*$")   # "Example Post, a member of Example Network"


def _without_address(name: str) -> str:
    """An outlet's name without its site's address in brackets: "Example Media (example.com)" -> "Example Media"."""
    return re.sub(r"\s*\((?:www\.)?[\w-]+(?:\.[\w-]+)+\)\.?$", "", name)


def _tidy_name(name: str) -> str:
    """An outlet's name as a footer states it, without a trailing year, acronym in brackets or
    leading lower-case article: "Example Wire 2024" / "the Example News Agency (ENA)" -> the name."""
    name = _NAME_TAIL.sub("", _NAME_END.split(name, maxsplit=1)[0])
    name = _strip_end(name)
    name = re.sub(r"\s*\((?:[A-Z][A-Za-z&.]{0,9})\)$", "", name)
    name = _without_address(name)
    # "Example Wire, ew:250518-930-41/2": the wire's story id after its name
    name = re.sub(r",?\s*\b[a-z]{2,6}:\d{6}-\d{2,4}-\d{3,9}(?:/\d+)?$", "", name)
    name = re.sub(r"[\s,]+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$", "", name)
    name = re.sub(r"^(?:the|a)\s+", "", name)
    return _strip_end(name)


#: Words before the sign in "All content © 2025 Example Wire", "Text and photos (c) Example Wire".
_COPYRIGHT_LEAD = re.compile(r"^(?i:(?:all\s+)?(?:content|text|material|articles?|photos?|images?)(?:\s+and\s+\w+)?\s+)(?=©|\(c\)|copyright)",
                             re.I)
#: A distributor named after the holder: "© 2025 Example Wire, distributed by Example Content".
_DISTRIBUTED_TAIL = re.compile(r",?\s+(?i:distributed|syndicated)\s+(?i:by|via|through)\s+")


def _copyright_holder(line: str) -> str | None:
    parts = re.split(r"\ball rights reserved\b", line, flags=re.I)
    first = parts[0]
    if not first.strip(" .,;:|–—-") and len(parts) > 1:
        first = parts[1].strip(" .,;:|–—-")  # "All rights reserved (c) Example News 2025"
    first = _COPYRIGHT_LEAD.sub("", first.strip())
    first = _DISTRIBUTED_TAIL.split(first, maxsplit=1)[0]
    before = _COPYRIGHT_HOLDER_BEFORE.match(_first_sentence(first.strip()))
    if before and not re.match(r"(?i:©|\(c\)|copyright)", first.strip()):
        return _tidy_name(before.group(1)) or None
    m = _COPYRIGHT_HOLDER.match(_first_sentence(first.strip()))
    if not m:
        return None
    holder = _tidy_name(m.group(1))
    holder = re.sub(r"^(?:(?:19|20)\d\d\s*,?\s*)", "", holder)
    return holder or None


#: Who a syndication footer says wrote the story: "produced by X", "first appeared on X",
#: "under an agreement with X", "X republishes Y dispatches" (Y; X is the site).
_ORIGIN_CUES = (
    re.compile(r"\b(?:published|appeared|produced|written|reported|supplied|ran)\s+(?:on\s+(?:\w+\.?,?\s+){1,3}?(?:19|20)\d\d,?\s+)?"
               r"(?:by|on|in|at)\s+"
               r"(.+?)(?:\s+(?:and|under|on|with|for|as|,)\b.*)?[.]?\s*$", re.I),
    re.compile(r"\b(?:agreement|arrangement|partnership|licen[cs]e|permission)\s+(?:with|from)\s+"
               r"(.+?)(?:\s+(?:and|under|on|for|as|,)\b.*)?[.]?\s*$", re.I),
    re.compile(r"\b(?:courtesy\s+of|on\s+behalf\s+of|republished\s+from|reprinted\s+from)\s+"
               r"(.+?)(?:\s+(?:and|under|on|with|for|as|,)\b.*)?[.]?\s*$", re.I),
)
_REPUBLISHES = re.compile(
    r"^(?P<site>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})\s+(?i:republishes|reprints|carries|syndicates|"
    r"publishes(?=.{0,80}\b(?i:under\s+(?:(?:a|an|the)\s+)?(?:licen[cs]e|agreement|arrangement)|with\s+permission)\b))\s+"
    r"(?:(?i:the)\s+)?(?P<origin>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})\s+"
    r"(?i:dispatches|stories|articles|reports|content|copy|news|coverage)\b"
)
#: The site that republishes the story, in its footer: "Republished on Example Post with permission",
#: "This story was republished by Example Post under ..." (not "republished from X": X wrote it).
_REPUBLISHED_ON = re.compile(
    r"\b(?i:republished|reprinted|reproduced)\s+(?:(?i:here\s+))?(?i:on|by|at|in)\s+"
    r"(?P<site>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,5})")
_ON_BEHALF = re.compile(r"\s+on\s+behalf\s+of\s+", re.I)
_DISTRIBUTED_ANY = re.compile(r"\b(?:distributed|syndicated)\s+by\s+(.+?)\s*$", re.I)


def _copyright_in(footer: str) -> str | None:
    """The holder of a copyright notice that a footer's later sentence holds ("X content is republished
    under licence. © 2025 X.")."""
    sign = _COPYRIGHT_ANY.search(footer)
    return _copyright_holder(footer[sign.start():]) if sign and sign.start() > 0 else None


#: A feed note naming the site that did not edit the copy: "... has not been edited by Example Post staff".
_NOT_EDITED_BY = re.compile(
    r"\b(?i:not\s+(?:been\s+)?edited\s+by)\s+(?:(?i:the)\s+)?(?P<site>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,4}?)"
    r"(?:['’]s)?\s+(?i:staff|editors|newsroom|team)\b")


def _dateline_wire(text: str) -> str | None:
    """The wire agency a dateline credits ("TOKYO (Reuters) -", "Tallinn, May 3 (AFP) -"), or None."""
    for paragraph in text.split("\n\n")[:2]:
        m = _DATELINE_WIRE.match(paragraph) or _DATELINE_CREDIT.match(paragraph)
        if m:
            return _WIRE_NAMES.get(m.group(1))
    return None


def _same_agency(wire: str, holder: str) -> bool:
    """Whether a copyright holder is the wire itself, under its company name or its initials
    ("Reuters" / "Thomson Reuters", "PTI" / "Press Trust of India", "dpa" / "dpa-infocom GmbH")."""
    a, b = (_name_words(agency_name(n)) for n in (wire, holder))
    if not a or not b:
        return False
    if a[0] in b or b[0] in a:
        return True
    return "".join(a) == "".join(w[0] for w in b) or "".join(b) == "".join(w[0] for w in a)


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s-]+", name.lower().strip(" .")) if w and w not in ("the", "of", "and")]


def _closing_agency(removed: list[Removed]) -> str | None:
    """A wire agency's name alone on one of the last lines removed ("AFP", "Reuters"): the credit a
    story from a wire carries at its foot when no copyright line names its author."""
    for r in removed[-3:]:
        name = r.text.strip(" .()[]—–-=_")
        if (r.kind == "caption" or r.kind == "byline" and _SIGN_OFF.match(r.text)) and name in _WIRE_NAMES:
            return _WIRE_NAMES[name]
    return None


def _distributor_after(line: str) -> str | None:
    """The agent a copyright line names after its holder: "Copyright 2025 X. Distributed by Y." or
    "© 2025 X, distributed by Y" -> Y."""
    for sentence in _FIRST_SENTENCE_END.split(line):
        m = _DISTRIBUTOR.match(_unbracketed(sentence)) or _DISTRIBUTED_ANY.search(sentence)
        if m:
            return _strip_end(_without_address(_NAME_TAIL.sub("", _ON_BEHALF.split(m.group(1), maxsplit=1)[0]))) or None
    return None


#: A footer naming its source: "Source: Example News Agency (ENA).", "Source: wire | 3.4.2025".
_SOURCE_LABEL = re.compile(r"^(?i:sources?)\s*:\s*(.+)$")
#: A language a story was first written in ("first published in Spanish and translated by X"): no outlet.
_LANGUAGE_NAME = re.compile(r"^[A-Z][a-z]+(?:ish|ese|ian|ic)$")


def _origin(line: str) -> str | None:
    first = _first_sentence(line)
    if (src := _SOURCE_LABEL.match(first)) and (name := _tidy_name(src.group(1))) and (
            name[0].isupper() or name in _WIRE_NAMES) and len(name.split()) <= 6:
        return name
    for cue in _ORIGIN_CUES:
        m = cue.search(first)
        if m:
            name = _tidy_name(m.group(1))
            if name and _LANGUAGE_NAME.match(name):
                continue
            if name and name[0].isupper():
                return name
    return None


_NAME_RUN = re.compile(r"(?<![\w&.'’-])[A-Z][\w&.'’-]{0,40}(?:\s(?:of\s|and\s|&\s|for\s|de\s|del\s|des\s|du\s|da\s|di\s)?[A-Z][\w&.'’-]{0,40}){1,7}(?![\w&'’-])")


def _expand_credit(credit: str, text: str) -> str:
    """The full name of a dateline credit the article writes out elsewhere: "(ENA)" ->
    "Example News Agency" (its initials), "(Example)" -> "Example Press Agency" (a longer name
    it begins); the credit itself otherwise.  Names are runs of two to eight capitalised words."""
    names = _NAME_RUN.findall(text)
    if re.fullmatch(r"[A-Z]{2,6}", credit):
        for name in names:
            words = name.split()
            for i, w in enumerate(words):
                if not w[0].isupper():
                    continue
                # a run may go on past the name ("Example News Service. Copyright"): try each end
                for j in range(len(words), i, -1):
                    part = words[i:j]
                    if not part[-1][0].isupper():
                        continue
                    whole = "".join(x[0] for x in part if x[0].isupper())
                    # a hyphenated word gives an initial for each part: "Pan-African" -> "PA"
                    parts = "".join(y[0] for x in part for y in x.split("-") if y and y[0].isupper())
                    if credit in (whole, parts):
                        return _strip_end(" ".join(part))
        return credit
    longer = [n for n in names if n.startswith(credit + " ") and len(n.split()) <= len(credit.split()) + 3]
    return max(longer, key=len) if longer else credit


_CALL_VERBS = {"subscribe", "up", "join", "listen", "tune", "turn", "go", "head", "come", "back"}
_PRODUCT_NAME_END = {"brief", "briefing", "digest", "podcast", "newsletter", "roundup", "explained"}


def _named_product(run: list[str], line: str) -> bool:
    """A named product of the site rather than the site: a name ending in a product word
    ("Morning Brief") or followed by an appositive naming the product ("Example Brief, our
    daily podcast")."""
    if run[-1].lower() in _PRODUCT_NAME_END and len(run) > 1:
        return True
    name = re.escape(" ".join(run))
    return re.search(name + r"\s*[,(–—-]\s*(?:our|the|a|its)\s+(?:[\w-]+\s+){0,3}(?:" + "|".join(_PRODUCT_WORDS) + r")\b",
                     line, re.I) is not None


_PRODUCT_WORDS = {"channel", "newsletter", "app", "page", "account", "podcast", "group", "feed", "website", "site",
                  "edition", "briefing", "digest", "alerts", "updates"}


def _promo_site(line: str) -> str | None:
    """The outlet named in its own promo line.

    The site is a run of capitalised words after the call word that is followed by
    a product word ("... Kivu Times WhatsApp channel", "the Savannah Post morning
    briefing"), a possessive ("The Rhine Courier's briefing") or "on <platform>"
    ("Follow Andes Wire Today on X").  Platform names are never the site.
    """
    words = re.findall(r"[\w&.'’-]+", line)
    platforms = set(_PLATFORMS.split("|"))
    best: str | None = None
    i = 1
    while i < len(words):
        w = words[i]
        if not (w[0].isupper() and w.lower() not in platforms):
            i += 1
            continue
        j = i
        run: list[str] = []
        while j < len(words) and (words[j][0].isupper() and words[j].lower() not in platforms
                                   or words[j] == "&" and j + 1 < len(words) and words[j + 1][0].isupper()):
            run.append(words[j])
            j += 1
        possessive = bool(run) and re.search(r"['’]s$", run[-1]) is not None
        if possessive:
            run[-1] = re.sub(r"['’]s$", "", run[-1])
        rest = [x.lower() for x in words[j : j + 3]]
        follows_product = any(x in _PRODUCT_WORDS for x in rest[:2]) or (rest[:1] and rest[0] in platforms)
        follows_platform = rest[:2] and rest[0] == "on" and len(rest) > 1 and rest[1] in platforms
        # The object of the call or of "from": "Subscribe to Example Post for ...", "alerts from Example Post".
        before = words[i - 1].lower()
        called = before == "from" or (before in ("to", "for") and i >= 2 and words[i - 2].lower() in _CALL_VERBS)
        if run and called and run[0].lower() == "the" and len(run) == 1:
            called = False
        if run and (_named_product(run, line) or all(w.lower() in _SHARE_WORDS for w in run)):
            i = j  # "Share on X": a button, no site
            continue
        if run and (possessive or follows_product or follows_platform or called):
            best = " ".join(run)
            break
        i = j
    return best or None


_OUTLET_NAME = r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,4}"
#: A photo credit naming the site's own pictures: "Image credit: Example Monitor archive", "Photo: Jane
#: Doe for Example Dispatch", "(Example Post staff)".
_OWN_PHOTO = re.compile(
    rf"(?:\bfor\s+(?P<site>{_OUTLET_NAME})|(?P<site2>{_OUTLET_NAME})\s+(?i:archives?|staff(?:\s+photo)?|photo\s+archive))"
    r"[)\]]?\s*$")


def _own_photo_site(line: str) -> str | None:
    """The outlet a caption credits with its own photo (``_OWN_PHOTO``), when the name is an outlet's."""
    m = _OWN_PHOTO.search(line)
    if not m:
        return None
    site = m.group("site") or m.group("site2")
    start = m.start("site") if m.group("site") else m.start("site2")
    # the name begins the credit: nothing capitalised runs on before it ("... Jane Doe/Example Monitor archive")
    site = re.split(r"[/:(\[]\s*", site)[-1].strip()
    return site if _site_line(site) and (start == 0 or not line[start - 1].isalnum()) else None


#: What a site says of itself after its name on its identity line at the foot of the page: "Example Post -
#: Independent news from the region", "Example Dispatch · City · English edition".
_IDENTITY_WORDS = re.compile(r"\b(?:news|journalism|edition|analysis|reporting|coverage|newspaper|magazine|"
                             r"since\s+(?:19|20)\d\d|voice\s+of|window\s+on)\b", re.I)
_SITE_IDENTITY = re.compile(rf"^(?P<name>{_OUTLET_NAME})\s*(?:\s[-–—]|[|•·]|(?P<colon>:))\s+(?P<rest>.+)$")


def _site_identity(line: str) -> str | None:
    """The site an identity line names ("Example Post — Independent news from the region"), or None:
    an outlet's name, a separator, and a tagline or edition of one sentence saying what the site is."""
    m = _SITE_IDENTITY.match(line)
    if not m or len(line.split()) > 20 or _ATTRIBUTION.search(line) or _COPYRIGHT_ANY.search(line):
        return None
    name, rest = m.group("name").strip(), m.group("rest").strip()
    if all(w.lower() in _SECTION_WORDS for w in name.split()) or re.search(r"[.!?]\s", rest):
        return None
    if m.group("colon") and _SENTENCE_END.search(rest):
        return None  # "Kenya: news of the deal spread." is a story sentence; "Site: news since 1921" is not
    return name if _IDENTITY_WORDS.search(rest) else None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _unicode(doc: RawDocument) -> RawDocument:
    """The document without lone surrogates (half a character: no Unicode text, and nothing can
    encode it): in the text and metadata (a JSON "\\ud800" escape) they become U+FFFD; in the
    source and URL (a file name that is not UTF-8, as Python reads it) they are written ``\\udcff``,
    as Python writes them on stderr."""
    fields = ("source", "text", "title", "publisher", "byline", "url")
    if not any(isinstance(v, str) and _SURROGATE.search(v) for v in (getattr(doc, f) for f in fields)):
        return doc
    from dataclasses import replace

    def fix(field: str, value: str) -> str:
        if field in ("source", "url"):
            return value.encode("utf-8", "backslashreplace").decode("utf-8")
        return _SURROGATE.sub("\ufffd", value)

    return replace(doc, **{f: fix(f, v) for f in fields if isinstance(v := getattr(doc, f), str)})


@dataclass(frozen=True, slots=True)
class _Line:
    text: str      # normalised
    raw: str       # as in the input
    blank_before: bool


#: Where a later sentence of a line begins.
_LATER_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _promo_call(sentence: str, named: bool = False) -> bool:
    """Whether one sentence is a call to follow, join or subscribe, naming what it offers (or, ``named``, after a
    sentence that named it: "Sign up here.")."""
    return _PROMO_START.match(sentence) is not None and (
        _PROMO_ANY.search(sentence) is not None or _PROMO_PRODUCT.search(sentence) is not None
        or named and len(sentence.split()) <= 4)


#: A wire's end mark alone on its line: "(END)", "Enditem", "-END-".
_END_MARK = re.compile(r"^(?:\((?:end|ends)\)|enditem|-\s*end\s*-)\.?$", re.I)
#: The desk editor's credit alone: "Editor: Jane Doe".
_EDITOR_LINE = re.compile(r"^(?i:(?:web\s+|desk\s+)?editors?)\s*:\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}$")
#: A lone slug in brackets: "(Example)", "(EXN)".
_PAREN_SLUG = re.compile(r"^\(\s*(?=[^\W\d_])[\w.&-]{2,16}\s*\)$")
#: A related-story pointer: "Also of interest: ...", "Also read: ...".
_ALSO_READ = re.compile(r"^also\s+(?:of\s+interest|read|see|on\s+this)\s*:", re.I)
#: A comments disclaimer: "Disclaimer: Comments on X reflect their writers' opinions ...".
_COMMENT_DISCLAIMER = re.compile(r"^disclaimer\s*:\s*(?:the\s+)?comments?\b", re.I)


#: Short words that make a phrase, not a slug of codes ("AFP said", "Reuters is").
_STOP_CODES = frozenset("a an the is was are has had and or of in on to at by for said says new".split())


def _wire_codes(line: str) -> bool:
    """A wire's slug of editor codes: the agency, then short codes ("Example ab cd xx", "EXW KND RHL")."""
    first, *codes = line.split()
    return (1 <= len(codes) <= 6 and _wire_part(first) and all(len(c) <= 4 and c.isalnum() for c in codes)
            and len({c.isupper() or c.islower() for c in codes}) == 1 and not any(c.lower() in _STOP_CODES for c in codes))


def _names_wire(line: str) -> bool:
    """Writers and their wire: "Jane Doe, Example Wire", "Jane Doe and John Roe, Example Wire", "Example staff"."""
    head, sep, wire = line.rpartition(",")
    if sep and _wire_part(wire) and re.fullmatch(_NAMES, head.strip()):
        return True
    return line.endswith(" staff") and _wire_part(line[: -len(" staff")])


def _classify(line: str, index: int, total_body: int, headline: bool = False) -> str | None:
    """Kind of debris for one line, or None when the line belongs to the story.

    ``headline``: the line is where the headline goes (the first line, no title given): a
    product word alone ("app", "podcast", "on X") does not make it promo there, as in
    "Government blocks Telegram app amid protests"; a call to action still does."""
    if _LINK_ARROW.match(line) and len(line.split()) <= 20 and not _SENTENCE_END.search(line):
        return "related"
    line = _LEAD_MARK.sub("", line) or line
    words = len(line.split())
    short = words <= 40
    if words <= 25 and _RIGHTS_NOTICE.search(line) and (index >= total_body - 3 or _COPYRIGHT.search(line)):
        return "copyright"
    if short and _COPYRIGHT.search(line) and (words <= 20 or line.lstrip().startswith(("©", "Copyright", "(c)"))):
        return "copyright"
    bare = _unbracketed(line)  # a footer may stand in brackets: "(This story was first published by X.)"
    if short and _SYNDICATION.match(bare) and (index <= 2 or index >= total_body - 3
                                                 or not re.match(r"(?i:this|the)\s", bare)):
        # "The report was published by ..." is a story line anywhere but at the top or the foot.
        return "syndication"
    if words <= 25 and (_REPUBLISHES.match(line) or index >= total_body - 3 and _SYNDICATION_ANY.search(line)):
        return "syndication"
    if words <= 40 and index >= total_body - 3 and _FEED_NOTE.search(line):
        return "syndication"
    if words <= 30 and _PROMO_START.match(line) and not _ATTRIBUTION.search(line) and (
            _PROMO_ANY.search(line) or _PROMO_PRODUCT.search(line) or words <= 12 and re.search(r"\b(?:us|our)\b", line, re.I)):
        return "promo"
    if words <= 25 and not headline and _PROMO_ANY.search(line) and not _SENTENCE_END.search(line.rstrip("!")):
        return "promo"
    if words <= 30 and not _ATTRIBUTION.search(line) and (sentences := _LATER_SENTENCE.split(line))[1:] and \
            (_PROMO_ANY.search(sentences[0]) or _PROMO_PRODUCT.search(sentences[0])) \
            and any(_promo_call(x, named=True) for x in sentences[1:]):
        return "promo"  # "Get the day's top stories in your inbox. Sign up for our briefing.", "... Sign up here."
    if words <= 16 and (_BYLINE.match(line) and not _BY_TIME.match(line) or _WIRE_CREDIT.match(line)) or words <= 60 and re.match(r"(?i:about\s)", line) \
            and _AUTHOR_GENERIC.match(line):
        return "byline"
    if _WIRE_CREDIT.match(line) and words <= 40:
        return "byline"
    if words <= 30 and _CONTRIBUTED.search(line) and index >= total_body - 4:
        return "byline"
    if words <= 20 and _FOOT_CREDIT.match(line) and index >= total_body - 8:
        return "byline"
    if words <= 15 and _MORE_ON_SITE.match(line):
        return "related"
    if words <= 30 and (_RELATED.match(line) or _RELATED_SITE.match(line) and not re.search(r"[.!][\"'”’)\]]*$", line)) \
            or words <= 6 and _RELATED_LABEL.match(line) or words <= 60 and _RELATED_RUN.match(line):
        return "related"
    if words <= 30 and _UPDATE_NOTE.match(line) and (index <= 3 or index >= total_body - 3):
        return "other"
    if words <= 8 and _NAVIGATION.match(line) or words <= 4 and _SLUG.match(line) \
            or len(re.findall(r"\w+", line)) <= 8 and _CRUMBS.match(line):  # the separators are no words
        return "navigation"
    if words <= 12 and _STAMP.match(line) and re.search(r"\d", line):
        return "other"
    if words <= 12 and _DATE_ONLY.match(line):
        return "other"
    share = _SHARE_LABEL.sub("", line)
    if (2 <= words <= 10 or share != line and words <= 12) and _share_words(share) or words <= 14 and _share_row(line):
        return "navigation"
    if words <= 10 and _AD_SLOT.match(line) and not _SENTENCE_END.search(line):
        return "navigation"
    if words <= 20 and _POLICY_LINK.match(line):
        return "related"
    if words <= 12 and _LANGUAGE_LINK.search(line):
        return "navigation"
    if words <= 15 and _PAYWALL.match(line) or words <= 20 and _ENGAGE.match(line) and not _ATTRIBUTION.search(line):
        return "promo"
    if words <= 60 and _CONSENT.match(line) or not re.search(r"[^\W_]", line):
        return "navigation"  # a consent banner; a separator ("—", "* * *", "___")
    if words <= 30 and _WIRE_UPDATE.match(line) or words <= 40 and _CORRECTION.match(line) and (index <= 3 or index >= total_body - 3):
        return "other"
    if words <= 10 and _CREDIT_ALONE.match(line.lstrip("—–- ")):
        return "caption"
    if words <= 4 and line.isupper() and (_wire_part(line.title()) or _wire_part(line)):
        return "byline"  # a news agency's name alone, in capitals ("KYODO", "YONHAP"): the wire that filed it
    if words <= 4 and index >= total_body - 8 and _SIGN_OFF.match(line):
        return "byline"
    if words <= 30 and _is_footer_links(line):
        return "navigation"
    if words <= 16 and len(parts := _ROW_SEP.split(line)) >= 2 \
            and all(_NAVIGATION.match(p) or _FURNITURE.match(p) or _share_row(p) for p in parts):
        return "navigation"  # "Comments (12) | Sign in to comment", "Listen to this article | Text size: A A A"
    if words <= 10 and len(parts := _SPACED_ROW.split(line.strip())) >= 2 \
            and all(_NAVIGATION.match(p) or p.lower() in _MENU_WORDS for p in parts):
        return "navigation"  # "Menu  Podcasts  Newsletters  Donate": a menu bar, its items set apart by spaces
    if words <= 30 and _LABEL_ROW.match(line):
        return "navigation"
    if words <= 16 and _FURNITURE.match(line):
        return "navigation"
    if words <= 15 and _CONTACT.search(line) and (_CALL_START.match(line) or not _SENTENCE_END.search(line)):
        return "promo"
    if words <= 15 and _CONTACT_HEAD.match(line):
        return "other"
    if words <= 20 and _CONTACT_INLINE.match(line) and not _SENTENCE_END.search(line):
        return "promo"  # "To contact the reporter on this story: Jane Roe in Oslo" on one line
    if words <= 15 and re.search(r"\bclick\s+here\b", line, re.I):
        return "promo"
    if words <= 8 and _MORE_FROM.match(line) and not _SENTENCE_END.search(line):
        return "related"
    if words <= 30 and _is_stamp_row(line):
        return "other"
    if words <= 12 and (_END_MARK.match(line) or _EDITOR_LINE.match(line) or _PAREN_SLUG.match(line) and line.strip("( ")[0].isupper()
                        or _wire_codes(line) or _names_wire(line)):
        return "byline"  # "(END)", "Editor: Jane Doe", "(Example)", "Example ab cd xx", "Jane Doe, Example Wire"
    if words <= 30 and _ALSO_READ.match(line):
        return "related"
    if words <= 30 and _COMMENT_DISCLAIMER.match(line):
        return "other"
    if index >= max(1, total_body - 3) and _site_identity(line):
        return "navigation"  # the site's identity line at the foot
    if words <= 80 and _is_caption(line):
        return "caption"
    return None


#: A masthead at the top of the page: the site's name, then a section, a date or its tagline:
#: "Example Herald | World", "Example Desk | 3 May 2024", "Example Today - Your window on the region".
_MASTHEAD = re.compile(
    r"^(?P<name>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,4})"
    r"\s*(?:\||•|·|\s[-–—]|:{2})\s*(?P<rest>[^|•·]{2,80})$"
)
_SECTION_WORDS = frozenset(
    "news world politics business economy sport sports opinion comment analysis explainer live breaking exclusive "
    "update updates video watch editorial feature features interview review home latest top stories story africa asia "
    "europe americas middle east us uk international national local region regional culture science tech technology "
    "health environment climate defence defense security diplomacy elections election transport markets finance crime "
    "education travel justice media".split()
)


#: Last words of an outlet's name: a line that is only such a name, above the story, is the masthead
#: ("The Example Post", "Example Sea Courier", "Asia Example Today").
_OUTLET_WORDS = frozenset(
    "post times herald courier monitor today journal review daily wire news tribune gazette dispatch observer "
    "express chronicle standard guardian mail telegraph independent press mirror sun nation online insider "
    "weekly voice globe examiner inquirer mercury bulletin sentinel record reporter register leader pioneer "
    "star tribune recorder digest agency service network magazine newsroom report ledger hub".split()
)
#: First words of a label that ends in an outlet word: "Special Report", "Live Updates" (no site's name).
_LABEL_FIRST = frozenset("special investigative exclusive live breaking latest full annual weekly daily news".split())
_SITE_LINE = re.compile(r"^(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+|on\s+)?[A-Z][\w&.'’-]*){1,5}$")


#: A site's name in one word, in capitals or with a capital inside: "EXAMPLEWIRE", "ExampleWire".
_ONE_WORD_SITE = re.compile(r"[A-Z][A-Z0-9&'’-]{2,}|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+")
#: A year in a row of stamps: the date line under a byline.
_DATE_IN_ROW = re.compile(r"\b(?:19|20)\d\d\b")
#: One capitalised word alone on its line: a section's label over the headline ("Energy").
_LABEL_WORD = re.compile(r"[A-Z][\w'’-]*")
#: A person's name alone on its line: two or three capitalised words ("Jane Doe", "Jane A. Doe").
_PERSON_LINE = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,2}")


def _outlets_line(line: str) -> bool:
    """Whether a line is only outlets' names, joined by "/" or alone: "The Example Post/Example News Network"."""
    parts = [p.strip() for p in line.split("/")]
    return len(parts) <= 3 and all(_site_line(p) for p in parts)


def _site_line(line: str) -> bool:
    """Whether a line is an outlet's name alone: two to six capitalised words, the last an outlet word."""
    words = line.split()
    return (_SITE_LINE.match(line) is not None and words[-1].lower().strip(".") in _OUTLET_WORDS
            and not (len(words) == 2 and words[0].lower() in _LABEL_FIRST))


_ROLE_WORDS = re.compile(r"\b(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|staff|bureau\s+chief|"
                         r"analyst|producer|photographer)s?\b", re.I)
#: A crumb of short capitalised names, where the headline goes too: "Africa / Sahel", "World / South Asia"
#: (not "Kenya / Police detain 40", a headline).
_SHORT_CRUMB = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)?(?:\s*/\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)?)+")
_TOP_CRUMB = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,2}(?:\s*(?:>|›|»|/)\s*[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,2})+$")


#: A crumb that says so, whatever follows: "You are here: Home / World / Asia".
_HERE_CRUMB = re.compile(r"you\s+are\s+here\s*[:›»>]", re.I)
#: A site's alert banner above the story: "Weather Alert: Flood watch in effect", "TRAFFIC ALERT: ...".
_ALERT_BANNER = re.compile(r"(?:weather|traffic|storm|travel|school|closings?)\s+(?:alert|advisory|warning)s?\s*:", re.I)


def _top_furniture(line: str, at_title: bool) -> tuple[str, str | None] | None:
    """(kind, site named) for a line of page furniture above the story, or None.

    A section label ("World News", "EXCLUSIVE") or crumb ("News > World") is navigation; a
    masthead names the site, unless what follows the name is a role ("Jane Doe | Staff
    Writer": a byline).  Where the headline goes (``at_title``) a masthead must end in a date
    or section words, so that "Kenya | Police detain 40 protesters" stays a headline."""
    words = re.findall(r"[A-Za-z]+", line)
    if words and len(words) <= 4 and all(w.lower() in _SECTION_WORDS for w in words) and not _SENTENCE_END.search(line):
        return "navigation", None
    if _HERE_CRUMB.match(line) or _ALERT_BANNER.match(line):
        return "navigation", None
    if len(line.split()) <= 9 and _TOP_CRUMB.match(line) and not (at_title and "/" in line and not _SHORT_CRUMB.fullmatch(line)):
        return "navigation", None
    parts = _ROW_SEP.split(line.strip())
    if len(parts) == 2 and (left := re.findall(r"[A-Za-z]+", parts[0])) and all(w.lower() in _SECTION_WORDS for w in left) \
            and 1 <= len(parts[1].split()) <= 3 and all(w[:1].isupper() for w in parts[1].split()):
        return "navigation", None   # "Economy & Politics | Brazil": a section and the region it files under
    site = _masthead(line)
    if site is None:
        return None
    rest = _MASTHEAD.match(_one_meta_part(line)).group("rest")
    if _ROLE_WORDS.search(rest):
        return "byline", None
    if (_site_line(rest.strip()) and not _site_line(site) and not at_title and len(site.split()) <= 4
            and not all(w.lower() in _SECTION_WORDS for w in re.findall(r"[A-Za-z]+", rest))):
        return "byline", None  # "Jane Doe | Example Press": the author and her outlet
    if at_title and not (_DATE_ONLY.match(rest.strip()) or all(w.lower() in _SECTION_WORDS for w in re.findall(r"[A-Za-z]+", rest))):
        return None
    return "navigation", site


def _one_meta_part(line: str) -> str:
    """A masthead row with its first stamp only: "Example Post · 4 May 2025 · 5 min read" ->
    "Example Post | 4 May 2025" (the line itself when it is no such row)."""
    parts = _ROW_SEP.split(line)
    if len(parts) >= 3 and all(_meta_part(p) or _section_part(p) for p in parts[1:]):
        return f"{parts[0]} | {parts[1]}"
    return line


def _masthead(line: str) -> str | None:
    """The site named by a masthead line (``_MASTHEAD``), or None when the line is not one.

    The name is one to five capitalised words that are not all section words ("World | Asia" is
    a crumb, not a site); what follows is a date, a few capitalised section words, or a short
    tagline without a sentence end."""
    if len(line.split()) > 12 or _SENTENCE_END.search(line):
        return None
    m = _MASTHEAD.match(_one_meta_part(line))
    if not m:
        return None
    name, rest = m.group("name").strip(), m.group("rest").strip()
    if all(w.lower() in _SECTION_WORDS for w in name.split()):
        return None
    if len(rest.split()) > 8 or re.search(r"[.!?:;]", rest.rstrip(".")):
        return None
    return name


def _same_outlet(site: str, other: str | None) -> bool:
    """Whether two outlet names are one outlet: equal, or one the start of the other
    ("Example" / "Example News Service"), or one the initials of the other."""
    if not other:
        return False
    a, b = site.lower().split(), other.lower().split()
    if a[0] == "the":
        a = a[1:] or a
    if b[0] == "the":
        b = b[1:] or b
    short, long_ = sorted((a, b), key=len)
    if long_[: len(short)] == short:
        return True
    initials = "".join(w[0] for w in long_)
    return len(short) == 1 and short[0] == initials


_MONTH_NUMBERS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_DAY_MONTH = r"(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]{3,9})\.?)"
#: A full date in a date line: "Thu 3 Apr 2025 14.02 AEDT", "May 3, 2024 | 10:45 GMT".
_DATE_PARTS = re.compile(
    rf"^(?:[A-Za-z]{{3,9}}\.?,?\s+)?{_DAY_MONTH}(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b|^(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b")
#: A dateline with a month and day and no year: "PLACE, Oct 28 (Wire) -", "PLACE, 30 Sept (Wire) -".
_DATELINE_DAY = re.compile(
    rf"^[A-Z][A-Za-z.'’/-]*(?:\s+[A-Z][A-Za-z.'’/-]*){{0,4}}(?:,\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){{0,3}}){{0,2}},\s*"
    rf"{_DAY_MONTH}(?!\d|,?\s*\d)\s*(?:\([^()]{{1,60}}\)\s*)?[-–—]")


def _ymd(year: int, month: str, day: int) -> str | None:
    number = _MONTH_NUMBERS.get(month.lower()[:3])
    if number is None or not re.fullmatch(_MONTH, month, re.I):
        return None
    try:
        return dt.date(year, number, day).isoformat()
    except ValueError:
        return None


#: What may stand before the date in a stamp: its label, a time, a weekday ("Updated 11:02 GMT, Tue 4 Feb 2025").
_STAMP_LEAD = re.compile(
    rf"^(?:(?P<label>(?i:first\s+published|originally\s+published|published|posted|filed|last\s+updated|last\s+modified|"
    rf"updated|modified|issued|date))\s*(?i:on|at)?\s*:?\s*)?(?:{_TIME}\s*(?:,|\||•|·|-|–|—|on)?\s*)?")
#: A foot note stating the day: "This story was first published on 4 February 2025."
_PUBLISHED_ON = re.compile(r"\b(?i:published|posted|filed)\s+(?i:on\s+)?(?=(?:[A-Za-z]{3,9}\.?,?\s+)?\d|[A-Z][a-z]{2,8}\.?\s+\d)")


#: The place before a full date alone on a line: "Nairobi, 4 February 2025", "GENEVA, Tuesday 4 Feb 2025".
_PLACE_DATE = re.compile(r"^[A-Z][\w.'’-]*(?:[ /-][A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})?,\s*"
                         r"(?=[^,]{6,30}$)")


def _date_of_parts(m: re.Match) -> str | None:
    if m.group("iy"):
        try:
            return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id"))).isoformat()
        except ValueError:
            return None
    return _ymd(int(m.group("y")), m.group("m1") or m.group("m2"), int(m.group("d1") or m.group("d2")))


def _stamp_day(line: str) -> tuple[str, bool] | None:
    """(day, whether it is an update stamp) for a date line or stamp removed above the story, its
    parts separated by "|", "·" or "•" ("Example Desk | 27 February 2025", "Updated 11:02 GMT,
    4 February 2025", "By Jane Doe | Published March 14, 2025"); None when no part holds a full date."""
    for part in re.split(r"\s+[|•·]\s+|\s+[–—]\s+", normalize_line(line)):
        lead = _STAMP_LEAD.match(part)
        label = (lead.group("label") or "").lower()
        starts = [lead.end()] + [m.end() for m in re.finditer(r"(?:\s(?i:on)|,)\s+", part)]
        for start in starts:
            m = _DATE_PARTS.match(part[start:])
            if m and (day := _date_of_parts(m)):
                return day, "updated" in label or "modified" in label
    return None


def _published_from_page(raw: str, text: str, removed: list[Removed], year_hint: int | None) -> str | None:
    """The publication day the page states, where the stamps and datelines the dates stage reads
    (``DateResolver.published_from_text``) say nothing: a date line, stamp, masthead or byline row
    removed above the story ("Thu 3 Apr 2025 14.02 AEDT", "Updated 11:02 GMT, 4 February 2025"; a
    publication stamp before an update stamp), a footer saying when the story was published, else a
    dateline's month and day ("PLACE, Oct 28 (Wire) -") in the year of the story's copyright notice."""
    from .dates import DateResolver

    if DateResolver().published_from_text(raw) is not None:
        return None  # the pipeline reads it from the raw text
    stamps = [d for r in removed[:8] if r.kind in ("other", "navigation", "byline") and (d := _stamp_day(r.text))]
    if stamps:
        return next((day for day, update in stamps if not update), stamps[0][0])
    for r in removed:
        if r.kind == "syndication" and (on := _PUBLISHED_ON.search(r.text)):
            m = _DATE_PARTS.match(r.text[on.end():])
            if m and (day := _date_of_parts(m)):
                return day
    for paragraph in text.split("\n\n")[:2]:
        # a place and a full date alone on the story's first line: "Nairobi, 4 February 2025"
        m = _PLACE_DATE.match(paragraph)
        if m and (d := _DATE_PARTS.match(paragraph[m.end():])) and (day := _date_of_parts(d)):
            return day
    if year_hint is None:
        return None
    for paragraph in text.split("\n\n")[:2]:
        m = _DATELINE_DAY.match(paragraph)
        if m:
            return _ymd(year_hint, m.group("m1") or m.group("m2"), int(m.group("d1") or m.group("d2")))
    return None


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 30:
        return False
    last = words[-1]
    if last.endswith(".") and re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z][a-z]{0,3}\.", last):
        return True  # ends with an abbreviation ("U.S.", "Inc.")
    return not line.rstrip().endswith((".", ":", ";", ","))


#: The heading of a list of links, the list on the lines below it: "More from the Asia desk:", "Related ›".
_LIST_HEAD = re.compile(r"(?:[:›»|]|>>?)\s*$")
#: Most links listed under such a heading.
MAX_LINK_LIST = 12


def _link_item(line: str) -> bool:
    """Whether a line reads as one link of a list: a headline (no full stop at its end), not long."""
    line = _LEAD_MARK.sub("", line).lstrip("›▸▹–—- ")
    return 2 <= len(line.split()) <= 20 and not re.search(r"[.!…][\"'”’)\]]*$", line)


def _mark_link_lists(lines: list[_Line], kinds: list[str | None], title_index: int | None) -> None:
    """Mark as related the headlines listed under a heading of links ("More from the Asia desk:"
    then "› Ministers meet in Oslo" lines): the lines right below it that read as links, up to
    the first that does not (a story paragraph ends with a full stop).  Only below the start of
    the story: above it, a label may stand over the headline and its standfirst."""
    first_story = next((i for i, k in enumerate(kinds) if k is None and i != title_index), len(kinds))
    start = first_story + 1 if title_index is None else min(first_story + 1, title_index + 1)
    for i in range(start, len(kinds)):
        text = _LEAD_MARK.sub("", lines[i].text)
        if kinds[i] != "related" or not (_LIST_HEAD.search(text) or _RELATED_LABEL.match(text) or _MORE_FROM.match(text)):
            continue
        items = []
        for j in range(i + 1, min(i + 1 + MAX_LINK_LIST, len(lines))):
            if kinds[j] is not None or not _link_item(lines[j].text):
                break
            items.append(j)
        # above the story, a labelled list must have two links and a paragraph after it (not a standfirst),
        # debris (a caption) left aside
        after = next((j for j in range(items[-1] + 1, len(lines)) if kinds[j] is None), None) if items else None
        if i < first_story and not (_RELATED_LABEL.match(text) and len(items) >= 2 and after is not None
                                    and not _link_item(lines[after].text)):
            continue
        for j in items:
            kinds[j] = "related"


#: Most lines of names and addresses under a contact heading ("To contact the reporter on this story:").
MAX_CONTACT_LINES = 6


def _mark_contact_blocks(lines: list[_Line], kinds: list[str | None]) -> None:
    """Mark as promo the lines of a wire's contact block: under its heading ("To contact the editors
    responsible for this story:"), the short lines with no sentence end ("Jane Doe in Oslo at ...",
    "John Roe"), up to the first that is a story line or other debris."""
    for i, ln in enumerate(lines):
        if kinds[i] != "other" or not _CONTACT_HEAD.match(ln.text):
            continue
        for j in range(i + 1, min(i + 1 + MAX_CONTACT_LINES, len(lines))):
            if kinds[j] == "promo" or kinds[j] == "other" and _CONTACT_HEAD.match(lines[j].text):
                continue
            text = lines[j].text.rstrip(";,")
            if kinds[j] is not None or len(text.split()) > 15 or _SENTENCE_END.search(text):
                break
            kinds[j] = "promo"


def _mark_scene_captions(lines: list[_Line], kinds: list[str | None], title_index: int | None) -> None:
    """Mark as captions the scene captions with no credit (``_is_scene_caption``) that stand between
    two story paragraphs: not the first story line (a standfirst may read like one) nor the last,
    and only in a story told in the past tense (more "said" than "says": a feature told in the
    present has scene sentences of its own)."""
    story_lines = [i for i, k in enumerate(kinds) if k is None and i != title_index]
    story = " ".join(lines[i].text for i in story_lines)
    if len(re.findall(r"\bsaid\b", story)) <= len(re.findall(r"\bsays\b", story)):
        return
    for i in story_lines[1:-1]:
        if _is_scene_caption(lines[i].text):
            kinds[i] = "caption"


#: A caption that names a thing or people in the picture and where they stand, with a participle and no finite
#: verb: "A patrol car parked outside the court in Example City.", "The ferry moored at the quay after the storm.",
#: "Two fishing boats anchored off the cape." (the subject opens with an article or a number).
_PARTICIPLE_CAPTION = re.compile(
    r"^(?:A|An|The|Two|Three|Four|Five|Several|Some)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:[a-z]+(?:ed|ing)|held|seen|shown|taken|left|built|sunk|stuck|torn|driven|drawn|hung|laid|caught)\s+"
    r"(?:on|at|in|near|outside|inside|along|off|by|during|under|behind|beside|next\s+to|across|through|past|into|onto|"
    r"over|around|above|against|amid|among)\s[^\"“”;:]*\.$")
#: The opening of a dateline paragraph: "PLACE, Date (Outlet) -", "PLACE -", "Place (Outlet) -".
_DATELINE_OPEN = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[^—–()]{1,50}?)?\s*(?:\([^()]{1,40}\)\.?)?\s*[—–-]{1,2}\s|"
    r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}(?:,\s*[^—–()]{1,40}?)?\s*\([A-Z][\w.&' ]{1,30}\)\.?\s*[—–-]{1,2}\s")
#: Most story lines read above the dateline paragraph for a caption (a standfirst may stand above it too).
TOP_STORY_LINES = 4
#: A line that stands for a picture in a copied page: "[Image]", "(Photo)", "Image 2 of 5", "Video".
_IMAGE_MARK = re.compile(r"^[\[(]?(?:image|photo|picture|graphic|illustration|video)(?:\s+\d+(?:\s+of\s+\d+)?)?[\])]?$", re.I)


def _participle_caption(line: str) -> bool:
    """Whether a line reads as a caption with no credit and no finite verb: one short sentence naming what the
    picture shows and where (``_PARTICIPLE_CAPTION``), with no speaker, habit, clause or figure of a story sentence."""
    words = len(line.split())
    return (4 <= words <= 22 and _PARTICIPLE_CAPTION.match(line) is not None and not _NOT_SCENE.search(line)
            and not _ATTRIBUTION.search(line) and not re.search(r"[.!?]\s+[A-Z]", line[:-1]))


def _mark_top_captions(lines: list[_Line], kinds: list[str | None], title_index: int | None) -> None:
    """Mark as a caption a caption with no credit (``_participle_caption``) where a page puts one: the first
    story lines, right above the dateline paragraph (under the headline block or its standfirst), or the line right after
    a marker that stands for a picture ("[Image]"), itself debris."""
    for i, ln in enumerate(lines):
        if i != title_index and _IMAGE_MARK.match(ln.text):
            kinds[i] = kinds[i] or "navigation"
            nxt = i + 1
            if nxt < len(lines) and kinds[nxt] is None and nxt != title_index and _participle_caption(lines[nxt].text):
                kinds[nxt] = "caption"
    story = [i for i, k in enumerate(kinds) if k is None and (title_index is None or i > title_index)]
    first = next((n for n, i in enumerate(story[:TOP_STORY_LINES]) if _DATELINE_OPEN.match(lines[i].text)), None)
    if first and _participle_caption(lines[story[first - 1]].text):
        kinds[story[first - 1]] = "caption"


def _mark_author_notes(lines: list[_Line], kinds: list[str | None], title_index: int | None) -> None:
    """Mark as a byline an author's note at the foot: one that does not name her ("The author is a
    senior fellow at ..."), or one naming an author the story never names elsewhere ("Jane Doe is a
    freelance journalist ...", "Jane Doe reports for Example Wire. Follow her on X": a person in the
    story is named before the end)."""
    story_lines = [i for i, k in enumerate(kinds) if k is None and i != title_index]
    for i in story_lines[-2:]:
        if len(lines[i].text.split()) > 60:
            continue
        if _AUTHOR_GENERIC.match(_LEAD_MARK.sub("", lines[i].text)):
            kinds[i] = "byline"
            continue
        bio = _author_note(lines[i].text)
        if bio:
            others = " ".join(lines[j].text for j in story_lines if j != i)
            if not _names_her(bio.group("name"), others):
                kinds[i] = "byline"


#: Titles that may stand before a surname naming the same person ("Ms Doe", "President Doe").
_BEFORE_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Madam|Mme|M|Gen|Col|Capt|Lt|Sgt|Rev|Judge|Justice|"
                             r"President|Minister|Senator|Sen|Rep|Governor|Gov|Ambassador)\.?$")


def _names_her(name: str, text: str) -> bool:
    """Whether a text names the author of a note ("Jane Doe"): her full name, or her surname alone or
    after a title ("Doe said", "Ms Doe"), not a namesake's name sharing her surname ("John Doe", "leader
    Kem Doe": another given name before it)."""
    words = name.split()
    if re.search(r"\b" + re.escape(name) + r"\b", text):
        return True
    for m in re.finditer(r"\b" + re.escape(words[-1]) + r"\b", text):
        before = re.search(r"(\S+)\s+$", text[: m.start()])
        word = before.group(1) if before else ""
        if not word[:1].isupper() or word in words or _BEFORE_SURNAME.match(word) or re.search(r"[.!?:;,\"”’)]$", word):
            return True  # the surname alone ("Doe said", "... in Oslo. Doe said"), after a title or her given name
    return False


def _author_note(line: str) -> re.Match | None:
    line = _LEAD_MARK.sub("", line).lstrip("—–- ")
    return _AUTHOR_BIO.match(line) or _AUTHOR_WORKS_FOR.match(line)


#: Most lines read at the top of the page for the headline (the lines above the story's first paragraph).
TOP_LINES = 8
#: Fewest words of the first story lines a headline is compared with (the first paragraph, and the
#: next when the first is short: a caption or a one-line lede).
LEDE_WORDS = 40
#: Further lines read for the story's first paragraph, below the lines read for the headline (a list of links may stand between).
LEDE_SEARCH = 12


def _content_stems(text: str, stop: frozenset[str]) -> set[str]:
    """The content words of a line as stems (their first five letters, lower case): words of four
    letters or more that are no function word ("Ethiopian" and "Ethiopia", "detains" and "detained"
    share a stem)."""
    return {w[:5] for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in stop}


def _masthead_name(line: str) -> str | None:
    """The site a line above the headline names: a masthead's name ("Example Post | World Edition",
    "EXAMPLEWIRE — News from the coast"), an outlet's name alone ("The Example Courier"), or two to
    five words in capitals alone on the line ("EXAMPLE TIMES ASIA"); None for a tagline."""
    if _site_line(line):
        return line
    if (name := _masthead(line)) or (name := _site_identity(line)):
        return name
    if len(line.split()) <= 5 and line.isupper() and _SITE_LINE.match(line):
        return line
    # a brand written as one word with capitals inside or as a web address, alone or before a
    # tagline or edition: "ExampleWire Coast", "ExampleNews.net — Ports · Shipping"
    head = re.split(r"\s+(?:[|•·]|[-–—])\s+", line, maxsplit=1)[0].strip()
    first = head.split()[0] if head else ""
    if (len(head.split()) <= 3 and not _SENTENCE_END.search(head)
            and (_BRAND_WORD.fullmatch(first) or _WEB_NAME.fullmatch(first))):
        return head
    return None


#: A brand name in one word with a capital inside: "ExampleWire" (not "McKay": each part three letters or more).
_BRAND_WORD = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+")
#: A site named by its web address: "ExampleNews.net", "example.co.uk".
_WEB_NAME = re.compile(r"[A-Za-z][\w-]+\.(?:com|net|org|info|news|co\.[a-z]{2}|[a-z]{2})")


_NAME_SMALL_WORDS = frozenset("the of on for and in".split())


def _site_case(name: str, text: str) -> str:
    """A site's name written in capitals ("EXAMPLE POST", "EXAMPLEWIRE") in the case the page writes it
    elsewhere ("Subscribe to Example Post", "More on ExampleWire"), else with each word capitalised
    ("Example Post"; a word of up to three letters stays in capitals: "ABC", but "The", "of"); a
    name with a number in it is left as it is ("KXYZ 12 NEWS")."""
    if not name.isupper() or len(re.sub(r"\W", "", name)) < 4 or re.search(r"\d", name):
        return name  # a station's brand with its channel number stays as written: "KXYZ 12 NEWS"
    for m in re.finditer(r"(?<![\w&])" + re.escape(name) + r"(?![\w&])", text, re.I):
        if not m.group(0).isupper() and m.group(0)[0].isupper():
            return m.group(0)
    words = []
    for k, w in enumerate(name.split()):
        if w.lower() in _NAME_SMALL_WORDS:
            words.append(w.capitalize() if k == 0 else w.lower())
        else:
            words.append(w if len(w) <= 3 else w.capitalize())  # initials stay: "ABC"
    return " ".join(words)


def _site_like(line: str) -> str | None:
    """A short name that may be a site's, though no outlet word says so: one to four capitalised
    words or numbers before an optional tagline ("Example Finance", "KXYZ 12 NEWS | Your Station",
    "EXAMPLE MIRROR — Business · Energy"); None otherwise.  Trusted only above a headline that sums
    up the story when the name shares nothing (or one word) with it (``_headline_below_masthead``)."""
    head = re.split(r"\s+(?:[|•·]|[-–—])\s+", line, maxsplit=1)[0].strip()
    words = head.split()
    if not 1 <= len(words) <= 4 or _SENTENCE_END.search(head) or words[-1].lower() in _NAME_SMALL_WORDS:
        return None
    if all(re.fullmatch(r"[A-Z0-9][\w&'’.-]*", w) or w.lower() in _NAME_SMALL_WORDS for w in words):
        return head
    return None


#: A row of short section names: "Region Name · Country", "Europe — Energy", "Markets · Farming · Ruritania".
_SECTION_ROW = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)?(?:\s+[·•|›»>/—–]\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)?)+")


def _headline_below_masthead(lines: list[_Line], kinds: list[str | None]) -> tuple[list[int], str | None]:
    """(indexes of the masthead lines above the headline, the site they name) when the headline is not
    the first headline-like line at the top of the page; ([], None) otherwise.

    Read are the unclassified lines above the story's first paragraph (the first line that does not
    read as a headline), the page furniture ``_top_furniture`` knows left aside; a site's name in
    one word at the top ("ExampleWire", "example.com") is read too.  The first line is the site's
    masthead when it names the site (``_masthead_name``: "EXAMPLE TIMES", "Example Post | English
    Edition") and shares at most one content word (``_content_stems``) with the story's first
    paragraph, or when it is a short capitalised name (``_site_like``: "Example Finance") and shares
    none (or, when its last word is an outlet word, "Example Monitor", at most two).  Going down, a row of section names ("Region · Country") and a line that shares few
    content words with the paragraph (at most two, and under half of its own) stand under the
    masthead (a tagline, a promo, the headlines of a "Most Read" list); the first line that shares
    at least two words (three under a name only ``_site_like``) and more than each line above it is
    the headline, unless it shares only two, under half of its own, and a later line shares more.
    When no such headline follows, nothing is moved: the first headline-like line stays the title (a
    headline over a standfirst with no full stop is no masthead: it names no site)."""
    candidates: list[int] = []
    lede: list[str] = []
    n_words = 0
    for i, ln in enumerate(lines):
        if kinds[i] is not None:
            continue
        if not lede:
            if i >= TOP_LINES + LEDE_SEARCH:
                return [], None
            if not candidates and i < TOP_LINES and len(ln.text.split()) == 1 and _masthead_name(ln.text):
                candidates.append(i)
                continue
            if _top_furniture(ln.text, True) is not None or _LABEL_WORD.fullmatch(ln.text) \
                    or len(ln.text.split()) <= 4 and _wire_part(ln.text):
                continue   # (an agency's name alone on its line, "dpa", credits the story: no paragraph of it)
            if _looks_like_headline(ln.text) and i < len(lines) - 1:
                if i < TOP_LINES:
                    candidates.append(i)
                continue
        lede.append(ln.text)
        n_words += len(ln.text.split())
        if n_words >= LEDE_WORDS:
            break
    if len(candidates) < 2 or not lede:
        return [], None
    from .lexicon import read_tsv

    stop = frozenset(w for r in read_tsv("stopwords.tsv") if r["language"] == "en" for w in r["words"].split())
    story = _content_stems(" ".join(lede), stop)
    stems = [_content_stems(lines[i].text, stop) for i in candidates]
    shared = [len(st & story) for st in stems]
    first = lines[candidates[0]].text
    few = shared[0] <= 2 and shared[0] * 2 < max(len(stems[0]), 1) or shared[0] <= 1
    # "Example City Post | All the Example Country news": a masthead row ("name | tagline") may share
    # its place names with the story; it is still the masthead when a line below shares at least twice as many
    few = few or _masthead(first) is not None and any(x >= max(4, 2 * shared[0]) for x in shared[1:])
    name = _masthead_name(first) if few else None
    loose = name is None and shared[0] <= 2 and _site_like(first)
    if loose and shared[0] and loose.split()[-1].lower() not in _OUTLET_WORDS:
        loose = None  # "Port Strike Ends": a short headline sharing a word with the story, no site
    if name is None and not loose and shared[0] <= 1 and len(first.split()) <= 5 and first[:1].isupper() \
            and any(kinds[j] == "navigation" for j in range(candidates[0] + 1, candidates[1])):
        # "Example Voice Region" over a row of sections or share buttons and then the headline: a site's name
        # that holds no outlet word is still the masthead when page furniture stands between it and the headline
        loose = first
    if not (name or loose):
        return [], None
    # two words (three, and two more than the name, under a name only _site_like), or one more than the
    # name when a longer headline is the only line below it
    need = max(3, shared[0] + 2) if loose else 2
    if len(candidates) == 2 and len(lines[candidates[1]].text.split()) > len(first.split()) + 2:
        need = min(need, shared[0] + 1)
    shared_above = shared[0]
    for k in range(1, len(candidates)):
        text = lines[candidates[k]].text
        tagline = shared[k] <= 2 and shared[k] * 2 < max(len(stems[k]), 1)
        if _SECTION_ROW.fullmatch(text) and len(text.split()) <= 8:
            continue  # "Region · Country": a row of sections under the masthead
        if (shared[k] >= need and shared[k] > shared_above
                and (not loose or len(text.split()) > len(loose.split()) + 2)
                and not (tagline and any(x > shared[k] for x in shared[k + 1:]))):
            return candidates[:k], name or loose
        if not tagline:
            break
        shared_above = max(shared_above, shared[k])
    return [], None


def _mark_wire_notes(lines: list[_Line], kinds: list[str | None]) -> None:
    """Below a wire's sign-off at the foot ("-- EXAMPLE"), a line that names the wire again is the wire's note
    about itself ("EXAMPLE provides news and information via EXAMPLE Wires ..."), not the story's."""
    for i in range(max(0, len(lines) - 8), len(lines)):
        sign = _SIGN_OFF.match(lines[i].text) if kinds[i] is not None else None
        if sign is None:
            continue
        name = re.compile(r"(?<![\w&])" + re.escape(sign.group("name")) + r"(?![\w&])", re.I)
        for j in range(i + 1, len(lines)):
            if kinds[j] is None and name.search(lines[j].text):
                kinds[j] = "promo"


def clean(doc: RawDocument) -> CleanDocument:
    """Split a raw document into title, clean body, removed debris and provenance.

    Raises an ``InputError`` when the input or its body is beyond the limits (module docstring)."""
    if len(doc.text) > MAX_RAW_CHARS:
        raise InputError(f"article too long: {len(doc.text)} characters before cleaning (the limit is {MAX_RAW_CHARS})")
    doc = _unicode(doc)
    raw_lines = doc.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines: list[_Line] = []
    blank = False
    for raw in raw_lines:
        norm = normalize_line(raw)
        if not norm:
            blank = True
            continue
        lines.append(_Line(norm, raw.strip("\n"), blank))
        blank = False

    kinds: list[str | None] = [_classify(ln.text, i, len(lines), headline=i == 0 and doc.title is None)
                               for i, ln in enumerate(lines)]

    # The top of the page, down to the first story line: mastheads ("Site | Section", "Site -
    # tagline"), section labels and crumbs are page furniture; the title is the caller's, or the
    # first other line when it reads like a headline, below the site's masthead and tagline when
    # a later line is the one that sums up the story (``_headline_below_masthead``).
    title = doc.title
    title_index: int | None = None
    masthead: str | None = None
    above: list[int] = []
    if title is None:
        above, masthead = _headline_below_masthead(lines, kinds)
        for i in above:
            kinds[i] = "navigation"
    # (the rows under a headline found low on the page, below a "Most Read" list, read too)
    for i, ln in enumerate(lines[:max(8, max(above, default=0) + 6)]):
        if kinds[i] is not None:
            if masthead is None and kinds[i] in ("navigation", "other") and (top := _top_furniture(ln.text, False)):
                masthead = top[1]  # a masthead row removed as a row of stamps: "SITE | Section | 4 min read"
            continue
        src = _OUTLET_PLACE.match(ln.text)
        if src and any(kinds[j] == "copyright" and src.group("name") in lines[j].text for j in range(i + 1, len(lines))):
            kinds[i] = "other"   # "Example Ledger (Nairobi)": the outlet and its city, the outlet the footer names
            continue
        at_title = title is None
        top = _top_furniture(ln.text, at_title)
        if top is not None:
            kinds[i] = top[0]
            masthead = masthead or top[1]
            continue
        # The outlet's name alone on its line: under the headline, or above it when a headline follows;
        # above it, a site's one-word name too ("EXAMPLEWIRE", "ExampleWire"), named as the site when
        # the page names it again below ("Follow ExampleWire on X").
        # (the next line of the story's, a crumb or a section label between left aside)
        nxt = next((j for j in range(i + 1, min(i + 3, len(lines))) if kinds[j] is None), None)
        headline_next = (nxt is not None and _looks_like_headline(lines[nxt].text)
                         and len(lines[nxt].text.split()) > len(ln.text.split()) + 2 and not _site_line(lines[nxt].text))
        if _site_line(ln.text) and (not at_title or headline_next):
            kinds[i] = "navigation"
            masthead = masthead or ln.text
            continue
        if at_title and headline_next and _LABEL_WORD.fullmatch(ln.text) and not _ONE_WORD_SITE.fullmatch(ln.text):
            kinds[i] = "navigation"  # a section's name alone over the headline: "Energy"
            continue
        if at_title and headline_next and _ONE_WORD_SITE.fullmatch(ln.text):
            kinds[i] = "navigation"
            if len(re.findall(r"(?<![\w&])" + re.escape(ln.text) + r"(?![\w&])", doc.text, re.I)) >= 2:
                masthead = masthead or ln.text
            continue
        # "Jane Doe" over "Example Post/Example News Network": the author, then the outlets she files for
        if not at_title and i + 1 < len(lines) and _PERSON_LINE.fullmatch(ln.text) and _outlets_line(lines[i + 1].text):
            kinds[i] = "byline"
            continue
        if not at_title and _outlets_line(ln.text) and "/" in ln.text:
            kinds[i] = "navigation"
            continue
        if _wire_part(ln.text) and len(ln.text.split()) <= 4 and (not at_title or masthead is not None):
            # the agency's name alone under the headline ("Agence France-Presse"), or between the site's masthead
            # and the headline
            kinds[i] = "byline"
            continue
        if not at_title and (site := _site_identity(ln.text)):
            kinds[i] = "navigation"  # "Example Dispatch · City · English edition" under the headline
            masthead = masthead or site
            continue
        if not at_title and len(ln.text.split()) <= 40 and _SYNDICATION.match(_unbracketed(ln.text)):
            kinds[i] = "syndication"  # "This story was first published by X" under the headline
            continue
        if not at_title and _PERSON_LINE.fullmatch(ln.text) and any(
                0 <= j < len(lines) and kinds[j] is not None and _DATE_IN_ROW.search(lines[j].text) for j in (i + 1, i - 1)):
            kinds[i] = "byline"  # "Jane Roe" alone under the headline, over or under the date stamp
            continue
        if not at_title and _NAMES_LINE.match(ln.text) and len(ln.text.split()) <= 12:
            kinds[i] = "byline"  # "Jane Doe and John Roe" under the headline
            continue
        if at_title and _looks_like_headline(ln.text) and i < len(lines) - 1:
            title, title_index = ln.text, i
            continue
        break

    _mark_link_lists(lines, kinds, title_index)
    _mark_contact_blocks(lines, kinds)
    _mark_author_notes(lines, kinds, title_index)
    _mark_scene_captions(lines, kinds, title_index)
    _mark_top_captions(lines, kinds, title_index)
    # A line with only debris below it stands at the foot, however many debris lines follow it ("This
    # story was translated by X" above a row of related links, a promo and the copyright line).
    k = len(lines) - 1
    while k > 0:
        while k > 0 and kinds[k] is not None:
            k -= 1
        if k <= 0 or k == title_index or (kind := _classify(lines[k].text, len(lines) - 1, len(lines))) is None:
            break
        kinds[k] = kind

    _mark_wire_notes(lines, kinds)

    removed: list[Removed] = []
    body: list[list[str]] = []
    publisher = doc.publisher or (_site_case(masthead, doc.text) if masthead else None)
    promo_site: str | None = None
    original = None
    page_holder: str | None = None
    distributor = None
    byline = doc.byline
    published = doc.published
    year_hint: int | None = None
    for i, ln in enumerate(lines):
        if i == title_index:
            continue
        kind = kinds[i]
        if kind is None:
            if ln.blank_before or not body:
                body.append([])
            body[-1].append(ln.text)
            continue
        removed.append(Removed(kind, ln.raw.strip()))
        if kind == "copyright":
            holder = _copyright_holder(ln.text)
            if holder and original is None:
                original = page_holder = holder
            year = re.search(r"\b(19\d\d|20\d\d)\b", ln.text)
            if year:
                year_hint = int(year.group(1))
            distributor = distributor or _distributor_after(ln.text)
        elif kind == "syndication":
            footer = _unbracketed(ln.text)
            m = _DISTRIBUTOR.match(_first_sentence(footer))
            if m and distributor is None:
                # "Distributed by X on behalf of Y": X distributes, Y wrote the story.
                parts = _ON_BEHALF.split(m.group(1), maxsplit=1)
                agent, principal = parts[0], (parts[1] if len(parts) > 1 else "")
                distributor = _strip_end(_without_address(_strip_end(agent))) or None
                if principal and original is None:
                    original = _tidy_name(principal) or None
            elif original is None:
                original = _origin(footer) or _copyright_in(footer)
            if _COPYRIGHT_ANY.search(footer) and year_hint is None and (year := re.search(r"\b(19\d\d|20\d\d)\b", footer)):
                year_hint = int(year.group(1))
            d = _DISTRIBUTED_ANY.search(_first_sentence(ln.text))
            if d and distributor is None:
                distributor = _tidy_name(_ON_BEHALF.split(d.group(1), maxsplit=1)[0]) or None
        elif kind == "promo" and promo_site is None:
            promo_site = _promo_site(ln.text)
        elif kind == "caption" and promo_site is None:
            promo_site = _own_photo_site(ln.text)
        elif kind == "byline" and byline is None and (bio := _author_note(ln.text)):
            byline = bio.group("name")
        elif kind == "byline" and byline is None and not (_WIRE_CREDIT.match(ln.text) or _AUTHOR_GENERIC.match(ln.text)
                                                          or _SIGN_OFF.match(ln.text)):
            byline = re.sub(r"^(?:by|written\s+by|words\s+by|story\s+by|report\s+by|text\s+by)\s*:?\s+", "", ln.text, flags=re.I)
            byline = _BYLINE_STAMP.split(byline, maxsplit=1)[0]
        if kind in ("copyright", "syndication") and publisher is None and (on := _REPUBLISHED_ON.search(ln.text)):
            publisher = _tidy_name(on.group("site")) or None
        if kind in ("copyright", "syndication") and (rep := _REPUBLISHES.match(ln.text)):
            original = original or _tidy_name(rep.group("origin")) or None
            publisher = publisher or _tidy_name(rep.group("site")) or None
        if kind == "syndication" and publisher is None and (staff := _NOT_EDITED_BY.search(ln.text)):
            publisher = _tidy_name(staff.group("site")) or None
        if kind == "navigation" and publisher is None and i >= len(lines) - 3:
            publisher = _site_identity(ln.text)

    # Paragraphs: a blank line separates them in the input; without blank lines, every line is one.
    has_blank_lines = any(ln.blank_before for ln in lines[1:])
    paragraphs = [" ".join(p) if has_blank_lines else None for p in body]
    if not has_blank_lines:
        paragraphs = [line for p in body for line in p]
    text = "\n\n".join(p for p in paragraphs if p)

    check_prose(text)
    if original is None:
        m = _DATELINE_WIRE.match(text)
        if m:
            original = _WIRE_NAMES.get(m.group(1), m.group(1))
    if original is None:
        # The dateline opens the first story paragraph, or the second after a standfirst.
        m = next((d for p in text.split("\n\n")[:2] if (d := _DATELINE_CREDIT.match(p))), None)
        if m and (m.group(1) in _WIRE_NAMES or not _CREDIT_WORDS.fullmatch(m.group(1))):
            # a wire's own name credited in a dateline ("Tallinn (AFP) -") is no photo credit
            credit = _strip_end(m.group(1))
            original = _WIRE_NAMES.get(credit) or _expand_credit(credit, doc.text) or None
    if original is None:
        original = _closing_agency(removed)
    wire = _dateline_wire(text)
    if wire and original is not None and original == page_holder and not _same_agency(wire, original):
        # "© 2025 Example Times" under a story whose dateline credits a wire: the site holds the page's copyright
        publisher, original = publisher or original, wire
    elif original is not None and original == page_holder and publisher and _same_outlet(publisher, original):
        # the masthead's site holds the page's copyright ("Example Times | © 2025"): the outlet its
        # dateline credits wrote the story ("ATHENS, 3 May 2025 (ENA) -"), unless that is the site again
        credit = next((m.group(1) for p in text.split("\n\n")[:2] if (m := _DATELINE_CREDIT.match(p))), None)
        if credit and not _CREDIT_WORDS.fullmatch(credit) and not _same_outlet(credit, publisher):
            original = _expand_credit(_strip_end(credit), doc.text) or original
    if published is None:
        published = _published_from_page(doc.text, text, removed, year_hint)
    # The site's own promo line names the publisher, unless the site is the story's own outlet
    # (the wire promoting itself: "Follow Example on X" above "(c) Example News Service").
    if publisher is None and promo_site and not _same_outlet(promo_site, original):
        publisher = promo_site  # or the site whose own photo the caption credits
    return CleanDocument(
        source=doc.source,
        title=title,
        text=text,
        removed=tuple(removed),
        publisher=publisher,
        original_publisher=agency_name(original),
        distributor=distributor,
        byline=byline,
        published=published,
        year_hint=year_hint,
    )


#: Tokens ending in a full stop that do not end a sentence for the parser: "U.S.", "A.", "Gen.", "Mr."
_NO_END = re.compile(r"[\"'“‘(\[]*(?:(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.)[\"'”’)\]]*")


def _latin(text: str) -> bool:
    return sum(1 for ch in text if ord(ch) < 0x250) * 2 > len(text)


def _excerpt(words: list[str]) -> str:
    text = " ".join(words[:6])
    return (text[:40] + "…") if len(text) > 40 else text


def check_prose(text: str) -> None:
    """Raise an ``InputError`` when a clean body is beyond the limits the coder handles in
    bounded time (see the module docstring); return None otherwise.

    A sentence is counted the way the parser sees one: line breaks do not end it (a list of
    lines without full stops is parsed as one sentence), "!", "?", "…" and a full stop do,
    except the full stop of an initial or abbreviation ("U.S.", "Gen.").  Text that is not
    mostly Latin script is not held to the sentence and word limits: it is not parsed.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"article too long: {len(text)} characters after cleaning (the limit is {MAX_TEXT_CHARS})")
    run: list[str] = []
    for word in text.split():
        if len(word) > MAX_WORD_CHARS and _latin(word):
            raise InputError(f"not article prose: a word of {len(word)} characters with no space, "
                             f"from {_excerpt([word[:40]])!r} (the limit is {MAX_WORD_CHARS})")
        run.append(word)
        if _SENTENCE_END.search(word) and not (word[-1] == "." and _NO_END.fullmatch(word)):
            run = []
        elif len(run) > MAX_SENTENCE_WORDS and _latin(" ".join(run)):
            raise InputError(f"not article prose: over {MAX_SENTENCE_WORDS} words with no sentence end, "
                             f"from {_excerpt(run)!r} (the limit is {MAX_SENTENCE_WORDS})")


__all__ = ["clean", "normalize_line", "check_prose", "MAX_RAW_CHARS", "MAX_TEXT_CHARS", "MAX_SENTENCE_WORDS", "MAX_WORD_CHARS"]
