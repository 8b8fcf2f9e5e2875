"""Every warta stage as a spaCy pipeline component: the one place they are registered.

spaCy users compose the stages with their own pipelines::

    import spacy
    nlp = spacy.blank("id")
    nlp.add_pipe("warta_clean")                  # first: it replaces the Doc (see below)
    nlp.add_pipe("warta_officials")
    nlp.add_pipe("warta_persons")
    nlp.add_pipe("warta_dates", config={"reference_date": "2024-08-30"})
    nlp.add_pipe("warta_prices")
    nlp.add_pipe("warta_participants")
    doc = nlp(raw_article_text)
    doc._.officials, doc._.dates, doc._.boilerplate

The factories are found without importing anything: the installed package declares them in the
``spacy_factories`` entry-point group and spaCy loads that group lazily when it builds a pipeline,
so ``import extract`` stays free of spaCy (the CLI's ``--help`` is instant). In a checkout that is
not installed, ``import extract.components`` registers them. `build_nlp` assembles the whole
warta pipeline in the same order as `extract.extract_article`.

Components and the ``Doc`` extensions they set (each extension is ``None`` until its stage ran):

=====================  ==========================================================================
``warta_clean``        ``doc._.raw``, ``title``, ``published``, ``byline``, ``dateline``,
                       ``boilerplate``. A Doc's text is immutable, so this component returns a
                       NEW Doc over the cleaned text (same vocab); every later span indexes the
                       cleaned text, exactly as in an `ArticleRecord`. Put it first: annotations
                       made before it are lost with the raw Doc.
``warta_ner``          ``doc._.entities`` (our NER model, `extract.extract_entities`) and
                       ``doc.ents`` (aligned to tokens, overlaps dropped). Optional: without it
                       the later stages read entities from ``doc.ents`` set by any spaCy NER.
``warta_officials``    ``doc._.officials`` = ``extract_officials(doc.text, entities=...)``
``warta_persons``      ``doc._.persons`` = ``extract_persons(doc.text, entities, officials=...)``
``warta_dates``        ``doc._.dates`` = ``extract_dates(doc.text, published=doc._.published,
                       reference_date=<config>)``
``warta_prices``       ``doc._.prices`` = ``extract_prices(doc.text)``
``warta_participants`` ``doc._.participants`` = ``extract_participants(doc.text)``
=====================  ==========================================================================

The values are the library's own frozen records (lists), so they are not msgpack-serialisable:
``DocBin(store_user_data=True)`` cannot store them; use `record_from_doc(doc).to_dict()`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans, minibatch

from . import ner as _ner
from .article import as_date, pipeline_info
from .clean import clean
from .dates import extract_dates
from .ner import extract_entities
from .ner.vet import vet_entities
from .participants import extract_participants
from .people.officials import extract_officials
from .people.persons import extract_persons
from .prices import extract_prices
from .records import ArticleRecord, Entity

log = logging.getLogger(__name__)

#: The Doc extensions warta sets, all defaulting to None ("stage not run").
EXTENSIONS = (
    "raw",
    "title",
    "published",
    "byline",
    "dateline",
    "boilerplate",
    "entities",
    "persons",
    "officials",
    "dates",
    "prices",
    "participants",
)

#: Component names in the order `extract.extract_article` runs the stages.
COMPONENTS = (
    "warta_clean",
    "warta_ner",
    "warta_officials",
    "warta_persons",
    "warta_dates",
    "warta_prices",
    "warta_participants",
)

# spaCy models label persons PERSON and places GPE (OntoNotes); warta's stages expect the
# idner/CoNLL labels, so entities taken from a foreign NER are mapped onto them.
_LABELS = {"PERSON": "PER", "GPE": "LOC"}


def _register_extensions() -> None:
    # A user's own extension of the same name wins: never force-overwrite it.
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


_register_extensions()


def _entities(doc: Doc) -> list[Entity]:
    """warta's entities when `warta_ner` ran, otherwise whatever NER filled ``doc.ents``."""
    if doc._.entities is not None:
        return list(doc._.entities)
    return [
        Entity(text=ent.text, label=_LABELS.get(ent.label_, ent.label_), span=(ent.start_char, ent.end_char))
        for ent in doc.ents
    ]


