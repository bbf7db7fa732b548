"""A law cited as a legal basis after another law of its name replaced it (family R).

A document can only be based on law in force on its date: "Căn cứ Bộ luật Lao động năm 2012;" in a
decision of 2022 rests on a code that ceased to have effect when the Labour Code of 2019 took effect on
1 January 2021. The replacements and their dates of effect come from the table of laws
(:mod:`vnadmin_parse.symbols.laws`, read from the official codification). Where the table does not know the
successor's date of effect, the successor is taken to be in force only once the longest wait between a law's
adoption and its effect seen in the table (:data:`LONGEST_WAIT`) has passed since its adoption (or since the
end of the year in its number).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from vnadmin_parse.isodates import bounds, fmt_date
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.references import NOTE_ON_OCR
from vnadmin_parse.rules.registry import Hit, RuleDoc, rule
from vnadmin_parse.symbols import laws
from vnadmin_parse.symbols.laws import Law


def _header(date: str) -> str:
    day, month, year = date.split("/")
    return (
        "BỘ TÀI CHÍNH\nSố: 15/QĐ-BTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Hà Nội, ngày {day} tháng {month} năm {year}\nQUYẾT ĐỊNH\nVề việc ban hành quy chế làm việc\n"
    )


#: A bound on the wait between a law's adoption and its effect. The law sets only a floor (45 days: Luật Ban
#: hành văn bản quy phạm pháp luật 2015, Điều 151); the longest wait in the table of laws is 816 days (Luật
#: Tiếp cận thông tin 104/2016/QH13, adopted 06/4/2016, in force 01/7/2018), and a test keeps this bound
#: above every wait the table shows.
LONGEST_WAIT = dt.timedelta(days=3 * 365)


def successor_in_force(law: Law) -> tuple[Law, dt.date] | None:
    """The law that replaced ``law`` and the day it took effect, when the table knows both."""
    if law.replaced_by is None:
        return None
    successor = laws.lookup(law.replaced_by)
    if successor is None:
        return None
    if successor.in_force_from is not None:
        return successor, successor.in_force_from
    if law.in_force_to is not None:
        return successor, law.in_force_to + dt.timedelta(days=1)
    return None


def successor_in_force_by(law: Law) -> tuple[Law, dt.date] | None:
    """The law that replaced ``law`` and a day by which it was surely in force, when the table does not know
    its date of effect: its adoption (or the last day of the year in its number) plus :data:`LONGEST_WAIT`."""
    if law.replaced_by is None or successor_in_force(law) is not None:
        return None
    successor = laws.lookup(law.replaced_by)
    if successor is None or "/QH" not in successor.number:
        return None
    adopted = successor.adopted or dt.date(successor.year, 12, 31)
    return successor, adopted + LONGEST_WAIT


def _written(first: dt.date, last: dt.date) -> tuple[str, str]:
    """A document's date as far as it is known, in Vietnamese and English: "ngày 05/03/2022", "tháng 03/2022"
    (a draft's blank day), "năm 2022"."""
    if first == last:
        return f"ngày {fmt_date(first)}", f"dated {fmt_date(first)}"
    if first.month == last.month:
        return f"tháng {first.month:02d}/{first.year}", f"of {first.month:02d}/{first.year}"
    return f"năm {first.year}", f"of {first.year}"


@rule(
    "R015",
    "superseded-law",
    severity="warning",
    message="{law} số {number} đã được thay thế bởi {successor} số {new_number} ({since}): văn bản "
    "{date} không căn cứ vào luật đã hết hiệu lực",
    message_en="{law} No. {number} was replaced by {successor} No. {new_number} ({since_en}): a document "
    "{date_en} cannot rest on a law no longer in force",
    doc=RuleDoc(
        what="Một bộ luật, luật hay pháp lệnh được nêu làm căn cứ (dòng “Căn cứ …”) trong khi, vào ngày của văn "
        "bản, nó đã bị thay thế bởi bộ luật, luật, pháp lệnh cùng tên có hiệu lực.",
        what_en="A code, law or ordinance given as a legal basis (a “Căn cứ …” line) when, on the document's "
        "date, a code, law or ordinance of the same name had replaced it and was in force.",
        why="Căn cứ ban hành phải là văn bản đang có hiệu lực; căn cứ vào luật đã hết hiệu lực làm văn bản sai căn "
        "cứ pháp lý, thường do sao chép phần căn cứ của văn bản cũ.",
        basis="Luật Ban hành văn bản quy phạm pháp luật (văn bản hết hiệu lực khi được thay thế bằng văn bản mới); "
        "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.a (căn cứ ban hành văn bản). Ngày có hiệu lực lấy từ "
        "Bộ pháp điển (bảng luật của công cụ).",
        example="Quyết định ngày 05/3/2022: “Căn cứ Bộ luật Lao động năm 2012;”",
        fix="Căn cứ vào bộ luật, luật đang có hiệu lực (gợi ý), và rà soát nội dung đã dẫn theo luật mới.",
    ),
    fires=(
        _header("05/3/2022") + "Căn cứ Bộ luật Lao động năm 2012;\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
        _header("10/01/2020") + "Căn cứ Luật Công an nhân dân số 73/2014/QH13;\n",
        # The successor's date of effect unknown to the table: judged once any law would be in force.
        _header("14/7/2023") + "Căn cứ Luật Đầu tư công số 49/2014/QH13;\n",
    ),
    passes=(
        _header("05/3/2020") + "Căn cứ Bộ luật Lao động năm 2012;\n",
        _header("05/3/2022") + "Căn cứ Bộ luật Lao động năm 2019;\n",
        _header("05/3/2022") + "Căn cứ Bộ luật Lao động;\n",
        _header("05/3/2022") + "Theo Bộ luật Lao động năm 2012, người lao động đã được nghỉ 10 ngày lễ.\n",
        _header("05/3/2024") + "Căn cứ Luật Đầu tư công số 39/2019/QH14;\n",
    ),
    ocr=NOTE_ON_OCR,
)
def superseded_law(a: Analysis) -> Iterator[Hit]:
    # A draft's date may lack its day ("ngày   tháng 9 năm 2025"): judged from the first day it may be.
    span = bounds(a.document.date) if a.document.date else None
    if span is None:
        return
    day, last = span
    for r in a.references:
        law = laws.lookup(r.canonical) if r.parts.basis and r.canonical else None
        if law is None or law.amending:
            continue
        found, bounded = successor_in_force(law), False
        if found is None:
            found, bounded = successor_in_force_by(law), True
        if found is None or day < found[1]:
            continue
        successor, since = found
        start, end = r.parts.head or (r.start, r.end)
        written, written_en = _written(day, last)
        params = {
            "law": law.name,
            "number": law.number,
            "successor": successor.name,
            "new_number": successor.number,
            "since": f"có hiệu lực từ {fmt_date(since)}",
            "since_en": f"in force from {fmt_date(since)}",
            "date": written,
            "date_en": written_en,
        }
        if bounded:
            params["since"] = f"thông qua năm {successor.year}, đã có hiệu lực"
            params["since_en"] = f"adopted in {successor.year}, in force since"
        yield Hit(start, end, params, suggestion=f"{successor.name} số {successor.number}")
