"""Generate realistic administrative documents with planted errors, and their gold annotations.

Each document follows the layout of Nghị định 30/2020/NĐ-CP: the issuing body
and Quốc hiệu, "Số: …", the place and date line, the type and title, "Căn cứ"
lines, a body that cites documents, dates, events and anniversaries, "Nơi
nhận" and the signature. Facts are real and verifiable (the cited national
documents and their dates, historical dates of anniversaries); local documents,
numbers and names are invented.

Errors of every rule family are planted at known places: malformed symbols,
a symbol's year disagreeing with its date, a wrong issuer name, a plan described
with last year, a first citation without its date, ranges that end before they
start, wrong weekdays, wrong anniversary counts, impossible dates, a meeting
"held" after the report was signed, Telex residue (a marked syllable of the
sentence typed with the input method off), a misspelt syllable drawn from its
confusion set (another tone, other vowel marks, a confused initial s/x, ch/tr,
d/gi/r, l/n or final n/ng, c/t, i/y) that leaves no word of the lexicon, a
syllable dropped from a two-syllable word of the lexicon, scrambled word order,
repeated words, unbalanced quotes and brackets, a
missing Quốc hiệu, Số or date line, a non-standard date line and replacement
characters left by a broken extraction. Every planted error is an
``expected`` item; the correct anniversaries, weekdays and citations are
``must_not_flag`` items; the documents are annotated exhaustively.

Wording varies between documents (agency, topic, cited documents, date style
05/03/2024 · 5/3/2024 · 05/3/2024, sentences drawn from small pools, "số" before
a symbol or not); every third document is clean, and odd documents are
hard-wrapped as text extracted from a PDF. Generation is deterministic:
document ``i`` is built from ``random.Random(seed + i)``; another ``--seed``
gives a held-out set the recognizers were never tuned on.
Run ``python -m tools.generate [OUTDIR] [--count N] [--seed S]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnadmin_parse.eval.annotations import find_all
from vnadmin_parse.normalize import normalize_text
from vnadmin_parse.vietnamese.lexicon import load as load_lexicon
from vnadmin_parse.vietnamese.syllable import is_valid, split_tone, strip_marks
from vnadmin_parse.vietnamese.tone import put_tone

_YEAR = re.compile(r"năm (\d{4})")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


@dataclass(frozen=True, slots=True)
class Cited:
    """A real national document that reports cite."""

    type: str
    symbol: str
    date: dt.date
    issuer: str
    subject: str


NATIONAL: tuple[Cited, ...] = (
    Cited("Nghị định", "30/2020/NĐ-CP", dt.date(2020, 3, 5), "Chính phủ", "về công tác văn thư"),
    Cited("Nghị định", "72/2015/NĐ-CP", dt.date(2015, 9, 7), "Chính phủ", "về quản lý hoạt động thông tin đối ngoại"),
    Cited(
        "Nghị định",
        "61/2018/NĐ-CP",
        dt.date(2018, 4, 23),
        "Chính phủ",
        "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    ),
    Cited(
        "Nghị định",
        "45/2020/NĐ-CP",
        dt.date(2020, 4, 8),
        "Chính phủ",
        "về thực hiện thủ tục hành chính trên môi trường điện tử",
    ),
    Cited("Nghị định", "13/2023/NĐ-CP", dt.date(2023, 4, 17), "Chính phủ", "về bảo vệ dữ liệu cá nhân"),
    Cited(
        "Quyết định",
        "749/QĐ-TTg",
        dt.date(2020, 6, 3),
        "Thủ tướng Chính phủ",
        "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
    ),
    Cited(
        "Thông tư",
        "22/2016/TT-BTTTT",
        dt.date(2016, 10, 19),
        "Bộ Thông tin và Truyền thông",
        "hướng dẫn quản lý hoạt động thông tin đối ngoại của các cơ quan, địa phương",
    ),
    Cited(
        "Thông tư",
        "01/2011/TT-BNV",
        dt.date(2011, 1, 19),
        "Bộ Nội vụ",
        "hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính",
    ),
    Cited("Luật", "80/2015/QH13", dt.date(2015, 6, 22), "Quốc hội", "Ban hành văn bản quy phạm pháp luật"),
    Cited("Luật", "20/2023/QH15", dt.date(2023, 6, 22), "Quốc hội", "Giao dịch điện tử"),
    Cited(
        "Chỉ thị",
        "05-CT/TW",
        dt.date(2016, 5, 15),
        "Bộ Chính trị",
        "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    ),
    Cited(
        "Nghị quyết",
        "45-NQ/TW",
        dt.date(2019, 1, 24),
        "Bộ Chính trị",
        "về xây dựng và phát triển thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045",
    ),
)

#: (event name as written after "kỷ niệm N năm", date of the event)
ANNIVERSARIES: tuple[tuple[str, dt.date], ...] = (
    ("Ngày thành lập Đảng Cộng sản Việt Nam", dt.date(1930, 2, 3)),
    ("Ngày giải phóng miền Nam, thống nhất đất nước", dt.date(1975, 4, 30)),
    ("Ngày chiến thắng Điện Biên Phủ", dt.date(1954, 5, 7)),
    ("Ngày sinh Chủ tịch Hồ Chí Minh", dt.date(1890, 5, 19)),
    ("Cách mạng Tháng Tám", dt.date(1945, 8, 19)),
    ("Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", dt.date(1945, 9, 2)),
    ("Ngày Thương binh - Liệt sĩ", dt.date(1947, 7, 27)),
    ("Ngày thành lập Quân đội nhân dân Việt Nam", dt.date(1944, 12, 22)),
)

#: (province, place on the date line)
PROVINCES: tuple[tuple[str, str], ...] = (
    ("TỈNH NAM ĐỊNH", "Nam Định"),
    ("TỈNH QUẢNG NGÃI", "Quảng Ngãi"),
    ("TỈNH LÂM ĐỒNG", "Lâm Đồng"),
    ("TỈNH THANH HÓA", "Thanh Hóa"),
    ("THÀNH PHỐ HẢI PHÒNG", "Hải Phòng"),
    ("TỈNH BẮC NINH", "Bắc Ninh"),
    ("TỈNH ĐỒNG THÁP", "Đồng Tháp"),
)

#: (agency as on the header, its code, its name in running text, topic of the report, signer's title)
AGENCIES: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "SVHTTDL",
        "Sở Văn hóa, Thể thao và Du lịch",
        "thông tin đối ngoại",
        "GIÁM ĐỐC",
    ),
    ("SỞ NỘI VỤ", "SNV", "Sở Nội vụ", "cải cách hành chính", "GIÁM ĐỐC"),
    ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT", "Sở Thông tin và Truyền thông", "chuyển đổi số", "GIÁM ĐỐC"),
    ("SỞ TƯ PHÁP", "STP", "Sở Tư pháp", "phổ biến, giáo dục pháp luật", "GIÁM ĐỐC"),
    ("VĂN PHÒNG", "VP", "Văn phòng Ủy ban nhân dân tỉnh", "văn thư, lưu trữ", "CHÁNH VĂN PHÒNG"),
)

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô")
MIDDLES = ("Văn", "Thị", "Hữu", "Minh", "Thanh", "Đức", "Ngọc")
GIVEN = ("Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Mai", "Quang", "Thảo", "Sơn", "Hà")

#: Phrases Telex residue may be planted in (one of its marked syllables typed with the input method off).
TELEX_PHRASES: tuple[str, ...] = (
    "Đồng thời phối hợp chặt chẽ với",
    "Đồng thời tăng cường phối hợp với",
    "Bên cạnh đó, thường xuyên phối hợp với",
    "Đồng thời chủ động phối hợp với",
    "Bên cạnh đó, tiếp tục đôn đốc, phối hợp với",
)
#: What a department is asked to do ("… tham mưu Ủy ban nhân dân tỉnh <phrase>"): a syllable may be dropped.
TASK_PHRASES: tuple[str, ...] = (
    "ban hành Kế hoạch triển khai thực hiện",
    "xây dựng kế hoạch tổ chức thực hiện",
    "chỉ đạo các cơ quan chuyên môn triển khai thực hiện",
    "ban hành văn bản hướng dẫn thực hiện",
)
#: The confusions Vietnamese writers make on initial and final consonants and on the i/y vowel.
_INITIALS = (("s", "x"), ("ch", "tr"), ("d", "gi"), ("d", "r"), ("gi", "r"), ("l", "n"))
_FINALS = (("n", "ng"), ("c", "t"), ("i", "y"))


#: Where a word may be doubled: (text before, the word, text after).
REPEAT_SLOTS: tuple[tuple[str, str, str], ...] = (
    ("Các phòng chuyên môn đã chủ động tham mưu ", "các", " giải pháp phù hợp với tình hình thực tế."),
    ("Lãnh đạo đơn vị ", "đã", " quán triệt đến toàn thể cán bộ, công chức, viên chức."),
    ("Việc theo dõi, đôn đốc được thực hiện thường xuyên ", "và", " có hiệu quả."),
    ("Kết quả thực hiện nhiệm vụ ", "của", " các phòng được đánh giá hằng tháng."),
)
#: Sentences without dates or citations that vary the body of the reports.
FILLERS: tuple[str, ...] = (
    "Công tác thông tin, tuyên truyền được chú trọng, tạo sự đồng thuận trong cán bộ, công chức và Nhân dân.",
    "Việc ứng dụng công nghệ thông tin trong quản lý, điều hành tiếp tục được đẩy mạnh.",
    "Tuy nhiên, một số nhiệm vụ còn chậm so với yêu cầu do thiếu nhân lực và kinh phí.",
    "Cơ sở vật chất, trang thiết bị phục vụ công tác chuyên môn từng bước được đầu tư, nâng cấp.",
    "Công tác phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ, kịp thời.",
    "Đội ngũ cán bộ, công chức được bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ.",
)

_TELEX_BASE = {"â": "aa", "ă": "aw", "ê": "ee", "ô": "oo", "ơ": "ow", "ư": "uw", "đ": "dd"}
_TELEX_TONE = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def telex(word: str) -> str:
    """How ``word`` reads when typed in Telex with the input method switched off ("được" → "dduwowcj")."""
    out: list[str] = []
    tone = ""
    for ch in unicodedata.normalize("NFD", word):
        if ch in _TELEX_TONE:
            tone = _TELEX_TONE[ch]
        elif ch in ("\u0302", "\u0306", "\u031b"):
            base = unicodedata.normalize("NFC", out[-1] + ch)
            out[-1] = _TELEX_BASE.get(base.lower(), out[-1])
        elif ch.lower() == "đ":
            out.append("dd" if ch == "đ" else "Dd")
        else:
            out.append(ch)
    return "".join(out) + tone


def _swap(syllable: str, pairs: tuple[tuple[str, str], ...], at_start: bool) -> list[str]:
    out = []
    low = syllable.lower()
    for x, y in pairs:
        for old, new in ((x, y), (y, x)):
            if at_start and low.startswith(old):
                out.append(new + syllable[len(old) :])
            elif not at_start and low.endswith(old):
                out.append(syllable[: len(syllable) - len(old)] + new)
    return out


def confusions(syllable: str) -> list[str]:
    """Valid syllables a writer puts for ``syllable``: another tone, other vowel marks on the same letters
    (the lexicon's variants), or a confused initial (s/x, ch/tr, d/gi/r, l/n) or final (n/ng, c/t, i/y).

    >>> {"thẻ", "thê"} <= set(confusions("thể")), "xử" in confusions("sử")
    (True, True)
    """
    base, tone, _ = split_tone(syllable)
    found = [put_tone(base, t) for t in range(6) if t != tone]
    found += list(load_lexicon().variants(syllable))
    found += _swap(syllable, _INITIALS, True) + _swap(syllable, _FINALS, False)
    out: list[str] = []
    for c in found:
        if c != syllable.lower() and c not in out and is_valid(c):
            out.append(c)
    return out


def confused(phrase: str, rng: random.Random) -> str | None:
    """``phrase`` (a word of the lexicon) with one syllable replaced from its confusion set, so that the
    result is no word and its syllables never follow each other in legal text; None if there is none."""
    lex = load_lexicon()
    words = phrase.split()
    options = []
    for i, syllable in enumerate(words):
        for c in confusions(syllable):
            c = c[0].upper() + c[1:] if syllable[0].isupper() else c
            new = [*words[:i], c, *words[i + 1 :]]
            if not lex.is_word(" ".join(new)) and all(lex.pair(a, b) == 0 for a, b in itertools.pairwise(new)):
                options.append(" ".join(new))
    return rng.choice(options) if options else None


def _date_line(d: dt.date, padded: bool = True) -> str:
    day = f"{d.day:02d}" if padded and d.day < 10 else str(d.day)
    month = f"{d.month:02d}" if padded and d.month < 3 else str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


#: How numeric dates are written, one style per document: 05/03/2024, 5/3/2024 or 05/3/2024.
DATE_STYLES = ("padded", "plain", "mixed")


def _dmy(d: dt.date, style: str = "padded") -> str:
    if style == "plain":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "mixed":
        return f"{d.day:02d}/{d.month}/{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _malformed(symbol: str) -> str:
    """A symbol as it is mistyped: "45-NQ/TW" → "45-NQ/W", "72/2015/NĐ-CP" → "72/2015/NĐCP",
    "20/2023/QH15" → "20/2023QH15"."""
    if "/TW" in symbol:
        return symbol.replace("/TW", "/W")
    if "-" in symbol:
        return symbol.replace("-", "", 1)
    head, _slash, tail = symbol.rpartition("/")
    return head + tail


@dataclass(slots=True)
class Writer:
    """Builds a document's text and records annotated spans by their raw offsets."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: dict[str, list[tuple[int, int, dict[str, Any]]]] = field(default_factory=dict)

    def add(self, text: str) -> tuple[int, int]:
        """Write ``text``; returns its offsets."""
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def mark(self, section: str, text: str, since: int | None = None, **attrs: Any) -> tuple[int, int]:
        """Write ``text`` and record it (from ``since`` if given) in ``section`` with ``attrs``."""
        start, end = self.add(text)
        self.note(section, start if since is None else since, end, **attrs)
        return start, end

    def note(self, section: str, start: int, end: int, **attrs: Any) -> None:
        """Record an already written stretch."""
        self.spans.setdefault(section, []).append((start, end, attrs))

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Report:
    """One generated report, with its errors planted as it is written."""

    def __init__(self, rng: random.Random, plan: set[str]) -> None:
        self.rng = rng
        self.plan = plan
        self.w = Writer()
        self.fields: dict[str, Any] = {}
        self.planted: list[str] = []
        self.style = rng.choice(DATE_STYLES)

    def _dmy(self, d: dt.date) -> str:
        return _dmy(d, self.style)

    def _take(self, error: str) -> bool:
        """Is ``error`` due here? (Each planned error is planted once.)"""
        if error in self.plan:
            self.plan.discard(error)
            self.planted.append(error)
            return True
        return False

    def _due(self, error: str) -> bool:
        """Is ``error`` planned and not yet planted? (Does not plant it.)"""
        return error in self.plan

    def _expect(
        self, start: int, end: int, families: list[str], what: str, severity: str = "warning", **extra: Any
    ) -> None:
        self.w.note("expected", start, end, families=families, severity=severity, what=what, **extra)

    def _quiet(self, start: int, end: int, why: str) -> None:
        self.w.note("must_not_flag", start, end, why=why)

    def _date(self, d: dt.date) -> tuple[int, int]:
        return self.w.mark("dates", f"ngày {self._dmy(d)}", value=d.isoformat(), kind="date")

    def _cite(self, doc: Cited) -> None:
        """Cite ``doc`` in full (type, number and symbol, date, issuer, subject), planting an error if due."""
        w = self.w
        symbol, issuer, date = doc.symbol, doc.issuer, doc.date
        error = ""
        if self._take("R-symbol"):
            error = "symbol"
            symbol = _malformed(symbol)
        if not error and symbol.count("/") == 2 and self._take("R-year"):
            error = "year"
            date = date.replace(year=date.year + 1)
        if (
            not error
            and doc.type != "Luật"
            and issuer.startswith("Bộ ")
            and " và " in issuer
            and self._take("R-issuer")
        ):
            error = "issuer"
            issuer = issuer.replace(" và ", " ")
        named = doc.type == "Luật"  # "Luật Giao dịch điện tử số 20/2023/QH15 ngày …"
        so = "số " if self.rng.random() < 0.8 else ""
        start, _ = w.add(f"Luật {doc.subject} số " if named else f"{doc.type} {so}")
        sym_start, sym_end = w.mark(
            "references",
            symbol,
            since=start,
            canonical=doc.symbol,
            type=doc.type,
            date=doc.date.isoformat(),
            issuer=doc.issuer,
        )
        w.add(" ")
        ds, de = self._date(date)
        iss_s = iss_e = de
        if not named:
            w.add(" của ")
            iss_s, iss_e = w.add(issuer)
            w.add(" ")
            self._prose(doc.subject)
        if error == "symbol":
            self._expect(sym_start, sym_end, ["R"], f"ký hiệu văn bản viết sai: {symbol} (đúng: {doc.symbol})")
        elif error == "year":
            what = f"năm trong số ký hiệu {doc.symbol} khác năm của ngày ban hành {self._dmy(date)}"
            self._expect(ds, de, ["R", "D"], what, also=[(sym_start, sym_end)])
        elif error == "issuer":
            self._expect(iss_s, iss_e, ["R", "S"], f"tên cơ quan ban hành sai: {issuer} (đúng: {doc.issuer})")
        else:
            self._quiet(start, de, "số, ký hiệu, năm và ngày ban hành khớp nhau")

    def _prose(self, text: str) -> None:
        """Write ``text``, recording the years it mentions ("đến năm 2030") as dates."""
        pos = 0
        for m in _YEAR.finditer(text):
            self.w.add(text[pos : m.start()])
            self.w.mark("dates", m.group(), value=m.group(1), kind="year")
            pos = m.end()
        self.w.add(text[pos:])

    def _name(self) -> str:
        r = self.rng
        return f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVEN)}"

    def build(self) -> None:
        """Write the whole report."""
        r = self.rng
        w = self.w
        province, place = r.choice(PROVINCES)
        header, code, agency, topic, title_of_signer = r.choice(AGENCIES)
        year = r.choice((2023, 2024, 2025, 2026))
        bad_date_line = self._take("F-date-line")
        signed = dt.date(year, 7, r.randrange(1, 10) if bad_date_line else r.randrange(1, 21))
        symbol = f"{r.randrange(12, 480)}/BC-{code}"
        w.add(f"ỦY BAN NHÂN DÂN {province}\n{header}\n")
        if self._take("F-quoc-hieu"):
            self._expect(0, 0, ["F"], "thiếu Quốc hiệu và Tiêu ngữ", anywhere=True)
        else:
            w.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n")
        if self._take("F-so"):
            self._expect(0, 0, ["F"], "thiếu số và ký hiệu văn bản (Số: …/BC-…)", anywhere=True)
            self.fields["number"] = None
        else:
            w.add(f"Số: {symbol}\n")
            self.fields["number"] = symbol
        line_start, _ = w.add(f"{place}, ")
        _ds, de = w.mark("dates", _date_line(signed, not bad_date_line), value=signed.isoformat(), kind="date")
        w.add("\n\n")
        if bad_date_line:
            self._expect(line_start, de, ["F"], "ngày dưới 10 và tháng 1, 2 phải ghi thêm số 0 ở trước")
        title = f"Kết quả công tác {topic} 6 tháng đầu năm {year}"
        self.fields.update(
            type="Báo cáo",
            issuer=header,
            place=place,
            date=signed.isoformat(),
            title=title,
            period=f"{year}-01-01/{year}-06-30",
        )
        w.add(f"BÁO CÁO\nKết quả công tác {topic} ")
        w.mark(
            "dates",
            f"6 tháng đầu năm {year}",
            value=[f"{year}-01/{year}-06", f"{year}-01-01/{year}-06-30"],
            kind="period",
        )
        w.add("\n\n")

        cited = r.sample([c for c in NATIONAL if c.date.year < year], k=4)
        w.add("Căn cứ ")
        self._cite(cited[0])
        w.add(";\n")
        self._plan_reference(year, topic, agency)

        w.add("I. KẾT QUẢ THỰC HIỆN\n1. Công tác chỉ đạo, điều hành\n")
        w.add(f"Ngay từ đầu năm, {agency} đã ban hành văn bản chỉ đạo, hướng dẫn các phòng, đơn vị ")
        self._slip("triển khai")
        w.add(" thực hiện nghiêm túc các nhiệm vụ theo ")
        self._cite(cited[1])
        w.add(" và ")
        self._cite(cited[2])
        w.add(".\n")
        self._repeat()
        self._local_reference(year, agency)
        self._meeting(year, signed)
        w.add("2. Kết quả thực hiện các nhiệm vụ trọng tâm\n")
        self._anniversary(year)
        self._range(year)
        self._quote()
        w.add(f"Công tác {topic} được thực hiện theo đúng quy định tại ")
        self._cite(cited[3])
        w.add("; ")
        self._telex()
        w.add(" các cơ quan, đơn vị ")
        self._slip("hỗ trợ")
        w.add(" kịp thời, ")
        self._slip("bảo đảm")
        w.add(" tiến độ đề ra")
        self._bracket()
        w.add(".\n")
        self._broken()
        self._deadline(year)
        w.add("II. PHƯƠNG HƯỚNG, NHIỆM VỤ ")
        w.mark(
            "dates",
            f"6 THÁNG CUỐI NĂM {year}",
            value=[f"{year}-07/{year}-12", f"{year}-07-01/{year}-12-31"],
            kind="period",
        )
        w.add(
            f"\nTiếp tục triển khai thực hiện có hiệu quả các nhiệm vụ về {topic}; "
            "tăng cường ứng dụng công nghệ thông tin, "
        )
        self._slip("sử dụng")
        w.add(" văn bản điện tử trong xử lý công việc.\n\n")
        w.add(f"Trên đây là báo cáo kết quả công tác {topic} ")
        w.mark(
            "dates",
            f"6 tháng đầu năm {year}",
            value=[f"{year}-01/{year}-06", f"{year}-01-01/{year}-06-30"],
            kind="period",
        )
        w.add(f" của {agency}./.\n\n")
        w.add(f"Nơi nhận:\n- UBND tỉnh (để b/c);\n- Lãnh đạo cơ quan;\n- Lưu: VT, VP.\n\n{title_of_signer}\n\n\n")
        signer = self._name()
        w.add(f"{signer}\n")
        self.fields["signer"] = signer

    def _plan_reference(self, year: int, topic: str, agency: str) -> None:
        """ "Thực hiện Kế hoạch số …" of the province, for this year (or, planted, described as last year's)."""
        w = self.w
        plan_date = dt.date(year, 1, self.rng.randrange(5, 28))
        kh = f"{self.rng.randrange(3, 60)}/KH-UBND"
        start, _ = w.add("Thực hiện Kế hoạch số ")
        w.mark("references", kh, since=start, canonical=kh, type="Kế hoạch", date=plan_date.isoformat(), issuer=None)
        w.add(" ")
        self._date(plan_date)
        w.add(f" của Ủy ban nhân dân tỉnh về công tác {topic} ")
        if self._take("R-subject-year"):
            ys, ye = w.mark("dates", f"năm {year - 1}", value=str(year - 1), kind="year")
            self._expect(ys, ye, ["R", "D"], "kế hoạch ban hành trong năm lại mang năm trước trong trích yếu")
        else:
            w.mark("dates", f"năm {year}", value=str(year), kind="year")
        w.add(f";\n{agency} báo cáo kết quả thực hiện như sau:\n\n")

    def _slip(self, phrase: str) -> None:
        """Write ``phrase``, or if a spelling error is due, with one syllable from its confusion set."""
        slip = confused(phrase, self.rng) if self._due("S-tone") else None
        if slip and self._take("S-tone"):
            s, e = self.w.add(slip)
            self._expect(s, e, ["S"], f"sai chính tả: '{slip}' (đúng: '{phrase}')")
        else:
            self.w.add(phrase)

    def _telex(self) -> None:
        """A phrase, one of its marked syllables typed in Telex with the input method off if due."""
        w = self.w
        phrase = self.rng.choice(TELEX_PHRASES)
        if not self._take("S-telex"):
            w.add(phrase)
            return
        words = phrase.split(" ")
        marked = [i for i, word in enumerate(words) if strip_marks(word) != word.lower()]
        i = self.rng.choice(marked)
        w.add(" ".join(words[:i]) + (" " if i else ""))
        typed = telex(words[i])
        s, e = w.add(typed)
        self._expect(s, e, ["S"], f"dư ký tự gõ Telex: '{typed}' (đúng: '{words[i]}')")
        w.add((" " if i + 1 < len(words) else "") + " ".join(words[i + 1 :]))

    def _repeat(self) -> None:
        w = self.w
        before, word, after = self.rng.choice(REPEAT_SLOTS)
        w.add(before)
        if self._take("T-repeat"):
            s, e = w.add(f"{word} {word}")
            self._expect(s, e, ["T", "S"], f"lặp từ: '{word} {word}'")
        else:
            w.add(word)
        w.add(after)
        for sentence in self.rng.sample(FILLERS, k=2):
            w.add(f" {sentence}")
        w.add("\n")

    def _local_reference(self, year: int, agency: str) -> None:
        """A province's công văn, cited in full (or, planted, without its date) and a task from it."""
        w = self.w
        r = self.rng
        symbol = f"{r.randrange(100, 5000)}/UBND-{r.choice(('KGVX', 'NC', 'KTTH', 'VX'))}"
        issued = dt.date(year, r.randrange(2, 6), r.randrange(1, 28))
        start, _ = w.add("Thực hiện Công văn số ")
        _s, end = w.mark("references", symbol, since=start, canonical=symbol, type="Công văn", date=issued.isoformat())
        if self._take("R-no-date"):
            self._expect(
                start, end, ["R"], f"viện dẫn lần đầu Công văn số {symbol} thiếu ngày ban hành", severity="info"
            )
        else:
            w.add(" ")
            self._date(issued)
        w.add(f" của Ủy ban nhân dân tỉnh, {agency} đã tham mưu Ủy ban nhân dân tỉnh ")
        self._dropped(self.rng.choice(TASK_PHRASES))
        w.add("; ")
        if self._take("S-word-order"):
            s, e = w.add("việc triển tiếp tục khai")
            self._expect(s + len("việc "), e, ["S"], "đảo trật tự từ: 'tiếp tục triển khai'")
        else:
            w.add("việc tiếp tục triển khai")
        w.add(" các nhiệm vụ chuyển tiếp được quan tâm chỉ đạo.\n")

    def _dropped(self, phrase: str) -> None:
        """Write ``phrase``, or if due, without one syllable of one of its two-syllable words of the lexicon."""
        words = phrase.split()
        lex = load_lexicon()
        inner = [
            j
            for j in range(1, len(words) - 1)
            if lex.is_word(f"{words[j - 1]} {words[j]}") or lex.is_word(f"{words[j]} {words[j + 1]}")
        ]
        if not inner or not self._take("S-missing-word"):
            self.w.add(phrase)
            return
        j = self.rng.choice(inner)
        self.w.add(" ".join(words[: j - 1]) + (" " if j > 1 else ""))
        s, e = self.w.add(f"{words[j - 1]} {words[j + 1]}")
        self._expect(s, e, ["S"], f"thiếu chữ '{words[j]}': '{words[j - 1]} {words[j]} {words[j + 1]}'")
        self.w.add((" " if j + 2 < len(words) else "") + " ".join(words[j + 2 :]))

    def _meeting(self, year: int, signed: dt.date) -> None:
        """A dated event with its weekday (correct, or wrong if planted), held before the report
        is signed (or, planted, described as held on a day after it)."""
        w = self.w
        r = self.rng
        late = self._take("D-after-signing")
        if late:
            day = signed + dt.timedelta(days=r.randrange(10, 60))
        else:
            day = dt.date(year, r.randrange(3, 6), r.randrange(1, 28))
        day -= dt.timedelta(days=max(0, day.weekday() - 4))  # a working day
        right = WEEKDAYS[day.weekday()]
        wrong = self._take("D-weekday")
        weekday = WEEKDAYS[(day.weekday() + r.randrange(1, 6)) % 7] if wrong else right
        w.add("Ngày ")
        ds, _ = w.mark("dates", self._dmy(day), value=day.isoformat(), kind="date")
        w.add(" (")
        _ws, we = w.add(weekday)
        w.add("), đơn vị đã tổ chức ")
        es, _ = w.add("Hội nghị sơ kết công tác ")
        w.mark("dates", "quý I", value=f"{year}-01/{year}-03", kind="quarter")
        w.note("events", es, w.length, name="Hội nghị sơ kết công tác quý I", date=day.isoformat())
        w.add(" tại hội trường Sở với sự tham dự của đại diện các phòng, đơn vị.\n")
        if wrong:
            self._expect(ds, we + 1, ["D"], f"{self._dmy(day)} không phải {weekday} (là {right})")
        elif not late:
            self._quiet(ds, we + 1, "thứ trong tuần đúng với ngày")
        if late:
            what = f"hội nghị ngày {self._dmy(day)} được nêu là đã tổ chức, nhưng sau ngày ký báo cáo"
            self._expect(ds, ds + len(self._dmy(day)), ["D"], what)

    def _anniversary(self, year: int) -> None:
        w = self.w
        name, when = self.rng.choice(ANNIVERSARIES)
        years = year - when.year
        wrong = self._take("D-anniversary")
        shown = years + self.rng.choice((-1, 1)) if wrong else years
        w.add("Tổ chức các hoạt động tuyên truyền kỷ niệm ")
        s, e = w.mark("events", f"{shown} năm {name}", name=name, date=when.isoformat())
        w.add(" (")
        until = when.replace(year=year)
        _ds, de = w.mark(
            "dates",
            f"{self._dmy(when)} - {self._dmy(until)}",
            value=f"{when.isoformat()}/{until.isoformat()}",
            kind="interval",
        )
        w.add(") bằng nhiều hình thức phong phú, thiết thực.\n")
        if wrong:
            self._expect(s, e, ["D"], f"số năm kỷ niệm sai: {year} là năm thứ {years}, không phải {shown}")
        else:
            self._quiet(s, de + 1, "số năm kỷ niệm đúng")

    def _range(self, year: int) -> None:
        w = self.w
        r = self.rng
        start = dt.date(year, r.randrange(3, 6), r.randrange(1, 20))
        end = start + dt.timedelta(days=r.randrange(2, 7))
        w.add("Phối hợp tổ chức ")
        name = "Tuần lễ văn hóa, thể thao và du lịch"
        w.mark("events", name, name=name, date=start.isoformat())
        w.add(" ")
        if self._take("D-range"):
            text = f"từ ngày {self._dmy(end)} đến ngày {self._dmy(start)}"
            s, e = w.mark("dates", text, value=f"{end.isoformat()}/{start.isoformat()}", kind="interval")
            self._expect(s, e, ["D"], "khoảng thời gian kết thúc trước khi bắt đầu")
        else:
            text = f"từ ngày {self._dmy(start)} đến ngày {self._dmy(end)}"
            s, e = w.mark("dates", text, value=f"{start.isoformat()}/{end.isoformat()}", kind="interval")
            self._quiet(s, e, "khoảng thời gian đúng chiều")
        w.add(" tại Quảng trường trung tâm, thu hút đông đảo Nhân dân và du khách.\n")

    def _quote(self) -> None:
        w = self.w
        w.add("Hưởng ứng cuộc vận động ")
        slogan = "Người Việt Nam ưu tiên dùng hàng Việt Nam"
        if self._take("T-quote"):
            _s, e = w.add(f"{slogan}”")
            self._expect(e - 1, e, ["T"], "dấu đóng ngoặc kép không có dấu mở")
        else:
            s, e = w.add(f"“{slogan}”")
            self._quiet(s, e, "ngoặc kép cân đối")
        w.add(", các đơn vị đã tổ chức nhiều hoạt động thiết thực.\n")

    def _bracket(self) -> None:
        w = self.w
        if self._take("T-bracket"):
            s, _e = w.add(" (có phụ lục kèm theo")
            self._expect(s + 1, s + 2, ["T"], "dấu mở ngoặc đơn không có dấu đóng")
        else:
            w.add(" (có phụ lục kèm theo)")

    def _broken(self) -> None:
        w = self.w
        if self._take("E-replacement"):
            s, _e = w.add("Kết quả cụ thể được tổng hợp tại Phụ lục k")
            w.add("\ufffdm theo Báo cáo này.\n")
            self._expect(
                s + len("Kết quả cụ thể được tổng hợp tại Phụ lục "),
                w.length - len(" theo Báo cáo này.\n"),
                ["E", "S"],
                "ký tự thay thế (U+FFFD) do trích xuất hỏng: 'kèm'",
            )
        else:
            w.add("Kết quả cụ thể được tổng hợp tại Phụ lục kèm theo Báo cáo này.\n")

    def _deadline(self, year: int) -> None:
        """A deadline date: real, or (planted) a day the month does not have."""
        w = self.w
        w.add("Các đơn vị gửi số liệu về Sở trước ")
        if self._take("D-impossible"):
            month = self.rng.choice((4, 6, 9, 11))
            s, e = w.mark("dates", f"ngày 31/{month:02d}/{year}", value=None, kind="date")
            self._expect(s, e, ["D"], f"ngày không có thật: tháng {month} không có ngày 31")
        else:
            due = dt.date(year, self.rng.choice((3, 6, 9, 12)), 15)
            self._date(due)
        w.add(" để tổng hợp.\n")


