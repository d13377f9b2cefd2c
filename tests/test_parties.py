"""The learned party stage: its weights file, its choice rule, and what it revises in a coded record."""

from __future__ import annotations

import re

import pytest

from eventwire import Coder, load_settings
from eventwire.errors import DataFileError
from eventwire.parties import ROLES, PartyModel, PartyTrees, candidates, open_to_revision

ACCUSATION = ("Border row\n\nISLAMABAD, May 3 (Reuters) - Pakistan's foreign ministry on Monday accused Afghanistan "
              "and India of sheltering the militants behind the attack.")
TWO_ACCUSATIONS = ("Border row\n\nISLAMABAD, May 3 (Reuters) - Pakistan's foreign ministry on Monday accused "
                   "Afghanistan of inaction and condemned India over the attack.")
BEATING = ("Protest\n\nNAIROBI, May 3 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Tuesday. "
           "Dozens of demonstrators were beaten with batons, a rights group said.")


def _analysed(name: str) -> bool:
    """Our analysed sets: dev, heldout, blind, blind2-4, blind6 and the odd ones from blind9 (the others are sealed)."""
    m = re.fullmatch(r"blind(\d*)", name)
    if name in ("dev", "heldout"):
        return True
    if m is None:
        return False
    n = int(m.group(1) or 1)
    return n in (1, 2, 3, 4, 6) or (n >= 9 and n % 2 == 1)


def test_the_shipped_model_loads_and_names_only_analysed_sets():
    model = PartyModel.load()
    assert set(model.margins) == set(ROLES) and all(m >= 0 for m in model.margins.values())
    assert all(len(model.weights[r]) > 100 for r in ROLES)
    trained = next(ln for ln in model.provenance.splitlines() if ln.startswith("Trained on"))
    names = trained.split(":", 1)[1].strip(" .").split(", ")
    assert len(names) >= 50 and all(_analysed(n) for n in names), [n for n in names if not _analysed(n)]


def test_the_shipped_trees_if_any_name_only_analysed_sets():
    model = PartyModel.load()
    if not model.trees.trees:
        pytest.skip("the shipped party model has no trees")
    assert set(model.trees.trees) <= set(ROLES) and all(len(t) > 10 for t in model.trees.trees.values())
    trained = next(ln for ln in model.trees.provenance.splitlines() if ln.startswith("Trained on"))
    names = trained.split(":", 1)[1].strip(" .").split(", ")
    assert len(names) >= 50 and all(_analysed(n) for n in names), [n for n in names if not _analysed(n)]


@pytest.mark.parametrize("body, reason", [
    ("(margin target)\t0.5\ntarget|cur=True\t1.0\n", "no '(margin source)' row"),
    ("(margin target)\t0.5\n(margin source)\t0\nactor|cur=True\t1.0\n", "is not 'target|...' or 'source|...'"),
    ("(margin target)\t0.5\n(margin source)\t0\ntarget|cur=True\tstrong\n", "is not a number"),
])
def test_a_broken_weights_file_is_named_with_its_reason(body, reason):
    with pytest.raises(DataFileError, match=re.escape(reason)) as err:
        PartyModel.parse("# header\nfeature\tweight\n" + body, "party_model.tsv")
    assert str(err.value).startswith("party_model.tsv")


def test_dump_and_parse_round_trip():
    model = PartyModel({"target": {"cur=True": 1.25}, "source": {"null": -0.5}}, {"target": 0.5, "source": 0.0})
    again = PartyModel.parse(model.dump("made by a test\nsecond line"))
    assert again == PartyModel(model.weights, model.margins, "made by a test\nsecond line")


# two trees: "cur=True" splits the first (absent -0.5, present 1.25); the second is a single leaf
TREES = PartyTrees({"target": ({"s0": ("cur=True", "l0", "l1"), "l0": -0.5, "l1": 1.25}, {"l0": 0.1})})


def test_trees_score_a_candidate_by_the_leaves_its_facts_lead_to():
    assert TREES.score("target", ("cur=True", "rank=0")) == pytest.approx(1.35)
    assert TREES.score("target", ("rank=0",)) == pytest.approx(-0.4)


def test_a_role_with_trees_is_scored_by_them_the_other_by_its_weights():
    model = PartyModel({"target": {"cur=True": 9.0}, "source": {"null": 2.0}}, {"target": 0.0, "source": 0.0},
                       trees=TREES)
    assert model.score("target", ("cur=True",)) == pytest.approx(1.35)
    assert model.score("source", ("null",)) == 2.0
    assert model.choose("target", "AAA", [("AAA", ()), ("BBB", ("cur=True",))]) == "BBB"


def test_trees_dump_and_parse_round_trip():
    again = PartyTrees.parse(TREES.dump("made by a test"))
    assert again == PartyTrees(TREES.trees, "made by a test")


