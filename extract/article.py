"""One raw article in, one `ArticleRecord` out: the stages in one explicit order.

`STAGES` is the one ordered list of warta's stages. `extract_article` runs it over an
`Annotations` bag; `extract.components` builds one spaCy component per stage from the same
list; `assemble` turns either result into the record (the one place a record is built).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from . import _version
from .clean import CleanedArticle, clean, decode
from .dates import extract_dates
from .ner import extract_entities, model_info
from .ner.entities import resolve_entities, tokens, with_persons
from .ner.entities.decision import decided_orgs
from .ner.entities.tokens import Tokens
from .ner.vet import vet_entities
from .participants import extract_participants
from .people.decision import decided_persons
from .people.officials import extract_officials
from .people.persons import entity_names, extract_persons
from .people.roles import scan_roles
from .prices import extract_prices
from .quotes import extract_quotes
from .records import ArticleRecord, Entity, Token
from .stanza_backend import load_backend
from .text.numbers import find_numbers
from .text.tokens import Tok, whole_tokens

#: What `clean` sets besides the text: the page's metadata and the removed lines.
PAGE_FIELDS = ("title", "published", "byline", "dateline", "boilerplate")


class Annotated(Protocol):
    """What a stage reads: the cleaned ``text`` and what the earlier stages set (None: not run)."""

    text: str
    words: Sequence[Tok] | None  # tokenize(text), made once for the stages (None: each tokenizes)
    published: str | None
    dateline: Any
    entities: list[Entity] | None
    roles: list | None
    officials: list | None
    persons: list | None


@dataclass
class Annotations:
    """The library's bag of stage results for one article (a spaCy Doc plays this role in
    `extract.components`)."""

    raw: str
    text: str = ""
    words: Sequence[Tok] | None = None
    title: str | None = None
    published: str | None = None
    byline: str | None = None
    dateline: Any = None
    boilerplate: list | None = None
    entities: list[Entity] | None = None
    roles: list | None = None
    officials: list | None = None
    persons: list | None = None
    names: list | None = None  # entity_names of the PER entities, made once for officials and persons
    entity_tokens: Tokens | None = None  # the entity layer's tokens, made once for vetting and entities
    numbers: tuple | None = None  # find_numbers of the text, made once for prices and participants
    dates: list | None = None
    prices: list | None = None
    participants: list | None = None
    quotes: list | None = None
    tokens: tuple[Token, ...] = field(default=())


# --------------------------------------------------------------------------- the stages
# Each stage is a small function of the annotations so far (and its options) returning the
# value of the one annotation it sets. A stage that needs an earlier one's result reads it
# from the bag; one that did not run reads as empty.


def page_of(raw: str) -> CleanedArticle:
    """The cleaning stage: the body without boilerplate, and the page's metadata."""
    return clean(raw)


def entities_of(
    text: str,
    found: list[Entity],
    *,
    tokens: Sequence[Tok] | None = None,
    entity_tokens: Tokens | None = None,
) -> list[Entity]:
    """The model's entities checked against the article (pandemi Covid-19 is no person)."""
    return vet_entities(text, found, tokens=tokens, entity_tokens=entity_tokens)


def words_of(text: str) -> Sequence[Tok] | None:
    """The cleaned text's tokens, made once for the stages that read them whole (None: a page
    too long to tokenize whole; each stage then reads only around its cues)."""
    return whole_tokens(text)


def _ner(a: Annotated, *, model: str | Path | None = None) -> list[Entity]:
    found = extract_entities(a.text, model=model)
    return entities_of(a.text, found, tokens=a.words, entity_tokens=_entity_tokens(a))


def _entity_tokens(a: Annotated) -> Tokens:
    """The entity layer's tokens of the text (`tokens`), read by vetting and by the final
    entities: made once an article in the bag (on a Doc's view each stage makes its own)."""
    if not isinstance(a, Annotations):
        return tokens(a.text)
    if a.entity_tokens is None:
        a.entity_tokens = tokens(a.text)
    return a.entity_tokens


def _roles(a: Annotated) -> list:
    return scan_roles(a.text, a.entities or [], tokens=a.words)


