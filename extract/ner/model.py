"""Named entities (PER, ORG, LOC) from the cleaned text, with the spaCy model in ``models/ner-id``.

The model is found in this order: the explicit ``model`` argument, the ``WARTA_MODEL``
environment variable, then the bundled model (``<checkout>/models/ner-id`` beside the
``extract`` package for a source or editable install, ``<sys.prefix>/share/warta/models/ner-id``
for a built wheel that ships it as data files). ``fast`` as the argument or the variable
chooses the bundled ``models/ner-id-fast`` instead (`MODEL_NAMES`). It is loaded once per
process and path, lazily, with a word cache in front of its floret vectors (`vectors`).
Its tokenizer is `extract.ner.tokenizer`'s ``warta.id_tokenizer.v1``.
"""

from __future__ import annotations

import functools
import json
import os
import site
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..errors import ModelError
from ..records import Entity, EntityLabel
from ..text.patterns import LazyPattern
from .tokenizer import register_tokenizer
from .vectors import cache_floret_vectors

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "ENV_VAR",
    "LABELS",
    "MODEL_NAMES",
    "extract_entities",
    "extract_entities_many",
    "load_model",
    "model_info",
    "resolve_model_path",
]

ENV_VAR = "WARTA_MODEL"
# Bundled models by name (`--model fast`, `WARTA_MODEL=fast`): name -> folder under models/.
# models/ner-id-fast/README.md compares the two (accuracy and speed, issue 18).
MODEL_NAMES = {"default": "ner-id", "fast": "ner-id-fast"}
# The name the bundled default goes by (no argument, no variable): the more accurate model
DEFAULT_MODEL = "default"
LABELS = tuple(EntityLabel)  # the labels warta keeps of a model's entities

# spaCy refuses texts longer than nlp.max_length (1,000,000 characters); long inputs are cut
# into pieces at a line break (or a space) so that no entity straddles a cut in practice.
_CHUNK = 100_000
# NER reads at most this many characters and tokens of an article (a long news article has
# ~15,000 characters, ~2,500 tokens): the model runs at ~12,000 tokens/s, so the token cap
# bounds NER time per article to under a second even for 10,000 brackets in a row.
MAX_CHARS = 100_000
MAX_TOKENS = 10_000
_MAX_RUN = 64
_LONG_RUN = LazyPattern(rf"\S{{{_MAX_RUN}}}(?=\S)")  # a run of _MAX_RUN non-spaces with more after it


# --- model location and loading --------------------------------------------------------------


def _bundled_candidates(folder: str) -> list[Path]:
    package = Path(__file__).resolve().parents[1]  # extract/
    return [
        package.parent / "models" / folder,  # source checkout or editable install
        Path(sys.prefix) / "share" / "warta" / "models" / folder,  # wheel data files
        Path(site.getuserbase()) / "share" / "warta" / "models" / folder,  # pip install --user
        package / "models" / folder,  # vendored inside the package
    ]


def resolve_model_path(model: str | Path | None = None) -> Path:
    """The model directory to use: ``model``, else ``$WARTA_MODEL``, else the bundled model.

    ``model`` and ``$WARTA_MODEL`` are a folder or a name of `MODEL_NAMES` (``fast``: the
    bundled ``models/ner-id-fast``); an existing folder of that name wins over the name.

    Raises:
        ModelError: the chosen directory does not exist or is not a spaCy pipeline.
    """
    if model is not None and str(model) != "":
        return _named_or_dir(str(model), origin="the model argument")
    env = os.environ.get(ENV_VAR)
    if env:
        return _named_or_dir(env, origin=f"${ENV_VAR}")
    return _bundled(MODEL_NAMES[DEFAULT_MODEL])


def _named_or_dir(value: str, *, origin: str) -> Path:
    if value in MODEL_NAMES and not Path(value).exists():
        return _bundled(MODEL_NAMES[value])
    return _check_model_dir(Path(value), origin=origin)


def _bundled(folder: str) -> Path:
    candidates = _bundled_candidates(folder)
    for path in candidates:
        if (path / "config.cfg").is_file() and (path / "meta.json").is_file():
            return path
    tried = ", ".join(str(p) for p in candidates)
    raise ModelError(
        f"no NER model found (tried {tried}); train one with `python pipeline.py train-ner`, "
        f"or pass --model PATH / set {ENV_VAR}, or run without NER (--no-ner)"
    )


