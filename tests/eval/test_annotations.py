"""The gold set: every annotation follows the schema, points at a real file, and its anchors hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import CORPUS
from vnadmin_parse.eval.annotations import KINDS, Anchor, anchor, annotation_files, find_all, load, reanchor

FILES = annotation_files(CORPUS)


def test_corpus_has_thirty_documents_across_kinds() -> None:
    kinds = {load(p).kind for p in FILES}
    assert len(FILES) >= 30
    assert {"seed", "text-pdf", "ocr", "docx", "legacy", "generated"} <= kinds


def test_ids_are_unique() -> None:
    ids = [load(p).id for p in FILES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_annotation_follows_schema(path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((CORPUS / "schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)
    ann = load(path)
    assert ann.kind in KINDS
    assert ann.document.exists(), ann.document


@pytest.mark.parametrize("path", [p for p in FILES if load(p).kind in ("seed", "generated")], ids=lambda p: p.stem)
def test_anchors_hold_on_plain_text(path: Path) -> None:
    """Stored offsets still point at the stored text in the current normalized text."""
    from vnadmin_parse.normalize import normalize_text

    ann = load(path)
    if ann.document.suffix != ".txt":
        pytest.skip("anchored against an extracted rendering; checked by the harness")
    text = normalize_text(ann.document.read_text(encoding="utf-8"))
    _data, lost = reanchor(ann.raw, text)
    assert not lost
    for item in (*ann.references, *ann.dates, *ann.events, *ann.expected, *ann.must_not_flag):
        a = item.anchor
        assert a.start is not None and a.end is not None
        assert " ".join(text[a.start : a.end].split()) == " ".join(a.text.split())


def test_anchor_follows_text_when_offsets_drift() -> None:
    text = "Kế hoạch số 29/KH-UBND ngày 30/01/2023; lại Kế hoạch số 29/KH-UBND"
    stale = Anchor("Kế hoạch số 29/KH-UBND", occurrence=1, start=3, end=25)
    assert anchor(text, stale) == find_all(text, "Kế hoạch số 29/KH-UBND")[1]
    assert anchor("Kế hoạch\nsố 29/KH-UBND", Anchor("Kế hoạch số 29/KH-UBND")) == (0, 22)
    assert anchor(text, Anchor("Quyết định số 1")) is None


WORDS = ["Kế", "hoạch", "số", "29/KH-UBND", "ngày", "30/01/2023", "của", "Ủy", "ban", "nhân", "dân", "năm", "2023"]


@given(
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=30),
    st.data(),
    st.lists(st.sampled_from([" ", "\n", "  ", " \n"]), min_size=30, max_size=30),
)
def test_anchor_survives_whitespace_changes(words: list[str], data: st.DataObject, seps: list[str]) -> None:
    """An annotated span is found again, at the same words, whatever happens to the whitespace."""
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i + 1, len(words)))
    before = " ".join(words)
    start = len(" ".join(words[:i])) + (1 if i else 0)
    needle = " ".join(words[i:j])
    occurrence = (
        [s for s, _e in find_all(before, needle)].index(start)
        if start in [s for s, _e in find_all(before, needle)]
        else None
    )
    if occurrence is None:  # overlapping repeats: not a well-defined anchor
        return
    after = "".join(w + seps[k] for k, w in enumerate(words)).rstrip()
    found = anchor(after, Anchor(needle, occurrence))
    assert found is not None
    assert after[found[0] : found[1]].split() == words[i:j]