def _names(a: Annotated) -> list | None:
    """The names inside the PER entities (`entity_names`), read by officials and persons: made
    once an article in the bag (None on a Doc's view, or before roles: each stage makes its own)."""
    if not isinstance(a, Annotations) or a.roles is None:
        return None
    if a.names is None:
        a.names = entity_names(a.text, a.entities or [], a.roles)
    return a.names


def _officials(a: Annotated) -> list:
    return extract_officials(a.text, entities=a.entities or [], roles=a.roles, names=_names(a))


def _persons(a: Annotated) -> list:
    """The rules' persons, those the fitted person decision weighs as no person dropped
    (`decided_persons`: an official's holder, a role's name or a speaker always stays)."""
    persons = extract_persons(
        a.text, a.entities or [], officials=a.officials or (), roles=a.roles, tokens=a.words, names=_names(a)
    )
    roles = a.roles if a.roles is not None else scan_roles(a.text, a.entities or [], tokens=a.words)
    return decided_persons(a.text, persons, a.entities or [], a.officials or (), roles)


def undecided_persons(raw: str) -> tuple[str, list, list, list, list]:
    """The cleaned text, the persons before the person decision, the vetted model entities, the
    officials and the role mentions of one raw article (what ``warta train-persons`` fits on)."""
    _, a = begin(raw.encode("utf-8"))
    for name in ("ner", "roles", "officials"):
        setattr(a, STAGE[name].annotation, run_stage(STAGE[name], a, {}))
    persons = extract_persons(a.text, a.entities or [], officials=a.officials, roles=a.roles, tokens=a.words)
    return a.text, persons, a.entities or [], a.officials or [], a.roles or []


def _dates(a: Annotated, *, reference_date: dt.date | None = None) -> list:
    return extract_dates(a.text, published=a.published, reference_date=reference_date)


def _numbers(a: Annotated) -> tuple | None:
    """The spans of the numbers in the text (`find_numbers`), read by prices and participants:
    made once an article in the bag (None on a Doc's view: each stage finds its own)."""
    if not isinstance(a, Annotations):
        return None
    if a.numbers is None:
        a.numbers = find_numbers(a.text)
    return a.numbers


def _prices(a: Annotated) -> list:
    return extract_prices(a.text, numbers=_numbers(a))


def _participants(a: Annotated) -> list:
    return extract_participants(a.text, numbers=_numbers(a))


def _quotes(a: Annotated) -> list:
    return extract_quotes(a.text, persons=a.persons or (), officials=a.officials or ())


def _entities(a: Annotated) -> list[Entity]:
    """The final entities, the ORG surfaces the fitted organisation decision weighs as no body
    dropped (`decided_orgs`)."""
    toks = _entity_tokens(a)  # the entity layer's own tokens, made once for every step
    ents = _resolved(a, toks)
    return decided_orgs(a.text, toks, ents, a.entities or [], list(a.officials or ()), a.dateline)


def _resolved(a: Annotated, toks: Sequence[Any]) -> list[Entity]:
    """The final entities before the organisation decision."""
    officials, persons = a.officials or (), a.persons or ()
    ents = resolve_entities(
        a.text, a.entities or [], officials=officials, persons=persons, dateline=a.dateline, toks=toks
    )
    return with_persons(a.text, ents, persons, officials, toks=toks)


def undecided_orgs(raw: str) -> tuple[str, Sequence, list[Entity], list[Entity], list, Any]:
    """The cleaned text, the entity layer's tokens, the final entities before the organisation
    decision, the model's vetted entities, the officials and the dateline of one raw article
    (what ``warta train-orgs`` fits on)."""
    _, a = begin(raw.encode("utf-8"))
    for name in ("ner", "roles", "officials", "persons"):
        setattr(a, STAGE[name].annotation, run_stage(STAGE[name], a, {}))
    toks = tokens(a.text)
    return a.text, toks, _resolved(a, toks), a.entities or [], a.officials or [], a.dateline