@pytest.mark.parametrize("body, reason", [
    ("target\t0\ts0\tcur=True\tl0\n", "is not 'role<TAB>tree<TAB>node<TAB>fact<TAB>absent<TAB>present'"),
    ("actor\t0\tl0\t(leaf)\t0.5\t-\n", "is not 'role<TAB>tree<TAB>node<TAB>fact<TAB>absent<TAB>present'"),
    ("target\t0\tl0\t(leaf)\tstrong\t-\n", "is not a number"),
    ("target\t0\ts0\tcur=True\tl0\tl1\ntarget\t0\tl0\t(leaf)\t0.5\t-\n", "has a child it does not define"),
])
def test_a_broken_trees_file_is_named_with_its_reason(body, reason):
    with pytest.raises(DataFileError, match=re.escape(reason)) as err:
        PartyTrees.parse("# header\nrole\ttree\tnode\tfact\tabsent\tpresent\n" + body, "party_trees.tsv")
    assert str(err.value).startswith("party_trees.tsv")


def test_read_trees_score_as_lightgbm_does():
    """The trees the trainer dumps (``train_parties._tree_nodes``) score candidates as LightGBM itself does."""
    lgb = pytest.importorskip("lightgbm")   # the trainer's extra; the coder never imports it
    import sys
    from pathlib import Path

    import numpy as np
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
    import train_parties

    rng = np.random.default_rng(3)
    x = (rng.random((400, 6)) < 0.4).astype(np.float32)
    y = ((x[:, 0] + x[:, 2] * 2 - x[:, 4] + rng.normal(0, 0.5, 400)) > 1).astype(float)
    booster = lgb.train(dict(train_parties.TREE_PARAMS, num_threads=1), lgb.Dataset(x, y, group=[4] * 100), 20)
    names = [f"f{i}" for i in range(6)]
    trees = PartyTrees({"target": tuple(train_parties._tree_nodes(t["tree_structure"], names)
                                        for t in booster.dump_model()["tree_info"])})
    ours = [trees.score("target", tuple(n for n, v in zip(names, row) if v)) for row in x]
    assert ours == pytest.approx(list(booster.predict(x, raw_score=True)), abs=1e-9)


def test_a_rival_must_beat_the_rules_choice_by_more_than_the_margin():
    cands = [("AAA", ("x",)), ("BBB", ())]
    loose = PartyModel({"target": {"x": 1.0}, "source": {}}, {"target": 0.5, "source": 0.0})
    strict = PartyModel({"target": {"x": 1.0}, "source": {}}, {"target": 1.0, "source": 0.0})
    assert loose.choose("target", "BBB", cands) == "AAA"
    assert strict.choose("target", "BBB", cands) == "BBB"      # 1.0 is not more than 1.0
    assert loose.choose("target", "AAA", cands) == "AAA"
    assert loose.choose("target", "CCC", cands) == "CCC"       # a choice the model has no candidate for stays
    assert loose.choose("target", "BBB", []) == "BBB"


def test_an_unnamed_doer_gets_the_state_the_model_finds_and_stays_unnamed(product):
    # (round 25) models made by the test, as the other revision tests use: the shipped model's own choice on this
    # sentence is a near tie between Kenya and none (0.49 against 0.44 before the twenty-fifth round's retraining,
    # none after it), which is what it learned, not what this stage does with a choice
    rules = Coder(load_settings(parties=False, min_confidence=0.0), parser=product.parser)
    full = Coder(load_settings(min_confidence=0.0), parser=product.parser)

    def beaten(record):
        return next(e for e in record.events if record.article.text[e.trigger[0]:e.trigger[1]] == "beaten")

    before = beaten(rules.code_text(BEATING))
    assert (before.source, before.source_country) == (None, None)
    full.parties = PartyModel({"target": {}, "source": {"home=True": 5.0}}, {"target": 0.0, "source": 0.0})
    after = beaten(full.code_text(BEATING))
    assert (after.source, after.source_country) == (None, "KEN")   # the state it finds, the doer still unnamed
    full.parties = PartyModel({"target": {}, "source": {"null": 5.0}}, {"target": 0.0, "source": 0.0})
    after = beaten(full.code_text(BEATING))
    assert (after.source, after.source_country) == (None, None)    # or none, its abstention


def test_revised_targets_take_the_nearest_actor_of_their_state_and_repeats_are_dropped(product):
    coder = Coder(load_settings(min_confidence=0.0), parser=product.parser)
    plain = Coder(load_settings(min_confidence=0.0, parties=False), parser=product.parser).code_text(TWO_ACCUSATIONS)
    accusations = [e for e in plain.events if e.plover == "ACCUSE"]
    assert {e.target_country for e in accusations} == {"AFG", "IND"}
    # a model that always prefers the doer's own state: both accusations turn on Pakistan, and the second repeats
    # the first
    coder.parties = PartyModel({"target": {"other=True": 5.0}, "source": {}}, {"target": 0.0, "source": 0.0})
    record = coder.code_text(TWO_ACCUSATIONS)
    revised = [e for e in record.events if e.plover == "ACCUSE"]
    assert len(revised) == 1 and revised[0].target_country == "PAK"
    target = next(a for a in record.actors if a.id == revised[0].target)
    assert target.country == "PAK"
    assert [e.id for e in record.events] == [f"E{n}" for n in range(1, len(record.events) + 1)]


