"""RTF without LibreOffice: text runs with their font names, so legacy fonts are decoded run by run."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import regex

from vnadmin_parse.errors import InputError
from vnadmin_parse.extract.legacy import decode_runs, font_hint
from vnadmin_parse.extract.sources import one_page_source
from vnadmin_parse.model import Source

_TOKEN = regex.compile(r"\\'([0-9a-fA-F]{2})|\\([a-zA-Z]+)(-?\d+)? ?|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", regex.S)
# Destinations whose content is not document text.
_SKIP = {
    "colortbl", "stylesheet", "info", "pict", "object", "themedata", "colorschememapping", "datastore",
    "latentstyles", "listtable", "listoverridetable", "rsidtbl", "xmlnstbl", "generator", "fldinst",
    "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote",
    "bkmkstart", "bkmkend", "revtbl", "pgdsctbl", "filetbl", "nonshppict", "shpinst", "mmathPr",
}  # fmt: skip
_BREAKS = {"par": "\n", "line": "\n", "row": "\n", "sect": "\n", "page": "\n", "cell": "\t", "tab": "\t"}
_SYMBOLS = {
    "ldblquote": "“", "rdblquote": "”", "lquote": "‘", "rquote": "’",
    "endash": "–", "emdash": "—", "bullet": "•", "emspace": " ", "enspace": " ",
}  # fmt: skip
_CODEPAGES = {0: "cp1252", 163: "cp1258", 238: "cp1250", 204: "cp1251", 161: "cp1253", 162: "cp1254", 186: "cp1257"}


@dataclass(frozen=True, slots=True)
class _State:
    font: int = -1
    skip: bool = False
    uc: int = 1
    in_fonttbl: bool = False


@dataclass(slots=True)
class _Reader:
    fonts: dict[int, tuple[str, int]] = field(default_factory=dict)  # number → (name, charset)
    runs: list[tuple[str, str]] = field(default_factory=list)
    pending_font: tuple[int, int] | None = None  # fonttbl entry being read: (number, charset)
    pending_name: list[str] = field(default_factory=list)

    def emit(self, text: str, state: _State) -> None:
        if state.skip or not text:
            return
        if state.in_fonttbl:
            self.pending_name.append(text)
            return
        name = self.fonts.get(state.font, ("", 0))[0]
        if self.runs and self.runs[-1][1] == name:
            self.runs[-1] = (self.runs[-1][0] + text, name)
        else:
            self.runs.append((text, name))

    def byte(self, value: int, state: _State) -> str:
        name, charset = self.fonts.get(state.font, ("", 0))
        if font_hint(name):  # legacy fonts: keep the byte for the decoder (as Windows would show it)
            return (
                bytes([value]).decode("cp1252", errors="ignore") or chr(value) if 0x80 <= value < 0xA0 else chr(value)
            )
        return bytes([value]).decode(_CODEPAGES.get(charset, "cp1252"), errors="replace")

    def end_font(self) -> None:
        if self.pending_font is not None:
            number, charset = self.pending_font
            self.fonts[number] = ("".join(self.pending_name).split(";")[0].strip(), charset)
        self.pending_font = None
        self.pending_name = []


def read_runs(data: str) -> list[tuple[str, str]]:
    """``(text, font name)`` runs of an RTF document's body."""
    reader = _Reader()
    stack: list[_State] = []
    state = _State()
    skip_chars = 0
    star = False
    for m in _TOKEN.finditer(data):
        hexbyte, word, arg, symbol, brace, text = m.groups()
        if brace == "{":
            stack.append(state)
            star = False
            continue
        if brace == "}":
            if state.in_fonttbl:
                reader.end_font()
            state = stack.pop() if stack else _State()
            continue
        if skip_chars and (hexbyte or text):
            if text and len(text) > skip_chars:
                text = text[skip_chars:]
                skip_chars = 0
            else:
                skip_chars -= 1
                continue
        if hexbyte:
            reader.emit(reader.byte(int(hexbyte, 16), state), state)
        elif word:
            number = int(arg) if arg else None
            if star or word in _SKIP:
                state = replace(state, skip=True)
            elif word == "fonttbl":
                state = replace(state, in_fonttbl=True)
            elif word == "f" and number is not None:
                if state.in_fonttbl:
                    reader.end_font()
                    reader.pending_font = (number, 0)
                else:
                    state = replace(state, font=number)
            elif word == "fcharset" and number is not None and reader.pending_font is not None:
                reader.pending_font = (reader.pending_font[0], number)
            elif word == "uc" and number is not None:
                state = replace(state, uc=number)
            elif word == "u" and number is not None:
                reader.emit(chr(number % 65536), state)
                skip_chars = state.uc
            elif word in _BREAKS:
                reader.emit(_BREAKS[word], state)
            elif word in _SYMBOLS:
                reader.emit(_SYMBOLS[word], state)
            star = False
        elif symbol:
            if symbol == "*":
                star = True
            elif symbol in "\\{}":
                reader.emit(symbol, state)
            elif symbol == "~":
                reader.emit("\u00a0", state)
            elif symbol == "_":
                reader.emit("-", state)
        elif text:
            reader.emit(text, state)
    return [(_pair_surrogates(text), font) for text, font in reader.runs]


def _pair_surrogates(text: str) -> str:
    """Characters outside the BMP (an emoji) written as two ``\\u`` halves joined into one;
    a half standing alone becomes U+FFFD."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def extract_rtf(path: Path) -> Source:
    """Read an RTF file; text in legacy fonts (.VnTime, VNI-Times…) is converted run by run."""
    name = str(path)
    try:
        data = path.read_bytes().decode("latin-1")
    except OSError as exc:
        raise InputError(name, f"không đọc được tệp ({exc.strerror})") from exc
    if not data.lstrip().startswith("{\\rtf"):
        raise InputError(name, "không phải tệp RTF (no {\\rtf header)")
    return one_page_source(name, "rtf", decode_runs(read_runs(data)))