class WartaClean:
    """Removes boilerplate: returns a Doc over the cleaned body with the page metadata set."""

    def __init__(self, nlp: Language) -> None:
        # The tokenizer is looked up at call time: users may replace nlp.tokenizer later.
        self._nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        page = clean(doc.text)
        if page.text != doc.text:
            if (
                len(doc.ents)
                or doc.spans
                or any(doc.has_annotation(attr) for attr in ("TAG", "POS", "DEP", "LEMMA", "MORPH"))
            ):
                log.warning("warta_clean replaced an annotated Doc: put warta_clean first in the pipeline")
            raw = doc.text
            doc = self._nlp.make_doc(page.text)
        else:
            raw = doc.text
        doc._.raw = raw
        doc._.title = page.title
        doc._.published = page.published
        doc._.byline = page.byline
        doc._.dateline = page.dateline
        doc._.boilerplate = list(page.boilerplate)
        return doc


class WartaNer:
    """warta's NER model as a component: ``doc._.entities`` and token-aligned ``doc.ents``."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        return self._assign(doc, extract_entities(doc.text, model=self.model))

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 64) -> Iterator[Doc]:
        """``nlp.pipe`` path: the model runs on a batch of texts at once (much faster per text)."""
        for batch in minibatch(docs, size=batch_size):
            found = _ner.extract_entities_many(
                [doc.text for doc in batch], model=self.model, batch_size=batch_size
            )
            for doc, entities in zip(batch, found, strict=True):
                yield self._assign(doc, entities)

    def _assign(self, doc: Doc, entities: list[Entity]) -> Doc:
        entities = vet_entities(doc.text, entities)  # as extract_article does
        doc._.entities = entities
        spans = []
        for ent in entities:
            # "expand" keeps an entity whose edge falls inside a token (e.g. "Kalteng," split
            # differently by spaCy's tokenizer); the exact offsets stay in doc._.entities.
            span = doc.char_span(*ent.span, label=ent.label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = filter_spans(spans)
        return doc


class WartaOfficials:
    def __call__(self, doc: Doc) -> Doc:
        doc._.officials = extract_officials(doc.text, entities=_entities(doc))
        return doc


class WartaPersons:
    def __call__(self, doc: Doc) -> Doc:
        # Without warta_officials before it, officials count as none (the library's default).
        officials = doc._.officials if doc._.officials is not None else ()
        doc._.persons = extract_persons(doc.text, _entities(doc), officials=officials)
        return doc


class WartaDates:
    def __init__(self, reference_date: dt.date | str | None = None) -> None:
        self.reference_date = as_date(reference_date)

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = extract_dates(doc.text, published=doc._.published, reference_date=self.reference_date)
        return doc


class WartaPrices:
    def __call__(self, doc: Doc) -> Doc:
        doc._.prices = extract_prices(doc.text)
        return doc


class WartaParticipants:
    def __call__(self, doc: Doc) -> Doc:
        doc._.participants = extract_participants(doc.text)
        return doc


# ---------------------------------------------------------------- factories (the registration)
# The entry points in pyproject.toml name these functions; loading any of them imports this
# module, whose decorators register all seven.

_ASSIGNS = {
    "warta_clean": [
        "doc._.raw",
        "doc._.title",
        "doc._.published",
        "doc._.byline",
        "doc._.dateline",
        "doc._.boilerplate",
    ],
    "warta_ner": ["doc._.entities", "doc.ents"],
    "warta_officials": ["doc._.officials"],
    "warta_persons": ["doc._.persons"],
    "warta_dates": ["doc._.dates"],
    "warta_prices": ["doc._.prices"],
    "warta_participants": ["doc._.participants"],
}


def _factory(name: str, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return Language.factory(name, assigns=_ASSIGNS[name], **kwargs)


@_factory("warta_clean")
def make_clean(nlp: Language, name: str) -> WartaClean:
    """The cleaning stage (`extract.clean`); must come first."""
    return WartaClean(nlp)


@_factory("warta_ner", default_config={"model": None})
def make_ner(nlp: Language, name: str, model: str | None) -> WartaNer:
    """warta's NER model (`extract.extract_entities`); ``model``: its path, default the bundled one."""
    return WartaNer(model)


