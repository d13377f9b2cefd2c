"""The learned event-confidence stage: its features, its weights file, its filter, and how users set it."""

from __future__ import annotations

import json
import math

import pytest

from eventwire import Coder, load_settings
from eventwire.confidence import BIAS, ConfidenceModel, EventTrees, SentenceTypes, event_features, sentence_words
from eventwire.errors import ConfigError, DataFileError

from conftest import run_cli

STORY = (
    "Border tensions rise\n\n"
    "NAIROBI, March 3 - Kenyan police arrested three Ugandan traders at the Busia crossing on Monday, the interior "
    "ministry said. Uganda's foreign ministry summoned Kenya's envoy in Kampala and demanded their release. "
    "Two people were injured. \"We will not accept this,\" a Ugandan official said. "
    "Neighbouring East African states have repeatedly rejected the closure of the crossing."
)
SEALED = ("blind5", "blind7", "blind8", "blind10", "blind12", "blind14", "blind16", "blind18", "blind20", "blind22",
          "blind24", "blind26", "blind28", "blind30",
          "blind32", "blind34", "blind36", "blind38", "blind40", "blind42", "blind44", "blind46", "blind48",
          "blind50", "blind52", "blind54", "blind56", "blind58", "blind60", "blind62",
          "blind64", "blind66", "blind68", "blind70",
          "blind72", "blind74", "blind76", "blind78",
          "blind80", "blind82", "blind84", "blind86",
          "blind88", "blind90", "blind92", "blind94",
          "blind96", "blind98", "blind100", "blind102",
          "blind104", "blind106", "blind108", "blind110",
          "blind112", "blind114", "blind116", "blind118",
          "blind120", "blind122", "blind124", "blind126",
          "blind128", "blind130", "blind132", "blind134",
          "blind136", "blind138", "blind140", "blind142",
          "blind144", "blind146", "blind148", "blind150",
          "blind152", "blind154", "blind156", "blind158", "blind160", "blind162", "blind164", "blind166",
          "blind168", "blind170", "blind172", "blind174", "blind176", "blind178", "blind180",
          "blind182", "blind184", "blind186", "blind188", "blind190", "blind192", "blind194",
          "blind196", "blind198", "blind200", "blind202", "blind204", "blind206", "blind208", "blind210",
          "blind212", "blind214", "blind216", "blind218", "blind220",
          "blind222", "blind224", "blind226", "blind228", "blind230", "blind232", "blind234", "blind236",
          "blind238", "blind240", "blind242", "blind244", "blind246", "agreement")


@pytest.fixture(scope="module")
def everything(rules):
    """The story coded with every rule event kept, each scored (threshold 0)."""
    coder = Coder(load_settings(min_confidence=0.0), parser=rules.parser)
    return coder.code_text(STORY, published="2025-03-04")


def test_the_shipped_weights_load_with_their_provenance():
    model = ConfidenceModel.load()
    assert len(model.weights) > 100
    assert "train_confidence.py" in model.provenance and "dev" in model.provenance
    # the sealed sets, kept for measuring, are never learned from
    trained_on = next(ln for ln in model.provenance.splitlines() if ln.startswith("("))
    assert not any(f"{name}," in trained_on or f"{name};" in trained_on for name in SEALED)


def test_every_event_gets_named_features(everything):
    feats = event_features(everything)
    assert len(feats) == len(everything.events) >= 3
    for event, f in zip(everything.events, feats):
        assert f"type={event.plover}" in f and f"fact={event.factuality}" in f
        assert any(x.startswith("same_type_before=") for x in f)
    first_of_type = {}
    for event, f in zip(everything.events, feats):
        first_of_type.setdefault(event.plover, f)
    assert all("same_type_before=0" in f for f in first_of_type.values())


def test_a_role_with_no_actor_and_an_actor_with_no_country_are_told_apart(everything):
    feats = dict(zip(everything.events, event_features(everything)))
    for event, f in feats.items():
        if event.source is None:
            assert "source_country=none" in f
        elif event.source_country is None:
            assert "source_country=stateless" in f
        else:
            assert "source_country=home" in f or "source_country=other" in f


