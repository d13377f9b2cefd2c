"""The NLP stage's selective parse: which sentences get the whole pipeline, and that it changes no event."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire import Coder, RawDocument, load_settings
from eventwire.nlp import Parser
from eventwire.pipeline import focus_phrases

from conftest import DEV


@pytest.fixture(scope="module")
def small_parser(coder):
    """A selective parser over the shared model with a tiny, known focus vocabulary."""
    return Parser(nlp=coder.parser._nlp, focus=[("shell",), ("crack", "down"), ("say",)])


@pytest.fixture(scope="module")
def full_coder(coder):
    return Coder(replace(coder.settings, selective=False), parser=Parser(nlp=coder.parser._nlp))


def test_the_coder_parses_selectively_by_default_and_the_setting_turns_it_off():
    assert load_settings({}).selective is True
    assert load_settings({"EVENTWIRE_FULL_PARSE": "1"}).selective is False


def test_surface_forms_cover_regular_and_irregular_inflections(small_parser):
    forms = small_parser.surface_forms(["shell", "crack", "say", "stop", "seize", "deny"])
    for word in ("shells", "shelled", "shelling", "cracked", "said", "says", "stopped", "stopping",
                 "seized", "seizing", "denied", "denies"):
        assert word in forms, word
    assert "shellfish" not in forms


def test_a_sentence_needs_the_parse_only_when_it_holds_a_whole_focus_phrase(small_parser):
    assert small_parser.needs_parse("Artillery shelled the northern suburbs overnight.")
    assert small_parser.needs_parse("Police cracked down on the marchers.")
    assert not small_parser.needs_parse("The crack in the dam was repaired.")        # "crack" without "down"
    assert not small_parser.needs_parse("The weather in the capital stayed mild on Tuesday.")
    assert small_parser.needs_parse("Officials SAID nothing.")                     # case does not matter


def test_units_keep_neighbouring_parsed_sentences_together_and_abbreviations_inside(small_parser):
    text = ("Gen. Tomas Arlen spoke at noon. Artillery shelled the port. The army said it was over.\n"
            "Rain fell on the U.S. embassy all day. Nobody moved.")
    units = small_parser.units(text)
    pieces = [(text[u.start:u.end], u.full) for u in units]
    assert pieces == [
        ("Gen. Tomas Arlen spoke at noon.", False),
        ("Artillery shelled the port. The army said it was over.", True),
        ("Rain fell on the U.S. embassy all day.", False),
        ("Nobody moved.", False),
    ]


def test_a_number_abbreviation_does_not_end_a_sentence(small_parser):
    text = "Rain fell on the trawler No. 8 Sea Wind all day. Nobody moved. Article 5 applies."
    pieces = [text[u.start:u.end] for u in small_parser.units(text)]
    assert pieces == ["Rain fell on the trawler No. 8 Sea Wind all day.", "Nobody moved.", "Article 5 applies."]


def test_a_rank_or_title_written_short_does_not_end_a_sentence(small_parser):
    text = ("The mission's commander Maj. Gen. Ilse Varga urged restraint. Lt. Col. Aron Pell said the patrols went "
            "on. Supt. Ada Kiri denied it.")
    pieces = [text[u.start:u.end] for u in small_parser.units(text)]
    assert pieces == ["The mission's commander Maj. Gen. Ilse Varga urged restraint.",
                      "Lt. Col. Aron Pell said the patrols went on.", "Supt. Ada Kiri denied it."]


def test_noun_root_with_a_phrase_set_off_by_commas_is_mended(coder):
    """ "X, in a separate statement, called on Y to ...": the verb made a participle on the phrase's noun."""
    text = "The bloc's chairman, in a separate statement, called on the Malian authorities to show restraint."
    doc = next(iter(coder.parser.parse_many([text])))
    called = next(t for t in doc.tokens if t.text == "called")
    assert called.dep == "ROOT"
    assert any(doc.tokens[c].dep == "nsubj" and doc.tokens[c].text == "chairman" for c in doc.children[called.i])
    record = coder.code_text(text)
    assert any(e.plover == "REQUEST" and e.target_country == "MLI" for e in record.events)


