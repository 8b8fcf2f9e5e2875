"""Entity vetting (`extract.ner.vet`): one word right after an office's title that ends its
sentence is the holder's name (`kinerja Bupati Warsito.`), not a body after the title; a listed
body, a common word and the word after a member's noun stay dropped (GUIDELINES §2)."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.records import Entity
from tests.entity_records import model_entities as _ents


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Warga menilai puas dengan kepemimpinan Bupati Warsito. Jalan desa kini mulus.", (46, 53)),
        ('"Kami terus bekerja," ujar Menko Darmaji. Ia lalu meninjau pasar.', (33, 40)),
        ('"Programnya jalan terus bersama Wapres Sulaiman." Pernyataan itu disambut warga.', (39, 47)),
        ("Rumah itu dulu milik Presiden Harjono. Kini rumah tersebut menjadi museum.", (30, 37)),
        ("Bibit dibagikan oleh Wakil Bupati Rumadi.", (34, 40)),
    ],
)
def test_a_lone_word_ending_its_sentence_after_an_office_is_the_holder(
    text: str, span: tuple[int, int]
) -> None:
    word = text[span[0] : span[1]]
    head = text[: span[0]].split()[-1]
    ents = _ents(text, [(f"{head} {word}", "PER")])
    assert vet_entities(text, ents) == [Entity(word, "PER", span)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Keluhan pedagang sudah disampaikan kepada Menteri Komdigi. Laporan itu masih diproses.",
            "Menteri Komdigi",
        ),
        ("Olah tempat kejadian dilakukan bersama tim Inafis. Polisi menyita sebilah parang.", "tim Inafis"),
        ("Layanan itu hanya untuk anggota Sehatku. Pendaftaran dibuka bulan depan.", "anggota Sehatku"),
        ("Kasus pembunuhan itu kini ditangani tim Jatanras. Polisi masih memburu pelaku.", "tim Jatanras"),
        ("Kunjungan dilanjutkan oleh Rektor Unila ke kampus baru di Natar.", "Rektor Unila"),
    ],
)
def test_a_body_a_common_word_or_a_members_group_after_a_title_stays_dropped(text: str, words: str) -> None:
    assert vet_entities(text, _ents(text, [(words, "PER")])) == []
