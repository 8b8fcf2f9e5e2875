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
