"""A coast's, a port's or an airport's word written lowercase before a listed country's or
province's whole name (entities_provinces.txt: `pantai Bali`), a listed region's short name in
capitals, or a listed region's name after `lepas` or `garis` (`lepas pantai Afrika`, `pelabuhan
Indonesia`, `bandara IKN`, `lepas pantai Natuna`) is the common noun for the country's or region's
coast, ports or airport: the place is the country or region alone (GUIDELINES §6; the news-raw
annotations list `Afrika`, `Iran`, `IKN`). A beach's, port's or airport's own name keeps its word
(`pantai Ujong Kareung`, `pelabuhan Merak`, `bandara Juanda`), also where it is its town's, a
regency's name (`pelabuhan Ketapang`, `bandara Banyuwangi`, `pantai Pangandaran`), and so does an
island's (`pulau Jawa`) and a name written capitalised (`Pelabuhan Tanjung Priok`). Whole entity
lists from `resolve_entities` on invented sentences, with the spans; the model found nothing."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities


def _found(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, str(e.label), e.span) for e in resolve_entities(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Satelit mendeteksi sinyal aneh di lepas pantai Afrika hampir 20 tahun lalu.",
            [("Afrika", "LOC", (47, 53))],
        ),
        (
            "Kapal pesiar itu tertahan di lepas pantai Tanjung Verde bersama ratusan penumpang.",
            [("Tanjung Verde", "LOC", (42, 55))],
        ),
        (
            "Sementara bandara IKN sendiri hanya bisa menampung 600 penumpang per hari.",
            [("IKN", "LOC", (18, 21))],
        ),
        (
            "Harga ikan di pelabuhan Indonesia diharapkan turun menjelang akhir tahun.",
            [("Indonesia", "LOC", (24, 33))],
        ),
        # a province's or a main island's coast, ports or airport: larger than a facility's town (review 4)
        (
            "Ribuan wisatawan memadati pantai Bali selama libur panjang akhir pekan ini.",
            [("Bali", "LOC", (33, 37))],
        ),
        (
            "Arus mudik di pelabuhan Jawa Timur mulai meningkat sejak Senin malam.",
            [("Jawa Timur", "LOC", (24, 34))],
        ),
        # a region's coast after `lepas` or `garis`: the region, whatever its size
        (
            "Blok migas itu berada di lepas pantai Natuna dengan cadangan besar.",
            [("Natuna", "LOC", (38, 44))],
        ),
    ],
)
def test_a_coast_or_port_of_a_listed_region_is_the_region(
    text: str, expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Warga menemukan sepuluh paus sperma terdampar di pantai Ujong Kareung pagi itu.",
            [("pantai Ujong Kareung", "LOC", (49, 69))],
        ),
        (
            "Antrean kendaraan menumpuk di pelabuhan Merak menjelang Lebaran.",
            [("pelabuhan Merak", "LOC", (30, 45))],
        ),
        (
            "Pemudik masih terkonsentrasi di pulau Jawa tahun ini.",
            [("pulau Jawa", "LOC", (32, 42))],
        ),
        (
            "Kapal itu bersandar di Pelabuhan Tanjung Priok pada Senin pagi.",
            [("Pelabuhan Tanjung Priok", "LOC", (23, 46))],
        ),
        # a port, a beach, an airport named for its town (a regency's name): the facility
        (
            "Antrean kendaraan mengular di pelabuhan Ketapang, Banyuwangi, menjelang libur Lebaran.",
            [("pelabuhan Ketapang", "LOC", (30, 48)), ("Banyuwangi", "LOC", (50, 60))],
        ),
        (
            "Ribuan wisatawan memadati pantai Pangandaran saat libur panjang.",
            [("pantai Pangandaran", "LOC", (26, 44))],
        ),
        (
            "Pesawat itu mendarat darurat di bandara Banyuwangi pada Senin sore.",
            [("bandara Banyuwangi", "LOC", (32, 50))],
        ),
    ],
)
def test_a_facility_of_its_own_name_keeps_its_word(
    text: str, expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a coast's word before an ocean's bare name and a country (`pantai Atlantik Argentina`) "
    "stays one place: neither `Atlantik` alone nor the pair is a listed name",
)
def test_a_coast_of_an_ocean_and_a_country_is_two_places() -> None:
    text = "Tikus itu menyebar ke timur, menuju pantai Atlantik Argentina, tempat penduduk tinggal."
    assert _found(text) == [("Atlantik", "LOC", (43, 51)), ("Argentina", "LOC", (52, 61))]
