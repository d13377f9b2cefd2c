"""Quotes: direct and reported speech and who said it (sentences written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.quotes import ATTRIBUTION_CUES, SPEECH_CUES, QuoteCoder, quote_spans

HEADLINE = "Talks stall as tensions rise"


@pytest.fixture(scope="module")
def coder():
    from eventwire import Coder

    return Coder()


def code(coder, body: str):
    """(record, doc, quotes) for one article body."""
    record = coder.code_text(f"{HEADLINE}\n\n{body}")
    doc = coder.parser.parse(record.article.text)
    quotes = QuoteCoder().code(doc, record.actors)
    check_spans(doc.text, quotes, record.actors)
    return record, doc, quotes


def check_spans(text: str, quotes, actors) -> None:
    ids = {a.id for a in actors}
    assert [q.id for q in quotes] == [f"Q{n}" for n in range(1, len(quotes) + 1)]
    assert [q.text for q in quotes] == sorted(q.text for q in quotes)
    for q in quotes:
        s, e = q.text
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        assert text[s] not in "“”\"" and text[e - 1] not in "“”\""
        if q.cue is not None:
            assert 0 <= q.cue[0] < q.cue[1] <= len(text)
        assert q.speaker is None or q.speaker in ids


def said(record, quote) -> str | None:
    """Name of the quote's speaker."""
    return next((a.name for a in record.actors if a.id == quote.speaker), None)


def text_of(record, quote) -> str:
    return record.article.text[quote.text[0]:quote.text[1]]


def cue_of(record, quote) -> str | None:
    return record.article.text[quote.cue[0]:quote.cue[1]] if quote.cue else None


# -- direct quotes -------------------------------------------------------------------------


def test_curly_quote_with_cue_after_it(coder):
    r, _, qs = code(coder, "Interior Minister Rosa Salinas met protesters in Santiago on Monday. "
                           "“We will not let the streets burn,” Salinas told reporters.")
    (q,) = qs
    assert q.direct and text_of(r, q) == "We will not let the streets burn,"
    assert said(r, q) == "Rosa Salinas" and cue_of(r, q) == "told"


def test_straight_quote_with_pronoun_speaker(coder):
    r, _, qs = code(coder, 'Opposition leader Tomas Ibarra addressed supporters in Valparaiso on Sunday. '
                           '"The election was stolen from the people," he said.')
    (q,) = qs
    assert q.direct and text_of(r, q) == "The election was stolen from the people,"
    assert said(r, q) == "Tomas Ibarra" and cue_of(r, q) == "said"


def test_she_goes_to_the_subject_of_the_sentence_before(coder):
    r, _, qs = code(coder, "Prime Minister Ana Duarte met union leader Pedro Soto in Lisbon on Friday. "
                           "“There is no money left,” she told parliament later.")
    (q,) = qs
    assert said(r, q) == "Ana Duarte"


def test_split_quote_has_one_speaker_for_both_parts(coder):
    r, _, qs = code(coder, "“The border will stay closed,” said Defence Minister Karim Haddad, “until the attacks stop.”")
    assert [text_of(r, q) for q in qs] == ["The border will stay closed,", "until the attacks stop."]
    assert all(q.direct for q in qs)
    assert {said(r, q) for q in qs} == {"Karim Haddad"}
    assert {cue_of(r, q) for q in qs} == {"said"}


def test_quote_after_a_colon(coder):
    r, _, qs = code(coder, "Kenyan Interior Secretary John Kamau said: “Nobody is above the law.”")
    (q,) = qs
    assert text_of(r, q) == "Nobody is above the law."
    assert said(r, q) == "John Kamau" and q.direct


def test_quote_running_over_paragraphs_is_one_quote(coder):
    body = ("Rebel commander Ismael Ortega spoke to reporters near the front on Thursday.\n\n"
            "“We have withdrawn from the city and we will not return.\n\n"
            "“Our fighters are tired, and the people are hungry,” he said.")
    r, _, qs = code(coder, body)
    (q,) = [q for q in qs if q.direct]
    quoted = text_of(r, q)
    assert quoted.startswith("We have withdrawn") and quoted.endswith("the people are hungry,")
    assert said(r, q) == "Ismael Ortega" and cue_of(r, q) == "said"


def test_quote_paragraph_without_cue_continues_the_speaker_before(coder):
    body = ("“We are ready to talk,” Venezuelan opposition leader Maria Lopez told supporters in Caracas.\n\n"
            "“But we will not accept another rigged vote.”")
    r, _, qs = code(coder, body)
    assert [text_of(r, q) for q in qs] == ["We are ready to talk,", "But we will not accept another rigged vote."]
    assert [said(r, q) for q in qs] == ["Maria Lopez", "Maria Lopez"]