def _check_model_dir(path: Path, *, origin: str) -> Path:
    path = path.expanduser()
    if not path.is_dir():
        raise ModelError(f"NER model directory {str(path)!r} (from {origin}) does not exist")
    missing = [n for n in ("config.cfg", "meta.json") if not (path / n).is_file()]
    if missing:
        raise ModelError(
            f"{str(path)!r} (from {origin}) is not a spaCy pipeline: missing {', '.join(missing)}"
        )
    return path.resolve()


def load_model(model: str | Path | None = None) -> Language:
    """The loaded spaCy pipeline (cached per resolved path, so loaded once per process).

    The path is resolved once per argument, ``$WARTA_MODEL`` and working folder (`_load_as`),
    not on every call: resolving it reads the file system (about 0.2 ms, once per article)."""
    chosen = None if model is None or str(model) == "" else str(model)
    return _load_as(chosen, os.environ.get(ENV_VAR), os.getcwd())


@functools.cache
def _load_as(model: str | None, env: str | None, cwd: str) -> Language:
    """`_load` of what `resolve_model_path` finds for ``model`` with ``$WARTA_MODEL`` = ``env``
    (``cwd``, the working folder, is in the key: a relative path means another folder there).
    A failure is not cached: the next call resolves again and raises again."""
    return _load(resolve_model_path(model))


#: What spaCy's package imports from its command line: one name, `spacy.info` (spaCy 3.8).
_SPACY_CLI = ("spacy.cli", "spacy.cli.info")


def _import_spacy() -> Any:
    """spaCy, imported without its command line when nothing has imported spaCy yet.

    spaCy's package imports `spacy.cli` (typer, weasel, httpx, jinja2, requests) only to offer
    `spacy.info`: about 0.24 of its 0.75 CPU s of import, paid by every worker of a run, though
    warta never calls it. While the package runs, the two modules are stand-ins whose ``info``
    imports the real one when called; then they are taken out of `sys.modules`, so a later
    ``import spacy.cli`` (training, spaCy's own command line) imports the real one. Should a
    newer spaCy import more from them, the stand-ins go and spaCy is imported whole.
    """
    if "spacy" in sys.modules or any(name in sys.modules for name in _SPACY_CLI):
        import spacy

        return spacy

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    stand_ins = {name: ModuleType(name) for name in _SPACY_CLI}
    stand_ins["spacy.cli"].__path__ = []  # a package, so that `spacy.cli.info` is its module
    stand_ins["spacy.cli.info"].info = info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:
        for name in _SPACY_CLI:
            sys.modules.pop(name, None)
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return spacy


@functools.cache
def _load(path: Path) -> Language:
    try:
        spacy = _import_spacy()
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError("spaCy is not installed; `pip install spacy>=3.7`") from exc
    register_tokenizer()
    try:
        nlp = spacy.load(path)
    except Exception as exc:
        raise ModelError(f"cannot load the NER model in {str(path)!r}: {exc}") from exc
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"the pipeline in {str(path)!r} has no 'ner' component")
    cache_floret_vectors(nlp)
    return nlp


@functools.cache
def _info(path: Path) -> dict[str, Any]:
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {str(path / 'meta.json')!r}: {exc}") from exc
    return {
        "name": f"{meta.get('lang', 'id')}_{meta.get('name', 'ner')}",
        "version": meta.get("version"),
        "path": str(path),
        "labels": list(meta.get("labels", {}).get("ner", LABELS)),
        "spacy_version": meta.get("spacy_version"),
    }


@functools.cache
def _info_for(model: str | None, env: str | None) -> dict[str, Any] | None:
    try:
        path = resolve_model_path(model)
    except ModelError:
        return None
    return _info(path)


def model_info(model: str | Path | None = None) -> dict | None:
    """Name, version, path and labels of the model, from its ``meta.json`` (the model is not loaded).

    Returns ``None`` when no model can be found. Cached: cheap enough to call per article.
    """
    info = _info_for(None if model is None else str(model), os.environ.get(ENV_VAR))
    return dict(info) if info is not None else None


