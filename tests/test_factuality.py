"""Factuality of events: announced commitments, conditions, possibilities (sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coder(rules):
    """These tests pin what the rules propose, so they use the rule stages alone (see conftest.rules)."""
    return rules


def facts(coder, body: str, plover: str) -> list[str]:
    r = coder.code_text(f"Regional news\n\n{body}")
    return [e.factuality for e in r.events if e.plover == plover]


@pytest.mark.parametrize("body, plover", [
    ("The Zambian government said it would scrap the fuel levy.", "CONCEDE"),
    ("Norway will give Ethiopia 20 million dollars for drought relief.", "AID"),
    ("The Ugandan army would take part in joint exercises with Kenyan forces in May.", "COOPERATE"),
])
def test_an_announced_commitment_is_asserted(coder, body, plover):
    assert facts(coder, body, plover) == ["asserted"]


@pytest.mark.parametrize("body, plover", [
    ("Zambia could scrap the fuel levy next year.", "CONCEDE"),
    ("The Zambian government would scrap the fuel levy if parliament agreed.", "CONCEDE"),
    ("Norway may give Ethiopia 20 million dollars for drought relief.", "AID"),
])
def test_a_possible_or_conditional_commitment_stays_hypothetical(coder, body, plover):
    assert facts(coder, body, plover) == ["hypothetical"]


def test_an_announced_refusal_is_still_hypothetical(coder):
    # only acts of commitment are made by announcing them; a future veto has not happened yet
    assert facts(coder, "Poland said it would veto the EU budget.", "REJECT") == ["hypothetical"]


def test_a_negated_concession_is_negated_and_a_refused_one_is_a_rejection(coder):
    assert facts(coder, "The Sudanese army did not lift the curfew on Sunday.", "CONCEDE") == ["negated"]
    # announcing that one will not yield is a refusal, done by saying it (the annotation convention)
    assert facts(coder, "The Sudanese army said it would not lift the curfew.", "CONCEDE") == []
    assert facts(coder, "The Sudanese army said it would not lift the curfew.", "REJECT") == ["asserted"]


def test_plain_factuality_function_on_a_parse(coder):
    from eventwire.factuality import factuality

    doc = coder.parser.parse("Zambia would scrap the levy.")
    i = next(t.i for t in doc.tokens if t.lemma == "scrap")
    assert factuality(doc, i, plover="CONCEDE") == "asserted"
    assert factuality(doc, i, plover="SANCTION") == "hypothetical"
    assert factuality(doc, i) == "hypothetical"


def test_not_hesitating_affirms_the_act(coder):
    assert facts(coder, "Ghana did not hesitate to send troops to the border with Togo.", "MOBILIZE") == ["asserted"]
    assert "negated" not in facts(coder, "The Ethiopian police will not hesitate to use force against protesters.", "ASSAULT")


def test_not_trying_still_negates(coder):
    assert facts(coder, "Ghana did not try to send troops to the border with Togo.", "MOBILIZE") == ["negated"]


def test_an_act_someone_prevented_did_not_happen(coder):
    assert facts(coder, "Heavy rain prevented the Malawian and Zambian ministers from signing the border accord.",
                 "SUPPORT") in ([], ["negated"])
    from eventwire.factuality import factuality

    doc = coder.parser.parse("Kenyan police prevented the activists from marching to parliament.")
    i = next(t.i for t in doc.tokens if t.lemma == "march")
    assert factuality(doc, i, plover="PROTEST") == "negated"


@pytest.mark.parametrize("body, plover", [
    ("A Kenyan lawmaker said Qatar would fund new schools in Mombasa.", "AID"),
    ("A Zambian opposition lawmaker said Malawi would scrap the fuel levy.", "CONCEDE"),
])
def test_a_commitment_foretold_by_someone_else_is_hypothetical(coder, body, plover):
    assert facts(coder, body, plover) == ["hypothetical"]


def test_an_attribution_after_two_joined_clauses_covers_the_second(coder):
    body = ("Ghanaian and Togolese police opened a joint post on the highway in May, and Togo handed over four "
            "smugglers to Ghanaian customs officers on Tuesday, the regional commander said.")
    from eventwire.factuality import factuality

    doc = coder.parser.parse(body)
    i = next(t.i for t in doc.tokens if t.lemma == "hand")
    assert factuality(doc, i, plover="COOPERATE") == "reported"


# -- lex2: cessation and parenthetical attribution (sentences written for these tests) --

def test_an_act_governed_by_a_verb_of_cessation_is_negated(coder):
    # the act stops: it is not reported as done ("stopped paying", "ceased cooperating")
    assert facts(coder, "The Somali government stopped funding the Jubaland militia in March.", "AID") == ["negated"]
    assert facts(coder, "Kenya stopped cooperating with Somalia's army.", "COOPERATE") == ["negated"]


def test_not_stopping_an_act_does_not_negate_it(coder):
    assert "negated" not in facts(coder, "The Somali army did not stop shelling the town.", "ASSAULT")


def test_a_parenthetical_attribution_before_the_act_makes_it_reported(coder):
    assert facts(coder, "In Gao, residents said, soldiers also fired on the crowd.", "ASSAULT") == ["reported"]


def test_a_meeting_known_from_a_participants_statement_is_reported(coder):
    # a meeting is no speech act: the participant's own account of it is a claim (docs/gold-format.md)
    assert facts(coder, "Kenya's president met Ugandan President Museveni in Entebbe on Monday, "
                        "the Kenyan presidency said.", "CONSULT") == ["reported"]


def test_a_stated_readiness_to_meet_is_the_speakers_own_act(coder):
    # "open to meeting" is offered by saying so: the statement is the event, asserted
    assert facts(coder, "Kenya's foreign minister said on Friday she was open to meeting the Somali envoy.",
                 "CONSULT") == ["asserted"]


@pytest.mark.parametrize("body, plover", [
    # a summons is done by calling the envoy in, not by the statement that tells of it
    ("Kenya's foreign ministry summoned the Ugandan ambassador on Friday, a ministry spokesman said.", "ACCUSE"),
    # an own act told as done before the statement ("had ...") is the party's claim about it
    ("The Zambian foreign ministry said it had summoned the Malawian envoy.", "ACCUSE"),
    # "urged X and said ...": the joined reporting verb keeps the first verb's subject
    ("Ghana's army urged calm and said Togolese troops had shelled two border villages.", "ASSAULT"),
    # "A did X, and B did Y, according to Z": the attribution covers the first clause too
    ("Police fired tear gas at students in Lusaka, and 12 people were arrested, according to a rights group.", "ASSAULT"),
])
def test_an_attributed_act_is_reported(coder, body, plover):
    assert facts(coder, body, plover) == ["reported"]


def test_an_own_statement_of_a_verbal_act_stays_asserted(coder):
    # the statement is the act: a present-perfect demand or a trailing attribution of an urging
    assert facts(coder, "Peru urged Chile to release the fishermen, the Peruvian foreign ministry said.", "REQUEST") == ["asserted"]
    assert facts(coder, '"We have demanded that the fishermen be released at once," the Peruvian foreign minister said.',
                 "REQUEST") == ["asserted"]