@pytest.mark.parametrize("text, dateline", [
    ("Tallinn (AFP) - Estonia closed its border.", "Tallinn (AFP) - "),
    ("Addis Ababa (Reuters) — The army moved north.", "Addis Ababa (Reuters) — "),
    ("TALLINN, Estonia (AFP) - Estonia closed its border.", "TALLINN, Estonia (AFP) - "),
    ("Police (local units) said - nothing more.", ""),      # title case needs the agency right before the dash
    ("Berlin (dpa) - The cabinet met.", "Berlin (dpa) - "),   # an agency written in lower case
    ("(Example) -- Troops crossed.", "(Example) -- "),        # the agency alone, no place
    ("JUBA, 21 May (Example) - Troops crossed.", "JUBA, 21 May (Example) - "),   # day before month, no year
    ("ASUNCIÓN — Farmers marched.", "ASUNCIÓN — "),            # an accented capital
    ("N'DJAMENA, Nov 8 (Example) —\nFighters attacked.", "N'DJAMENA, Nov 8 (Example) —\n"),   # story on the next line
    ("Dar es Salaam (Example) – Police said.", "Dar es Salaam (Example) – "),   # a short lower-case word inside
    ("Abuja, April 15, 2026 (NAN) The government met.", "Abuja, April 15, 2026 (NAN) "),   # a year after the day
    ("Dakar, 14 April (APS) – Senegal signed.", "Dakar, 14 April (APS) – "),
    ("(local units) -- nothing.", ""),
    ("Police (local units) - nothing more.", ""),
    ("Lima, March 4 (EFE).- Chile raised a tariff.", "Lima, March 4 (EFE).- "),   # a full stop after the agency
    ("Lima/Quito, Mar 4 (EFE).- Chile raised a tariff.", "Lima/Quito, Mar 4 (EFE).- "),   # filed from two places
    ("Lima/Quito said - nothing more.", ""),
    ("Mexico City/Guatemala City (dpa) - Both signed.", "Mexico City/Guatemala City (dpa) - "),   # title case, two places
    ("OSLO/HELSINKI, May 3 (Reuters) - Norway asked Finland.", "OSLO/HELSINKI, May 3 (Reuters) - "),   # in capitals too
    ("Estonia closed its border - again.", ""),
    ("KINGSTON, Jamaica, May 3, CMC – The cabinet met.", "KINGSTON, Jamaica, May 3, CMC – "),   # agency after a comma
    ("KINGSTON, Jamaica, Reuters said - nothing.", ""),
    ("Bogotá, Mar 4 (EFE).- Colombia raised a tariff.", "Bogotá, Mar 4 (EFE).- "),   # accented letters in the place
    ("Asunción (AFP) - Police said.", "Asunción (AFP) - "),
    ("Ángel Ruiz, a farmer (AFP) said - nothing.", ""),
])
def test_datelines_in_capitals_or_title_case_with_an_agency(text, dateline):
    from eventwire.nlp import split_dateline

    found, blanked = split_dateline(text)
    assert found == dateline and len(blanked) == len(text)