# --- extraction ------------------------------------------------------------------------------


def _chunks(text: str) -> Iterable[tuple[int, str]]:
    """(offset, piece) pairs covering ``text``, each piece at most ``_CHUNK`` characters."""
    start = 0
    n = len(text)
    while n - start > _CHUNK:
        end = start + _CHUNK
        cut = text.rfind("\n", start + _CHUNK // 2, end)
        if cut < 0:
            cut = text.rfind(" ", start + _CHUNK // 2, end)
        end = cut + 1 if cut >= 0 else end
        yield start, text[start:end]
        start = end
    yield start, text[start:]


def _defuse(text: str) -> str:
    """``text`` with every whitespace-free run cut into pieces of at most ``_MAX_RUN`` characters.

    spaCy strips prefixes and suffixes from a whitespace-free run one at a time, re-slicing it
    each time: 60,000 ``(`` in a row take minutes. A character is replaced by a space (same
    length, so offsets do not move); a 64-character run without a space is never a name.
    """
    return _LONG_RUN.get().sub(lambda m: m.group()[:-1] + " ", text)


def _head(nlp: Language, piece: str) -> Any:
    """The tokenised ``piece``, cut after ``MAX_TOKENS`` tokens (offsets unchanged)."""
    doc = nlp.make_doc(piece)
    return doc[:MAX_TOKENS].as_doc() if len(doc) > MAX_TOKENS else doc


def doc_entities(doc: Any, text: str, offset: int) -> list[Entity]:
    """The PER, ORG and LOC entities of a parsed ``doc`` of ``text``, their spans shifted by
    ``offset`` into the article and trimmed of whitespace."""
    out: list[Entity] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        start, end = ent.start_char + offset, ent.end_char + offset
        # An entity never begins or ends in whitespace (spaCy may keep a space token inside).
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Entity(text=text[start:end], label=ent.label_, span=(start, end)))
    return out


def extract_entities(
    text: str, *, model: str | Path | None = None, max_chars: int | None = MAX_CHARS
) -> list[Entity]:
    """PER, ORG and LOC entities in ``text``, with half-open character spans into it.

    Args:
        text: the cleaned article text.
        model: the model directory; default ``$WARTA_MODEL`` or the bundled ``models/ner-id``.
        max_chars: read only the first ``max_chars`` characters (``None``: all of them).

    Returns:
        The entities in text order; ``[]`` for an empty text.

    Raises:
        ModelError: no usable model was found.

    >>> ents = extract_entities("Presiden Bambang Suryanto meresmikan pasar rakyat di Lebak, Banten.")
    >>> [(e.text, e.label) for e in ents if e.label == "PER"]
    [('Bambang Suryanto', 'PER')]
    """
    if not text or text.isspace():
        return []
    nlp = load_model(model)
    out: list[Entity] = []
    for offset, piece in _chunks(_defuse(text[:max_chars] if max_chars is not None else text)):
        out.extend(doc_entities(nlp(_head(nlp, piece)), text, offset))
    return out


def extract_entities_many(
    texts: Iterable[str],
    *,
    model: str | Path | None = None,
    batch_size: int = 64,
    max_chars: int | None = MAX_CHARS,
) -> list[list[Entity]]:
    """`extract_entities` for many texts at once, batched with ``nlp.pipe`` (faster per text).

    Args:
        texts: cleaned texts.
        model: as for `extract_entities`.
        batch_size: texts per ``nlp.pipe`` batch.
        max_chars: as for `extract_entities`.

    Returns:
        One list of entities per text, in input order.
    """
    texts = list(texts)
    nlp = load_model(model)
    pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
    for i, text in enumerate(texts):
        if text and not text.isspace():
            head = _defuse(text[:max_chars] if max_chars is not None else text)
            pieces.extend((i, off, piece) for off, piece in _chunks(head))
    out: list[list[Entity]] = [[] for _ in texts]
    docs = nlp.pipe((_head(nlp, p) for _, _, p in pieces), batch_size=batch_size)
    for (i, offset, _), doc in zip(pieces, docs, strict=True):
        out[i].extend(doc_entities(doc, texts[i], offset))
    return out
