"""How a title is cut: the run of words after a position head, and where its name starts.

This is the one module that decides what belongs to an official's title:

1. **The run** (`TitleReader.elements`): the capitalised words after a head up to a lowercase
   word, a line break or a full stop, read as elements (`El`): words by `WordClass`, markers
   (honorifics, degrees, ranks with their corps word), regions, bracketed groups, unit numbers
   (``Dandim 1611/Badung``) and connectors (``,``, ``dan``, ``&``).
2. **Segments** (`segments`): the run split at connectors.
3. **The boundary** (`TitleReader.split`): inside a segment the name starts at a PER entity,
   after an honorific/degree/rank, at a name particle (``I Made``), or else at the longest
   name-like tail after the last organisation word, region or common word; a pair of words
   that occurs together elsewhere in the article is a fixed phrase, not a boundary.
4. **Tidying** (`TitleReader.title`, `drop_glosses`): ranks after the head dropped, glosses in
   brackets dropped, a trailing year, comma or connector cut.

`title_prefix_len` answers the same question for a lone span (``Bupati Aletinus``).

The package's modules, lowest layer first (a module imports only modules above it
in this list):

- `elements`: The elements a title's run is read into, its segments, and a title's tidy text.
- `evidence`: What the article says elsewhere: a word's other mentions, fixed pairs, PER spans, posts.
- `fields`: Words inside a title: fields of a post, factions, links of units and seats, capitals.
- `runs`: The run after a head read into elements: words, numbers, punctuation, lowercase places.
- `tails`: A name at the end of a segment: its first word, initials, nicknames, a body's last words.
- `reader`: The title reader: where a segment's title ends and its name starts, and the title.
"""

from __future__ import annotations

from .elements import (
    DERIVED_NOUN,
    MAX_INITIALS,
    MAX_NAME,
    El,
    Piece,
    drop_glosses,
    first_segment,
    honorary,
    orglike,
    place_ends,
    segments,
)
from .fields import MAX_FIELD_WORDS
from .reader import MIN_HYPHENED_PART, NAME_MARKERS, TitleReader, title_prefix_len
from .runs import aside_word

__all__ = [
    "DERIVED_NOUN",
    "MAX_FIELD_WORDS",
    "MAX_INITIALS",
    "MAX_NAME",
    "MIN_HYPHENED_PART",
    "NAME_MARKERS",
    "El",
    "Piece",
    "TitleReader",
    "aside_word",
    "drop_glosses",
    "first_segment",
    "honorary",
    "orglike",
    "place_ends",
    "segments",
    "title_prefix_len",
]
