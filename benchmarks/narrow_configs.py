#!/usr/bin/env python3
"""Speed of untrained copies of the NER model's config, narrower and shallower (issue 18).

    python benchmarks/narrow_configs.py [--source DIR] [--repeat 3]

Each variant is the shipped model's ``config.cfg`` with a few sizes changed, built and
initialised with random weights on a handful of the shipped model's own predictions (so it
has the same labels and the shipped static vectors when it keeps them). Its accuracy is that of
random weights: only the speed means anything. Speed is CPU milliseconds per article of
`extract_entities_many` as the runner calls it (batches of 8) on the cleaned source articles,
and the factor against the shipped model measured in the same loop.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: name -> config overrides (dotted paths into config.cfg).
VARIANTS: dict[str, dict[str, object]] = {
    "shipped config, untrained": {},
    "no static vectors": {"components.tok2vec.model.embed.include_static_vectors": False},
    "ner hidden 32": {"components.ner.model.hidden_width": 32},
    "depth 1": {"components.tok2vec.model.encode.depth": 1},
    "width 48, hidden 32": {
        "components.tok2vec.model.encode.width": 48,
        "components.ner.model.hidden_width": 32,
    },
    "width 48, depth 1, hidden 32": {
        "components.tok2vec.model.encode.width": 48,
        "components.tok2vec.model.encode.depth": 1,
        "components.ner.model.hidden_width": 32,
    },
    "width 32, depth 1, hidden 32": {
        "components.tok2vec.model.encode.width": 32,
        "components.tok2vec.model.encode.depth": 1,
        "components.ner.model.hidden_width": 32,
    },
    "width 32, depth 1, hidden 32, no vectors": {
        "components.tok2vec.model.encode.width": 32,
        "components.tok2vec.model.encode.depth": 1,
        "components.ner.model.hidden_width": 32,
        "components.tok2vec.model.embed.include_static_vectors": False,
    },
}


def build(shipped, overrides: dict[str, object], texts: list[str]):
    """An untrained pipeline from the shipped config with ``overrides``, initialised on its predictions."""
    import spacy
    from spacy.training import Example

    config = shipped.config.copy()
    for dotted, value in overrides.items():
        *path, key = dotted.split(".")
        section = config
        for part in path:
            section = section[part]
        section[key] = value
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.vocab.vectors = shipped.vocab.vectors
    examples = []
    for doc in shipped.pipe(texts[:20]):
        spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        examples.append(Example.from_dict(nlp.make_doc(doc.text), {"entities": spans}))
    nlp.initialize(lambda: examples)
    return nlp


def cpu_ms_per_text(nlp, texts: list[str], repeat: int) -> float:
    from extract.ner.model import doc_entities

    list(nlp.pipe(texts[:8], batch_size=8))  # warm up
    t0 = time.process_time()
    for _ in range(repeat):
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=8), strict=True):
            doc_entities(doc, text, 0)
    return (time.process_time() - t0) * 1000 / (repeat * len(texts))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_source = ROOT.parent / "shared" / "dev" / "raw"
    fallback = ROOT / "data" / "raw"
    ap.add_argument("--source", type=Path, default=default_source if default_source.is_dir() else fallback)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args(argv)
    from extract import clean, decode
    from extract.ner import load_model

    texts = [clean(decode(p.read_bytes())).text for p in sorted(a.source.glob("*.txt"))]
    shipped = load_model()
    base = cpu_ms_per_text(shipped, texts, a.repeat)
    tokenizer = time.process_time()
    for text in texts:
        shipped.make_doc(text)
    tokenizer = (time.process_time() - tokenizer) * 1000 / len(texts)
    print(f"{len(texts)} cleaned articles; the model's tokenizer alone: {tokenizer:.2f} CPU ms per article")
    print(f"{'shipped model (trained)':42} {base:6.2f} CPU ms per article  1.00x")
    for name, overrides in VARIANTS.items():
        nlp = build(shipped, overrides, texts)
        ms = cpu_ms_per_text(nlp, texts, a.repeat)
        base_again = cpu_ms_per_text(shipped, texts, 1)  # the machine may have got busier meanwhile
        print(f"{name:42} {ms:6.2f} CPU ms per article  {base_again / ms:.2f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
