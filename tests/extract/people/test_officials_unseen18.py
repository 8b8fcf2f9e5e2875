"""Officials and persons on unseen Lampung regional news (round officials18): a holder's name a
place or body entity swallowed, shown by the model naming the person alone elsewhere; a field of
an education office written as a word after `Kabid`."""

from __future__ import annotations

import pytest

from extract import extract_article
from extract.ner.vet import vet_entities
from extract.records import Entity


def _ent(text: str, surface: str, label: str, nth: int = 0) -> Entity:
    s = -1
    for _ in range(nth + 1):
        s = text.index(surface, s + 1)
    return Entity(surface, label, (s, s + len(surface)))


def test_a_name_called_alone_elsewhere_splits_off_a_region() -> None:
    t = (
        "Kepala Dinas Sosial Kabupaten Waykanan Yen Rusdiman menyebut bantuan sudah cair. "
        "Menurut Yen, pendataan berjalan sejak pekan lalu. Yen juga meminta warga bersabar."
    )
    got = vet_entities(t, [_ent(t, "Kabupaten Waykanan Yen Rusdiman", "LOC"), _ent(t, "Yen", "PER", 1)])
    assert got == [
        _ent(t, "Kabupaten Waykanan", "LOC"),
        _ent(t, "Yen Rusdiman", "PER"),
        _ent(t, "Yen", "PER", 1),
    ]


def test_a_whole_name_called_elsewhere_splits_off_a_body() -> None:
    t = "Analis Kredit dari Bank Sejahtera Rosdiana Harahap menilai pasar membaik, kata Rosdiana Harahap."
    got = vet_entities(
        t, [_ent(t, "Bank Sejahtera Rosdiana Harahap", "ORG"), _ent(t, "Rosdiana Harahap", "PER", 1)]
    )
    assert got == [
        _ent(t, "Bank Sejahtera", "ORG"),
        _ent(t, "Rosdiana Harahap", "PER"),
        _ent(t, "Rosdiana Harahap", "PER", 1),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "label", "called"),
    [
        # a village named after a word the model also reads as a person
        (
            "Banjir merendam Kampung Sidoluhur Mandiri hingga sore. Sidoluhur ikut membantu.",
            "Kampung Sidoluhur Mandiri",
            "LOC",
            "Sidoluhur",
        ),
        # a common word going on a body's kind words
        (
            "Surat dari Kementerian Sekretariat Negara Cq Biro Umum tiba. Negara hadir.",
            "Kementerian Sekretariat Negara Cq",
            "ORG",
            "Negara",
        ),
        # the cut would split a name the model gives whole
        (
            "Acara Sekolah Putri Arumsari Nobar digelar. Putri Arumsari bernyanyi.",
            "Sekolah Putri Arumsari Nobar",
            "LOC",
            "Putri Arumsari",
        ),
    ],
)
def test_a_called_word_does_not_split_these(text: str, surface: str, label: str, called: str) -> None:
    ent = _ent(text, surface, label)
    per = _ent(text, called, "PER", text.count(called) - 1)
    assert ent in vet_entities(text, [ent, per])  # whole; the lone word itself may be vetted away


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


@pytest.mark.xfail(
    strict=True, reason="a holder's name ending in a common word (Jaya) is kept in the place entity"
)
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
