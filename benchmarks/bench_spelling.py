"""Spelling rules (family S): recall and precision on planted errors, false alarms on real documents.

The generator takes clean segments (runs of 6–30 Vietnamese syllables between
punctuation on which no S rule fires) from the text-layer documents of
``corpus/real`` — held out: they are not among the sources of the shipped
lexicon — and plants exactly one error per segment:

- ``telex`` / ``vni``: a syllable with diacritics replaced by its keystrokes
  (tone key last: "của" → "cuar" / "cua3"); expected S003 with the syllable back.
- ``repeat``: a syllable, or a two-syllable word, written twice ("của của",
  "dự thảo dự thảo"), skipping reduplications the lexicon knows; expected S001.
- ``tone``: a syllable that forms a word with a neighbour replaced by a known
  syllable one diacritic away (tone or one vowel mark: "chính" → "chinh",
  "thể" → "thẻ"); expected S005 with the original back.
- ``garble``: the first syllable of a two-syllable word typed again after it
  ("nhiệm vụ trọng tâm" → "nhiệm vụ nhiệm trọng tâm"); expected S002.
- ``scramble``: of two adjacent two-syllable words, the second's first syllable
  moved to the front ("tiếp tục triển khai" → "triển tiếp tục khai"); expected S006.
- ``missing``: a collocation of ``collocations_admin.json`` found in the segment
  loses the syllable that is not its kept one ("triển khai thực hiện" → "triển
  thực hiện", "xây dựng kế hoạch" → "xây dựng hoạch"); expected S007 with it back.
- ``place``: ", {unit} {name}" appended to the segment, the name drawn from the
  provinces and districts of ``gazetteer_places.tsv`` and given one random edit
  (two neighbouring letters swapped, or one syllable's tone changed); expected
  S012 with the name back. The same names written correctly are checked too:
  S012 findings on them are counted as false alarms ("clean names flagged").

A baseline measured in the same run is the plain dictionary check ("flag every
syllable that is not in the lexicon"), and the speed of the S rules is given as
a ratio to the rest of the pipeline on the same documents.

    python benchmarks/bench_spelling.py [--per-kind N] [--seed S] [--show]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from vnadmin_parse.pipeline import check
from vnadmin_parse.recognize.tokens import tokenize
from vnadmin_parse.rules.spelling import collocations, words_covering
from vnadmin_parse.vietnamese import gazetteer
from vnadmin_parse.vietnamese.confusion import candidates
from vnadmin_parse.vietnamese.lexicon import Lexicon, key, load, phrase_key
from vnadmin_parse.vietnamese.runs import runs
from vnadmin_parse.vietnamese.syllable import has_diacritics, is_valid, split_tone
from vnadmin_parse.vietnamese.telex import encode
from vnadmin_parse.vietnamese.tone import put_tone

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "corpus" / "real"
DOCUMENTS = [
    "qngai_542_TB-UBND_2024.pdf",
    "qngai_565_TB-UBND_2024.pdf",
    "lamdong_draft_TB-UBND_TBKL_PCI.docx",
    "lamdong_draft_UBND-NC_CV3980.docx",
    "qh_hienphap2013_congbao.pdf",
    "cp_45_2026_ND-CP_text.pdf",
]
EXPECTED = {
    "telex": "S003",
    "vni": "S003",
    "repeat": "S001",
    "tone": "S005",
    "garble": "S002",
    "scramble": "S006",
    "missing": "S007",
    "place": "S012",
}
UNITS = {"province": ("tỉnh",), "district": ("huyện", "thành phố", "thị xã", "quận")}
Plant = tuple[str, str, str]  # planted segment, planted token, expected suggestion


def segments(texts: list[str]) -> list[list[str]]:
    """Runs of 6–30 valid syllables, each a list of words."""
    out = []
    for text in texts:
        for run in runs(tokenize(text), text):
            words = [s.text for s in run]
            if 6 <= len(words) <= 30 and all(is_valid(w) for w in words):
                out.append(words)
    return out


def plant_keystrokes(words: list[str], rng: random.Random, scheme: str) -> Plant | None:
    options = [i for i, w in enumerate(words) if has_diacritics(w) and not w.isupper()]
    if not options:
        return None
    i = rng.choice(options)
    typed = encode(words[i], scheme)
    if is_valid(typed):
        return None
    return " ".join([*words[:i], typed, *words[i + 1 :]]), typed, words[i]


def plant_repeat(words: list[str], rng: random.Random, lex: Lexicon) -> Plant | None:
    i = rng.randrange(len(words) - 1)
    size = 2 if lex.is_word(f"{words[i]} {words[i + 1]}") and rng.random() < 0.5 else 1
    phrase = " ".join(words[i : i + size])
    if lex.is_word(f"{phrase} {phrase}") or words[i].isupper():
        return None
    return " ".join([*words[: i + size], *words[i : i + size], *words[i + size :]]), f"{phrase} {phrase}", phrase


def plant_tone(words: list[str], rng: random.Random, lex: Lexicon) -> Plant | None:
    options = [i for i in range(len(words)) if words_covering(lex, words, i) and words[i].islower()]
    rng.shuffle(options)
    for i in options:
        wrong = [c for c, kind in candidates(key(words[i])) if kind in ("tone", "mark") and lex.knows(c)]
        if wrong:
            bad = rng.choice(wrong)
            return " ".join([*words[:i], bad, *words[i + 1 :]]), bad, words[i]
    return None


def _two_syllable_words(words: list[str], lex: Lexicon) -> list[int]:
    return [i for i in range(len(words) - 1) if words[i].islower() and lex.is_word(f"{words[i]} {words[i + 1]}")]


def plant_garble(words: list[str], rng: random.Random, lex: Lexicon) -> Plant | None:
    options = [i for i in _two_syllable_words(words, lex) if i + 2 < len(words) and words[i + 2].islower()]
    if not options:
        return None
    i = rng.choice(options)
    planted = [*words[: i + 2], words[i], *words[i + 2 :]]
    return " ".join(planted), " ".join(planted[i : i + 4]), " ".join(words[i : i + 3])


def plant_scramble(words: list[str], rng: random.Random, lex: Lexicon) -> Plant | None:
    starts = set(_two_syllable_words(words, lex))
    options = [i for i in starts if i + 2 in starts and len({w.lower() for w in words[i : i + 4]}) == 4]
    if not options:
        return None
    i = rng.choice(options)
    a1, a2, b1, b2 = words[i : i + 4]
    scrambled = [b1, a1, a2, b2]
    return " ".join([*words[:i], *scrambled, *words[i + 4 :]]), " ".join(scrambled), " ".join(words[i : i + 4])


def plant_missing(words: list[str], rng: random.Random) -> Plant | None:
    keeps_of = {(first, second): keeps for entries in collocations().values() for keeps, first, second in entries}
    options = [
        (i, keeps_of[pair]) for i in range(len(words) - 1) if (pair := (key(words[i]), key(words[i + 1]))) in keeps_of
    ]
    if not options:
        return None
    i, keeps = rng.choice(options)
    drop = i + 1 if keeps == "first" else i
    planted = [*words[:drop], *words[drop + 1 :]]
    return " ".join(planted), " ".join(planted[max(0, drop - 1) : drop + 1]), " ".join(words[i : i + 2])


def _misspell(name: str, rng: random.Random) -> str | None:
    """``name`` with two neighbouring letters swapped or one syllable's tone changed."""
    syllables = name.split()
    k = rng.randrange(len(syllables))
    s = syllables[k]
    if rng.random() < 0.5 and len(s) > 2:
        j = rng.randrange(1, len(s) - 1)
        if s[j] == s[j + 1]:
            return None
        s = s[:j] + s[j + 1] + s[j] + s[j + 2 :]
    else:
        base, tone, _ = split_tone(s)
        if tone < 0:
            return None
        s = put_tone(base, rng.choice([t for t in range(6) if t != tone]))
    return " ".join([*syllables[:k], s, *syllables[k + 1 :]])