def test_the_party_models_target_margins_are_features_that_weigh(everything):
    record = everything
    margins = [-5.0 if e.target_country else None for e in record.events]
    feats = event_features(record, margins)
    for e, f in zip(record.events, feats):
        assert ("target_margin=<0" if e.target_country else "target_margin=none") in f
        assert f"type_target_margin={e.plover}:" + ("<0" if e.target_country else "none") in f
    assert not any(x.startswith("target_margin=") for f in event_features(record) for x in f)
    doubtful = ConfidenceModel({"target_margin=<0": -20.0}, 5.0)
    assert len(doubtful.score(record, 0.5).events) == len(record.events)
    kept = doubtful.score(record, 0.5, margins).events
    assert len(kept) < len(record.events) and all(e.target_country is None for e in kept)


def test_threshold_zero_keeps_every_rule_event_scored(rules, everything):
    plain = Coder(load_settings(confidence=False), parser=rules.parser).code_text(STORY, published="2025-03-04")
    assert [(e.plover, e.trigger) for e in everything.events] == [(e.plover, e.trigger) for e in plain.events]
    assert all(0.0 <= e.confidence <= 1.0 for e in everything.events)
    assert len({e.confidence for e in everything.events}) > 1


def test_the_default_keeps_only_events_at_or_over_the_threshold(coder, everything):
    kept = coder.code_text(STORY, published="2025-03-04")
    threshold = coder.settings.min_confidence
    assert threshold == load_settings().min_confidence > 0
    want = [(e.plover, e.trigger, e.confidence) for e in everything.events if e.confidence >= threshold]
    assert [(e.plover, e.trigger, e.confidence) for e in kept.events] == want
    assert [e.id for e in kept.events] == [f"E{n}" for n in range(1, len(kept.events) + 1)]


def test_score_drops_renumbers_and_explains(everything):
    # a model that distrusts events with no source at all
    model = ConfidenceModel({"has_source=False": -6.0, "type=ACCUSE": 0.5}, bias=2.0)
    scored = model.score(everything, threshold=0.5)
    assert all(e.source is not None for e in scored.events)
    assert len(scored.events) == sum(1 for e in everything.events if e.source is not None)
    assert [e.id for e in scored.events] == [f"E{n}" for n in range(1, len(scored.events) + 1)]
    assert model.score(everything, threshold=1.0).events == ()
    assert model.explain(("has_source=False", "type=ACCUSE", "unknown=1")) == [("has_source=False", -6.0),
                                                                               ("type=ACCUSE", 0.5)]


def test_weights_round_trip_through_the_data_format():
    model = ConfidenceModel({"type=ASSAULT": 0.25, "in_quote=True": -0.5}, bias=0.1)
    text = model.dump("Provenance: a test.\nLicense: MIT.")
    again = ConfidenceModel.parse(text)
    assert again.weights == model.weights and again.bias == pytest.approx(0.1)
    assert again.provenance == "Provenance: a test.\nLicense: MIT."


@pytest.mark.parametrize("text, message", [
    ("feature\tweight\ntype=ASSAULT\t0.5\n", r"weights.tsv: no '\(bias\)' row"),
    (f"{BIAS}\t0.1\ntype=ASSAULT\n", "line 2 is not"),
    (f"{BIAS}\t0.1\ntype=ASSAULT\tmany\n", "is not a number"),
])
def test_a_broken_weights_file_is_named_with_its_reason(text, message):
    with pytest.raises(DataFileError, match=message):
        ConfidenceModel.parse(text, "weights.tsv")


