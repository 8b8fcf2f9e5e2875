"""Decoding: the bytes of a scraped article as text with ``\n`` line ends.

UTF-8 (with or without a byte-order mark) first, UTF-16 by its mark, and bytes that are not
UTF-8 but look like text as cp1252; binary files are refused with an `InputError`. A page of
HTML saved as text is reduced to its text, one block element per line.
"""

from __future__ import annotations

import codecs
import html
import html.parser
from functools import cache

import regex

from ..errors import InputError
from ..text.patterns import LazyPattern

# A text file has almost no C0 control characters; random bytes have about one in ten.
_MAX_CONTROL_RATIO = 0.01


# cp1252 text (Indonesian with curly quotes) has few bytes above 0x7F; random bytes half.
_MAX_HIGH_RATIO = 0.30


_SAMPLE = 1 << 16


# C0 controls but tab, line feed, vertical tab, form feed and carriage return; DEL. Not the C1
# controls: an emoji's UTF-8 bytes read once as Latin-1 by a scraper leave two or three of them
# per emoji (`ð\x9f\x98\x8a`) in text that is otherwise plain news
_CONTROL = LazyPattern(r"[\x00-\x08\x0e-\x1f\x7f]")

_FLAGS = regex.IGNORECASE | regex.VERSION1
_HTML_DOC = LazyPattern(r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", _FLAGS)
_HTML_TAG = LazyPattern(
    r"</?(?:p|div|br|span|a|b|i|u|em|strong|li|ul|ol|h[1-6]|img|table|tr|td|script|style|meta|link)"
    r"(?:\s[^<>]{0,500})?/?>",
    _FLAGS,
)


def decode(data: bytes) -> str:
    """Turn the bytes of a scraped article into text with ``\\n`` line ends.

    UTF-8 (with or without BOM) first; bytes that are not UTF-8 but look like text are
    read as cp1252 (which also covers latin-1 letters). A page of HTML saved as text
    is reduced to its text, one block element per line.

    Args:
        data: the file's bytes.

    Returns:
        The article text.

    Raises:
        InputError: the file is empty or whitespace only, or binary (NUL bytes,
            control characters, bytes that are no text encoding).

    >>> decode("PALANGKA RAYA – Wakil Wali Kota\\r\\n".encode("utf-8-sig"))
    'PALANGKA RAYA – Wakil Wali Kota\\n'
    >>> decode("“Kami setuju,” imbuhnya.".encode("cp1252"))
    '“Kami setuju,” imbuhnya.'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() needs bytes, got {type(data).__name__}")
    data = bytes(data)
    if not data.strip():
        raise InputError(
            "empty article: the file holds no text" if data else "empty article: the file is empty"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("binary file: a UTF-16 byte-order mark but no valid UTF-16 text") from None
    else:
        if b"\x00" in data:
            raise InputError("binary file: it contains NUL bytes")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _decode_legacy(data)
    _reject_control_characters(text)
    text = _normalise_newlines(text)
    if _looks_like_html(text):
        text = _html_to_text(text)
    if not text.strip():
        raise InputError("empty article: no text once markup and whitespace are removed")
    return text


def _decode_legacy(data: bytes) -> str:
    sample = data[:_SAMPLE]
    high = sum(1 for b in sample if b >= 0x80)
    if high / len(sample) > _MAX_HIGH_RATIO:
        raise InputError("binary file: not UTF-8 and too many non-ASCII bytes to be text")
    # UTF-8 where it is valid, cp1252 for the bytes that are not: a cp1252 file decodes as cp1252,
    # and a UTF-8 file with a few stray cp1252 quotes keeps its UTF-8 characters
    return data.decode("utf-8-sig", errors=_cp1252_fallback())


@cache
def _cp1252_fallback() -> str:
    name = "warta-cp1252-fallback"

    def handler(err: UnicodeError) -> tuple[str, int]:
        if not isinstance(err, UnicodeDecodeError):
            raise err
        bad = err.object[err.start : err.end]
        # the five bytes cp1252 leaves undefined: latin-1 maps them to C1 controls
        return "".join(
            bytes([b]).decode("cp1252", errors="strict") if b not in b"\x81\x8d\x8f\x90\x9d" else chr(b)
            for b in bad
        ), err.end

    codecs.register_error(name, handler)
    return name


def _reject_control_characters(text: str) -> None:
    sample = text[:_SAMPLE]
    if not sample:
        return
    bad = len(_CONTROL.get().findall(sample))
    if bad / len(sample) > _MAX_CONTROL_RATIO:
        raise InputError("binary file: too many control characters to be text")


def _normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text[1:] if text.startswith("\ufeff") else text


def _looks_like_html(text: str) -> bool:
    head = text[:_SAMPLE]
    if _HTML_DOC.get().match(head):
        return True
    tags = len(_HTML_TAG.get().findall(head))
    return tags >= 5 and tags * 200 >= len(head.strip())


class _HTMLText(html.parser.HTMLParser):
    """Text of an HTML page, a line per block element; scripts and styles dropped."""

    BLOCK = frozenset(
        "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "  # noqa: SIM905
        "header hr li main nav ol p pre section table tbody td th thead title tr ul".split()
    )
    SKIP = frozenset(["script", "style", "noscript", "template", "svg", "head"])

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True  # <head> is skipped, but the page title is worth a line
        elif tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title or not self.skip:
            self.parts.append(data)


def _html_to_text(text: str) -> str:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    out = "".join(parser.parts)
    lines = (" ".join(line.split()) for line in out.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"
