"""Officials on unseen regional news (round officials25): a holder named after the title's comma
and before a speech verb, where the body before the comma bears a person's name (`RSUD Ahmad
Yani`, `Rotary Club Lampung Raden Intan` written again in the headline); a day name after a
comma dates the sentence and ends the title (`…, Kepala Biro Umum, Rabu (3/7)`); the field of
agriculture in an office's name (`Dinas Tanaman Pangan dan Hortikultura`) is a common word; a
lowercase post set after its holder goes on past `dan` with its body's words (`Jumali, kepala
Dinas Pendidikan dan Kebudayaan …`); two degrees the list lacked (S.SiT, Sp.KO)."""

from __future__ import annotations

from extract.people.roles import scan_roles
from extract.records import Entity
from extract.text.words import WordClass as W
from extract.text.words import word_class
from tests.official_records import role_officials
from tests.spans import span_of as _at


def test_a_hospital_named_after_a_person_is_no_holder() -> None:
    """The model calls the hospital's namesake a person; the name after the comma holds the post."""
    t = "Kabag Umum RSUD Ahmad Dahlan, Wirda, menjelaskan ruang isolasi ditambah dua kamar."
    ents = [("Ahmad Dahlan", "PER"), ("Wirda", "PER")]
    assert role_officials(t, ents, spans=True) == [
        ("Wirda", "Kabag Umum RSUD Ahmad Dahlan", (0, _at(t, "Wirda")[1]), _at(t, "Wirda"))
    ]


def test_a_body_name_written_again_after_the_same_word_is_no_person_named_elsewhere() -> None:
    """`Raden Intan` in the headline follows `Lampung` as it does in the title: the body's name
    again, not the person the title's holder would be."""
    t = (
        "Paguyuban Tani Lampung Raden Intan Bangun Embung. "
        "Ketua Paguyuban Tani Lampung Raden Intan, Darsono Wibowo mengatakan embung selesai bulan depan."
    )
    title_at = t.index("Ketua")
    found = [
        Entity("Raden Intan", "PER", _at(t, "Raden Intan")),
        Entity("Raden Intan", "PER", _at(t, "Raden Intan", title_at)),
        Entity("Darsono Wibowo", "PER", _at(t, "Darsono Wibowo")),
    ]
    assert [(m.name, m.title) for m in scan_roles(t, found) if m.official] == [
        ("Darsono Wibowo", "Ketua Paguyuban Tani Lampung Raden Intan")
    ]


def test_a_holder_called_by_name_after_another_word_keeps_the_post() -> None:
    """`kata Marlena` later is the person, named elsewhere: the post stays hers."""
    t = (
        "Ketua Panitia Lomba Marlena Sari, Budi Hartono mengatakan lomba dibuka besok. "
        "Menurut Marlena, peserta datang dari lima kecamatan."
    )
    again = t.rindex("Marlena")
    found = [
        Entity("Marlena Sari", "PER", _at(t, "Marlena Sari")),
        Entity("Budi Hartono", "PER", _at(t, "Budi Hartono")),
        Entity("Marlena", "PER", (again, again + 7)),
    ]
    assert [m.title for m in scan_roles(t, found) if m.official] == ["Ketua Panitia Lomba"]


def test_a_day_name_after_the_comma_ends_the_title() -> None:
    t = "“Stok beras aman,” ujar Warsito, Kepala Dinas Pangan dan Pertanian, Kamis (4/7/2024)."
    ents = [("Warsito", "PER")]
    assert role_officials(t, ents) == [("Warsito", "Kepala Dinas Pangan dan Pertanian")]


def test_a_day_name_after_a_list_of_units_ends_the_title() -> None:
    t = (
        "“Layanan dibuka lagi,” kata Hendra Susilo, Kepala Biro Umum, Hukum dan Humas, "
        "Kementerian Desa, Senin."
    )
    ents = [("Hendra Susilo", "PER")]
    assert role_officials(t, ents) == [
        ("Hendra Susilo", "Kepala Biro Umum, Hukum dan Humas, Kementerian Desa")
    ]


def test_a_day_name_is_no_holder_and_no_title_word() -> None:
    """Nothing to read when only a day follows the title's comma."""
    t = "Pertemuan dipimpin Kepala Dinas Sosial, Selasa (2/7/2024), di aula kantor bupati."
    assert role_officials(t, []) == []


def test_the_agriculture_field_ends_an_office_name_not_a_holder() -> None:
    """`Hortikultura` (and the press's `Holtikultura`) is the office's field, a common word."""
    t = "Penyuluh Dinas Tanaman Pangan dan Holtikultura turun ke sawah memeriksa hama wereng."
    assert role_officials(t, []) == []


def test_the_agriculture_field_stays_in_the_title_before_the_holder() -> None:
    t = "Kepala Dinas Tanaman Pangan dan Hortikultura, Suparman, mengatakan benih dibagikan pekan depan."
    ents = [("Suparman", "PER")]
    assert role_officials(t, ents) == [("Suparman", "Kepala Dinas Tanaman Pangan dan Hortikultura")]


def test_the_agriculture_field_is_a_common_word() -> None:
    assert {word_class(w) for w in ("Hortikultura", "Holtikultura")} == {W.COM}


def test_a_lowercase_post_after_its_holder_keeps_the_body_after_dan() -> None:
    t = "“Benih sudah dibagi,” ujar Suparman, kepala Dinas Pertanian dan Perkebunan Way Kanan, Jumat (5/7)."
    ents = [("Suparman", "PER")]
    assert role_officials(t, ents) == [("Suparman", "kepala Dinas Pertanian dan Perkebunan Way Kanan")]


def test_the_person_after_the_apposed_post_holds_nothing() -> None:
    """The holder came first; the name after the post's comma opens the next clause."""
    t = (
        "Dalam pertemuan dengan Wang Jun, pimpinan Kementerian Perdagangan dan Teknologi Informasi, "
        "Rahmat menyampaikan terima kasih."
    )
    ents = [("Wang Jun", "PER"), ("Rahmat", "PER")]
    assert role_officials(t, ents) == [
        ("Wang Jun", "pimpinan Kementerian Perdagangan dan Teknologi Informasi")
    ]


def test_a_second_person_after_dan_ends_the_apposed_post() -> None:
    t = "Hadir Sutarno, kepala Desa Sukamaju dan Budi Santoso, kepala Desa Mekarsari, di balai desa."
    ents = [("Sutarno", "PER"), ("Budi Santoso", "PER")]
    assert role_officials(t, ents) == [
        ("Sutarno", "kepala Desa Sukamaju"),
        ("Budi Santoso", "kepala Desa Mekarsari"),
    ]


def test_an_applied_science_degree_between_name_and_selaku() -> None:
    """S.SiT (Sarjana Sains Terapan) after the name, before `selaku` and the post."""
    t = "Pada pembukaan itu, Waluyo, S.SiT., M.H., selaku Kepala Balai Benih, meninjau kebun bibit."
    assert role_officials(t, []) == [("Waluyo", "Kepala Balai Benih")]


def test_a_sports_medicine_degree_is_no_name_word() -> None:
    t = "Dokter Dewi Anggraini, Sp.KO, menyarankan lari pagi tiga kali sepekan."
    assert role_officials(t, [("Dewi Anggraini", "PER")]) == []
