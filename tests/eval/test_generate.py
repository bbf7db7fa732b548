"""The generator: deterministic, realistic, and every planted error is annotated where it is."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.conftest import CORPUS
from tools.generate import ERRORS, _malformed, confused, confusions, generate, telex
from vnadmin_parse.normalize import normalize_text
from vnadmin_parse.vietnamese.lexicon import load


def test_telex_residue() -> None:
    assert telex("phối") == "phoois"
    assert telex("được") == "dduwowcj"
    assert telex("Nhà") == "Nhaf"


def test_confusion_sets_come_from_tones_marks_and_consonants() -> None:
    assert {"thẻ", "thế", "thê"} <= set(confusions("thể"))  # tone, vowel mark
    assert "xử" in confusions("sử") and "chiển" in confusions("triển") and "khay" in confusions("khai")
    assert "lăng" in confusions("năng") and "tát" in confusions("tác")


def test_a_confused_phrase_is_no_word_of_the_lexicon() -> None:
    lex = load()
    rng = random.Random(1)
    for phrase in ("triển khai", "hỗ trợ", "bảo đảm", "sử dụng"):
        slip = confused(phrase, rng)
        assert slip is not None and slip != phrase and not lex.is_word(slip)
        changed = [(a, b) for a, b in zip(phrase.split(), slip.split(), strict=True) if a != b]
        assert len(changed) == 1 and changed[0][1] in confusions(changed[0][0])


def test_planted_spelling_mistakes_are_drawn_not_listed() -> None:
    slips: set[str] = set()
    for i in range(60):
        _text, ann = generate(i, seed=7)
        slips |= {e["text"] for e in ann["expected"] if e["what"].startswith("sai chính tả")}
    assert len(slips) >= 6  # varied: no fixed list of six slips


def test_malformed_symbols_differ_from_the_right_ones() -> None:
    for right in ("45-NQ/TW", "72/2015/NĐ-CP", "20/2023/QH15", "749/QĐ-TTg"):
        assert _malformed(right) != right


def test_deterministic() -> None:
    assert generate(4) == generate(4)
    assert generate(4)[0] != generate(5)[0]


def test_documents_follow_nd30_layout() -> None:
    text, ann = generate(2)  # every third document is clean
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Số: " in text
    assert "Nơi nhận:" in text
    assert ann["expected"] == []
    assert ann["fields"]["signer"] in text


def test_every_error_family_is_planted_somewhere() -> None:
    planted: set[str] = set()
    for i in range(18):
        _text, ann = generate(i)
        planted |= {p.strip() for p in ann["annotator"].split("planted: ")[1].split(",")} - {"none"}
    assert planted == set(ERRORS)


def test_annotations_point_at_their_text() -> None:
    for i in range(12):
        text, ann = generate(i)
        norm = normalize_text(text)
        for section in ("references", "dates", "events", "expected", "must_not_flag"):
            for item in ann[section]:
                if item.get("anywhere"):
                    continue
                assert " ".join(norm[item["start"] : item["end"]].split()) == " ".join(item["text"].split())


def test_checked_in_documents_are_up_to_date() -> None:
    """corpus/generated holds exactly what the generator writes (seed 2026)."""
    files = sorted((CORPUS / "generated").glob("*.json"))
    assert len(files) >= 12
    for path in files:
        ann = json.loads(path.read_text(encoding="utf-8"))
        index = int(ann["id"].rsplit("-", 1)[1])
        text, fresh = generate(index, seed=2026)
        assert Path(CORPUS / ann["document"]).read_text(encoding="utf-8") == text
        assert fresh == ann