def test_a_selective_parse_is_a_consistent_view_of_the_whole_text(small_parser):
    text = ("KAPARA, Eldoria (XNA) — The council met in the old hall. Artillery shelled the port on Monday.\n\n"
            "Maria Velasquez, a teacher from Lima, watched from a balcony.  \n"
            "“It was loud,” she said.")
    from eventwire.nlp import split_dateline

    doc = small_parser.parse(text)
    dateline, blanked = split_dateline(text)
    assert doc.text == text and doc.dateline == dateline and dateline
    for t in doc.tokens:
        assert blanked[t.idx:t.end] == t.text      # the dateline is parsed as blank space, as in a whole parse
        assert 0 <= t.head < len(doc.tokens) and 0 <= t.sent < len(doc.sentences)
    # tokens and whitespace cover the text after the dateline, in order
    rebuilt = "".join(t.text + t.ws for t in doc.tokens)
    assert rebuilt.strip() == text[len(doc.dateline):].strip()
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts) and doc.sentences[-1].end == len(doc.tokens)
    # the shelling sentence is parsed, the background sentence still has its names found
    shelled = next(t for t in doc.tokens if t.text == "shelled")
    assert shelled.lemma == "shell" and shelled.pos == "VERB" and shelled.dep == "ROOT"
    labels = {(e.text, e.label) for e in doc.entities}
    assert ("Maria Velasquez", "PERSON") in labels and ("Lima", "GPE") in labels
    assert all(t.dep == "" for t in doc.tokens if t.text == "teacher")      # no parse there


def test_a_repeated_sentence_is_parsed_once_and_reused(small_parser):
    text = "Artillery shelled the port of Velmora again on Friday."
    first = small_parser.parse(text)
    assert (True, text) in small_parser._cache
    again = small_parser.parse("Copied story.\n" + text)
    tail = [t for t in again.tokens if t.idx >= len("Copied story.\n")]
    assert [(t.text, t.lemma, t.dep, t.ent_type) for t in tail] == [(t.text, t.lemma, t.dep, t.ent_type) for t in first.tokens]


def test_every_trigger_word_of_the_development_set_is_caught_by_the_pre_filter(coder, full_coder):
    """Parsed in full, every token whose lemma starts a focus phrase has a surface form the filter knows."""
    heads = {p[0] for p in focus_phrases(coder.events.triggers, coder.quotes)}
    forms = coder.parser._forms
    missed = set()
    for path in sorted(DEV.glob("*.txt"))[:12]:
        for t in full_coder.parser.parse(path.read_text(encoding="utf-8")).tokens:
            if t.lemma.lower() in heads and t.lower not in forms:
                missed.add((t.text, t.lemma))
    assert not missed


def test_selective_and_full_parses_give_the_same_events_on_development_articles(coder, full_coder):
    raws = [RawDocument(source=p.name, text=p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.txt"))[::3]]

    def events(c):
        return [[(e.plover, e.source_country, e.target_country, e.factuality, e.trigger) for e in o.record.events]
                for o in c.code_documents(raws)]

    selective, full = events(coder), events(full_coder)
    assert sum(map(len, full)) > 20
    assert selective == full


def test_lemma_index_as_sets_gives_the_lemmas_of_the_unchanged_model(coder):
    """The parser turns the lemmatizer's index lists into sets; a fresh model must lemmatize the same."""
    from eventwire.nlp import load_model

    pristine = load_model(coder.settings.model)
    table = pristine.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert any(isinstance(v, list) for v in table.values())       # what the fix is for
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))[:6]]
    ours = Parser(nlp=coder.parser._nlp)                            # whole-text mode, sets in place
    for text, doc in zip(texts, ours.parse_many(texts)):
        from eventwire.nlp import split_dateline

        expected = [t.lemma_ for t in pristine(split_dateline(text)[1])]
        assert [t.lemma for t in doc.tokens] == expected


def test_the_fast_attribute_ruler_sets_what_spacys_ruler_sets(coder):
    from eventwire.nlp import _FastAttributeRuler

    nlp = coder.parser._nlp
    fast = _FastAttributeRuler.build(nlp)
    assert fast is not None
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))[:8]]
    texts.append("I ain't gonna say it's over; y'all know there's nothin' to it.\\n\\n  Let's go.")
    n = 0
    for theirs, ours in zip(nlp.pipe(texts, disable=["lemmatizer"]),
                            nlp.pipe(texts, disable=["lemmatizer", "attribute_ruler"])):
        fast(ours)
        for a, b in zip(theirs, ours):
            n += 1
            assert (a.pos_, a.tag_, a.dep_, str(a.morph), a.lemma_) == (b.pos_, b.tag_, b.dep_, str(b.morph), b.lemma_), a.text
    assert n > 3000