@_factory("warta_officials")
def make_officials(nlp: Language, name: str) -> WartaOfficials:
    """Officials (`extract.extract_officials`)."""
    return WartaOfficials()


@_factory("warta_persons")
def make_persons(nlp: Language, name: str) -> WartaPersons:
    """Persons (`extract.extract_persons`); put it after ``warta_officials``."""
    return WartaPersons()


@_factory("warta_dates", default_config={"reference_date": None})
def make_dates(nlp: Language, name: str, reference_date: str | None) -> WartaDates:
    """Dates (`extract.extract_dates`); ``reference_date`` (YYYY-MM-DD) anchors years when the
    page has no published date."""
    return WartaDates(reference_date)


@_factory("warta_prices")
def make_prices(nlp: Language, name: str) -> WartaPrices:
    """Prices (`extract.extract_prices`)."""
    return WartaPrices()


@_factory("warta_participants")
def make_participants(nlp: Language, name: str) -> WartaParticipants:
    """Participant counts (`extract.extract_participants`)."""
    return WartaParticipants()


# ---------------------------------------------------------------- helpers


def build_nlp(
    *,
    nlp: Language | None = None,
    ner: bool = False,
    model: str | None = None,
    reference_date: str | None = None,
) -> Language:
    """A spaCy pipeline with every warta stage, in `extract.extract_article`'s order.

    Args:
        nlp: the pipeline to extend (default: a new ``spacy.blank("id")``).
        ner: add ``warta_ner`` (needs the trained model); off by default, as in the unit tests.
        model: the NER model's path for ``warta_ner``.
        reference_date: ``YYYY-MM-DD`` for ``warta_dates``.

    Returns:
        The pipeline; ``nlp(raw)`` gives a Doc whose extensions match ``extract_article(raw)``.

    Raises:
        ValueError: ``reference_date`` is not a valid date.

    >>> nlp = build_nlp(reference_date="2021-09-01")
    >>> doc = nlp("Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus.")
    >>> doc._.participants == extract_participants(doc.text)
    True
    >>> [d.text for d in doc._.dates] == [d.text for d in extract_dates(doc.text, reference_date=None)]
    True
    """
    if nlp is None:
        import spacy

        nlp = spacy.blank("id")
    as_date(reference_date)
    nlp.add_pipe("warta_clean", first=True)
    if ner:
        nlp.add_pipe("warta_ner", config={"model": None if model is None else str(model)})
    for name in ("warta_officials", "warta_persons"):
        nlp.add_pipe(name)
    nlp.add_pipe("warta_dates", config={"reference_date": reference_date})
    for name in ("warta_prices", "warta_participants"):
        nlp.add_pipe(name)
    return nlp


def record_from_doc(
    doc: Doc, *, doc_id: str = "article", source: str | None = None, model: str | None = None
) -> ArticleRecord:
    """The `ArticleRecord` of a Doc processed by warta components (stages not run stay empty).

    Useful to hand a spaCy result to `extract.show.show` or to write it as a records.jsonl line.
    ``model`` is the NER model ``warta_ner`` used (a Doc does not know its pipeline).
    """
    raw = doc._.raw if doc._.raw is not None else doc.text
    return ArticleRecord(
        doc_id=doc_id,
        source=source if source is not None else doc_id,
        sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        title=doc._.title,
        published=doc._.published,
        byline=doc._.byline,
        dateline=doc._.dateline,
        text=doc.text,
        boilerplate=tuple(doc._.boilerplate or ()),
        entities=tuple(_entities(doc)),
        persons=tuple(doc._.persons or ()),
        officials=tuple(doc._.officials or ()),
        dates=tuple(doc._.dates or ()),
        prices=tuple(doc._.prices or ()),
        participants=tuple(doc._.participants or ()),
        pipeline=pipeline_info(model=model, ner=doc._.entities is not None),
    )


__all__ = [
    "COMPONENTS",
    "EXTENSIONS",
    "WartaClean",
    "WartaDates",
    "WartaNer",
    "WartaOfficials",
    "WartaParticipants",
    "WartaPersons",
    "WartaPrices",
    "build_nlp",
    "record_from_doc",
]