def test_the_threshold_is_read_from_the_environment_and_checked():
    assert load_settings({"EVENTWIRE_MIN_CONFIDENCE": "0.25"}).min_confidence == 0.25
    assert load_settings({}, min_confidence=0.0).min_confidence == 0.0
    with pytest.raises(ConfigError, match="EVENTWIRE_MIN_CONFIDENCE"):
        load_settings({"EVENTWIRE_MIN_CONFIDENCE": "high"})
    with pytest.raises(ConfigError, match="between 0 and 1"):
        load_settings({"EVENTWIRE_MIN_CONFIDENCE": "1.5"})


def test_the_removed_confirmer_switch_is_ignored():
    # EVENTWIRE_CONFIRM switched on the learned confirmer, removed for this stage (docs/accuracy.md)
    assert load_settings({"EVENTWIRE_CONFIRM": "1"}) == load_settings({})


def test_the_cli_flag_keeps_more_events_at_zero(tmp_path, everything, coder):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    low = run_cli("code", str(story), "--published", "2025-03-04", "--workers", "1", "--min-confidence", "0")
    assert low.returncode == 0, low.stderr
    events = json.loads(low.stdout)["events"]
    assert len(events) == len(everything.events)
    bad = run_cli("code", str(story), "--min-confidence", "2")
    assert bad.returncode == 2 and "--min-confidence" in bad.stderr


def test_the_table_shows_each_events_confidence(everything):
    from rich.console import Console

    from eventwire.render import render_table

    console = Console(record=True, width=220)
    render_table([everything], console)
    shown = console.export_text()
    assert "conf." in shown
    assert all(f"{e.confidence:.2f}" in shown for e in everything.events)


def test_a_copy_with_a_longer_tail_scores_the_shared_events_alike(rules, everything):
    # syndicated copies differ mostly at the end: the score must not depend on how long the whole text is
    coder = Coder(load_settings(min_confidence=0.0), parser=rules.parser)
    longer = coder.code_text(STORY + "\n\nThe crossing handles most of the region's trade. " * 3 +
                             "\n\nTraders said queues stretched for kilometres on both sides.", published="2025-03-04")
    shared = [(e.plover, e.trigger, e.confidence) for e in longer.events if e.trigger[1] <= len(STORY)]
    assert shared == [(e.plover, e.trigger, e.confidence) for e in everything.events]


def test_an_act_held_back_from_is_told_by_a_feature_of_its_own(rules):
    # (round 25) "stopped short of calling for X": our annotators code the act held back from, negated, nearly always
    record = rules.code_text("Row\n\nCARACAS — The opposition leader stopped short of openly calling for a foreign "
                             "intervention. The government rejected talks with the opposition.")
    feats = dict(zip(record.events, event_features(record)))
    text = record.article.text
    held = [f for e, f in feats.items() if text[e.trigger[0]:e.trigger[1]] == "calling"]
    plain = [f for e, f in feats.items() if text[e.trigger[0]:e.trigger[1]] == "rejected"]
    assert held and "short_of=True" in held[0], feats
    assert plain and "short_of=False" in plain[0], feats
    # and the shipped filter weighs it up: our annotators code such an act (negated) nearly every time
    model = ConfidenceModel.load()
    assert model.weights.get("short_of=True", 0.0) > model.weights.get("short_of=False", 0.0)


def test_the_triggers_place_next_word_roles_and_sectors_are_features(everything):
    # (round 27) where the trigger stands in its sentence, the word after it, the trigger word of this type, which
    # roles the rules filled for the type, and the type joined with each role's sector and kind
    text = everything.article.text
    feats = dict(zip(everything.events, event_features(everything)))
    summons = next(e for e in everything.events if text[e.trigger[0]:e.trigger[1]] == "summoned")
    f = feats[summons]
    assert "trigger_place=0" in f and "next_word=kenya's" in f
    assert f"type_trigger={summons.plover}:summoned" in f and f"type_roles={summons.plover}:True:True" in f
    assert f"type_source_sector={summons.plover}:GOV" in f and f"type_target_kind={summons.plover}:person" in f
    late = [f for e, f in feats.items() if e.trigger[0] - e.sentence[0] > 2 * (e.sentence[1] - e.sentence[0]) / 3]
    assert late and all("trigger_place=2" in f for f in late)   # "... and demanded their release"