def test_one_act_the_rules_aimed_at_several_states_keeps_its_targets(product):
    # (round 22) "accused Afghanistan and India": the targets were read off the text together; the same model
    # leaves them alone
    coder = Coder(load_settings(min_confidence=0.0), parser=product.parser)
    coder.parties = PartyModel({"target": {"other=True": 5.0}, "source": {}}, {"target": 0.0, "source": 0.0})
    record = coder.code_text(ACCUSATION)
    assert {e.target_country for e in record.events if e.plover == "ACCUSE"} == {"AFG", "IND"}


def _candidates(product, text):
    """``text`` coded by the rules, and the candidates of each of its events, per role, as the party stage gets them."""
    coder = Coder(load_settings(min_confidence=0.0, parties=False), parser=product.parser)
    seen = []

    class Keep:
        def revise(self, record, doc, home):
            seen.append((record, {r: candidates(record, doc, home, r) for r in ROLES}))
            return record

        def target_margins(self, record, doc, home):
            return None

    coder.parties = Keep()
    coder.code_text(text)
    return seen[0]


def test_candidates_offer_the_states_around_and_none_for_an_unnamed_doer(product):
    record, cands = _candidates(product, BEATING)
    for e, target, source in zip(record.events, cands["target"], cands["source"]):
        assert bool(target) == open_to_revision(e, "target") and bool(source) == open_to_revision(e, "source")
        if target:
            assert e.target_country in {c for c, _ in target}
        if source:
            assert None in {c for c, _ in source} and "KEN" in {c for c, _ in source}
    assert any(cands["source"]), "the beating has no doer named"


def _margins_told(product, model) -> tuple:
    """The record of ACCUSATION coded with ``model`` keeping the rules' choices, and the target margin the confidence
    stage was told for each of its events."""
    coder = Coder(load_settings(min_confidence=0.0, parties=False), parser=product.parser)
    seen = []

    class Keep:
        def revise(self, record, doc, home):
            return model.revise(record, doc, home)

        def target_margins(self, record, doc, home):
            seen.append(model.target_margins(record, doc, home))
            return seen[-1]

    coder.parties = Keep()
    record = coder.code_text(ACCUSATION)
    return record, dict(zip(record.events, seen[0]))


def test_target_margins_say_how_far_the_model_prefers_each_events_target(product):
    # a model that prefers the doer's own state by 5 but keeps the rules' choice (its margin is higher)
    model = PartyModel({"target": {"other=True": 5.0}, "source": {}}, {"target": 10.0, "source": 10.0})
    record, margins = _margins_told(product, model)
    accusations = [e for e in record.events if e.plover == "ACCUSE"]
    assert {e.target_country for e in accusations} == {"AFG", "IND"}
    assert all(margins[e] == -5.0 for e in accusations)
    assert all(margins[e] is None for e in record.events if not open_to_revision(e, "target"))


def test_target_margins_are_the_logits_also_where_trees_choose(product):
    # trees that prefer the doer's own state by 5 and a logit that prefers it by 2 (both keep the rules' choice: the
    # margin is 10): the confidence stage is told the logit's margin, the scale its steps were set on
    trees = PartyTrees({"target": ({"s0": ("other=True", "l0", "l1"), "l0": 0.0, "l1": 5.0},)})
    model = PartyModel({"target": {"other=True": 2.0}, "source": {}}, {"target": 10.0, "source": 10.0}, trees=trees)
    assert model.score("target", ("other=True",)) == 5.0 and model.logit("target", ("other=True",)) == 2.0
    record, margins = _margins_told(product, model)
    accusations = [e for e in record.events if e.plover == "ACCUSE"]
    assert accusations and all(margins[e] == -2.0 for e in accusations)


ARREST_ABROAD = ("Border arrests\n\nNAIROBI, May 3 (Reuters) - Tanzania's interior ministry confirmed the arrests on "
                 "Wednesday. Kenyan police detained 12 Ugandan traders in Arusha on Tuesday.")


@pytest.mark.parametrize("weights, state", [
    ({}, "UGA"),                                    # the rules' own choice
    ({"other_sector=COP:True": 5.0}, "KEN"),        # (round 27) the doer's own state, for a police doer
])
def test_candidates_say_where_the_sentence_places_the_act_and_what_the_doer_is(product, weights, state):
    coder = Coder(load_settings(min_confidence=0.0), parser=product.parser)
    coder.parties = PartyModel({"target": weights, "source": {}}, {"target": 0.0, "source": 0.0})
    record = coder.code_text(ARREST_ABROAD)
    arrest = next(e for e in record.events if e.plover == "COERCE")
    assert arrest.source_country == "KEN" and arrest.target_country == state


def test_a_candidate_knows_a_place_of_its_state_named_in_the_sentence(product):
    # (round 27) Tanzania is named in the sentence only by its town
    record, cands = _candidates(product, ARREST_ABROAD)
    arrest = next(cs for e, cs in zip(record.events, cands["target"]) if e.plover == "COERCE")
    features = dict(arrest)
    assert "place_insent=True" in features["TZA"] and "insent=0" in features["TZA"]
    assert "other_sector=COP:True" in features["KEN"] and "other_sector=COP:False" in features["TZA"]