@dataclass(frozen=True)
class Stage:
    """One step of warta: component ``warta_<name>``, setting the annotation ``sets`` (default: its name)."""

    name: str
    run: Callable[..., Any] | None  # None: clean, which replaces the text itself
    summary: str
    options: Mapping[str, Any] = field(default_factory=dict)  # option -> default
    sets: str | None = None

    @property
    def annotation(self) -> str:
        """The annotation its ``run`` returns (``doc._.<annotation>`` in spaCy)."""
        return self.sets or self.name

    @property
    def component(self) -> str:
        return f"warta_{self.name}"

    @property
    def assigns(self) -> tuple[str, ...]:
        """The annotations it sets (``doc._.<name>`` in spaCy)."""
        return ("raw", *PAGE_FIELDS) if self.run is None else (self.annotation,)


#: warta's stages in the order they run. Each reads only what stages before it set.
STAGES: tuple[Stage, ...] = (
    Stage("clean", None, "boilerplate removed: the cleaned body and the page's metadata"),
    Stage("ner", _ner, "warta's NER model, its entities vetted", {"model": None}, "entities"),
    Stage("roles", _roles, "the role grammar: titles linked to names, read by officials and persons"),
    Stage("officials", _officials, "officials with their titles"),
    Stage("persons", _persons, "persons, one per person, fullest name"),
    Stage("dates", _dates, "calendar dates and periods", {"reference_date": None}),
    Stage("prices", _prices, "amounts of money"),
    Stage("participants", _participants, "participant counts"),
    Stage("quotes", _quotes, "direct quotations and their speakers"),
    Stage("entities", _entities, "final PER, ORG and LOC: boundaries, titles, dateline (§6)"),
)

STAGE = {stage.name: stage for stage in STAGES}


def run_stage(stage: Stage, a: Any, options: Mapping[str, Any]) -> Any:
    """Run one stage (not clean) with the options it takes, from ``options`` or its defaults."""
    if stage.run is None:
        raise ValueError(f"stage {stage.name!r} replaces the text: run `page_of` instead")
    kwargs = {key: options.get(key, default) for key, default in stage.options.items()}
    return stage.run(a, **kwargs)


def clean_stage(a: Annotations) -> None:
    """The first stage on ``a`` (its ``raw`` set): the cleaned text, its words and the page's metadata."""
    page = page_of(a.raw)
    a.text = page.text
    a.words = words_of(a.text)
    set_page(a, page)


def run_stages(
    a: Annotations,
    options: Mapping[str, Any],
    *,
    ner: bool = True,
    cleaned: bool = False,
    found: list[Entity] | None = None,
) -> Iterator[Stage]:
    """Run every stage in order on ``a`` (its ``raw`` set), yielding each one once it has run.

    `extract_article` runs them all; the throughput benchmark times the gaps between yields.
    With ``ner=False`` the model is skipped and its entities are empty. The batch runner cleans
    a group of articles and runs the model over their texts at once: ``cleaned`` says that
    `clean_stage` already ran on ``a``, ``found`` is the model's entities on ``a.text`` (None:
    the ner stage runs the model itself).
    """
    for stage in STAGES:
        if stage.run is None:
            if not cleaned:
                clean_stage(a)
        elif stage.name == "ner" and not ner:
            a.entities = []
        elif stage.name == "ner" and found is not None:
            a.entities = entities_of(a.text, found, tokens=a.words, entity_tokens=_entity_tokens(a))
        else:
            setattr(a, stage.annotation, run_stage(stage, a, options))
        yield stage


# --------------------------------------------------------------------------- the record


