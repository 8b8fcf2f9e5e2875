"""Officials on unseen regional news (round officials20): the same title and name written twice,
once with the post in lowercase inside a sentence, is no fixed phrase; and the misses left visible."""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from tests.entity_records import model_entities
from tests.official_records import article_officials as _officials


def test_a_lowercase_post_then_the_same_title_and_name_again() -> None:
    t = (
        "Tas berisi dokumen milik bendahara DPRD Kabupaten Mesuji Sarwono hilang dari ruang rapat. "
        "Kejadian itu dilaporkan ke polisi pada Senin pagi. "
        "Bendahara DPRD Mesuji Sarwono mengatakan tas itu diletakkan di atas meja."
    )
    assert _officials(t) == [("Sarwono", "bendahara DPRD Kabupaten Mesuji")]


def test_a_lowercase_post_named_once_gives_its_holder() -> None:
    t = "Rapat dipimpin sekretaris DPRD Kabupaten Mesuji Sarwono di ruang paripurna, Selasa."
    assert _officials(t) == [("Sarwono", "sekretaris DPRD Kabupaten Mesuji")]


def test_a_body_named_twice_after_a_lowercase_word_gives_no_official() -> None:
    t = "Warga Karang Taruna Bhakti membersihkan selokan. Pengurus lama Karang Taruna Bhakti ikut membantu."
    assert _officials(t) == []


def test_a_full_name_opening_with_a_common_word_written_again_alone() -> None:
    t = (
        "Pemkab Pringsewu membuka pendaftaran relawan kebersihan pasar. "
        "Sekda Pringsewu, Bangkit Haryo Wibisono, menyebutkan relawan akan diberi honor bulanan. "
        "Pendaftaran dibuka hingga akhir pekan. "
        "Sebelumnya, Bangkit Haryo Wibisono mengatakan relawan akan ditempatkan di tiap pasar."
    )
    assert _officials(t) == [("Bangkit Haryo Wibisono", "Sekda Pringsewu")]


def test_a_common_first_word_outside_the_model_name_written_again() -> None:
    """The apposition after the title's region, closed by a comma and a speech verb, is the
    holder whole (roles.firsts._apposed_holder), the common first word `Bangun` included."""
    t = (
        "Sekda Pringsewu, Bangun Wibowo Santoso, mengatakan relawan akan diberi honor bulanan. "
        "Sebelumnya, Bangun Wibowo Santoso mengatakan relawan akan ditempatkan di tiap pasar."
    )
    assert _officials(t) == [("Bangun Wibowo Santoso", "Sekda Pringsewu")]


@pytest.mark.xfail(
    strict=True, reason="a village post, its village and its district set off by commas before the name"
)
def test_a_village_post_then_its_district_then_the_name() -> None:
    t = "Peratin (kepala desa) Pekon Sukaraja, kecamatan Bengkunat, Darmawan, mengatakan jalan itu longsor."
    assert _officials(t) == [("Darmawan", "Peratin (kepala desa) Pekon Sukaraja, kecamatan Bengkunat")]


def test_a_post_then_yang_bernama_then_the_name() -> None:
    t = "Lurah Gedong yang bernama Hasan Basri mengatakan warganya tidak mengenal pria itu."
    assert _officials(t) == [("Hasan Basri", "Lurah Gedong")]


def test_a_region_and_name_written_twice_after_a_post_is_no_fixed_phrase() -> None:
    # the model took the name for a place's word both times: the grammar alone decides
    t = (
        "Penjabat Bupati Tanggamus Rawidin meninjau pembangunan pasar, Rabu. "
        "Pj. Bupati Tanggamus Rawidin menyampaikan perbaikan dimulai bulan depan."
    )
    ents = model_entities(
        t, [("Tanggamus", "LOC"), ("Rawidin", "LOC"), ("Tanggamus", "LOC"), ("Rawidin", "LOC")]
    )
    got = [(o.name, o.title) for o in extract_officials(t, entities=ents)]
    assert got == [("Rawidin", "Penjabat Bupati Tanggamus")]


@pytest.mark.xfail(
    strict=True, reason="a club's one-word name after `PB` and a lowercase post is read as a holder"
)
def test_a_body_written_twice_after_a_lowercase_post_stays_a_body() -> None:
    t = "Atlet itu dilatih pelatih PB Garuda sejak kecil. Kini ia kembali berlatih bersama pelatih PB Garuda."
    assert _officials(t) == []