def test_noun_root_with_relative_clause_is_mended(coder):
    """The small model makes "The governor, who ... and holds ..., called for calm" a noun-rooted sentence."""
    text = ("Kenya's parliament debated the tax bill on Monday. The governor, who is elected separately and holds "
            "limited executive power, called for calm and urged lawmakers to reject the bill.")
    doc = next(iter(coder.parser.parse_many([text])))
    called = next(t for t in doc.tokens if t.text == "called")
    assert called.dep == "ROOT"
    assert any(doc.tokens[c].dep == "nsubj" and doc.tokens[c].text == "governor" for c in doc.children[called.i])
    record = coder.code_text(text)
    assert any(e.plover == "REQUEST" and e.source_country == "KEN" for e in record.events)


def test_noun_root_with_the_main_verb_taken_for_an_adjective_is_mended(coder):
    """ "X, which ..., shared radar data with Y": the past tense made an adjective of an apposition to the subject."""
    text = "Finland's air force, which tracked the jet from the north, shared radar data with Tallinn."
    doc = next(iter(coder.parser.parse_many([text])))
    shared = next(t for t in doc.tokens if t.text == "shared")
    assert shared.dep == "ROOT"
    assert {doc.tokens[c].text: doc.tokens[c].dep for c in doc.children[shared.i]}.get("data") == "dobj"
    record = coder.code_text(text)
    assert any(e.plover == "COOPERATE" and (e.source_country, e.target_country) == ("FIN", "EST") for e in record.events)


def test_noun_root_with_the_main_verb_taken_for_a_participle_on_its_phrase_is_mended(coder):
    """ "A spokesperson for the bloc's service called on Y to ...": no finite verb, the main verb made a participle on
    the last noun of the subject's phrase."""
    text = ("The European Union voiced concern over the verdict. A spokesperson for the bloc's diplomatic service "
            "called on Malian authorities to guarantee a fair appeal.")
    doc = next(iter(coder.parser.parse_many([text])))
    called = next(t for t in doc.tokens if t.text == "called")
    assert called.dep == "ROOT"
    assert any(doc.tokens[c].dep == "nsubj" and doc.tokens[c].text == "spokesperson" for c in doc.children[called.i])
    record = coder.code_text(text)
    assert any(e.plover == "REQUEST" and (e.source_country, e.target_country) == ("EUR", "MLI") for e in record.events)


def test_a_past_appeal_beside_a_reported_clause_in_another_tense_is_the_speakers(coder):
    # "said it was following the cases and urged X to ...": the appeal is joined to "said", not to the reported clause
    text = "The bloc's delegation in Lima said it was following the trials closely and urged the authorities to free the students."
    doc = next(iter(coder.parser.parse_many([text])))
    said, urged = (next(t for t in doc.tokens if t.text == w) for w in ("said", "urged"))
    assert urged.head == said.i
    # one past told in a row stays inside the report: "said the rebels had seized X and demanded Y"
    doc = next(iter(coder.parser.parse_many(["The army said the rebels had seized the mayor and demanded a ransom."])))
    demanded = next(t for t in doc.tokens if t.text == "demanded")
    assert doc.tokens[demanded.head].text == "seized"


def test_a_body_hung_on_the_opening_place_as_its_conjunct_is_the_subject(coder):
    text = ("In Strasbourg, the Council of Europe's Venice Commission said the amendments would weaken the courts and "
            "urged Tbilisi to repeal them.")
    doc = next(iter(coder.parser.parse_many([text])))
    said = next(t for t in doc.tokens if t.text == "said")
    council = next(t for t in doc.tokens if t.text == "Council")
    assert (council.dep, council.head) == ("nsubj", said.i)