def test_partial_quote_attributed_by_a_verb(coder):
    r, _, qs = code(coder, "Ecuadorean Foreign Minister Pablo Rivas called the deal “historic” on Wednesday.")
    (q,) = qs
    assert text_of(r, q) == "historic" and q.direct
    assert said(r, q) == "Pablo Rivas" and cue_of(r, q) == "called"


def test_partial_quote_inside_reported_speech_is_one_quote(coder):
    r, _, qs = code(coder, 'French Interior Minister Louis Marchand said the situation was "under control" on Tuesday.')
    (q,) = qs
    assert q.direct and text_of(r, q) == "under control"
    assert said(r, q) == "Louis Marchand" and cue_of(r, q) == "said"


def test_scare_quotes_and_names_are_not_quotes(coder):
    _, _, qs = code(coder, "The army deployed troops to the so-called “red zone” on Monday. "
                           "Soldiers from the “Iron Shield” unit set up checkpoints near a “security perimeter”.")
    assert qs == ()


def test_quote_of_the_term_a_body_used(coder):
    r, _, qs = code(coder, "What the Bolivian government termed a “temporary measure” has now lasted a year.")
    (q,) = qs
    assert text_of(r, q) == "temporary measure" and cue_of(r, q) == "termed"
    assert said(r, q) is not None and "government" in said(r, q)


# -- reported speech -----------------------------------------------------------------------


def test_reported_speech_is_the_complement_clause(coder):
    r, _, qs = code(coder, "Union leader Marta Quiroga said on Tuesday that the strike would continue until wages rose.")
    (q,) = qs
    assert not q.direct
    assert text_of(r, q) == "the strike would continue until wages rose"
    assert said(r, q) == "Marta Quiroga" and cue_of(r, q) == "said"


def test_reported_speech_with_pronoun_subject(coder):
    r, _, qs = code(coder, "Chilean President Laura Vidal spoke in Santiago on Friday. "
                           "She said the talks would resume next week.")
    (q,) = qs
    assert not q.direct and text_of(r, q) == "the talks would resume next week"
    assert said(r, q) == "Laura Vidal"


def test_said_after_its_subject_inversion(coder):
    r, _, qs = code(coder, "The opposition would win the runoff, said Peruvian analyst Jorge Medina.")
    (q,) = qs
    assert not q.direct and text_of(r, q) == "The opposition would win the runoff"
    assert said(r, q) == "Jorge Medina"


def test_according_to_the_ministry(coder):
    r, _, qs = code(coder, "The ceasefire in the north collapsed on Sunday, according to the ministry.")
    (q,) = qs
    assert not q.direct and cue_of(r, q) == "according to"
    assert text_of(r, q) == "The ceasefire in the north collapsed on Sunday"
    assert said(r, q) is not None and "ministry" in said(r, q).lower()


def test_told_and_wrote_on_social_media(coder):
    r, _, qs = code(coder, "Senator Paul Grant wrote on X that the agreement was a victory for both countries. "
                           "Foreign Minister Hector Vega told reporters the tariffs would be lifted in June.")
    assert [(text_of(r, q), said(r, q), cue_of(r, q)) for q in qs] == [
        ("the agreement was a victory for both countries", "Paul Grant", "wrote"),
        ("the tariffs would be lifted in June", "Hector Vega", "told"),
    ]


def test_statement_that_clause(coder):
    r, _, qs = code(coder, "Peru's foreign ministry said in a statement that it had recalled its ambassador from Quito.")
    (q,) = qs
    assert text_of(r, q) == "it had recalled its ambassador from Quito"
    assert "ministry" in said(r, q).lower()


def test_negated_or_open_speech_is_not_a_quote(coder):
    _, _, qs = code(coder, "Officials did not say whether the talks would resume. Police refused to say how many were held.")
    assert qs == ()


def test_verbs_that_are_not_speech_make_no_reported_speech(coder):
    _, _, qs = code(coder, "The Chilean government accused the rebels of attacking a police post and sent troops to the area.")
    assert qs == ()


# -- quote marks ---------------------------------------------------------------------------


def test_quote_spans_pairs_marks_in_each_paragraph():
    text = 'He said "yes" and “no”.\n\nShe called it ‘vital’ and left.'
    got = [text[s:e] for s, e, _ in quote_spans(text)]
    assert got == ["yes", "no", "vital"]


def test_quote_spans_continue_only_into_a_paragraph_opening_with_a_mark():
    text = "“First part.\n\n“Second part,” he said.\n\nAn “open quote never closed.\n\nPlain text follows."
    spans = quote_spans(text)
    got = [text[s:e] for s, e, _ in spans]
    assert got == ["First part.\n\n“Second part,", "open quote never closed."]
    assert [p for _, _, p in spans] == [0, 2]


