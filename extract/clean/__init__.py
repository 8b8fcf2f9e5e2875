"""Cleaning: boilerplate out, page metadata kept.

A scraped article is a page: the body plus the site's furniture (menus, ad slots,
related-article teasers, share strips, comment forms, tag lists, footers). `clean`
keeps the body lines as they are (whitespace folded) and reports every removed line
or fragment as a `Boilerplate` with its 1-based raw line number and a kind. It also
reads the page's metadata: the headline (`title`), the date the page gives for
itself (`published`), the reporter (`byline`) and the dateline that opens the body
(`PALANGKA RAYA –`, `BANGLI, Kilasbali.com –`).

The rules are generic signals rather than a list of known pages, because the project
is measured on sites nobody has seen: markers typical of site chrome (data in
``resources/clean_*.txt``), the shape of a line (prose or headline, length, words
made of menu vocabulary), its position (above the first or below the last paragraph
of prose), runs (a link list after ``Baca juga``, a tag list after ``Tags:``) and
repetition (a title or lede shown twice). Everything runs in time linear in the page.

Where a change goes:

- ``decode``: bytes to text (encodings, binary files, HTML saved as text);
- ``mojibake``: UTF-8 text that a scraper read as Latin-1 or cp1252 (`Ã©`, `â€œ`), repaired first;
- ``lexicon``: the word lists of ``resources/clean_*.txt`` and the patterns built on them (a new
  marker, label or outlet is a line of data there, not code);
- ``lines``: what one line looks like (prose, headline, chrome, ad, caption), thresholds named;
- ``grouping``: which lines are read together (a sentence wrapped over lines);
- ``inline``: furniture glued inside a paragraph (teasers, prompts, ad copy);
- ``meta``: the page's date (read by ``extract.text.calendar``), credits and datelines;
- ``rules``: the small predicates the page machine applies (body bounds, captions, glued dates);
- ``page``: the state machine that gives every line its kind, and `CleanedArticle`.
"""

from __future__ import annotations

from .decode import _normalise_newlines, decode
from .kinds import LineKind
from .mojibake import repair_mojibake
from .page import CleanedArticle, _Page

__all__ = ["CleanedArticle", "LineKind", "clean", "decode"]


def clean(raw: str) -> CleanedArticle:
    """Split one raw article into body text, page metadata and removed furniture.

    Args:
        raw: the article text as `decode` returns it (any line ends are accepted). Mojibake
            (`Istana Ã\x89lysÃ©e`, `â€œ`) is repaired first (`repair_mojibake`): the cleaned
            text and every span are of the repaired text.

    Returns:
        The cleaned article; every removed line or inline fragment is listed in
        ``boilerplate`` with its 1-based raw line number.

    >>> page = clean(
    ...     "Rabu, 01 September 2021\\n"
    ...     "PALANGKA RAYA – Wakil Wali Kota Umi Mastikah membuka pelatihan rotan bagi pelaku usaha.\\n"
    ...     "Baca juga: Pemprov Bali Hadir, Bantu Tiga Krama Bangli Miliki Rumah Layak Huni\\n"
    ...     "Dia menambahkan bahwa langkah ini adalah bentuk tanggung jawab pemerintah. (daq/fm)\\n"
    ...     "0 Comments\\n"
    ... )
    >>> print(page.text)
    PALANGKA RAYA – Wakil Wali Kota Umi Mastikah membuka pelatihan rotan bagi pelaku usaha.
    Dia menambahkan bahwa langkah ini adalah bentuk tanggung jawab pemerintah.
    >>> page.published, page.byline, page.dateline
    ('2021-09-01', 'daq/fm', Dateline(place='Palangka Raya', outlet=None))
    >>> [(b.line, b.kind.value) for b in page.boilerplate]
    [(1, 'published'), (3, 'related'), (4, 'byline'), (5, 'comments')]
    """
    if not isinstance(raw, str):
        raise TypeError(f"clean() needs str, got {type(raw).__name__}")
    return _Page(repair_mojibake(_normalise_newlines(raw))).run()
