"""Cleaned-page records for tests: a one-line page as `clean` gives it."""

from __future__ import annotations

from extract.clean import CleanedArticle
from extract.records import Boilerplate, Dateline, LineKind


def one_line_page(
    text: str,
    *,
    cut: tuple[str, LineKind] | None = None,
    title: str | None = None,
    byline: str | None = None,
    dateline: Dateline | None = None,
) -> CleanedArticle:
    """The whole record of a one-line page: its body, and the one piece cut from it (`cut`: its text
    and kind) with the title, byline or dateline it gives."""
    return CleanedArticle(
        text=text,
        title=title,
        published=None,
        byline=byline,
        dateline=dateline,
        boilerplate=(Boilerplate(line=1, text=cut[0], kind=cut[1]),) if cut else (),
    )
