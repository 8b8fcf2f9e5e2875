"""Officials on unseen regional news (round officials24): a holder named after the title's comma
and before a speech verb, where the grammar took the body's last words for the holder
(`Direktur Utama Graha Sentosa Mal, Rudi Hartanto mengatakan`); a company's dotted
abbreviation inside a title (`Manajer PT. …`, `Direktur CV. …`); `Tbk` after a company's comma closes its
name (`PT Sinar Medika, Tbk Rina Marlina`)."""

from __future__ import annotations

from extract.people.roles import scan_roles
from extract.records import Entity
from tests.official_records import article_officials, role_officials
from tests.spans import span_of as _at


def test_a_person_after_the_comma_and_before_a_speech_verb_holds_the_post() -> None:
    t = "Direktur Utama Graha Sentosa Mal, Rudi Hartanto mengatakan pengunjung naik menjelang libur."
    ents = [("Graha Sentosa Mal", "PER"), ("Rudi Hartanto", "PER")]
    span = (0, _at(t, "Rudi Hartanto")[1])
    assert role_officials(t, ents, spans=True) == [
        ("Rudi Hartanto", "Direktur Utama Graha Sentosa Mal", span, _at(t, "Rudi Hartanto"))
    ]


def test_a_region_between_the_body_and_the_comma_goes_to_the_title() -> None:
    t = (
        "Ketua Kelompok Ternak Lembu Sejahtera Kota Metro, Darmin Saputra, menjelaskan "
        "harga sapi naik menjelang hari raya."
    )
    ents = [("Lembu Sejahtera", "PER"), ("Darmin Saputra", "PER")]
    found = role_officials(t, ents, spans=True)
    assert [(n, ti) for n, ti, _, _ in found] == [
        ("Darmin Saputra", "Ketua Kelompok Ternak Lembu Sejahtera Kota Metro")
    ]
    assert found[0][3] == _at(t, "Darmin Saputra")


def test_a_holder_named_elsewhere_keeps_the_post() -> None:
    """`kata Marlena` later: the name before the comma is a person's, not the body's words."""
    t = (
        "Ketua Panitia Lomba Marlena Sari, Budi Hartono mengatakan lomba dibuka besok. "
        "Menurut Marlena, peserta datang dari lima kecamatan."
    )
    ents = [("Marlena Sari", "PER"), ("Budi Hartono", "PER")]
    again = t.rindex("Marlena")
    found = [Entity(x, label, _at(t, x)) for x, label in ents] + [
        Entity("Marlena", "PER", (again, again + 7))
    ]
    assert [m.title for m in scan_roles(t, found) if m.official] == ["Ketua Panitia Lomba"]


def test_no_move_without_a_speech_verb_after_the_second_name() -> None:
    """A list of people after one title: the name after the comma is the next item."""
    t = "Hadir Anggota DPRD Sutarno Wibowo, Hendra Kurniawan, dan Kepala Balai Jalan Nasional."
    ents = [("Sutarno Wibowo", "PER"), ("Hendra Kurniawan", "PER")]
    assert ("Hendra Kurniawan", "Anggota DPRD Sutarno Wibowo") not in role_officials(t, ents)


def test_a_post_after_the_comma_is_no_holder() -> None:
    t = "Bupati Tanggamus Samsul Bahri, Kapolres menyampaikan ucapan terima kasih kepada warga."
    ents = [("Samsul Bahri", "PER")]
    assert role_officials(t, ents) == [("Samsul Bahri", "Bupati Tanggamus")]


def test_a_given_name_before_the_comma_stays_the_holder() -> None:
    t = "Kepala Desa Sukamulya Hendra, Rudi Hartanto mengatakan jalan desa rusak."
    ents = [("Hendra", "PER"), ("Rudi Hartanto", "PER")]
    assert [n for n, _ in role_officials(t, ents) if "Rudi" in n] == []


def test_a_company_dotted_abbreviation_stays_in_the_title() -> None:
    t = "Manajer PT. Sumber Rejeki Abadi, Iwan mengatakan permintaan roti turun sejak bulan lalu."
    ents = [("Iwan", "PER")]
    assert role_officials(t, ents) == [("Iwan", "Manajer PT. Sumber Rejeki Abadi")]


def test_a_dotted_cv_in_the_title_whole_article() -> None:
    t = "Direktur CV. Karya Mandiri, Bambang Sutrisno, mengatakan pesanan meja naik dua kali lipat."
    assert article_officials(t) == [("Bambang Sutrisno", "Direktur CV. Karya Mandiri")]


def test_a_dotted_company_at_a_sentence_end_names_no_one() -> None:
    t = "Surat itu ditandatangani Direktur Utama PT. Bumi Karya. Gedung baru dibangun tahun depan."
    assert article_officials(t) == []


def test_a_person_named_earlier_after_the_comma_is_the_next_subject() -> None:
    t = (
        "Menteri Koperasi Sutrisno Adi Wibowo hadir. Soal pergantian Kepala Kanwil Pajak "
        "Darsa Budhi Sanusi, Sutrisno menyebut belum ada keputusan."
    )
    ents = [("Sutrisno Adi Wibowo", "PER"), ("Darsa Budhi Sanusi", "PER")]
    again = t.rindex("Sutrisno")
    found = [Entity(x, label, _at(t, x)) for x, label in ents] + [
        Entity("Sutrisno", "PER", (again, again + 8))
    ]
    names = [m.name for m in scan_roles(t, found) if m.official]
    assert "Darsa Budhi Sanusi" in names


def test_a_closing_legal_form_after_the_comma_stays_in_the_title() -> None:
    t = "Presiden Direktur PT Sinar Medika, Tbk Rina Marlina menjelaskan program bantuan pasien."
    ents = [("Rina Marlina", "PER")]
    name = _at(t, "Rina Marlina")
    assert role_officials(t, ents, spans=True) == [
        ("Rina Marlina", "Presiden Direktur PT Sinar Medika, Tbk", (0, name[1]), name)
    ]


def test_a_closing_legal_form_before_the_comma_changes_nothing() -> None:
    t = "Direktur Utama PT Sinar Medika Tbk, Rina Marlina menjelaskan program bantuan pasien."
    assert role_officials(t, [("Rina Marlina", "PER")]) == [
        ("Rina Marlina", "Direktur Utama PT Sinar Medika Tbk")
    ]
