"""One raw article in, one `ArticleRecord` out: the stages in one explicit order."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import extract

from .clean import clean, decode
from .dates import extract_dates
from .ner import extract_entities, model_info
from .participants import extract_participants
from .people.names import extract_persons, vet_entities
from .people.officials import extract_officials
from .prices import extract_prices
from .records import ArticleRecord, Token


def extract_article(
    raw: str | bytes,
    *,
    doc_id: str = "article",
    source: str | None = None,
    reference_date: dt.date | str | None = None,
    model: str | Path | None = None,
    ner: bool = True,
    backend: str | Path | None = None,
) -> ArticleRecord:
    """Clean one raw article and extract everything from its body.

    Args:
        raw: the article as the scraper saved it, as text or as the file's bytes.
        doc_id: the record's id (the batch runner uses the file name without extension).
        source: where the article came from (the batch runner uses the path as given).
        reference_date: the anchor for dates without a year when the page gives no
            published date (``YYYY-MM-DD`` or a `datetime.date`).
        model: path of the NER model; default: ``WARTA_MODEL`` or the bundled ``models/ner-id``.
        ner: run the NER model (``False`` leaves entities empty and finds persons by rule only).
        backend: a local Stanza resources folder: adds ``tokens`` (UD POS tags and lemmas) to
            the record (``pip install "warta[stanza]"``; NER stays warta's own model).

    Returns:
        The record, every span indexing its cleaned ``text``.

    Raises:
        InputError: the text (or bytes) is empty, binary or not text.
        ValueError: ``reference_date`` is not a valid date.
        ModelError: the NER model or the Stanza folder is missing or unusable.
    """
    data = raw if isinstance(raw, bytes) else raw.encode("utf-8")
    text_in = decode(data)  # str and bytes alike: the same newline, control-character and HTML steps
    ref = as_date(reference_date)

    page = clean(text_in)
    text = page.text
    # the model's PER spans checked against the article (pandemi Covid-19 is no person)
    entities = vet_entities(text, extract_entities(text, model=model)) if ner else []
    officials = extract_officials(text, entities=entities)
    persons = extract_persons(text, entities, officials=officials)
    dates = extract_dates(text, published=page.published, reference_date=ref)
    prices = extract_prices(text)
    participants = extract_participants(text)
    tokens = _tokens(text, backend) if backend is not None else ()

    return ArticleRecord(
        doc_id=doc_id,
        source=source if source is not None else doc_id,
        sha256=hashlib.sha256(data).hexdigest(),
        title=page.title,
        published=page.published,
        byline=page.byline,
        dateline=page.dateline,
        text=text,
        boilerplate=tuple(page.boilerplate),
        entities=tuple(entities),
        persons=tuple(persons),
        officials=tuple(officials),
        dates=tuple(dates),
        prices=tuple(prices),
        participants=tuple(participants),
        pipeline=pipeline_info(model=model, ner=ner, backend=backend),
        tokens=tokens,
    )


def pipeline_info(
    *, model: str | Path | None = None, ner: bool = True, backend: str | Path | None = None
) -> dict:
    """The versions that make a record: warta's and the NER model's (None when NER is off).

    The incremental runner reprocesses every article whose record carries other versions.
    """
    info = {"warta": extract.__version__, "ner": model_info(model) if ner else None}
    if backend is not None:
        info["backend"] = "stanza"
    return info


def _tokens(text: str, stanza_dir: str | Path) -> tuple[Token, ...]:
    from .stanza_backend import load_backend

    return tuple(Token(t.text, t.span, t.pos, t.lemma) for t in load_backend(stanza_dir)(text))


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A `datetime.date` from ``YYYY-MM-DD`` (None and dates pass through); ValueError otherwise."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"reference_date must be YYYY-MM-DD, got {value!r}") from None
