"""Syndication clusters (MinHash LSH) and merged event counts that do not double count copies."""

from __future__ import annotations

import itertools

import pytest

from conftest import ROOT

from eventwire.clean import clean
from eventwire.dedup import THRESHOLD, ClusterIndex, jaccard, shingles, signature, similarity
from eventwire.records import RawDocument
from eventwire.store import Store, merge_key

EXAMPLES = ROOT / "examples"

# An unrelated article on the same topic as 01 (India-Pakistan clash in Kashmir), written for this test.
SAME_TOPIC = """Pakistan accuses India of shelling villages in Neelum valley
ISLAMABAD — Pakistan's army said on Monday that Indian forces fired mortar shells at villages in the Neelum valley overnight, wounding four civilians, and accused New Delhi of breaking the truce the two sides agreed in February.
A military spokesman, Major General Asif Karim, said Pakistani troops returned fire and destroyed two Indian bunkers. The Indian Army denied the claim, saying its soldiers had responded only to unprovoked firing from across the frontier.
The foreign office in Islamabad summoned a senior Indian diplomat to protest against the shelling, the second such summons this month.
Residents of Athmuqam said they spent the night in shelters. "We hear the guns every evening now," said Bashir Ahmed, a shopkeeper whose roof was hit.
The United Nations urged both governments to respect the truce and to settle their dispute through dialogue.
"""


def _clean_text(path) -> str:
    return clean(RawDocument(source=str(path), text=path.read_text(encoding="utf-8"))).text


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {p.stem: _clean_text(p) for p in sorted(EXAMPLES.glob("*.txt"))}


@pytest.fixture(scope="module")
def records(coder) -> dict[str, object]:
    return {o.source.rsplit("/", 1)[-1].removesuffix(".txt"): o.record for o in coder.code_paths([EXAMPLES])}


def test_shingles_are_word_5_grams():
    assert shingles("A b, c d e f!") == {"a b c d e", "b c d e f"}
    assert shingles("too short") == {"too short"}
    assert shingles("") == set()
    assert jaccard("a b c d e f", "a b c d e f") == 1.0
    assert jaccard("", "") == 0.0


def test_signature_survives_storage():
    sig = signature("one two three four five six seven eight nine ten")
    back = type(sig).from_bytes(sig.to_bytes(), sig.n_shingles)
    assert back.similarity(sig) == 1.0 and back.n_shingles == 6


def test_copies_are_similar_and_other_stories_are_not(texts):
    copies = {("01-kashmir-border-talks", "01-kashmir-border-talks-copy"),
              ("06-scarborough-shoal-standoff", "06-scarborough-shoal-standoff-copy")}
    for a, b in copies:
        assert similarity(texts[a], texts[b]) >= 0.8, (a, b)
        assert jaccard(texts[a], texts[b]) >= 0.8, (a, b)
    others = [(a, b) for a, b in itertools.combinations(sorted(texts), 2) if a[:2] != b[:2]]
    assert max(similarity(texts[a], texts[b]) for a, b in others) < 0.1
    same_topic = similarity(texts["01-kashmir-border-talks"], clean(RawDocument("x", SAME_TOPIC)).text)
    assert same_topic < 0.1 < THRESHOLD


def test_cluster_index_assigns_best_match_and_is_deterministic(texts):
    index = ClusterIndex()
    order = ["01-kashmir-border-talks", "02-zambia-opposition-arrests", "01-kashmir-border-talks-copy"]
    for name in order:
        sig = signature(texts[name])
        index.add(name, index.assign(name, sig), sig)
    assert index.assign("01-kashmir-border-talks-copy", signature(texts["01-kashmir-border-talks-copy"])) == "01-kashmir-border-talks"
    assert index.assign("new", signature(texts["06-scarborough-shoal-standoff"])) == "new"
    # too short to cluster: alone even when identical
    short = signature("Police arrested him.")
    index.add("s1", index.assign("s1", short), short)
    assert index.assign("s2", short) == "s2"


def test_copy_joins_original_cluster_across_runs_and_adds_no_merged_events(records, tmp_path):
    db = tmp_path / "dedup.duckdb"
    orig, copy = records["01-kashmir-border-talks"], records["01-kashmir-border-talks-copy"]
    with Store(db) as s:
        s.add_record(orig)
        before = s.counts()
        before_all = len(s.merged_events(factuality=None))
    with Store(db) as s:  # a later run: the LSH index is rebuilt from the stored signatures
        s.add_record(copy)
        assert s.cluster_of(copy.article.id) == s.cluster_of(orig.article.id) == orig.article.id
        after = s.counts()
        assert after["events"] == before["events"] + len(copy.events)
        assert after["merged_events"] == before["merged_events"]
        assert len(s.merged_events(factuality=None)) == before_all
        merged = s.merged_events(factuality=None)
        assert all(m["num_clusters"] == 1 for m in merged)
        assert all(m["num_sources"] == 1 for m in merged)  # both copies: Northwire News
        shared = [m for m in merged if m["num_articles"] == 2]
        assert len(shared) >= len(merged) - 2
        assert sum(m["num_mentions"] for m in merged) == after["events"]
        clusters = s.clusters()
        assert [(c["cluster_id"], c["size"]) for c in clusters] == [(orig.article.id, 2)]


def test_rewritten_copy_joins_and_same_topic_article_does_not(coder, records, tmp_path):
    src = (EXAMPLES / "02-zambia-opposition-arrests.txt").read_text(encoding="utf-8").splitlines()
    body = [ln for ln in src[1:] if len(ln.split()) > 12]
    trimmed = [ln for ln in src[1:] if ln != body[3]]  # one sentence (paragraph) dropped
    copy_text = "\n".join(["Zambia police detain opposition chief after Lusaka march",
                           "Get breaking Africa news on our WhatsApp channel"] + trimmed)
    rec_copy = coder.code_text(copy_text, source="zambia-copy.txt")
    rec_other = coder.code_text(SAME_TOPIC, source="same-topic.txt")
    orig_k, orig_z = records["01-kashmir-border-talks"], records["02-zambia-opposition-arrests"]
    with Store(tmp_path / "mix.duckdb") as s:
        s.add_record(orig_k)
        s.add_record(orig_z)
        s.add_record(rec_copy)
        assert rec_copy.article.id != orig_z.article.id
        assert s.cluster_of(rec_copy.article.id) == orig_z.article.id
        merged_before = s.counts()["merged_events"]
        s.add_record(rec_other)
        assert s.cluster_of(rec_other.article.id) == rec_other.article.id
        assert s.counts()["clusters"] == 3
        if rec_other.events:
            assert s.counts()["merged_events"] > merged_before


def test_merge_key_rules():
    dated = merge_key("ASSAULT", "PAK", "IND", "Pakistani troops", "Indian soldiers", "2024-05-14", "c1")
    assert dated == merge_key("ASSAULT", "PAK", "IND", "pakistani  troops", "Indian soldiers", "2024-05-14", "c2")
    undated = merge_key("ASSAULT", "PAK", "IND", "Pakistani troops", "Indian soldiers", None, "c1")
    assert undated != merge_key("ASSAULT", "PAK", "IND", "Pakistani troops", "Indian soldiers", None, "c2")
    assert dated != merge_key("ASSAULT", "PAK", "IND", "Pakistani troops", "Indian soldiers", "2024-05-15", "c1")
    assert dated != merge_key("FIGHT", "PAK", "IND", "Pakistani troops", "Indian soldiers", "2024-05-14", "c1")
