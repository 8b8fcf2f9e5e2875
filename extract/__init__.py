"""warta: structured records from Indonesian news articles.

The public functions, flat::

    from extract import extract_article
    record = extract_article(raw_text, doc_id="000_x")
"""

from __future__ import annotations

from ._version import __version__
from .article import extract_article
from .clean import clean, decode
from .dates import extract_dates
from .errors import ArticleTimeout, InputError, ModelError, WartaError
from .ner import extract_entities
from .output.show import render_html, show
from .participants import extract_participants
from .people.officials import extract_officials
from .people.persons import extract_persons
from .prices import extract_prices
from .quotes import extract_quotes
from .records import (
    ArticleRecord,
    Boilerplate,
    Dateline,
    DateMention,
    Entity,
    Official,
    Participant,
    Person,
    Price,
    Quote,
)

__all__ = [
    "ArticleRecord",
    "ArticleTimeout",
    "Boilerplate",
    "DateMention",
    "Dateline",
    "Entity",
    "InputError",
    "ModelError",
    "Official",
    "Participant",
    "Person",
    "Price",
    "Quote",
    "WartaError",
    "__version__",
    "clean",
    "decode",
    "extract_article",
    "extract_dates",
    "extract_entities",
    "extract_officials",
    "extract_participants",
    "extract_persons",
    "extract_prices",
    "extract_quotes",
    "render_html",
    "show",
]