def test_the_words_around_the_trigger_within_its_sentence_are_features(everything):
    # (round 28) six words either side of the trigger, never past its sentence
    text = everything.article.text
    feats = dict(zip(everything.events, event_features(everything)))
    summons = next(e for e in everything.events if text[e.trigger[0]:e.trigger[1]] == "summoned")
    f = feats[summons]
    before = {x.split("=", 1)[1] for x in f if x.startswith("word_before=")}
    after = {x.split("=", 1)[1] for x in f if x.startswith("word_after=")}
    assert before == {"uganda's", "foreign", "ministry"}   # not "said", which ends the sentence before
    assert after == {"kenya's", "envoy", "in", "kampala", "and", "demanded"}   # six words: "their" is the seventh


def test_the_sentence_type_model_reads_words_and_word_pairs():
    assert sentence_words("Police OPENED fire on the crowd's leaders.") == {
        "police", "opened", "fire", "on", "the", "crowd's", "leaders",
        "police_opened", "opened_fire", "fire_on", "on_the", "the_crowd's", "crowd's_leaders"}
    model = SentenceTypes({"COERCE": {"arrested": 4.0, "police_arrested": 1.0}, "AGREE": {"arrested": -3.0}},
                          {"COERCE": -2.0, "AGREE": 0.0, "AID": -1.0})
    p = model.probabilities("Police arrested three traders.")
    assert set(p) == {"COERCE", "AGREE", "AID"}
    assert p["COERCE"] == pytest.approx(1 / (1 + math.exp(-3.0)))
    assert p["AGREE"] == pytest.approx(1 / (1 + math.exp(3.0)))
    assert p["AID"] == pytest.approx(1 / (1 + math.exp(1.0)))


def test_sentence_type_weights_round_trip_and_a_broken_file_is_named():
    model = SentenceTypes({"COERCE": {"arrested": 1.25, "opened_fire": -0.5}}, {"COERCE": -0.75, "AID": 0.5})
    again = SentenceTypes.parse(model.dump("Provenance: a test."))
    assert again.weights == model.weights and again.biases == model.biases
    assert again.provenance == "Provenance: a test."
    with pytest.raises(DataFileError, match=r"types.tsv: feature 'arrested' is not 'TYPE word'"):
        SentenceTypes.parse(f"COERCE {BIAS}\t0.1\narrested\t0.5\n", "types.tsv")
    with pytest.raises(DataFileError, match="no 'TYPE"):
        SentenceTypes.parse("COERCE arrested\t0.5\n", "types.tsv")


def test_the_sentence_type_probability_of_an_events_type_is_a_feature_that_weighs(everything):
    text = everything.article.text
    arrest = next(e for e in everything.events if text[e.trigger[0]:e.trigger[1]] == "arrested")
    # a model sure that the arrest's sentence tells of its type, and that no other sentence tells of any
    model = SentenceTypes({arrest.plover: {"arrested": 40.0}}, {t: -20.0 for t in {e.plover for e in everything.events}})
    feats = event_features(everything, types=model)
    for e, f in zip(everything.events, feats):
        sure = e.sentence == arrest.sentence and e.plover == arrest.plover
        assert ("sentence_type=4" if sure else "sentence_type=0") in f
    assert not any(x.startswith("sentence_type=") for f in event_features(everything) for x in f)
    trusting = ConfidenceModel({"sentence_type=0": -20.0}, 5.0, types=model)
    kept = trusting.score(everything, 0.5).events
    assert [(e.plover, e.trigger) for e in kept] == [(e.plover, e.trigger) for e in everything.events
                                                     if e.sentence == arrest.sentence and e.plover == arrest.plover]
    assert len(ConfidenceModel({"sentence_type=0": -20.0}, 5.0).score(everything, 0.5).events) == len(everything.events)


