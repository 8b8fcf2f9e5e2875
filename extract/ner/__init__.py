"""Named entities (PER, ORG, LOC): warta's spaCy model (`model`) and its tokenizer (`tokenizer`).

``extract.ner.train`` (the ``train-ner`` / ``eval-ner`` commands) is not imported here: the
library never needs it.
"""

from __future__ import annotations

from .model import (
    ENV_VAR,
    LABELS,
    MAX_CHARS,
    MAX_TOKENS,
    extract_entities,
    extract_entities_many,
    load_model,
    model_info,
    resolve_model_path,
)
from .tokenizer import TOKENIZER_NAME, create_id_tokenizer, make_id_tokenizer, register_tokenizer

__all__ = [
    "ENV_VAR",
    "LABELS",
    "MAX_CHARS",
    "MAX_TOKENS",
    "TOKENIZER_NAME",
    "create_id_tokenizer",
    "extract_entities",
    "extract_entities_many",
    "load_model",
    "make_id_tokenizer",
    "model_info",
    "register_tokenizer",
    "resolve_model_path",
]
