"""A word alone in brackets that shortens the capitalised words right before it, by their
initials or syllables, is the short name of what they spell out: an expo, a standard, a title,
a troop in training; no place (GUIDELINES §6), unless a place is spelled out (`Amerika Serikat
(AS)`) or a region's name or a place's head is among the words. Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_an_expo_s_short_name_is_no_place() -> None:
    text = "Puluhan perajin ikut Pameran Kriya Nusantara (PKN) di Kota Sukamaju pekan depan."
    model = [("PKN", "LOC"), ("Kota Sukamaju", "LOC")]
    assert _found(text, model) == [("Kota Sukamaju", "LOC", (54, 67))]


def test_a_standard_s_short_name_is_no_place() -> None:
    text = "Beras kemasan itu wajib memenuhi Standar Nasional Indonesia (SNI) sebelum dijual."
    assert _found(text, [("SNI", "LOC")]) == []


def test_a_troop_s_syllables_are_no_place() -> None:
    text = "Sebanyak 30 Calon Pasukan Pengibar Bendera Pusaka (Capaska) berlatih di Stadion Merdeka."
    model = [("Capaska", "LOC"), ("Stadion Merdeka", "LOC")]
    assert _found(text, model) == [("Stadion Merdeka", "LOC", (72, 87))]


def test_a_title_s_syllables_are_no_place() -> None:
    text = "Kepala Pelayanan Markas (Kayanma) Polda itu meninjau dapur umum pagi tadi."
    assert _found(text, [("Kayanma", "LOC")]) == []


def test_a_country_spelled_out_keeps_its_short_name() -> None:
    text = "Duta besar Amerika Serikat (AS) berkunjung ke Kota Sukamaju, Selasa."
    model = [("Amerika Serikat", "LOC"), ("AS", "LOC"), ("Kota Sukamaju", "LOC")]
    assert _found(text, model) == [
        ("Amerika Serikat", "LOC", (11, 26)),
        ("AS", "LOC", (28, 30)),
        ("Kota Sukamaju", "LOC", (46, 59)),
    ]


def test_a_regency_spelled_out_keeps_its_short_name() -> None:
    text = "Banjir melanda tiga desa di Musi Rawas Utara (Muratara) sejak Senin malam."
    model = [("Musi Rawas Utara", "LOC"), ("Muratara", "LOC")]
    assert _found(text, model) == [("Musi Rawas Utara", "LOC", (28, 44)), ("Muratara", "LOC", (46, 54))]


def test_a_short_name_after_an_untagged_regency_stays_a_place() -> None:
    text = "Warga Musi Rawas Utara (Muratara) menanam karet di lahan gambut."
    assert _found(text, [("Muratara", "LOC")]) == [
        ("Musi Rawas Utara", "LOC", (6, 22)),
        ("Muratara", "LOC", (24, 32)),
    ]


def test_a_park_s_short_name_stays_a_place() -> None:
    text = "Kawanan satwa liar keluar dari Taman Nasional Way Kambas (TNWK) semalam."
    model = [("TNWK", "LOC")]
    assert _found(text, model) == [("Taman Nasional Way Kambas", "LOC", (31, 56)), ("TNWK", "LOC", (58, 62))]