#: Every error the generator can plant, by rule family.
ERRORS: tuple[str, ...] = (
    "R-symbol",
    "R-year",
    "R-issuer",
    "R-subject-year",
    "R-no-date",
    "D-range",
    "D-weekday",
    "D-anniversary",
    "D-impossible",
    "D-after-signing",
    "S-telex",
    "S-tone",
    "S-missing-word",
    "S-word-order",
    "T-repeat",
    "T-quote",
    "T-bracket",
    "F-quoc-hieu",
    "F-so",
    "F-date-line",
    "E-replacement",
)


def _plan(rng: random.Random, index: int) -> set[str]:
    """Which errors document ``index`` carries: every third document is clean; the others
    take the next two errors in turn (so that a dozen documents plant every kind) and a
    few more at random."""
    if index % 3 == 2:
        return set()
    turn = 2 * (index - index // 3)
    due = {ERRORS[turn % len(ERRORS)], ERRORS[(turn + 1) % len(ERRORS)]}
    return due | set(rng.sample(ERRORS, rng.randrange(1, 5)))


def _wrap(text: str, width: int) -> str:
    """Break long lines at spaces, as text from a PDF comes out."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut] + " ")
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def generate(index: int, seed: int = 2026) -> tuple[str, dict[str, Any]]:
    """Document ``index``: its text and its annotation (offsets into the normalized text)."""
    rng = random.Random(seed + index)
    plan = _plan(rng, index)
    doc = Report(rng, set(plan))
    doc.build()
    raw = doc.w.text
    wrapped = index % 2 == 1
    text = _wrap(raw, 88) if wrapped else raw
    norm = normalize_text(text)
    sections: dict[str, list[dict[str, Any]]] = {}
    for section, spans in doc.w.spans.items():
        for start, end, attrs in spans:
            sections.setdefault(section, []).append(_anchor_in(raw, norm, start, end, attrs))
    doc_id = f"gen-{seed}-{index:03d}"
    annotation = {
        "id": doc_id,
        "document": f"generated/{doc_id}.txt",
        "kind": "generated",
        "annotator": f"tools.generate (seed {seed}, index {index}); planted: "
        + (", ".join(sorted(doc.planted)) or "none"),
        "findings_exhaustive": True,
        "fields": doc.fields,
        **{s: sections.get(s, []) for s in ("references", "dates", "events", "expected", "must_not_flag")},
    }
    if wrapped:
        annotation["notes"] = "lines wrapped at 88 characters, as text extracted from a PDF"
    return text, annotation


def _anchor_in(raw: str, norm: str, start: int, end: int, attrs: dict[str, Any]) -> dict[str, Any]:
    """An anchor for raw ``[start, end)``: its text, occurrence and offsets in ``norm``."""
    extra = dict(attrs)
    also = extra.pop("also", [])
    if extra.get("anywhere"):
        start, end = 0, min(len(raw), raw.index("\n"))
    needle = raw[start:end]
    matches = find_all(raw, needle)
    occurrence = next(i for i, (s, _e) in enumerate(matches) if s == start)
    found = find_all(norm, needle)[occurrence]
    out: dict[str, Any] = {
        "text": norm[found[0] : found[1]],
        "occurrence": occurrence,
        "start": found[0],
        "end": found[1],
    }
    if also:
        out["also"] = [_anchor_in(raw, norm, s, e, {}) for s, e in also]
    out.update(extra)
    return out


def write(outdir: Path, count: int, seed: int, log: Callable[[str], None] = print) -> list[Path]:
    """Write ``count`` documents and their annotations into ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(count):
        text, ann = generate(i, seed)
        doc_path = outdir / f"{ann['id']}.txt"
        doc_path.write_text(text, encoding="utf-8")
        ann_path = outdir / f"{ann['id']}.json"
        ann_path.write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(ann_path)
        log(f"{ann_path}: {ann['annotator'].split('; ')[1]}")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.generate", description=__doc__.split("\n")[0])
    parser.add_argument("outdir", nargs="?", default="corpus/generated")
    parser.add_argument("--count", type=int, default=18)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    write(Path(args.outdir), args.count, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
