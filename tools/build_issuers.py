"""Build ``src/vnadmin_parse/data/issuers.json``: the central issuing bodies, their symbol codes and lifetimes.

Usage (from the repository root)::

    python -m tools.build_issuers [PHAP_DIEN]          # write the table
    python -m tools.build_issuers [PHAP_DIEN] --check  # compare with the shipped table, report disagreements

``PHAP_DIEN`` is the phap-dien tarball (default ``../shared/external/phap-dien/phap-dien-van-ban.tar.xz``)
or its unpacked ``van-ban/`` folder. The knowledge of the bodies (``BODIES``: code, official name, level,
document types, lifetime, successor, legal basis) is written here by hand from the legal texts named in each
entry's ``basis``. The collection supplies what can be read from it: for each body, citations "<loại> số
<số, ký hiệu> ngày … của <cơ quan>" whose symbol carries one of the body's codes and whose issuer is written
with one of its names; these become the entry's ``examples`` and the files they come from its ``source``.
``--check`` also lists codes the collection writes with the name of another body, so that a wrong
code ↔ name pair in ``BODIES`` shows up.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import regex

from tools.build_laws import documents

REPO = Path(__file__).resolve().parent.parent
TABLE = REPO / "src" / "vnadmin_parse" / "data" / "issuers.json"
DEFAULT_SOURCE = REPO.parent / "shared" / "external" / "phap-dien" / "phap-dien-van-ban.tar.xz"

NQ176 = (
    "Nghị quyết số 176/2025/QH15 ngày 18/02/2025 của Quốc hội về cơ cấu tổ chức của Chính phủ nhiệm kỳ "
    "Quốc hội khóa XV (14 bộ, 3 cơ quan ngang bộ, từ 01/3/2025); Nghị quyết số 190/2025/QH15 của Quốc hội "
    "về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước"
)
NQ2007 = (
    "Nghị quyết số 01/2007/QH12 ngày 31/7/2007 của Quốc hội về cơ cấu tổ chức của Chính phủ nhiệm kỳ "
    "khóa XII (hợp nhất Bộ Công nghiệp và Bộ Thương mại thành Bộ Công Thương; Bộ Thủy sản vào Bộ Nông nghiệp "
    "và Phát triển nông thôn; Bộ Bưu chính, Viễn thông thành Bộ Thông tin và Truyền thông; Bộ Văn hóa - Thông "
    "tin và Ủy ban Thể dục thể thao thành Bộ Văn hóa, Thể thao và Du lịch)"
)
NQ2002 = (
    "Nghị quyết số 02/2002/QH11 ngày 05/8/2002 của Quốc hội quy định danh sách các bộ và cơ quan ngang bộ "
    "của Chính phủ (Bộ Nội vụ thay Ban Tổ chức - Cán bộ Chính phủ; Bộ Khoa học và Công nghệ và Bộ Tài nguyên "
    "và Môi trường thay Bộ Khoa học, Công nghệ và Môi trường; Bộ Bưu chính, Viễn thông thay Tổng cục Bưu điện)"
)
LUAT_BAN_HANH = (
    "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, Điều 4 (thẩm quyền ban hành: Nghị định của "
    "Chính phủ, Quyết định của Thủ tướng Chính phủ, Thông tư của Bộ trưởng, Thủ trưởng cơ quan ngang bộ, "
    "Chánh án Tòa án nhân dân tối cao, Viện trưởng Viện kiểm sát nhân dân tối cao)"
)
NĐ_ĐHQG = (
    "Nghị định số 186/2013/NĐ-CP ngày 17/11/2013 của Chính phủ về đại học quốc gia, thay bởi Nghị định số "
    "201/2025/NĐ-CP ngày 11/7/2025 (hiệu lực từ 01/9/2025, https://vov2.vov.vn/giao-duc-dao-tao/bo-giao-duc-va-dao-tao-"
    "quan-ly-hai-dai-hoc-quoc-gia-tu-ngay-19-54005.vov2)"
)
MINISTER = ("TT", "TTLT", "QĐ", "CT")
PARTY = ("NQ", "CT", "KL", "QĐ", "QyĐ", "HD", "TB", "BC", "KH", "CTr", "QC")
END_2025 = "2025-02-28"
START_2025 = "2025-03-01"
START_2007 = "2007-07-31"
START_2002 = "2002-08-05"
#: The bodies merged in 2002 and 2007 went on issuing documents while their successors were organised (the
#: collection cites Quyết định số 860/2002/QĐ-TCBĐ of 17/10/2002 and 65/2002/QĐ-BKHCNMT of 19/8/2002), and the
#: day each stopped is not in a text at hand: what is certain is that none existed in the next year.
GONE_2007 = "2008-01-01"
GONE_2002 = "2003-01-01"
#: The Party's central commissions merged in early 2025 (announced 03/02/2025); the day of each decision is not in a
#: text at hand, but none existed in 2026.
GONE_2025 = "2026-01-01"


@dataclass(frozen=True)
class Body:
    """What is known of a body, written by hand from its legal basis."""

    code: str
    name: str
    level: str
    doc_types: tuple[str, ...]
    basis: str
    aliases: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()  # other codes the body's symbols carry
    part_of: tuple[str, ...] = ()  # bodies whose name may stand for this one ("của Tòa án nhân dân tối cao")
    valid_from: str | None = None
    valid_to: str | None = None
    gone_by: str | None = None  # a day by which the body had surely ended, when the exact end is not known
    successor: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()  # citations checked elsewhere, when the collection has none
    example_source: str = ""


BODIES: tuple[Body, ...] = (
    # --- the State's central bodies
    Body(
        "QH",
        "Quốc hội",
        "central",
        ("NQ",),
        "Hiến pháp 2013, Điều 69, 70; Luật Tổ chức Quốc hội số 57/2014/QH13 (ký hiệu QH kèm số khóa: QH13)",
    ),
    Body(
        "UBTVQH",
        "Ủy ban Thường vụ Quốc hội",
        "central",
        ("PL", "NQ", "NQLT"),
        "Hiến pháp 2013, Điều 73, 74; Luật Tổ chức Quốc hội số 57/2014/QH13 (ký hiệu UBTVQH kèm số khóa)",
        aliases=("Ủy ban thường vụ Quốc hội",),
    ),
    Body(
        "CTN",
        "Chủ tịch nước",
        "central",
        ("QĐ",),
        "Hiến pháp 2013, Điều 88, 91 (Chủ tịch nước ban hành lệnh, quyết định)",
        aliases=("Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",),
        examples=("Quyết định số 212/QĐ-CTN ngày 23 tháng 02 năm 2010 của Chủ tịch nước",),
        example_source="Quyết định số 212/QĐ-CTN ngày 23/02/2010 (danh hiệu Anh hùng lực lượng vũ trang nhân dân), "
        "được viện dẫn công khai",
    ),
    Body(
        "CP",
        "Chính phủ",
        "central",
        ("NĐ", "NQ", "NQLT"),
        "Hiến pháp 2013, Điều 94, 100; Luật Tổ chức Chính phủ số 76/2015/QH13; " + LUAT_BAN_HANH,
    ),
    Body(
        "TTg",
        "Thủ tướng Chính phủ",
        "central",
        ("QĐ", "CT"),
        "Hiến pháp 2013, Điều 98, 100; " + LUAT_BAN_HANH,
        aliases=("Thủ tướng",),
        codes=("TTG",),
    ),
    Body(
        "HĐBT",
        "Hội đồng Bộ trưởng",
        "central",
        ("NĐ", "QĐ", "CT", "NQ"),
        "Hiến pháp 1980 (Hội đồng Bộ trưởng); Hiến pháp 1992, Điều 109 và Luật Tổ chức Chính phủ ngày 30/9/1992 "
        "(Chính phủ thay Hội đồng Bộ trưởng)",
        gone_by="1993-01-01",
        successor=("CP",),
    ),
    # --- ministries and ministry-level agencies (structure from 01/3/2025)
    Body(
        "VPCP",
        "Văn phòng Chính phủ",
        "ministry",
        MINISTER,
        NQ176 + "; Nghị định số 36/2025/NĐ-CP ngày 25/02/2025 của Chính phủ (chức năng của Văn phòng Chính phủ)",
    ),
    Body(
        "BQP",
        "Bộ Quốc phòng",
        "ministry",
        MINISTER,
        NQ176 + "; Nghị định số 01/2022/NĐ-CP của Chính phủ (chức năng của Bộ Quốc phòng)",
        codes=("QP",),
    ),
    Body(
        "BCA",
        "Bộ Công an",
        "ministry",
        MINISTER,
        NQ176 + "; Nghị định số 02/2025/NĐ-CP ngày 18/02/2025 của Chính phủ (chức năng của Bộ Công an)",
    ),
    Body(
        "BNG",
        "Bộ Ngoại giao",
        "ministry",
        MINISTER,
        NQ176 + "; Nghị định số 28/2025/NĐ-CP của Chính phủ (chức năng của Bộ Ngoại giao)",
    ),
    Body(
        "BNV",
        "Bộ Nội vụ",
        "ministry",
        MINISTER,
        NQ2002
        + "; "
        + NQ176
        + " (Bộ Nội vụ nhận chức năng lao động, tiền lương, việc làm, người có công của Bộ Lao động - Thương binh "
        "và Xã hội); Nghị định số 25/2025/NĐ-CP ngày 21/02/2025 của Chính phủ (chức năng của Bộ Nội vụ)",
        valid_from=START_2002,
    ),
    Body(
        "BTP",
        "Bộ Tư pháp",
        "ministry",
        MINISTER,
        NQ176 + "; " + LUAT_BAN_HANH,
    ),
    Body(
        "BTC",
        "Bộ Tài chính",
        "ministry",
        MINISTER,
        NQ176 + " (Bộ Tài chính tiếp nhận Bộ Kế hoạch và Đầu tư); Nghị định số 29/2025/NĐ-CP ngày 24/02/2025 "
        "của Chính phủ (chức năng của Bộ Tài chính)",
    ),
    Body(
        "BCT",
        "Bộ Công Thương",
        "ministry",
        MINISTER,
        NQ2007 + "; Nghị định số 40/2025/NĐ-CP ngày 26/02/2025 của Chính phủ (chức năng của Bộ Công Thương)",
        valid_from=START_2007,
    ),
    Body(
        "BNNMT",
        "Bộ Nông nghiệp và Môi trường",
        "ministry",
        MINISTER,
        NQ176 + " (hợp nhất Bộ Nông nghiệp và Phát triển nông thôn và Bộ Tài nguyên và Môi trường); Nghị định "
        "số 35/2025/NĐ-CP ngày 25/02/2025 của Chính phủ (chức năng của Bộ Nông nghiệp và Môi trường)",
        valid_from=START_2025,
    ),
    Body(
        "BXD",
        "Bộ Xây dựng",
        "ministry",
        MINISTER,
        NQ176 + " (Bộ Xây dựng tiếp nhận Bộ Giao thông vận tải); Nghị định số 33/2025/NĐ-CP ngày 25/02/2025 "
        "của Chính phủ (chức năng của Bộ Xây dựng)",
    ),
    Body(
        "BVHTTDL",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "ministry",
        MINISTER,
        NQ2007 + "; Nghị định số 43/2025/NĐ-CP ngày 28/02/2025 của Chính phủ (chức năng của Bộ Văn hóa, Thể thao "
        "và Du lịch)",
        valid_from=START_2007,
    ),
    Body(
        "BKHCN",
        "Bộ Khoa học và Công nghệ",
        "ministry",
        MINISTER,
        NQ2002
        + "; "
        + NQ176
        + " (hợp nhất Bộ Thông tin và Truyền thông vào Bộ Khoa học và Công nghệ); Nghị định số 55/2025/NĐ-CP "
        "ngày 02/3/2025 của Chính phủ (chức năng của Bộ Khoa học và Công nghệ)",
        valid_from=START_2002,
    ),
    Body(
        "BGDĐT",
        "Bộ Giáo dục và Đào tạo",
        "ministry",
        MINISTER,
        NQ176 + "; Nghị định số 37/2025/NĐ-CP ngày 26/02/2025 của Chính phủ (chức năng của Bộ Giáo dục và Đào tạo)",
        codes=("BGD&ĐT",),
    ),
    Body(
        "BYT",
        "Bộ Y tế",
        "ministry",
        MINISTER,
        NQ176 + "; Nghị định số 42/2025/NĐ-CP ngày 27/02/2025 của Chính phủ (chức năng của Bộ Y tế)",
    ),
    Body(
        "BDTTG",
        "Bộ Dân tộc và Tôn giáo",
        "ministry",
        MINISTER,
        NQ176 + " (Bộ Dân tộc và Tôn giáo thay Ủy ban Dân tộc và nhận công tác tôn giáo của Bộ Nội vụ)",
        valid_from=START_2025,
    ),
    Body(
        "NHNN",
        "Ngân hàng Nhà nước Việt Nam",
        "ministry",
        MINISTER,
        NQ176 + "; Nghị định số 26/2025/NĐ-CP ngày 24/02/2025 của Chính phủ (chức năng của Ngân hàng Nhà nước "
        "Việt Nam)",
        aliases=("Ngân hàng Nhà nước",),
    ),
    Body(
        "TTCP",
        "Thanh tra Chính phủ",
        "ministry",
        MINISTER,
        NQ176 + "; Nghị định số 109/2025/NĐ-CP của Chính phủ (chức năng của Thanh tra Chính phủ); Nghị định số "
        "83/2012/NĐ-CP ngày 09/10/2012",
    ),
    # --- ministries and ministry-level agencies that ended on 28/02/2025
    Body(
        "BKHĐT",
        "Bộ Kế hoạch và Đầu tư",
        "ministry",
        MINISTER,
        NQ176 + " (Bộ Kế hoạch và Đầu tư hợp nhất vào Bộ Tài chính)",
        codes=("BKH",),
        valid_to=END_2025,
        successor=("BTC",),
    ),
    Body(
        "BNNPTNT",
        "Bộ Nông nghiệp và Phát triển nông thôn",
        "ministry",
        MINISTER,
        NQ2007 + "; " + NQ176 + " (hợp nhất vào Bộ Nông nghiệp và Môi trường)",
        codes=("BNN", "BNN&PTNT"),
        valid_to=END_2025,
        successor=("BNNMT",),
    ),
    Body(
        "BTNMT",
        "Bộ Tài nguyên và Môi trường",
        "ministry",
        MINISTER,
        NQ2002 + "; " + NQ176 + " (hợp nhất vào Bộ Nông nghiệp và Môi trường)",
        valid_from=START_2002,
        valid_to=END_2025,
        successor=("BNNMT",),
    ),
    Body(
        "BGTVT",
        "Bộ Giao thông vận tải",
        "ministry",
        MINISTER,
        NQ176 + " (hợp nhất vào Bộ Xây dựng)",
        valid_to=END_2025,
        successor=("BXD",),
    ),
    Body(
        "BTTTT",
        "Bộ Thông tin và Truyền thông",
        "ministry",
        MINISTER,
        NQ2007 + "; " + NQ176 + " (hợp nhất vào Bộ Khoa học và Công nghệ; báo chí, xuất bản chuyển về Bộ Văn hóa, "
        "Thể thao và Du lịch)",
        valid_from=START_2007,
        valid_to=END_2025,
        successor=("BKHCN", "BVHTTDL"),
    ),
    Body(
        "BLĐTBXH",
        "Bộ Lao động - Thương binh và Xã hội",
        "ministry",
        MINISTER,
        NQ176 + " (chức năng chuyển về Bộ Nội vụ, Bộ Y tế và Bộ Giáo dục và Đào tạo)",
        codes=("LĐTBXH", "BLĐTB&XH"),
        valid_to=END_2025,
        successor=("BNV", "BYT", "BGDĐT"),
    ),
    Body(
        "UBDT",
        "Ủy ban Dân tộc",
        "ministry",
        MINISTER,
        NQ2002 + "; " + NQ176 + " (Bộ Dân tộc và Tôn giáo thay Ủy ban Dân tộc)",
        valid_to=END_2025,
        successor=("BDTTG",),
    ),
    # --- ministries that ended on 31/7/2007 (Nghị quyết số 01/2007/QH12)
    Body(
        "BCN",
        "Bộ Công nghiệp",
        "ministry",
        MINISTER,
        NQ2007,
        gone_by=GONE_2007,
        successor=("BCT",),
    ),
    Body(
        "BTM",
        "Bộ Thương mại",
        "ministry",
        MINISTER,
        NQ2007,
        gone_by=GONE_2007,
        successor=("BCT",),
    ),
    Body(
        "BTS",
        "Bộ Thủy sản",
        "ministry",
        MINISTER,
        NQ2007,
        gone_by=GONE_2007,
        successor=("BNNPTNT",),
    ),
    Body(
        "BBCVT",
        "Bộ Bưu chính, Viễn thông",
        "ministry",
        MINISTER,
        NQ2002 + "; " + NQ2007,
        valid_from=START_2002,
        gone_by=GONE_2007,
        successor=("BTTTT",),
    ),
    Body(
        "BVHTT",
        "Bộ Văn hóa - Thông tin",
        "ministry",
        MINISTER,
        NQ2007,
        gone_by=GONE_2007,
        successor=("BVHTTDL", "BTTTT"),
    ),
    Body(
        "UBTDTT",
        "Ủy ban Thể dục thể thao",
        "ministry",
        MINISTER,
        NQ2002 + "; " + NQ2007,
        gone_by=GONE_2007,
        successor=("BVHTTDL",),
    ),
    # --- bodies that ended on 05/8/2002 (Nghị quyết số 02/2002/QH11)
    Body(
        "TCCP",
        "Ban Tổ chức - Cán bộ Chính phủ",
        "ministry",
        MINISTER,
        NQ2002,
        codes=("BTCCBCP",),
        gone_by=GONE_2002,
        successor=("BNV",),
    ),
    Body(
        "BKHCNMT",
        "Bộ Khoa học, Công nghệ và Môi trường",
        "ministry",
        MINISTER,
        NQ2002,
        gone_by=GONE_2002,
        successor=("BKHCN", "BTNMT"),
    ),
    Body(
        "TCĐC",
        "Tổng cục Địa chính",
        "agency",
        ("TT", "TTLT", "QĐ"),
        NQ2002 + " (Tổng cục Địa chính nhập vào Bộ Tài nguyên và Môi trường); Luật Ban hành văn bản quy phạm pháp "
        "luật năm 1996 (thông tư của thủ trưởng cơ quan thuộc Chính phủ)",
        gone_by=GONE_2002,
        successor=("BTNMT",),
    ),
    Body(
        "TCBĐ",
        "Tổng cục Bưu điện",
        "agency",
        ("TT", "TTLT", "QĐ"),
        NQ2002 + " (Bộ Bưu chính, Viễn thông thay Tổng cục Bưu điện); Luật Ban hành văn bản quy phạm pháp luật năm "
        "1996 (thông tư của thủ trưởng cơ quan thuộc Chính phủ)",
        gone_by=GONE_2002,
        successor=("BBCVT",),
    ),
    Body(
        "TCHQ",
        "Tổng cục Hải quan",
        "agency",
        ("TT", "TTLT", "QĐ"),
        "Luật Hải quan số 29/2001/QH10 và số 54/2014/QH13 (Tổng cục Hải quan; cơ quan thuộc Chính phủ đến năm "
        "2002, sau đó thuộc Bộ Tài chính); Luật Ban hành văn bản quy phạm pháp luật năm 1996",
    ),
    # --- Government agencies
    Body(
        "BHXH",
        "Bảo hiểm xã hội Việt Nam",
        "agency",
        ("QĐ",),
        "Luật Bảo hiểm xã hội số 41/2024/QH15 (cơ quan bảo hiểm xã hội); " + NQ176 + " (Bảo hiểm xã hội Việt Nam "
        "trực thuộc Bộ Tài chính từ 01/3/2025)",
        examples=("Quyết định số 595/QĐ-BHXH ngày 14/4/2017 của Bảo hiểm xã hội Việt Nam",),
        example_source="Quyết định số 595/QĐ-BHXH ngày 14/4/2017 (thu bảo hiểm xã hội), được trích dẫn công khai",
    ),
    # --- press agencies of the Government (cơ quan thuộc Chính phủ)
    Body(
        "THVN",
        "Đài Truyền hình Việt Nam",
        "agency",
        ("QĐ",),
        "Nghị định số 60/2022/NĐ-CP ngày 08/9/2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ "
        "chức của Đài Truyền hình Việt Nam (cơ quan thuộc Chính phủ, Nghị định số 10/2016/NĐ-CP)",
        examples=("Quyết định số 747/QĐ-THVN của Đài Truyền hình Việt Nam",),
        example_source="https://luatvietnam.vn/co-cau-to-chuc/nghi-dinh-60-2022-nd-cp-chinh-phu-229326-d1.html (the "
        "decree); phap-dien: van-ban/thong-tin-bao-chi-xuat-ban/bao-chi.md (Thông tấn xã Việt Nam, Đài Truyền hình "
        "Việt Nam, Đài Tiếng nói Việt Nam: cơ quan báo chí trực thuộc Chính phủ); the code THVN: the decision "
        "of its Tổng Giám đốc establishing one of its units, as a published table of organisations records it "
        "(747/QĐ-THVN, Ban Truyền hình Đối ngoại)",
    ),
    Body(
        "TNVN",
        "Đài Tiếng nói Việt Nam",
        "agency",
        ("QĐ",),
        "Nghị định của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Đài Tiếng nói Việt Nam "
        "(cơ quan thuộc Chính phủ, Nghị định số 10/2016/NĐ-CP); Luật Báo chí",
        examples=("Quyết định số 427/QĐ-TNVN ngày 25/02/2026 của Đài Tiếng nói Việt Nam",),
        example_source="phap-dien: van-ban/thong-tin-bao-chi-xuat-ban/bao-chi.md (Đài Tiếng nói Việt Nam, cơ quan báo "
        'chí trực thuộc Chính phủ); the code TNVN: its own abbreviation ("Đài Tiếng nói Việt Nam (TNVN)", the '
        "encyclopedia entry on VOV) and its decisions as a public repository of its documents holds them "
        "(427/QĐ-TNVN of 25/02/2026, signed by a Phó Tổng Giám đốc)",
    ),
    # --- national universities (Nghị định về đại học quốc gia: the Giám đốc issues decisions, code ĐHQGHN / ĐHQG)
    Body(
        "ĐHQGHN",
        "Đại học Quốc gia Hà Nội",
        "agency",
        ("QĐ",),
        NĐ_ĐHQG,
        aliases=("ĐHQGHN",),
        examples=("Quyết định số 3079/QĐ-ĐHQGHN ngày 26/10/2010 của Giám đốc Đại học Quốc gia Hà Nội",),
        example_source="Quyết định số 3079/QĐ-ĐHQGHN ngày 26/10/2010 (Quy chế đào tạo đại học ở Đại học Quốc gia Hà "
        "Nội), cited as a basis in the decisions of its member university (Trường Đại học Công nghệ, uet.vnu.edu.vn)",
    ),
    Body(
        "ĐHQG",
        "Đại học Quốc gia Thành phố Hồ Chí Minh",
        "agency",
        ("QĐ",),
        NĐ_ĐHQG,
        aliases=("Đại học Quốc gia TP. Hồ Chí Minh", "Đại học Quốc gia TP.HCM", "ĐHQG-HCM"),
        examples=("Quyết định số 160/QĐ-ĐHQG ngày 24/3/2017 của Đại học Quốc gia Thành phố Hồ Chí Minh",),
        example_source="https://oga.hcmiu.edu.vn/cac-quy-che-cua-dai-hoc-quoc-gia-tp-hcm/ (the regulations of Đại học "
        "Quốc gia TP.HCM with their decisions: 160/QĐ-ĐHQG 24/3/2017, 166/QĐ-ĐHQG 26/02/2018, 83/QĐ-ĐHQG 19/02/2016)",
    ),
    # --- courts, procuracy, audit
    Body(
        "TANDTC",
        "Tòa án nhân dân tối cao",
        "judicial",
        ("TT", "TTLT", "QĐ"),
        "Hiến pháp 2013, Điều 104; Luật Tổ chức Tòa án nhân dân số 62/2014/QH13; " + LUAT_BAN_HANH,
        codes=("TATC",),
    ),
    Body(
        "HĐTP",
        "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
        "judicial",
        ("NQ",),
        "Luật Tổ chức Tòa án nhân dân số 62/2014/QH13 (Hội đồng Thẩm phán ban hành nghị quyết); " + LUAT_BAN_HANH,
        part_of=("TANDTC",),
    ),
    Body(
        "VKSNDTC",
        "Viện kiểm sát nhân dân tối cao",
        "judicial",
        ("TT", "TTLT", "QĐ"),
        "Hiến pháp 2013, Điều 107; Luật Tổ chức Viện kiểm sát nhân dân số 63/2014/QH13; " + LUAT_BAN_HANH,
        codes=("VKSTC",),
    ),
    Body(
        "KTNN",
        "Kiểm toán nhà nước",
        "audit",
        ("QĐ", "TTLT"),
        "Hiến pháp 2013, Điều 118; Luật Kiểm toán nhà nước số 81/2015/QH13; Luật Ban hành văn bản quy phạm pháp "
        "luật số 80/2015/QH13, Điều 4 (quyết định của Tổng Kiểm toán nhà nước)",
        examples=("Quyết định số 08/2023/QĐ-KTNN của Kiểm toán nhà nước",),
        example_source="Quyết định số 08/2023/QĐ-KTNN (quy trình kiểm toán), được trích dẫn công khai",
    ),
    # --- Party organs (Quy định 66-QĐ/TW; Hướng dẫn 36-HD/VPTW về thể thức văn bản của Đảng)
    Body(
        "TW",
        "Ban Chấp hành Trung ương Đảng",
        "party",
        PARTY,
        "Điều lệ Đảng Cộng sản Việt Nam; Quy định số 66-QĐ/TW ngày 06/02/2017 và Hướng dẫn số 36-HD/VPTW ngày "
        "03/4/2018 về thể thức văn bản của Đảng (văn bản của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư "
        "mang ký hiệu TW)",
        aliases=(
            "Ban Chấp hành Trung ương",
            "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
            "Bộ Chính trị",
            "Ban Bí thư",
            "Ban Bí thư Trung ương Đảng",
            "Trung ương",
            "Trung ương Đảng",
        ),
    ),
    Body(
        "VPTW",
        "Văn phòng Trung ương Đảng",
        "party",
        PARTY,
        "Điều lệ Đảng Cộng sản Việt Nam; Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng",
        examples=("Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng",),
        example_source="Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 (thể thức và kỹ thuật trình bày văn bản của Đảng)",
    ),
    Body(
        "BTCTW",
        "Ban Tổ chức Trung ương",
        "party",
        PARTY,
        "Điều lệ Đảng Cộng sản Việt Nam; Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 (ký hiệu các ban của Trung ương)",
        aliases=("Ban Tổ chức Trung ương Đảng",),
    ),
    Body(
        "BTGTW",
        "Ban Tuyên giáo Trung ương",
        "party",
        PARTY,
        "Điều lệ Đảng Cộng sản Việt Nam; Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 (ký hiệu các ban của Trung ương); "
        "quyết định của Bộ Chính trị hợp nhất Ban Tuyên giáo Trung ương và Ban Dân vận Trung ương thành Ban Tuyên giáo "
        "và Dân vận Trung ương, công bố ngày 03/02/2025 (https://znews.vn/ong-nguyen-trong-nghia-lam-truong-ban-tuyen-"
        "giao-va-dan-van-trung-uong-post1527701.html)",
        gone_by=GONE_2025,
        examples=("Hướng dẫn số 63-HD/BTGTW ngày 21/6/2022 của Ban Tuyên giáo Trung ương",),
        example_source="Hướng dẫn số 63-HD/BTGTW ngày 21/6/2022 (tuyên truyền kỷ niệm 75 năm Ngày Thương binh - "
        "Liệt sĩ), được trích dẫn công khai",
    ),
    Body(
        "UBKTTW",
        "Ủy ban Kiểm tra Trung ương",
        "party",
        PARTY,
        "Điều lệ Đảng Cộng sản Việt Nam, Chương VII (cơ quan kiểm tra của Đảng); Hướng dẫn số 36-HD/VPTW ngày "
        "03/4/2018",
        examples=("Hướng dẫn số 02-HD/UBKTTW ngày 29/11/2021 của Ủy ban Kiểm tra Trung ương",),
        example_source="Hướng dẫn số 02-HD/UBKTTW ngày 29/11/2021 (thực hiện quy định về những điều đảng viên "
        "không được làm), được trích dẫn công khai",
    ),
    Body(
        "TU",
        "Tỉnh ủy, Thành ủy",
        "party",
        PARTY,
        "Điều lệ Đảng Cộng sản Việt Nam (đảng bộ tỉnh, thành phố trực thuộc Trung ương); Hướng dẫn số "
        "36-HD/VPTW ngày 03/4/2018 (ký hiệu TU)",
        aliases=("Tỉnh ủy", "Thành ủy"),
        examples=("Kết luận số 15-KL/TU của Tỉnh ủy",),
        example_source="Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 (ký hiệu văn bản của tỉnh ủy, thành ủy)",
    ),
    Body(
        "HU",
        "Huyện ủy",
        "party",
        PARTY,
        "Điều lệ Đảng Cộng sản Việt Nam (đảng bộ huyện, quận, thị xã, thành phố thuộc tỉnh); Hướng dẫn số "
        "36-HD/VPTW ngày 03/4/2018 (ký hiệu HU)",
        aliases=("Quận ủy", "Thị ủy"),
        examples=("Nghị quyết số 10-NQ/HU của Huyện ủy",),
        example_source="Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 (ký hiệu văn bản của huyện ủy)",
    ),
    Body(
        "ĐU",
        "Đảng ủy",
        "party",
        PARTY,
        "Điều lệ Đảng Cộng sản Việt Nam (đảng bộ cơ sở); Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 (ký hiệu ĐU)",
        examples=("Nghị quyết số 05-NQ/ĐU của Đảng ủy",),
        example_source="Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 (ký hiệu văn bản của đảng ủy)",
    ),
    # --- mass organisations
    Body(
        "MTTW",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "mass",
        ("NQLT", "TTLT", "QĐ", "HD"),
        "Hiến pháp 2013, Điều 9; Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13",
        aliases=("Ủy ban Trung ương Mặt trận Tổ quốc",),
        codes=("UBTƯMTTQVN", "UBTWMTTQVN"),
        examples=(
            "Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTƯMTTQVN ngày 18/11/2014 của Chính phủ và Ủy ban Trung ương "
            "Mặt trận Tổ quốc Việt Nam",
        ),
        example_source="phap-dien: van-ban/to-tung-va-cac-phuong-thuc-giai-quyet-tranh-chap/hoa-giai-o-co-so.md",
    ),
    Body(
        "TLĐ",
        "Tổng Liên đoàn Lao động Việt Nam",
        "mass",
        ("QĐ", "HD", "NQ"),
        "Hiến pháp 2013, Điều 10; Luật Công đoàn số 12/2012/QH13 và số 50/2024/QH15",
        examples=("Quyết định số 4290/QĐ-TLĐ ngày 01/3/2022 của Tổng Liên đoàn Lao động Việt Nam",),
        example_source="Quyết định số 4290/QĐ-TLĐ ngày 01/3/2022 (chi tiêu tài chính công đoàn), được trích dẫn "
        "công khai",
    ),
    # --- local bodies and departments, by pattern (the name is followed by the place)
    Body(
        "UBND",
        "Ủy ban nhân dân",
        "local",
        ("QĐ", "CT"),
        "Luật Tổ chức chính quyền địa phương số 77/2015/QH13; " + LUAT_BAN_HANH + " (quyết định của Ủy ban nhân dân)",
        aliases=("UBND",),
        examples=("Quyết định số 42/2018/QĐ-UBND ngày 28/12/2018 của Ủy ban nhân dân thành phố",),
        example_source="Nghị định số 30/2020/NĐ-CP, Phụ lục III (ký hiệu QĐ-UBND)",
    ),
    Body(
        "HĐND",
        "Hội đồng nhân dân",
        "local",
        ("NQ",),
        "Luật Tổ chức chính quyền địa phương số 77/2015/QH13; " + LUAT_BAN_HANH + " (nghị quyết của Hội đồng nhân dân)",
        aliases=("HĐND",),
        examples=("Nghị quyết số 21/2024/NQ-HĐND của Hội đồng nhân dân tỉnh",),
        example_source="Nghị định số 30/2020/NĐ-CP, Phụ lục III (ký hiệu NQ-HĐND)",
    ),
    Body(
        "SVHTT",
        "Sở Văn hóa và Thể thao",
        "department",
        ("QĐ",),
        "Nghị định số 24/2014/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "cấp tỉnh (Sở Văn hóa và Thể thao nơi có Sở Du lịch riêng)",
        examples=("Kế hoạch số 205/KH-SVHTT của Sở Văn hóa và Thể thao",),
        example_source="Nghị định số 24/2014/NĐ-CP (tên sở)",
    ),
    Body(
        "SNV",
        "Sở Nội vụ",
        "department",
        ("QĐ",),
        "Nghị định số 24/2014/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "cấp tỉnh (Sở Nội vụ)",
        examples=("Tờ trình 3367/TTr-SNV của Sở Nội vụ",),
        example_source="Nghị định số 24/2014/NĐ-CP (tên sở)",
    ),
    Body(
        "CAT",
        "Công an tỉnh",
        "department",
        ("QĐ",),
        "Luật Công an nhân dân số 37/2018/QH14, Điều 17 (Công an tỉnh, thành phố trực thuộc trung ương)",
        examples=("Tờ trình số 298/TTr-CAT-PC04 của Công an tỉnh Lâm Đồng",),
        example_source="Luật Công an nhân dân số 37/2018/QH14 (tên cơ quan)",
    ),
    Body(
        "TTr",
        "Thanh tra",
        "department",
        ("QĐ", "KL"),
        "Luật Thanh tra số 56/2010/QH12 (thanh tra bộ, thanh tra tỉnh, thanh tra sở ban hành kết luận thanh tra)",
        examples=("Kết luận số 184/KL-TTr ngày 06/9/2024 của Thanh tra Bộ Lao động - Thương binh và Xã hội",),
        example_source="Luật Thanh tra số 56/2010/QH12 (kết luận thanh tra)",
    ),
)

# --------------------------------------------------------------------------- reading the collection

_TYPES = (
    r"Thông tư liên tịch|Thông tư|Nghị định|Quyết định|Nghị quyết liên tịch|Nghị quyết|Pháp lệnh|Chỉ thị|"
    r"Hướng dẫn|Kết luận|Quy định"
)
#: "<loại> số <số, ký hiệu> [ngày …] của <cơ quan …>" in running text, and the codification's source notes
#: "(Điều 1 <loại> số <số, ký hiệu> <tên> ngày … của <cơ quan>, có hiệu lực …)"; the issuer is read against
#: the names in BODIES.
_DATE = r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}"
_CITATION = regex.compile(
    rf"(?<!\w)(?P<type>{_TYPES})\s+số\s+(?P<symbol>\d+[/-][^\s,;()]+)(?:\s+ngày\s+(?P<date>{_DATE}))?"
    r"\s+của\s+(?P<rest>[^\n;()]{3,160})"
)
_NOTE = regex.compile(
    rf"\((?:Điều|Khoản|Điểm)\s[^()\n]{{0,40}}?(?P<type>{_TYPES})\s+số\s+(?P<symbol>\d+[/-][^\s,;()]+)\s"
    rf"[^()\n]*\sngày\s(?P<date>{_DATE})\scủa\s(?P<rest>[^()\n]{{3,160}}?), có hiệu lực"
)
_TITLE = regex.compile(
    r"^(?:(?:Bộ trưởng(?:\s*[,-]\s*(?:Chủ nhiệm|Trưởng ban))?|Thủ trưởng|Thống đốc|Chánh án|Viện trưởng|Chủ nhiệm"
    r"|Trưởng ban)\s+"
    r"|Tổng\s+(?=Thanh tra|Kiểm toán))"
)


def fold(text: str) -> str:
    """As ``symbols.issuers.fold``: case and tone placement do not matter when reading names."""
    out = unicodedata.normalize("NFC", text).casefold()
    for old, new in (("uỷ", "ủy"), ("hoá", "hóa"), ("oà", "òa"), ("oạ", "ọa"), ("khoá", "khóa")):
        out = out.replace(old, new)
    return " ".join(out.split())


def symbol_codes(symbol: str) -> tuple[str, ...]:
    """The issuer codes of a symbol as the project reads it ("12/2016/TT-BXD" → ("BXD",), "202/TCCP-VC" →
    ("TCCP",)); an old shape "111-HĐBT" gives the code after its hyphen; () when there is none."""
    from vnadmin_parse.symbols import SymbolError, parse_any

    try:
        return parse_any(symbol.rstrip(".")).issuers
    except SymbolError:
        old = regex.fullmatch(r"\d+-(\p{Lu}+)", symbol.rstrip("."))
        return (old[1],) if old else ()


def named(rest: str, names: list[tuple[str, Body]]) -> tuple[Body, str] | None:
    """The body whose name (longest first) starts ``rest`` (after a title), and ``rest`` up to its end."""
    bare = _TITLE.sub("", rest)
    words = bare.split()
    for name, body in names:
        size = len(name.split())
        if fold(" ".join(words[:size])) == fold(name):
            head = " ".join(rest[: len(rest) - len(bare)].split())
            return body, f"{head} {' '.join(words[:size])}".strip()
    return None


def read_citations(source: Path) -> tuple[dict[str, list[tuple[str, str]]], Counter[tuple[str, str]]]:
    """Citations by body code (example text, file), and (code in symbol, body named) pairs that disagree."""
    names = sorted(((n, b) for b in BODIES for n in (b.name, *b.aliases)), key=lambda p: -len(p[0]))
    by_code = {c: b for b in BODIES for c in (b.code, *b.codes)}
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    disagree: Counter[tuple[str, str]] = Counter()
    for path, text in documents(source):
        for m in (*_CITATION.finditer(text, overlapped=True), *_NOTE.finditer(text)):
            codes = symbol_codes(m["symbol"])
            hit = named(m["rest"], names)
            if len(codes) != 1 or hit is None:
                continue
            body, written = hit
            code = regex.sub(r"(QH|UBTVQH)\d+$", r"\1", codes[0])
            owner = by_code.get(code)
            if owner is body and _plausible(m["symbol"], m["date"]):
                date = f" ngày {m['date']}" if m["date"] else ""
                found[body.code].append((f"{m['type']} số {m['symbol']}{date} của {written}", path))
            elif owner is not None and owner is not body and body.code not in owner.part_of:
                disagree[(code, body.code)] += 1
    return found, disagree


def _plausible(symbol: str, date: str | None) -> bool:
    """A citation without a slip in its date: the year of issue is the symbol's year (or the next)."""
    years = regex.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", symbol)
    issued = regex.findall(r"\d{4}$", date or "")
    return not (years and issued) or 0 <= int(issued[0]) - int(years[0]) <= 1