def test_a_second_titled_name_is_the_apposition_of_its_own_title(coder):
    # "A's interior minister X and B's security minister Y met": Y is B's minister, not a second name of A's
    record = coder.code_text("NAIROBI, May 3 (Reuters) - Kenya's interior minister Kipchumba Murkomen and Uganda's "
                             "security minister Jim Muhwezi met in Busia on Monday.")
    assert {a.name: a.country for a in record.actors if a.kind == "person"} == {"Kipchumba Murkomen": "KEN",
                                                                              "Jim Muhwezi": "UGA"}


def test_a_participle_with_its_agent_stays_a_reduced_relative(coder):
    # "the envoy summoned by the ministry": a passive participle, no main verb to mend
    doc = next(iter(coder.parser.parse_many(["The envoy summoned by the ministry on Monday to explain the raid."])))
    summoned = next(t for t in doc.tokens if t.text == "summoned")
    assert summoned.dep != "ROOT"


@pytest.mark.parametrize("text, dateline", [
    ("KINGSTOWN, St Vincent, May 4, CMC – Fishermen protested.", "KINGSTOWN, St Vincent, May 4, CMC – "),
    ("Jane Roe\n\nKIGALI, Rwanda (Example) - Troops crossed.", " " * 10 + "KIGALI, Rwanda (Example) - "),
    ("Jane Roe Example Post\nLima (EFE) - Police said.", " " * 22 + "Lima (EFE) - "),
    ("Troops crossed the river.\n\nLIMA – The army said.", ""),     # a story sentence above: no leftover line
    ("Talks resume\n\nHe said - no more.", ""),
    # a time stamp and a headline left above it: two short lines
    ("EXAMPLE  Jul. 10, 2025 - 19:22\n\nMinister presses envoy on trade\n\nOSLO, July 10 (Example) - Talks began.",
     " " * 65 + "OSLO, July 10 (Example) - "),
    ("One\n\nTwo\n\nThree\n\nOSLO (Example) - Talks began.", ""),     # three lines above: a story, not leftovers
    # a two-word place whose first word is short ("LA PAZ"), not an initialism
    ("LA PAZ, Bolivia (Example) - Miners marched.", "LA PAZ, Bolivia (Example) - "),
    ("UN - The body met.", ""),
])
def test_dateline_of_the_paragraph_below_one_leftover_line(text, dateline):
    from eventwire.nlp import split_dateline

    found, blanked = split_dateline(text)
    assert found == dateline and len(blanked) == len(text)
    assert blanked[:len(found)].strip() == "" and blanked[len(found):] == text[len(found):]


def test_a_verb_tag_on_an_object_with_an_article_is_mended_to_a_noun():
    # the small model tags "exercise" in "began a joint coast guard exercise" as a present-tense verb while parsing it
    # as the object; with an article of its own it is a noun (a real verb keeps its tag)
    from eventwire.nlp import Token, _repair_verbs_as_nouns

    def tok(i, text, pos, tag, dep, head):
        return Token(i, text, 0, text.lower(), pos, tag, dep, head, "", 0, " ")
    tokens = (tok(0, "They", "PRON", "PRP", "nsubj", 1), tok(1, "began", "VERB", "VBD", "ROOT", 1),
              tok(2, "a", "DET", "DT", "det", 4), tok(3, "joint", "ADJ", "JJ", "amod", 4),
              tok(4, "exercise", "VERB", "VBP", "dobj", 1), tok(5, "agree", "VERB", "VBP", "ccomp", 1))
    fixed = _repair_verbs_as_nouns(tokens)
    assert (fixed[4].pos, fixed[4].tag) == ("NOUN", "NN")
    assert (fixed[1].pos, fixed[5].pos) == ("VERB", "VERB")