def test_apostrophes_are_not_quote_marks():
    text = "The rebels’ demands and the army’s reply were ‘unacceptable’, officials said."
    assert [text[s:e] for s, e, _ in quote_spans(text)] == ["unacceptable"]


def test_cue_lists_are_immutable_lemmas():
    for cues in (SPEECH_CUES, ATTRIBUTION_CUES):
        assert isinstance(cues, tuple) and cues
        assert all(c == c.lower() and " " not in c for c in cues)
        assert len(set(cues)) == len(cues)
    assert not set(SPEECH_CUES) & set(ATTRIBUTION_CUES)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .,\n"“”‘’\'')), max_size=80))
def test_quote_spans_stay_inside_the_text_and_exclude_the_marks(text):
    last = -1
    for s, e, _ in quote_spans(text):
        assert 0 <= s < e <= len(text) and s >= last
        assert text[s] not in '"“”' and text[e - 1] not in '"“”'
        assert not text[s].isspace() and not text[e - 1].isspace()
        last = s


def test_empty_document(coder):
    doc = coder.parser.parse("")
    assert QuoteCoder().code(doc, ()) == ()


def test_name_hung_on_the_end_of_a_role_chain_speaks_for_the_role(coder):
    r, _, qs = code(coder, "The Anglican bishop of Garissa, Peter Otieno, urged the county government to act, saying that "
                           "\"the families of this town have waited long enough for help.\"")
    (q,) = qs
    assert said(r, q) == "Peter Otieno"


def test_citing_and_sentencing_attribute_a_quoted_phrase_to_the_subject(coder):
    r, _, qs = code(coder, "The transport ministry suspended all flights to the island on Monday, citing "
                           "\"unacceptable safety risks\" at its airport.")
    (q,) = qs
    assert said(r, q) == "transport ministry" and cue_of(r, q) == "citing"
    r, _, qs = code(coder, "A Lusaka magistrate on Friday sentenced two activists to a year in prison for "
                           "\"inciting public disorder through online posts\", their lawyer said.")
    assert [said(r, q) for q in qs if "inciting" in text_of(r, q)] == ["Lusaka magistrate"]


# -- who speaks: the speaker of the sentence's one direct quote ------------------------------


#: (why, body, accepted speaker names; "~word": any speaker whose name holds the word)
DIRECT_SPEAKER_CASES = [
    ("a_middle_surname_names_the_speaker",
        "Labour Minister Carlos Medina Ruiz met union leaders in Valencia on Monday. "
        "Medina dismissed the union's plan as “costly and unrealistic.”",
        ("Carlos Medina Ruiz",)),
    ("the_head_noun_of_a_body_names_it",
        "The Alliance for Democratic Change held a rally in Lusaka on Saturday. "
        "In a statement, the Alliance demanded the release of its members and said the police "
        "were “afraid of a peaceful crowd with banners.”",
        ("Alliance for Democratic Change",)),
    ("a_participle_after_a_reported_clause_belongs_to_the_first_speaker",
        "Regional police chief Tomas Varga denied that officers had opened fire on unarmed people, "
        "saying they had responded to “armed looters” that attacked shops.",
        ("Tomas Varga",)),
    ("a_passive_inside_reported_speech_is_the_reporters_words",
        "Kenya's foreign ministry said the two attaches at the embassy in Nairobi had been "
        "declared “persona non grata” for spying.",
        ("Kenya's foreign ministry", "Kenyan foreign ministry", "foreign ministry")),
    ("name_in_apposition_to_a_root_noun_speaks",
        "Chile's foreign minister, Andrea Fuentes, called Peru's decision “a gift to the traffickers”.",
        ("Andrea Fuentes",)),
    ("a_short_name_kept_apart_speaks_as_the_full_name",
        "The European Commission proposed new fishing quotas on Monday. "
        "A Commission spokesperson said on Tuesday that the executive was “ready to listen to "
        "the fishermen” before the vote.",
        ("European Commission",)),
    ("a_named_person_beside_a_role_speaks_rather_than_the_role",
        "Iraqi military spokesman Major General Tahsin al-Khafaji said the attack had failed and "
        "warned that smugglers would be hunted “wherever they hide”.",
        ("Tahsin al-Khafaji",)),
    ("the_role_before_a_cue_in_a_second_clause_speaks_not_the_first_subject",
        "Norway and Sweden condemned the raid, and Sweden's defence minister called on NATO to "
        "send more ships to the Baltic \"within weeks\".",
        ("~minister",)),
    ("the_head_of_a_relative_clause_speaks_for_a_cue_hung_at_its_end",
        "The governor, who was appointed last year and holds few formal powers, called for calm "
        "and urged the police to act “with restraint and patience”.",
        ("~governor",)),
    ("a_participle_after_the_second_reported_clause_belongs_to_the_reporter",
        "Ukraine's defence ministry said in a statement that its troops had held their line and that "
        "Russian units had instead shelled villages near Kupiansk overnight, calling Moscow's account "
        "\"a crude fabrication meant to stall the talks.\"",
        ("Ukraine's defence ministry", "Ukrainian defence ministry", "~defence ministry")),
    ("expressing_a_short_phrase_attributes_it",
        "Turkey's foreign ministry expressed \"deep concern\" over the clashes near the border.",
        ("Turkey's foreign ministry", "Turkish foreign ministry", "~foreign ministry")),
]