def _resolves(example: str, body: Body) -> bool:
    """Whether the project reads the example as a citation whose symbol carries one of the body's codes."""
    from vnadmin_parse.recognize.references import find_references
    from vnadmin_parse.symbols import SymbolError, parse_any

    refs = find_references(example, [])
    if not refs or not refs[0].canonical:
        return False
    try:
        codes = parse_any(refs[0].canonical).issuers
    except SymbolError:
        codes = tuple(refs[0].canonical.split("-")[-1:])
    return bool({regex.sub(r"(QH|UBTVQH)\d+$", r"\1", c) for c in codes} & {body.code, *body.codes})


def _pick(body: Body, citations: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Up to two citations the project resolves: the earliest and the latest year, so that a lifetime shows."""

    def year(c: tuple[str, str]) -> str:
        found = regex.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", c[0])
        return found[0] if found else ""

    ordered = sorted({c for c in citations if "*" not in c[0] and "|" not in c[0]}, key=lambda c: (year(c), c))
    first = next((c for c in ordered if _resolves(c[0], body)), None)
    last = next((c for c in reversed(ordered) if _resolves(c[0], body)), None)
    return list(dict.fromkeys(c for c in (first, last) if c is not None))


def entry(body: Body, citations: list[tuple[str, str]]) -> dict[str, object]:
    picked = _pick(body, citations)
    examples = [text for text, _ in picked] or list(body.examples)
    files = sorted({f"phap-dien: {path}" for _, path in picked})
    source = "; ".join(files) if files else body.example_source
    return {
        "code": body.code,
        "codes": list(body.codes),
        "part_of": list(body.part_of),
        "name": body.name,
        "aliases": list(body.aliases),
        "level": body.level,
        "doc_types": list(body.doc_types),
        "valid_from": body.valid_from,
        "valid_to": body.valid_to,
        "gone_by": body.gone_by,
        "successor": list(body.successor),
        "basis": body.basis,
        "source": f"{source}; {body.basis.split(';')[0]}" if source else body.basis,
        "examples": examples,
    }


DESCRIPTION = (
    "Issuing bodies: the central bodies of the State, the ministries and ministry-level agencies (with the "
    "bodies merged or renamed in 2002, 2007 and 2025), Government agencies, the Supreme People's Court and "
    "Procuracy, the State Audit, Party organs and mass organisations, and the local bodies by pattern. "
    "'code' is the code in document symbols, 'codes' other codes the body's symbols carry; 'name' the official "
    "full name, capitalised as Phụ lục II Nghị định 30/2020/NĐ-CP writes names of bodies; 'aliases' accepted "
    "short or older forms (letter case and old/new tone placement are folded when names are compared); 'level' "
    "central | ministry | agency | judicial | audit | party | mass | local | department; 'doc_types' the "
    "abbreviations of doc_types.json the body issues (a Nghị định is the Government's, a Thông tư a minister's, "
    "a Pháp lệnh the Standing Committee's); 'valid_from'/'valid_to' (ISO dates, inclusive) the life of the body "
    "where a legal basis fixes it, null when it is open or older than the records; 'gone_by' a day by which "
    "the body had surely ended when the exact day is not known (the bodies merged in 2002 and 2007 kept issuing "
    "documents while their successors were organised); 'successor' the codes of the "
    "bodies that took over; 'part_of' the codes of bodies whose name may stand for this one (a resolution of the "
    "Judges' Council cited 'của Tòa án nhân dân tối cao'); 'basis' the legal basis (the Constitution, law, resolution "
    "or decree that created, "
    "renamed or merged the body); 'source' where the entry was read: 'phap-dien: van-ban/…' is a file of the "
    "phap-dien collection (official codification, public domain) whose citations give the examples; 'examples' "
    "citations that the reference recogniser must resolve to this entry. Built by tools/build_issuers.py."
)


def build(found: dict[str, list[tuple[str, str]]]) -> dict[str, object]:
    """The table, from the citations read in the collection."""
    return {
        "name": "issuers",
        "version": "2026.2",
        "description": DESCRIPTION,
        "source": "Hiến pháp 2013; Nghị quyết số 02/2002/QH11, 01/2007/QH12, 176/2025/QH15 of the Quốc hội; "
        "the Nghị định on the functions of each ministry; phap-dien collection (tools/build_issuers.py)",
        "entries": [entry(b, found.get(b.code, [])) for b in BODIES],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--check", action="store_true", help="compare with the shipped table, write nothing")
    args = parser.parse_args(argv)
    found, disagree = read_citations(args.source)
    text = json.dumps(build(found), ensure_ascii=False, indent=1) + "\n"
    if not args.check:
        TABLE.write_text(text, encoding="utf-8")
        return 0
    for (code, named_code), n in disagree.most_common():
        print(f"phap-dien writes {code} with the name of {named_code}: {n} time(s)")
    same = TABLE.read_text(encoding="utf-8") == text
    print("issuers.json is up to date" if same else "issuers.json differs from the build")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
