"""The `eventwire` command: formats, exit codes, errors named on stderr, the batch goes on."""

from __future__ import annotations

import json

from conftest import FIXTURES, ROOT, run_cli


def test_code_jsonl_and_exit_zero():
    r = run_cli("code", str(FIXTURES / "noisy_wire.txt"))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert rec["schema"] == "eventwire/1"
    assert set(rec) == {"schema", "article", "actors", "places", "events", "quotes"}
    assert rec["article"]["publisher"] == "Harbour Daily"
    assert rec["article"]["language"] == "en"
    names = {a["name"]: a for a in rec["actors"]}
    assert names["Peter Kamau"]["country"] == "KEN" and "GOV" in names["Peter Kamau"]["sectors"]
    assert names["Grace Achieng"]["country"] == "KEN" and "OPP" in names["Grace Achieng"]["sectors"]


def test_bad_inputs_named_and_batch_goes_on(tmp_path):
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "c-good.txt").write_text((FIXTURES / "noisy_wire.txt").read_text(encoding="utf-8"), encoding="utf-8")
    r = run_cli("code", str(tmp_path), "--format", "json")
    assert r.returncode == 1
    records = json.loads(r.stdout)
    assert [rec["article"]["source"].endswith("c-good.txt") for rec in records] == [True]
    err = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert any("a-empty.txt" in ln and "empty" in ln for ln in err)
    assert any("b-binary.txt" in ln and "binary" in ln for ln in err)


def test_usage_errors_exit_two():
    assert run_cli("code").returncode == 2
    r = run_cli("code", str(FIXTURES / "noisy_wire.txt"), "--published", "11/05/2019")
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr
    assert run_cli("code", str(FIXTURES / "noisy_wire.txt"), "--format", "xml").returncode == 2


def test_missing_model_exits_three():
    r = run_cli("code", str(FIXTURES / "noisy_wire.txt"), "--model", "no_such_model_xx")
    assert r.returncode == 3
    assert "no_such_model_xx" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_published_flag_and_table_format():
    r = run_cli("code", str(FIXTURES / "noisy_wire.txt"), "--published", "2024-06-25", "--format", "json")
    assert json.loads(r.stdout)[0]["article"]["published"] == "2024-06-25"
    t = run_cli("code", str(ROOT / "examples"), "--format", "table")
    assert t.returncode == 0, t.stderr
    assert "Northwire News" in t.stdout and "country" in t.stdout


def test_help_teaches():
    r = run_cli("code", "--help")
    assert r.returncode == 0
    for word in ("--published", "--format", "--model", "Examples"):
        assert word in r.stdout


def test_non_english_article_is_kept_but_not_coded(tmp_path):
    (tmp_path / "es.txt").write_text(
        "Conversaciones de paz en Bogotá\n\nEl presidente dijo el lunes que las conversaciones con los rebeldes "
        "se reanudarían en la capital la próxima semana, según un comunicado del gobierno.\n", encoding="utf-8")
    r = run_cli("code", str(tmp_path / "es.txt"))
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["article"]["language"] == "es"
    assert "conversaciones" in rec["article"]["text"]
    assert rec["events"] == [] and rec["actors"] == []
    assert any("'es'" in note for note in rec["article"]["notes"])
