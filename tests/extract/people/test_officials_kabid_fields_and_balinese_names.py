"""Officials and persons on unseen Lampung regional news (round officials18): a field of an
education office written as a word after `Kabid`; a Balinese name's particles opening a fuller
name; a holder named after a long body's name."""

from __future__ import annotations

from extract import extract_article


def test_a_holder_swallowed_by_a_long_body_is_an_official() -> None:
    t = (
        "Kepala Badan Pemberdayaan Masyarakat dan Pemerintahan Kampung (BPMPK) Kabupaten Waykanan "
        "Yen Suhardi menyatakan dana sudah masuk rekening. Yen mengaku belum sempat memantau."
    )
    r = extract_article(t.encode())
    assert [(o.name, o.title) for o in r.officials] == [
        (
            "Yen Suhardi",
            "Kepala Badan Pemberdayaan Masyarakat dan Pemerintahan Kampung (BPMPK) Kabupaten Waykanan",
        )
    ]
    assert [p.name for p in r.persons] == ["Yen Suhardi"]


def test_a_field_of_the_education_office_stays_in_the_title() -> None:
    t = "Kepala Dinas Pendidikan Mesuji Sutarno melalui Kabid Dikdas Wiryono menjelaskan jadwal sekolah."
    r = extract_article(t.encode())
    assert [(o.name, o.title) for o in r.officials] == [
        ("Sutarno", "Kepala Dinas Pendidikan Mesuji"),
        ("Wiryono", "Kabid Dikdas"),
    ]
    assert [p.name for p in r.persons] == ["Sutarno", "Wiryono"]


def test_no_official_without_a_post() -> None:
    t = "Warga Kampung Sidoluhur Mandiri mengungsi ke balai desa sejak pagi tadi."
    assert extract_article(t.encode()).officials == ()


def test_a_health_centre_head_whose_name_ends_in_a_common_word() -> None:
    t = "Kepala Puskesmas Tuba l Menggala Arsan Jaya mengatakan semua pasien sehat. Kata Arsan, obat cukup."
    r = extract_article(t.encode())
    assert [(o.name, o.title) for o in r.officials] == [("Arsan Jaya", "Kepala Puskesmas Tuba l Menggala")]


def test_two_balinese_particles_opening_a_fuller_name_are_that_person() -> None:
    t = (
        "Kepala Bapenda Kabupaten Mesuji I Ketut Darmayasa mengatakan target pajak naik. "
        '"Kami terus memantau setiap kecamatan," kata I Ketut kepada wartawan.'
    )
    r = extract_article(t.encode())
    short = t.index("I Ketut kepada")
    full = t.index("I Ketut Darmayasa")
    assert [(p.name, p.mentions) for p in r.persons] == [
        ("I Ketut Darmayasa", ((full, full + 17), (short, short + 7)))
    ]
    assert [(o.name, o.title) for o in r.officials] == [
        ("I Ketut Darmayasa", "Kepala Bapenda Kabupaten Mesuji")
    ]


def test_two_particles_opening_two_fuller_names_stay_apart() -> None:
    t = (
        "Rapat dihadiri I Made Sudarta dan I Made Wirawan dari kelompok tani setempat. "
        "Menurut I Made, panen tahun ini cukup baik."
    )
    names = [p.name for p in extract_article(t.encode()).persons]
    assert "I Made Sudarta" in names and "I Made Wirawan" in names
