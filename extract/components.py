"""Every warta stage as a spaCy pipeline component: the one place they are registered.

spaCy users compose the stages with their own pipelines::

    import spacy
    nlp = spacy.blank("id")
    nlp.add_pipe("warta_clean")                  # first: it replaces the Doc (see below)
    nlp.add_pipe("warta_roles")                  # the role grammar, read by officials and persons
    nlp.add_pipe("warta_officials")
    nlp.add_pipe("warta_persons")
    nlp.add_pipe("warta_dates", config={"reference_date": "2024-08-30"})
    nlp.add_pipe("warta_prices")
    nlp.add_pipe("warta_participants")
    nlp.add_pipe("warta_quotes")                 # after persons and officials
    doc = nlp(raw_article_text)
    doc._.officials, doc._.dates, doc._.boilerplate

The factories are found without importing anything: the installed package declares them in the
``spacy_factories`` entry-point group and spaCy loads that group lazily when it builds a pipeline,
so ``import extract`` stays free of spaCy (the CLI's ``--help`` is instant). In a checkout that is
not installed, ``import extract.components`` registers them. The components are built from
`extract.article.STAGES`, the one ordered list of stages that `extract.extract_article` runs, so
`build_nlp` assembles the whole warta pipeline in the same order.

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
``warta_roles``        ``doc._.roles`` = ``scan_roles(doc.text, entities)``: every title linked to a
                       name, read by the two stages after it (without it each scans for itself)
``warta_officials``    ``doc._.officials`` = ``extract_officials(doc.text, entities=..., roles=...)``
``warta_persons``      ``doc._.persons`` = ``extract_persons(doc.text, entities, officials=...)``
``warta_dates``        ``doc._.dates`` = ``extract_dates(doc.text, published=doc._.published,
                       reference_date=<config>)``
``warta_prices``       ``doc._.prices`` = ``extract_prices(doc.text)``
``warta_participants`` ``doc._.participants`` = ``extract_participants(doc.text)``
``warta_quotes``       ``doc._.quotes`` = ``extract_quotes(doc.text, persons=..., officials=...)``
=====================  ==========================================================================

The values are the library's own frozen records (lists), so they are not msgpack-serialisable:
``DocBin(store_user_data=True)`` cannot store them; use `record_from_doc(doc).to_dict()`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans, minibatch

from . import ner as _ner
from .article import (
    PAGE_FIELDS,
    STAGE,
    STAGES,
    Stage,
    as_date,
    assemble,
    entities_of,
    page_of,
    pipeline_info,
    run_stage,
    set_page,
)
from .ner import extract_entities
from .records import ArticleRecord, Entity, EntityLabel

log = logging.getLogger(__name__)

#: The Doc extensions warta sets, all defaulting to None ("stage not run").
EXTENSIONS = tuple(name for stage in STAGES for name in stage.assigns)

#: Component names in the order `extract.extract_article` runs the stages.
COMPONENTS = tuple(stage.component for stage in STAGES)

# spaCy models label persons PERSON and places GPE (OntoNotes); warta's stages expect the
# idner/CoNLL labels, so entities taken from a foreign NER are mapped onto them.
_LABELS = {"PERSON": EntityLabel.PER, "GPE": EntityLabel.LOC}


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


class _DocView:
    """A Doc seen as the stages' annotations: ``text`` is the Doc's, ``entities`` as `_entities`
    reads them, ``words`` None, everything else its ``doc._`` extension."""

    __slots__ = ("_doc",)

    def __init__(self, doc: Doc) -> None:
        self._doc = doc

    def __getattr__(self, name: str) -> Any:
        if name == "text":
            return self._doc.text
        if name == "entities":
            return _entities(self._doc)
        if name == "words":
            return None  # no shared tokenization: each stage tokenizes the Doc's text itself
        return getattr(self._doc._, name)


class WartaClean:
    """Removes boilerplate: returns a Doc over the cleaned body with the page metadata set."""

    def __init__(self, nlp: Language) -> None:
        # The tokenizer is looked up at call time: users may replace nlp.tokenizer later.
        self._nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        page = page_of(doc.text)
        raw = doc.text
        if page.text != doc.text:
            if (
                len(doc.ents)
                or doc.spans
                or any(doc.has_annotation(attr) for attr in ("TAG", "POS", "DEP", "LEMMA", "MORPH"))
            ):
                log.warning("warta_clean replaced an annotated Doc: put warta_clean first in the pipeline")
            doc = self._nlp.make_doc(page.text)
        doc._.raw = raw
        set_page(doc._, page)
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
        entities = entities_of(doc.text, entities)  # as extract_article does
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


class StageComponent:
    """Any later stage as a component: sets ``doc._.<stage>`` from what earlier stages set.

    A stage whose input did not run reads it as empty (the library's default), e.g. persons
    without ``warta_officials`` count no officials.
    """

    def __init__(self, stage: Stage, **options: Any) -> None:
        self.stage = stage
        self.options: Mapping[str, Any] = options

    def __call__(self, doc: Doc) -> Doc:
        setattr(doc._, self.stage.annotation, run_stage(self.stage, _DocView(doc), self.options))
        return doc


# ---------------------------------------------------------------- factories (the registration)
# The entry points in pyproject.toml name these functions; loading any of them imports this
# module, whose decorators register them all.


def _factory(name: str, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    stage = STAGE[name]
    assigns = ["doc._." + a for a in stage.assigns] + (["doc.ents"] if name == "ner" else [])
    return Language.factory(stage.component, assigns=assigns, default_config=dict(stage.options), **kwargs)


@_factory("clean")
def make_clean(nlp: Language, name: str) -> WartaClean:
    """The cleaning stage (`extract.clean`); must come first."""
    return WartaClean(nlp)


@_factory("ner")
def make_ner(nlp: Language, name: str, model: str | None) -> WartaNer:
    """warta's NER model (`extract.extract_entities`); ``model``: its path, default the bundled one."""
    return WartaNer(model)


@_factory("roles")
def make_roles(nlp: Language, name: str) -> StageComponent:
    """The role grammar once per article (titles linked to names); officials and persons read it."""
    return StageComponent(STAGE["roles"])


@_factory("officials")
def make_officials(nlp: Language, name: str) -> StageComponent:
    """Officials (`extract.extract_officials`)."""
    return StageComponent(STAGE["officials"])


@_factory("persons")
def make_persons(nlp: Language, name: str) -> StageComponent:
    """Persons (`extract.extract_persons`); put it after ``warta_officials``."""
    return StageComponent(STAGE["persons"])


@_factory("dates")
def make_dates(nlp: Language, name: str, reference_date: str | None) -> StageComponent:
    """Dates (`extract.extract_dates`); ``reference_date`` (YYYY-MM-DD) anchors years when the
    page has no published date."""
    return StageComponent(STAGE["dates"], reference_date=as_date(reference_date))


@_factory("prices")
def make_prices(nlp: Language, name: str) -> StageComponent:
    """Prices (`extract.extract_prices`)."""
    return StageComponent(STAGE["prices"])


@_factory("participants")
def make_participants(nlp: Language, name: str) -> StageComponent:
    """Participant counts (`extract.extract_participants`)."""
    return StageComponent(STAGE["participants"])


@_factory("quotes")
def make_quotes(nlp: Language, name: str) -> StageComponent:
    """Quotes and their speakers (`extract.extract_quotes`); put it after ``warta_persons``."""
    return StageComponent(STAGE["quotes"])


@_factory("entities")
def make_entities(nlp: Language, name: str) -> StageComponent:
    """The final entities (`extract.ner.entities.resolve_entities`); put it last."""
    return StageComponent(STAGE["entities"])


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

    >>> from extract import extract_dates, extract_participants
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
    given = {"model": None if model is None else str(model), "reference_date": reference_date}
    for stage in STAGES:
        if stage.name == "ner" and not ner:
            continue
        config = {key: given[key] for key in stage.options}
        if stage.run is None:  # clean replaces the Doc: first, whatever the pipeline holds
            nlp.add_pipe(stage.component, config=config, first=True)
        else:
            nlp.add_pipe(stage.component, config=config)
    return nlp


def record_from_doc(
    doc: Doc, *, doc_id: str = "article", source: str | None = None, model: str | None = None
) -> ArticleRecord:
    """The `ArticleRecord` of a Doc processed by warta components (stages not run stay empty).

    Useful to hand a spaCy result to `extract.show.show` or to write it as a records.jsonl line.
    ``model`` is the NER model ``warta_ner`` used (a Doc does not know its pipeline).
    """
    raw = doc._.raw if doc._.raw is not None else doc.text
    info = pipeline_info(model=model, ner=doc._.entities is not None)
    return assemble(_DocView(doc), doc_id=doc_id, source=source, data=raw.encode("utf-8"), pipeline=info)


__all__ = [
    "COMPONENTS",
    "EXTENSIONS",
    "PAGE_FIELDS",
    "StageComponent",
    "WartaClean",
    "WartaNer",
    "build_nlp",
    "record_from_doc",
]