def assemble(
    a: Any, *, doc_id: str, source: str | None, data: bytes, pipeline: dict, tokens: tuple[Token, ...] = ()
) -> ArticleRecord:
    """The record from the annotations (`Annotations` or a Doc's view); stages not run stay empty."""
    return ArticleRecord(
        doc_id=doc_id,
        source=source if source is not None else doc_id,
        sha256=hashlib.sha256(data).hexdigest(),
        title=a.title,
        published=a.published,
        byline=a.byline,
        dateline=a.dateline,
        text=a.text,
        boilerplate=tuple(a.boilerplate or ()),
        entities=tuple(a.entities or ()),
        persons=tuple(a.persons or ()),
        officials=tuple(a.officials or ()),
        dates=tuple(a.dates or ()),
        prices=tuple(a.prices or ()),
        participants=tuple(a.participants or ()),
        quotes=tuple(a.quotes or ()),
        pipeline=pipeline,
        tokens=tokens,
    )


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
        model: path of the NER model, or ``"fast"`` (the bundled ``models/ner-id-fast``); default:
            ``WARTA_MODEL`` or the bundled ``models/ner-id``.
        ner: run the NER model (``False``: persons by rule only, entities only the ORG and LOC
            the entity layer's rules find and those persons as PER).
        backend: a local Stanza resources folder: adds ``tokens`` (UD POS tags and lemmas) to
            the record (``pip install "warta[stanza]"``; NER stays warta's own model).

    Returns:
        The record, every span indexing its cleaned ``text``.

    Raises:
        InputError: the text (or bytes) is empty, binary or not text.
        ValueError: ``reference_date`` is not a valid date.
        ModelError: the NER model or the Stanza folder is missing or unusable.
    """
    reference_date = as_date(reference_date)  # a bad date fails before any work
    data, a = begin(raw)
    return complete(
        a,
        data,
        doc_id=doc_id,
        source=source,
        reference_date=reference_date,
        model=model,
        ner=ner,
        backend=backend,
    )


def begin(raw: str | bytes) -> tuple[bytes, Annotations]:
    """The article's bytes and its annotations after the cleaning stage (`extract_article`'s first half).

    Raises:
        InputError: the text (or bytes) is empty, binary or not text.
    """
    data = raw if isinstance(raw, bytes) else raw.encode("utf-8")
    # str and bytes alike: the same newline, control-character and HTML steps
    a = Annotations(raw=decode(data))
    clean_stage(a)
    return data, a


def complete(
    a: Annotations,
    data: bytes,
    *,
    doc_id: str = "article",
    source: str | None = None,
    reference_date: dt.date | None = None,
    model: str | Path | None = None,
    ner: bool = True,
    backend: str | Path | None = None,
    found: list[Entity] | None = None,
) -> ArticleRecord:
    """The record of a cleaned article (`begin`): every later stage, then `assemble`.

    ``data`` is what the record's ``sha256`` names (the file's bytes); ``found`` is the model's
    entities on ``a.text`` when a batch already ran the model (None: the ner stage runs it);
    ``reference_date`` is already a date (`as_date` converts a ``YYYY-MM-DD`` string).
    """
    options = {"reference_date": reference_date, "model": model}
    for _stage in run_stages(a, options, ner=ner, cleaned=True, found=found):
        pass
    tokens = _tokens(a.text, backend) if backend is not None else ()
    info = pipeline_info(model=model, ner=ner, backend=backend)
    return assemble(a, doc_id=doc_id, source=source, data=data, pipeline=info, tokens=tokens)


def set_page(a: Any, page: CleanedArticle) -> None:
    """Set the cleaning stage's metadata on ``a`` (the text itself is the caller's to set)."""
    for name in PAGE_FIELDS:
        value = getattr(page, name)
        setattr(a, name, list(value) if name == "boilerplate" else value)


def pipeline_info(
    *, model: str | Path | None = None, ner: bool = True, backend: str | Path | None = None
) -> dict:
    """The versions that make a record: warta's and the NER model's (None when NER is off).

    The incremental runner reprocesses every article whose record carries other versions.
    """
    info = {"warta": _version.__version__, "ner": model_info(model) if ner else None}
    if backend is not None:
        info["backend"] = "stanza"
    return info


def _tokens(text: str, stanza_dir: str | Path) -> tuple[Token, ...]:
    return tuple(Token(t.text, t.span, t.pos, t.lemma) for t in load_backend(stanza_dir)(text))


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A `datetime.date` from ``YYYY-MM-DD`` (None and dates pass through); ValueError otherwise."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"reference_date must be YYYY-MM-DD, got {value!r}") from None