def test_a_past_tense_with_nothing_of_its_own_after_an_object_is_a_reduced_relative():
    # "urged Y to free a trader sentenced last week": the small model tags "sentenced" as a past tense and hangs it
    # on the main verb as a clause of its own; with no subject, object or conjunction it is a participle on the noun
    from eventwire.nlp import Token, _repair_reduced_relatives

    def tok(i, text, pos, tag, dep, head):
        return Token(i, text, 0, text.lower(), pos, tag, dep, head, "", 0, " ")
    tokens = (tok(0, "She", "PRON", "PRP", "nsubj", 1), tok(1, "urged", "VERB", "VBD", "ROOT", 1),
              tok(2, "them", "PRON", "PRP", "dobj", 1), tok(3, "to", "PART", "TO", "aux", 4),
              tok(4, "free", "VERB", "VB", "xcomp", 1), tok(5, "a", "DET", "DT", "det", 6),
              tok(6, "trader", "NOUN", "NN", "dobj", 4), tok(7, "sentenced", "VERB", "VBD", "advcl", 1),
              tok(8, "in", "ADP", "IN", "prep", 7), tok(9, "May", "PROPN", "NNP", "pobj", 8))
    fixed = _repair_reduced_relatives(tokens)
    assert (fixed[7].tag, fixed[7].dep, fixed[7].head) == ("VBN", "acl", 6)
    # a clause with its own subject keeps its parse ("... a trader when police arrived")
    tokens = tokens[:7] + (tok(7, "arrived", "VERB", "VBD", "advcl", 1), tok(8, "police", "NOUN", "NNS", "nsubj", 7))
    assert _repair_reduced_relatives(tokens)[7].dep == "advcl"


def test_a_sentence_left_to_a_reduced_relative_names_no_doer(coder):
    record = coder.code_text("OSLO (Wire) - Norwegian Foreign Minister Espen Barth Eide on Thursday urged his Chinese "
                             "counterpart Wang Yi to release a Norwegian businessman sentenced a day earlier to three and "
                             "a half years in prison for espionage, as the two met in Oslo.")
    assert not [e for e in record.events if e.plover in ("COERCE", "SANCTION") and e.source_country == "NOR"], record.events


@pytest.mark.parametrize("text, seen", [
    ("President Lee Jae-myung spoke.", "President Lee Jae-Myung spoke."),
    ("Lai Ching-te and Ko Wen-je met.", "Lai Ching-Te and Ko Wen-Je met."),
    ("the Abu Dhabi-based fund", "the Abu Dhabi-based fund"),      # a place and an English word: left alone
    ("the Hong Kong-born writer", "the Hong Kong-born writer"),
    ("Kurdish-led forces", "Kurdish-led forces"),
])
def test_the_parser_sees_hyphenated_given_names_capitalised(text, seen):
    from eventwire.nlp import mask_names

    assert mask_names(text) == seen


def test_a_hyphenated_given_name_keeps_its_spelling_and_the_sentence_its_verb(coder):
    # "Lee Jae-myung": the small model tags "myung" as an adjective and makes "held" a participle of "talks"; the
    # parser sees the name capitalised, the tokens keep the text's spelling
    record = coder.code_text("SEOUL, March 26 (Wire) - Japanese Prime Minister Sanae Takaichi and South Korean "
                             "President Lee Jae-myung held talks in Seoul on Thursday.")
    assert any(a.name == "Lee Jae-myung" and a.country == "KOR" for a in record.actors), record.actors
    assert any(e.plover == "CONSULT" and {e.source_country, e.target_country} == {"JPN", "KOR"} for e in record.events), \
        record.events