def plant_place(words: list[str], rng: random.Random, names: list[tuple[str, str]]) -> Plant | None:
    level, name = rng.choice(names)
    bad = _misspell(name, rng)
    if bad is None or gazetteer.load().level(bad):
        return None
    unit = rng.choice(UNITS[level])
    return " ".join(words) + f", {unit} {bad}", bad, name


def _score(plants: list[Plant], code: str) -> tuple[int, int, int, int]:
    """Found, found with the right suggestion, other S findings, planted.

    A finding of ``code`` overlapping the planted token counts as found; its
    suggestion is right when the original words appear in it, in order.
    """
    found = right = other = 0
    for text, token, suggestion in plants:
        start = text.find(token)
        end = start + len(token)
        findings = check(text, select=["S"]).findings
        hit = [f for f in findings if f.code == code and f.start < end and f.end > start]
        found += bool(hit)
        right += any(f" {phrase_key(suggestion)} " in f" {phrase_key(f.suggestion or '')} " for f in hit)
        other += len(findings) - len(hit[:1])
    return found, right, other, len(plants)


def dictionary_baseline(text: str, lex: Lexicon) -> list[str]:
    """Every lower-case letter token that is not a known syllable."""
    return [t.text for t in tokenize(text) if t.label == "w" and t.text.islower() and not lex.knows(t.text)]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--per-kind", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", action="store_true", help="print every false alarm on the real documents")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lex = load()

    reports = {name: check(REAL / name, select=["S"]) for name in DOCUMENTS if (REAL / name).exists()}
    texts = [r.text for r in reports.values()]
    pool = segments(texts)
    rng.shuffle(pool)
    g = gazetteer.load()
    names = sorted((lv, n) for n, levels in g.names.values() for lv in UNITS if lv in levels)
    makers: dict[str, Callable[[list[str]], Plant | None]] = {
        "telex": lambda w: plant_keystrokes(w, rng, "telex"),
        "vni": lambda w: plant_keystrokes(w, rng, "vni"),
        "repeat": lambda w: plant_repeat(w, rng, lex),
        "tone": lambda w: plant_tone(w, rng, lex),
        "garble": lambda w: plant_garble(w, rng, lex),
        "scramble": lambda w: plant_scramble(w, rng, lex),
        "missing": lambda w: plant_missing(w, rng),
        "place": lambda w: plant_place(w, rng, names),
    }
    print(f"clean segments: {len(pool)} from {len(reports)} documents; seed {args.seed}")
    print(f"{'kind':8} {'planted':>7} {'recall':>7} {'+sugg.':>7} {'precision':>9} {'dict. baseline recall':>22}")
    for kind, make in makers.items():
        plants = [p for words in pool if (p := make(words))][: args.per_kind]
        found, right, other, n = _score(plants, EXPECTED[kind])
        base = sum(any(t in p[1].split() for t in dictionary_baseline(p[0], lex)) for p in plants)
        precision = found / (found + other) if found + other else 1.0
        print(f"{kind:8} {n:7d} {found / n:7.3f} {right / n:7.3f} {precision:9.3f} {base / n:22.3f}")
        if kind == "place":
            clean = [(p[0].replace(p[1], p[2]), p[2]) for p in plants]
            flagged = sum(any(f.code == "S012" for f in check(t, select=["S012"]).findings) for t, _ in clean)
            print(f"  clean names flagged: {flagged} of {len(clean)}")

    print("\nfalse alarms on the real documents (no planted errors):")
    words_total = alarms_total = base_total = 0
    for name, report in reports.items():
        n_words = len(report.text.split())
        base = len(dictionary_baseline(report.text, lex))
        words_total += n_words
        alarms_total += len(report.findings)
        base_total += base
        codes = Counter(f.code for f in report.findings)
        print(f"  {name:40} {n_words:6d} words {len(report.findings):3d} findings {dict(codes)}  baseline {base}")
        if args.show:
            for f in report.findings:
                ctx = report.text[max(0, f.start - 40) : f.end + 30].replace("\n", " ")
                print(f"      {f.code} {f.text!r} → {f.suggestion!r}: …{ctx}…")
    print(
        f"  total: {alarms_total} findings on {words_total} words = {1000 * alarms_total / words_total:.2f} per 1,000 "
        f"(dictionary baseline {1000 * base_total / words_total:.2f} per 1,000)"
    )

    sample = next(iter(reports))
    t_all, _ = timed(lambda: [check(REAL / name) for name in reports])
    t_rest, _ = timed(lambda: [check(REAL / name, ignore=["S"]) for name in reports])
    print(
        f"\nspeed: whole pipeline {t_all:.2f}s, without S rules {t_rest:.2f}s on {len(reports)} documents "
        f"(S rules add {100 * (t_all - t_rest) / t_rest:.0f}%; e.g. {sample})"
    )


if __name__ == "__main__":
    main()
