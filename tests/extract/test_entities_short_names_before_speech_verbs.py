"""A shouted short name the model reads as ORG right before a verb of speech or report in its
active form (`IOM mengatakan`, `IRCG juga mengklaim`: names_speech_verbs.txt,
entities_report_verbs.txt) speaks for a body: its short name is a body's as a defined one is,
there and wherever the model reads it alone (GUIDELINES §6: organisations); a person's initials
and a bare verb's stem tell nothing. A story credited `seperti dilaporkan` names its outlet.
Whole outputs on invented sentences."""

from __future__ import annotations

from extract.ner.entities import resolve_entities
from tests.entity_records import article_entities as _entities
from tests.entity_records import model_entities


def _resolved(text: str, model: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, e.label, e.span) for e in resolve_entities(text, model_entities(text, model))]


def test_a_short_name_before_a_speech_verb_is_a_body() -> None:
    text = "Dalam pernyataan tertulisnya, IOM mengatakan lebih dari 2.000 migran tewas di laut tahun ini."
    assert _entities(text) == [("IOM", "ORG", (30, 33))]


def test_a_short_name_before_a_statement_is_a_body() -> None:
    text = "Sementara itu, OIKN menyatakan akan membantu para pekerja yang terdampak kebakaran."
    assert _entities(text) == [("OIKN", "ORG", (15, 19))]


def test_a_word_of_aspect_may_stand_before_a_verb_of_report() -> None:
    text = "Di Teheran, IRCG juga mengklaim telah menembak jatuh sebuah drone."
    assert _entities(text) == [("Teheran", "LOC", (3, 10)), ("IRCG", "ORG", (12, 16))]


def test_a_persons_initials_before_a_speech_verb_are_no_body() -> None:
    text = (
        "Bambang Haryo Sutrisno (BHS) meninjau pelabuhan itu pada Senin. Setelah pertemuan, BHS "
        "mengatakan tarif tiket perlu ditinjau ulang."
    )
    assert _entities(text) == [("Bambang Haryo Sutrisno", "PER", (0, 22))]


def test_a_persons_initials_unbracketed_are_no_body() -> None:
    text = (
        "Pelatih Shin Tae-yong mengaku terbuka pada tawaran baru. STY menegaskan belum ada klub "
        "yang menghubunginya."
    )
    model = [("Shin Tae-yong", "PER"), ("STY", "ORG")]
    assert _resolved(text, model) == [("Shin Tae-yong", "PER", (8, 21))]


def test_a_degree_listed_after_a_name_is_no_body() -> None:
    text = "Ahli gizi Melanie Murphy Richter, MS, RDN mengatakan sayuran hijau kaya nutrisi."
    model = [("Melanie Murphy Richter", "PER"), ("RDN", "ORG")]
    assert _resolved(text, model) == [("Melanie Murphy Richter", "PER", (10, 32))]


def test_a_short_name_after_a_sentence_adverb_speaks() -> None:
    text = "Sementara itu, NCM juga memperingatkan potensi badai petir di dataran tinggi."
    assert _resolved(text, [("NCM", "ORG")]) == [("NCM", "ORG", (15, 18))]


def test_an_object_after_a_preposition_does_not_speak() -> None:
    text = "Ketua yayasan itu terkait RAN berharap kasus baru bisa ditemukan lebih dini."
    assert _resolved(text, [("RAN", "ORG")]) == []


def test_a_short_name_ending_a_longer_name_does_not_speak_alone() -> None:
    text = "Dengan produk baru itu, Bahana TCW berharap investor muda makin banyak."
    assert _resolved(text, [("TCW", "ORG")]) == []


def test_a_game_before_a_verb_that_goes_on_is_no_body() -> None:
    assert _entities("Tim nomor MLBB akan melanjutkan laga di babak berikutnya.") == []


def test_a_short_name_alone_stays_unexplained() -> None:
    assert _entities("Peserta program PSBB akan menerima bantuan tunai pekan depan.") == []


def test_an_outlet_after_seperti_dilaporkan_is_a_body() -> None:
    text = "Seperti dilaporkan NME, band itu menunda tur Asia mereka."
    assert _entities(text) == [("NME", "ORG", (19, 22)), ("Asia", "LOC", (45, 49))]


def test_an_outlet_after_sebagaimana_dilaporkan_is_a_body() -> None:
    text = "Sebagaimana dilaporkan Wired, aplikasi itu kini diblokir di dua negara."
    assert _entities(text) == [("Wired", "ORG", (23, 28))]