def test_two_subjects_side_by_side_with_and_between_are_one_coordinated_subject():
    from eventwire.nlp import Token, _repair_split_subjects

    def tok(i, text, dep, head):
        return Token(i, text, 0, text.lower(), "PROPN", "NNP", dep, head, "", 0, " ")
    tokens = (tok(0, "Takaichi", "nsubj", 4), tok(1, "and", "cc", 0), tok(2, "President", "compound", 3),
              tok(3, "Lee", "nsubj", 4), tok(4, "held", "ROOT", 4), tok(5, "talks", "dobj", 4))
    fixed = _repair_split_subjects(tokens)
    assert (fixed[3].dep, fixed[3].head) == ("conj", 0) and fixed[0].dep == "nsubj"
    # without "and" between them nothing is joined
    tokens = tokens[:1] + (tok(1, ",", "punct", 0),) + tokens[2:]
    assert _repair_split_subjects(tokens)[3].dep == "nsubj"


def test_a_common_noun_right_before_a_name_as_a_second_subject_describes_the_name(coder):
    # "The opposition party Chadema accused ...": the small model makes "party" and "Chadema" two subjects of
    # "accused"; the noun is the name's description, and the name the one actor that accuses
    from eventwire.nlp import Token, _repair_split_subjects

    def tok(i, text, pos, tag, dep, head):
        return Token(i, text, 0, text.lower(), pos, tag, dep, head, "", 0, " ")
    tokens = (tok(0, "The", "DET", "DT", "det", 2), tok(1, "opposition", "NOUN", "NN", "compound", 2),
              tok(2, "party", "NOUN", "NN", "nsubj", 4), tok(3, "Chadema", "PROPN", "NNP", "nsubj", 4),
              tok(4, "accused", "VERB", "VBD", "ROOT", 4))
    fixed = _repair_split_subjects(tokens)
    assert (fixed[2].dep, fixed[2].head) == ("compound", 3) and fixed[3].dep == "nsubj"
    record = coder.code_text("DODOMA, May 2 (Wire) - The opposition party Chadema accused the Tanzanian government "
                             "of fraud.")
    accuse = next(e for e in record.events if e.plover == "ACCUSE")
    assert next(a for a in record.actors if a.id == accuse.source).name == "Chadema"


def test_a_reduced_relative_is_never_hung_on_its_own_dependent():
    # "In the capital police arrested ...": the noun before the verb hangs on the verb itself; re-hanging the verb on it
    # would make a cycle, so the parse is kept
    from eventwire.nlp import Token, _repair_reduced_relatives

    def tok(i, text, pos, tag, dep, head):
        return Token(i, text, 0, text.lower(), pos, tag, dep, head, "", 0, " ")
    tokens = (tok(0, "He", "PRON", "PRP", "nsubj", 1), tok(1, "said", "VERB", "VBD", "ROOT", 1),
              tok(2, "in", "ADP", "IN", "prep", 4), tok(3, "Lima", "PROPN", "NNP", "pobj", 2),
              tok(4, "arrested", "VERB", "VBD", "advcl", 1))
    assert _repair_reduced_relatives(tokens)[4].dep == "advcl"


def _tokens(rows):
    from eventwire.nlp import Token

    return tuple(Token(i, text, 0, lemma, pos, tag, dep, head, "", 0, " ")
                 for i, (text, lemma, pos, tag, dep, head) in enumerate(rows))


