"""What the cleaner calls a line: the body, or the kind of furniture it was removed as.

A kind is a `str` Enum so that `Boilerplate.kind` serialises as the same word it always did
(``"navigation"``), while a typo in the code or in the ``kind`` column of
``resources/clean_markers.txt`` fails loudly instead of making a new kind.
"""

from __future__ import annotations

from enum import StrEnum


class LineKind(StrEnum):
    """The kind of one unit of the page; every kind but `BODY` is a `Boilerplate.kind`."""

    BODY = "body"
    TITLE = "title"
    PUBLISHED = "published"
    BYLINE = "byline"
    EDITOR = "editor"
    CAPTION = "caption"
    NAVIGATION = "navigation"
    SHARE = "share"
    AD = "ad"
    RELATED = "related"
    TAGS = "tags"
    COMMENTS = "comments"
    AUTHOR = "author"
    ENDMARK = "endmark"
    DUPLICATE = "duplicate"


class MarkerMode(StrEnum):
    """How a marker of ``resources/clean_markers.txt`` is matched (its ``mode`` column)."""

    LINE = "line"  # the whole (whitespace-folded) line is the marker
    START = "start"  # the line starts with the marker: the whole line is boilerplate
    INTRO = "intro"  # like START, and the short lines after it are a list of the same kind
    INLINE = "inline"  # a fragment cut out of a body line wherever it stands