def test_the_shipped_sentence_type_model_loads_with_the_filter_and_reads_plain_sentences():
    model = ConfidenceModel.load()
    assert model.types is not None and "train_confidence.py" in model.types.provenance
    assert len(model.types.biases) == 16
    trained_on = next(ln for ln in model.types.provenance.splitlines() if ln.startswith("("))
    assert not any(f"{name}," in trained_on or f"{name})" in trained_on for name in SEALED)
    for sentence, plover in [("Police arrested 40 protesters outside parliament on Sunday.", "COERCE"),
                             ("The ministry rejected the accusation as baseless.", "REJECT"),
                             ("The two foreign ministers met in Geneva for talks.", "CONSULT")]:
        p = model.types.probabilities(sentence)
        assert max(p, key=p.get) == plover, (sentence, sorted(p.items(), key=lambda x: -x[1])[:3])


# two trees over the confidence features: "type=ASSAULT" splits the first (absent -1.0, present 2.0); a leaf of 0.5
EVENT_TREES = EventTrees({"event": ({"s0": ("type=ASSAULT", "l0", "l1"), "l0": -1.0, "l1": 2.0}, {"l0": 0.5})})


def test_with_trees_an_events_probability_is_the_mean_of_the_two_models():
    plain = ConfidenceModel({"type=ASSAULT": 1.0}, -1.0)
    both = ConfidenceModel({"type=ASSAULT": 1.0}, -1.0, trees=EVENT_TREES)

    def sigmoid(z):
        return 1 / (1 + math.exp(-z))
    assert plain.probability(("type=ASSAULT",)) == pytest.approx(0.5)
    assert both.probability(("type=ASSAULT",)) == pytest.approx((0.5 + sigmoid(2.5)) / 2)
    assert both.probability(("type=COERCE",)) == pytest.approx((sigmoid(-1.0) + sigmoid(-0.5)) / 2)


def test_event_trees_round_trip_and_a_broken_file_is_named():
    again = EventTrees.parse(EVENT_TREES.dump("made by a test"))
    assert again == EventTrees(EVENT_TREES.trees, "made by a test")
    assert again.dump("made by a test").splitlines()[1] == "model\ttree\tnode\tfact\tabsent\tpresent"
    with pytest.raises(DataFileError, match="event_trees.tsv: line 2 is not 'model<TAB>tree"):
        EventTrees.parse("# header\ntarget\t0\tl0\t(leaf)\t0.5\t-\n")


def test_the_trainers_event_trees_score_as_lightgbm_does():
    """The trees train_confidence.py fits and dumps give the log-odds LightGBM itself gives (its starting score
    included)."""
    pytest.importorskip("lightgbm")   # the trainer's extra; the coder never imports it
    import sys
    from pathlib import Path

    import lightgbm as lgb
    import numpy as np
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
    import train_confidence

    rng = np.random.default_rng(5)
    names = [f"f{i}" for i in range(6)]
    rows = [tuple(n for n in names if rng.random() < 0.4) for _ in range(300)]
    labels = [int(("f0" in r) + ("f3" in r) + rng.normal(0, 0.5) > 1) for r in rows]
    trees = EventTrees({"event": train_confidence.fit_trees(rows, labels, jobs=1)})
    vocab = sorted({f for r in rows for f in r})
    x = np.array([[float(n in r) for n in vocab] for r in rows], dtype=np.float32)
    booster = lgb.train(dict(train_confidence.TREE_PARAMS, num_threads=1), lgb.Dataset(x, np.array(labels, float)),
                        train_confidence.TREE_ROUNDS)
    assert [trees.score("event", r) for r in rows] == pytest.approx(list(booster.predict(x, raw_score=True)), abs=1e-6)


def test_the_shipped_trees_if_any_load_with_the_weights_and_name_their_sets():
    model = ConfidenceModel.load()
    if model.trees is None:
        pytest.skip("no event_trees.tsv ships (trained with --no-trees)")
    assert "train_confidence.py" in model.trees.provenance and len(model.trees.trees["event"]) > 10