def test_a_clause_joined_by_comma_and_is_no_modifier_of_the_noun_before_it():
    # "troops were sent to Kivu, and army units clashed with rebels": the small model makes "units" a conjunct of
    # "Kivu" and "clashed" a modifier of "units"; the past tense is a clause of its own with "units" its subject
    from eventwire.nlp import _repair_joined_clauses

    rows = [("troops", "troop", "NOUN", "NNS", "nsubjpass", 2), ("were", "be", "AUX", "VBD", "auxpass", 2),
            ("sent", "send", "VERB", "VBN", "ROOT", 2), ("to", "to", "ADP", "IN", "prep", 2),
            ("Kivu", "Kivu", "PROPN", "NNP", "pobj", 3), (",", ",", "PUNCT", ",", "punct", 4),
            ("and", "and", "CCONJ", "CC", "cc", 4), ("army", "army", "NOUN", "NN", "compound", 8),
            ("units", "unit", "NOUN", "NNS", "conj", 4), ("clashed", "clash", "VERB", "VBD", "acl", 8),
            ("with", "with", "ADP", "IN", "prep", 9), ("rebels", "rebel", "NOUN", "NNS", "pobj", 10)]
    fixed = _repair_joined_clauses(_tokens(rows))
    assert (fixed[9].dep, fixed[9].head) == ("conj", 2)
    assert (fixed[8].dep, fixed[8].head) == ("nsubj", 9)
    # without the comma before "and" (a list of nouns, "Kivu and units deployed there") the parse is kept
    rows[5] = (";", ";", "PUNCT", ":", "punct", 4)
    assert _repair_joined_clauses(_tokens(rows))[9].dep == "acl"


def test_a_past_tense_joined_to_an_ordered_infinitive_is_the_speakers_own_act():
    # "urged Niamey to talk and offered to mediate": "offered" hangs on "talk" in the small model's parse; it is the
    # speaker's second act, joined to "urged"
    from eventwire.nlp import _repair_joined_clauses

    rows = [("AU", "AU", "PROPN", "NNP", "nsubj", 1), ("urged", "urge", "VERB", "VBD", "ROOT", 1),
            ("Niamey", "Niamey", "PROPN", "NNP", "dobj", 1), ("to", "to", "PART", "TO", "aux", 4),
            ("talk", "talk", "VERB", "VB", "xcomp", 1), ("and", "and", "CCONJ", "CC", "cc", 4),
            ("offered", "offer", "VERB", "VBD", "conj", 4), ("to", "to", "PART", "TO", "aux", 8),
            ("mediate", "mediate", "VERB", "VB", "xcomp", 6)]
    fixed = _repair_joined_clauses(_tokens(rows))
    assert (fixed[6].dep, fixed[6].head) == ("conj", 1)
    # a base form joined to the infinitive ("to talk and settle") stays the ordered act
    rows[6] = ("settle", "settle", "VERB", "VB", "conj", 4)
    assert _repair_joined_clauses(_tokens(rows))[6].head == 4


def test_a_body_that_urges_two_states_and_offers_to_mediate_offers_it_itself(coder):
    record = coder.code_text("ADDIS ABABA (Wire) - The African Union on Monday urged Niger and Benin to settle their "
                             "dispute through dialogue and offered to mediate.")
    assert any(e.plover == "AGREE" and e.source_country == "IGO" for e in record.events), record.events


def test_a_partitive_aside_set_off_by_commas_is_no_second_subject():
    from eventwire.nlp import Token, _repair_partitive_asides

    def tok(i, text, dep, head, pos="NOUN"):
        return Token(i, text, 0, text.lower(), pos, "NN", dep, head, "", 0, " ")
    # "protesters, many of them from church groups, marched": the model's two subjects side by side
    tokens = (tok(0, "protesters", "nsubj", 8), tok(1, ",", "punct", 8, "PUNCT"), tok(2, "many", "nsubj", 8, "ADJ"),
              tok(3, "of", "prep", 2, "ADP"), tok(4, "them", "pobj", 3, "PRON"), tok(5, "from", "prep", 2, "ADP"),
              tok(6, "groups", "pobj", 5), tok(7, ",", "punct", 8, "PUNCT"), tok(8, "marched", "ROOT", 8, "VERB"))
    fixed = _repair_partitive_asides(tokens)
    assert (fixed[2].dep, fixed[2].head) == ("appos", 0) and fixed[0].dep == "nsubj"
    # "many of the ships" is a partitive of its own, no aside of the subject before it
    tokens = tokens[:4] + (tok(4, "ships", "pobj", 3),) + tokens[5:]
    assert _repair_partitive_asides(tokens)[2].dep == "nsubj"