@pytest.mark.parametrize("why, body, speakers", DIRECT_SPEAKER_CASES, ids=[c[0] for c in DIRECT_SPEAKER_CASES])
def test_speaker_of_the_direct_quote(coder, why, body, speakers):
    r, _, qs = code(coder, body)
    (q,) = [q for q in qs if q.direct]
    name = said(r, q)
    assert name is not None
    assert any(name == s or (s.startswith("~") and s[1:] in name) for s in speakers), (why, name)


@pytest.mark.parametrize("text, quoted, speaker", [
    # "the group" speaks for the armed body named before
    ("The Western Liberation Front said its fighters had withdrawn from the town. The group accused the army of "
     "trying to \"starve the valley into submission\" and vowed to return.", "starve the valley", "Western Liberation Front"),
    # "he" goes to a spokesman whose name the recogniser left untagged
    ("The court banned the party on Monday. Government spokesman Pen Rathana accused the party leaders of "
     "\"plotting unrest\" and said they would face a judge. \"Nobody is above the law,\" he told state radio.",
     "above the law", "Pen Rathana"),
])
def test_speaker_resolved_through_the_document(coder, text, quoted, speaker):
    record, doc, quotes = code(coder, text)
    names = {a.id: a.name for a in record.actors}
    q = next(q for q in quotes if quoted in doc.text[q.text[0]:q.text[1]])
    assert names.get(q.speaker) == speaker


@pytest.mark.parametrize("text, speaker", [
    # "the X's delegation/office said": the named owner is the speaker, not the bare unit word
    pytest.param('The African Union\'s delegation in Juba said it was "alarmed by the violence" in the capital.',
                 "African Union", id="a_named_partys_delegation_speaks_for_the_party"),
    pytest.param('President Samia Suluhu Hassan\'s office said on Monday that the talks were "frank and useful" for '
                 'both sides.', "Samia Suluhu Hassan", id="a_named_persons_office_speaks_for_the_person"),
    # an unnamed spokesperson speaks for the body just named as a clause's subject ...
    pytest.param("In Lisbon, the Portuguese Ministry of Agriculture rejected the fishermen's demands. "
                 "“Quotas are set by science, not by street protests,” a spokeswoman said.",
                 "Ministry of Agriculture", id="an_unnamed_spokesperson_speaks_for_the_body_just_named"),
    # ... not for the body acted on (an object)
    pytest.param("The Nordic Fisheries Council urged the Coastal Shipping Authority to reopen the port. "
                 "“Every day of closure costs jobs,” a council spokesman said.",
                 "Nordic Fisheries Council", id="an_unnamed_spokesperson_is_not_the_object_body"),
])
def test_who_speaks_for_a_body(coder, text, speaker):
    r, _, qs = code(coder, text)
    (q,) = qs
    assert said(r, q) == speaker


def test_a_participle_after_an_inverted_cue_is_the_cues_speaker(coder):
    import dataclasses

    record = coder.code_text(f"{HEADLINE}\n\nSlovakia will challenge the decision at the European Court of Justice, "
                             'government spokeswoman Jana Kovac said, calling it "a political attack dressed up as procedure."')
    doc = coder.parser.parse(record.article.text)
    toks = list(doc.tokens)
    verb = next(t.i for t in toks if t.text == "challenge")
    said_ = next(t.i for t in toks if t.text == "said")
    calling = next(t.i for t in toks if t.text == "calling")
    assert toks[said_].dep == "parataxis" and toks[said_].head == verb
    # the parse seen in real pages: the participle hung on the reported verb, beside the inverted cue
    toks[calling] = dataclasses.replace(toks[calling], head=verb)
    doc = dataclasses.replace(doc, tokens=tuple(toks))
    q = next(q for q in QuoteCoder().code(doc, record.actors) if "attack" in text_of(record, q))
    assert said(record, q) == "Jana Kovac"
