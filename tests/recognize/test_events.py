"""Events: name, date, place."""

from __future__ import annotations

from vnadmin_parse.model import Event
from vnadmin_parse.pipeline import parse
from vnadmin_parse.recognize.dates import find_dates
from vnadmin_parse.recognize.events import find_events


def _events(text: str) -> list[Event]:
    return find_events(text, find_dates(text))


def _by_name(events: list[Event], name: str) -> Event:
    return next(e for e in events if e.name == name)


def test_seed_events(seed_text: str) -> None:
    events = parse(seed_text).events
    new_year = _by_name(events, "chương trình Hải Phòng chào năm mới 2023")
    assert new_year.date == "2023-12-31T20:30/2023-01-01T00:10"
    assert new_year.place == "Quảng trường Nhà hát thành phố"
    festival = _by_name(events, "Lễ hội Hoa Phượng đỏ – Hải Phòng 2023")
    assert festival.date == "2023-05-13" and festival.place == "Quảng trường Nhà hát thành phố"
    chess = _by_name(events, "Chương trình thi đấu cờ tướng")
    assert chess.date == "2023-01-24/2023-01-26"  # mùng 3 đến mùng 5 Tết Quý Mão
    party = _by_name(events, "Ngày thành lập Đảng Cộng sản Việt Nam")
    assert party.date == "1930-02-03"


def test_date_before_the_name() -> None:
    text = "Ngày 20/05/2026 (Thứ Tư), đơn vị đã tổ chức Hội nghị sơ kết công tác quý I tại hội trường Sở với đại biểu."
    (event,) = _events(text)
    assert event.name == "Hội nghị sơ kết công tác quý I"
    assert (event.date, event.place) == ("2026-05-20", "hội trường Sở")


def test_interval_and_place() -> None:
    text = "Tổ chức Giải bóng đá thiếu niên từ ngày 11/05/2026 đến ngày 15/05/2026 tại Sân vận động Lạch Tray."
    (event,) = _events(text)
    assert event.name == "Giải bóng đá thiếu niên"
    assert event.date == "2026-05-11/2026-05-15" and event.place == "Sân vận động Lạch Tray"
    assert text[event.start : event.end] == event.text


def test_not_events() -> None:
    text = (
        "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững tại cơ sở; gửi danh sách tham dự "
        "Hội nghị nêu trên trước ngày 07/11/2024. Trung tâm Thông tin, Triển lãm và Điện ảnh tổ chức chiếu phim."
    )
    assert _events(text) == []


def test_citation_date_is_not_the_event_date() -> None:
    text = "Hội thi tuyên truyền viên theo Kế hoạch số 12/KH-SVHTT ngày 05/01/2024 tại Nhà văn hoá tỉnh."
    (event,) = _events(text)
    assert event.date is None and event.place == "Nhà văn hoá tỉnh"


def test_spacy_component() -> None:
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("vnadmin_events")
    doc = nlp("Lễ hội Hoa Phượng đỏ – Hải Phòng 2023 vào tối ngày 13/5/2023 tại Quảng trường Nhà hát thành phố.")
    (span,) = doc.spans["vnadmin_events"]
    assert span.text.startswith("Lễ hội Hoa Phượng đỏ") and span.text.endswith("Quảng trường Nhà hát thành phố")


def test_name_and_place_end_before_a_two_syllable_verb() -> None:
    text = (
        "Đêm hội Trung thu tổ chức vào tối ngày 15/8 âm lịch (tức ngày 29/9/2023) tại Cung Văn hóa. "
        "Lễ hội Hoa Phượng Đỏ khai mạc ngày 12/5/2023 tại Nhà Văn hóa thu hút 500 người."
    )
    assert [(e.name, e.date, e.place) for e in _events(text)] == [
        ("Đêm hội Trung thu", "2023-09-29", "Cung Văn hóa"),
        ("Lễ hội Hoa Phượng Đỏ", "2023-05-12", "Nhà Văn hóa"),
    ]
