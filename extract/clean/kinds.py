"""The cleaner's kinds: what a line is (`LineKind`), how a marker matches (`MarkerMode`) and what
a label word labels (`Label`).

A line kind is a `str` Enum so that `Boilerplate.kind` serialises as the same word it always did
(``"navigation"``). Each is read from the kind column of its data file (``clean_markers.txt``,
``clean_labels.txt``), so a typo in the code or the data fails loudly instead of making a new kind.
"""

from __future__ import annotations

from enum import Enum, StrEnum

from ..records import LineKind  # the type of `Boilerplate.kind`, an output value

__all__ = ["Label", "LineKind", "MarkerMode"]


class MarkerMode(StrEnum):
    """How a marker of ``resources/clean_markers.txt`` is matched (its ``mode`` column)."""

    LINE = "line"  # the whole (whitespace-folded) line is the marker
    START = "start"  # the line starts with the marker: the whole line is boilerplate
    INTRO = "intro"  # like START, and the short lines after it are a list of the same kind
    INLINE = "inline"  # a fragment cut out of a body line wherever it stands


class Label(Enum):
    """What a word of ``resources/clean_labels.txt`` labels (its ``kind`` column; the file says more)."""

    REPORTER = "reporter"  # names the reporter (`Pewarta: Budi`)
    REPORTER_COLON = "reporter:"  # names the reporter only when a colon follows (`Oleh: Budi`)
    EDITOR = "editor"  # a credit that is not the reporter
    PUBLISHED = "published"  # marks the page's own date (`Diterbitkan 7 Oktober 2021`)
    ENDMARK = "endmark"  # a closing mark in parentheses that is no byline (`(Bersambung)`)
    PHOTO = "photo"  # a photo credit closing a caption (`(Foto: Dok. Humas)`)
    TEASER = "teaser"  # the verb of a glued related-article teaser (`Baca juga: …`)
    TEASER_ALSO = "teaser-also"  # the word after it (`juga`, `pula`)
    TEASER_BOX = "teaser-box"  # the heading of a box of related headlines glued in (`Pilihan Redaksi`)
    LIST = "list"  # announces a list in the body (`berikut`, `antara lain`)
    PAGER = "pager"  # a word of a pager line (`Halaman Selanjutnya`)
    COUNTER = "counter"  # a page-view counter beside the page's date (`Dibaca 856 kali`)
    ZONE = "zone"  # a time zone after the clock time (`10:30 WIB`)
    ADVERT = "advert"  # a closing mark in brackets that flags paid content (`(adv)`)
    NAME_JOINER = "name-joiner"  # joins the words of one name (`Pertahanan dan Keamanan`)
    CAPTION_CUE = "caption-cue"  # the word that opens what a photo shows (`saat meninjau`)
    OPEN_END = "open-end"  # a word no sentence ends with (`kepada`): the line goes on under it
    CLAIM = "claim"  # labels a fact-check's claim in its verdict box (`Klaim: …`)
    RATING = "rating"  # labels the verdict after it (`Rating: Hoaks`)
    HOME = "home"  # the first link of a breadcrumb trail (`Beranda`, `Home`)
