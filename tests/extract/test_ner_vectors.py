"""The word cache in front of the model's floret vectors: the same vectors and entities as spaCy's."""

from __future__ import annotations

import numpy as np
import pytest

from extract import ner
from extract.ner.tokenizer import register_tokenizer
from extract.ner.vectors import CachedFloretVectors
from tests.conftest import MODEL

TEXTS = [
    "Wali Kota Semarang Hendrar Wibowo meninjau Pasar Johar bersama Dinas Perdagangan, Senin (4/3).",
    "Kepala BPBD Kabupaten Garut Satria Budi mengatakan banjir merendam 120 rumah di Kecamatan Tarogong.",
    "Harga beras medium di pasar tradisional naik menjadi Rp13.500 per kilogram.",
    "",
]


@pytest.fixture(scope="module")
def plain():
    """The default model as spaCy loads it, without warta's cache."""
    import spacy

    register_tokenizer()
    return spacy.load(MODEL)


@pytest.mark.model
@pytest.mark.parametrize("capacity", [50_000, 12], ids=["large", "refilled"])
def test_cached_vectors_equal_spacy_floret_vectors(plain, capacity: int) -> None:
    cached = CachedFloretVectors(plain.vocab.vectors, capacity=capacity)
    for _ in range(2):  # the second round reads the cache
        for text in TEXTS:
            keys = plain.make_doc(text).to_array("ORTH")
            got, want = cached.get_batch(keys), plain.vocab.vectors.get_batch(keys)
            assert got.shape == want.shape == (len(keys), plain.vocab.vectors.shape[1])
            assert got.dtype == want.dtype and np.array_equal(got, want)


@pytest.mark.model
def test_loaded_model_has_the_cache_and_the_same_entities(plain) -> None:
    nlp = ner.load_model(MODEL)
    assert isinstance(nlp.vocab.vectors, CachedFloretVectors)
    assert nlp.vocab.vectors.mode == "floret" and nlp.vocab.vectors.shape == plain.vocab.vectors.shape
    want = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in plain.pipe(TEXTS)]
    got = [[(*e.span, str(e.label)) for e in ents] for ents in ner.extract_entities_many(TEXTS, model=MODEL)]
    assert got == want
    assert (TEXTS[0].index("Hendrar"), TEXTS[0].index(" meninjau"), "PER") in got[0]


@pytest.mark.model
def test_new_words_get_the_rows_spacy_gives_them(plain) -> None:
    """spaCy reads `key2row` for every word new to its vocabulary: the cache hands on the table's."""
    cached = CachedFloretVectors(plain.vocab.vectors)
    assert cached.key2row is plain.vocab.vectors.key2row
    nlp = ner.load_model(MODEL)
    words = ["Kabupatenbaru", "Pemkab", "menimbang"]
    assert [nlp.vocab[w].rank for w in words] == [plain.vocab[w].rank for w in words]


@pytest.mark.model
def test_threads_sharing_a_small_cache_get_spacy_vectors(plain) -> None:
    """Batches from several threads refill a cache too small for them all: each gets its own rows."""
    from concurrent.futures import ThreadPoolExecutor

    cached = CachedFloretVectors(plain.vocab.vectors, capacity=20)
    keys = [plain.make_doc(text).to_array("ORTH") for text in TEXTS[:3]] * 40
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(cached.get_batch, keys))
    assert all(np.array_equal(g, plain.vocab.vectors.get_batch(k)) for g, k in zip(got, keys, strict=True))
