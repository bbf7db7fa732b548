"""The diacritic-accuracy metric of corpus/legacy/METRIC.md."""

from __future__ import annotations

import difflib
import unicodedata
from pathlib import Path


def _prep(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _base(ch: str) -> str:
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    return "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")


def _has_diacritic(ch: str) -> bool:
    return ch in "đĐ" or len(unicodedata.normalize("NFD", ch)) > 1


def scores(output: str, truth: str) -> dict[str, float]:
    """char_accuracy, diacritic_accuracy and syllable_accuracy of ``output`` against ``truth``."""
    out, gt = _prep(output), _prep(truth)
    matcher = difflib.SequenceMatcher(None, out, gt, autojunk=False)
    char_acc = sum(b.size for b in matcher.get_matching_blocks()) / max(1, len(gt))
    out_base = "".join(_base(c)[:1] or c for c in out)
    gt_base = "".join(_base(c)[:1] or c for c in gt)
    marked = [i for i, c in enumerate(gt) if _has_diacritic(c)]
    good = 0
    base_matcher = difflib.SequenceMatcher(None, out_base, gt_base, autojunk=False)
    for block in base_matcher.get_matching_blocks():
        for k in range(block.size):
            j = block.b + k
            if _has_diacritic(gt[j]) and out[block.a + k] == gt[j]:
                good += 1
    out_tokens, gt_tokens = out.split(), gt.split()
    tok = difflib.SequenceMatcher(None, out_tokens, gt_tokens, autojunk=False)
    syl = sum(b.size for b in tok.get_matching_blocks()) / max(1, len(gt_tokens))
    return {"char_accuracy": char_acc, "diacritic_accuracy": good / max(1, len(marked)), "syllable_accuracy": syl}


def rows_text(path: Path, engine: str) -> str:
    """The engine's lines decoded as in ``extract_pdf`` but read row by row across columns, as the
    transcripts are: the conversion measured apart from reading order (METRIC.md leaves layout out)."""
    from vnadmin_parse.extract.layout import build_lines, segment_text
    from vnadmin_parse.extract.legacy import decode_runs
    from vnadmin_parse.extract.pdf import font_runs

    if engine == "layout":
        from vnadmin_parse.extract.pdf_layout import read_pages
    else:
        from vnadmin_parse.extract.pdf_fast import read_pages
    lines = []
    for raw in read_pages(path):
        for line in build_lines(raw.glyphs):
            text = segment_text(line.segments)[0]
            lines.append(decode_runs(font_runs(text, line.segments)).text)
    return "\n".join(lines)
