"""A name the article writes only inside a body's or a place's name is no person (GUIDELINES §6:
`Universitas Diponegoro` is an ORG, `Gunung Rinjani` a LOC; §2: persons are people).

- An occupation's holder that the capitalised word before it completes into a name the model
  reads only as a body or a place, a name the article writes twice or more (`di Mahkamah Agung,
  terdakwa …` beside another `Mahkamah Agung`), ends that name: no holder. Written once
  (`Peternak sapi potong Tim Marsh`), the holder stays.
- A candidate inside a span the model reads as a body or a place, opened before it only by the
  kind's words (`Kelompok Tani Sido Makmur`), names that body. A lone word after a lone kind word
  stays (`Tim Marsh`), and so does a name opening with a given name that ends a span opened by
  two words or more (`Puskesmas Banjar Baru Desi Ariani`: the model ran the place on into the
  head's name).
- A candidate one blank after a capitalised head that opens an organisation's name
  (`entities_heads.txt`, kind `body`: `dialami UIN Syarif Hidayatullah`) is that body's name,
  unless a capitalised word stands before the head (`Kepala Dinas Yudha Setiawan`: the head is
  part of a post).

Invented Indonesian sentences in the style of national news; whole person lists with every
mention's span, and cases that must keep their person.
"""

from __future__ import annotations

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_COURT = (
    "Permohonan kasasi terdakwa diajukan pada Maret. Setelah putusan dikuatkan di Mahkamah Agung, "
    "terdakwa dieksekusi pada pekan lalu. Putusan Mahkamah Agung itu tidak dapat diubah lagi."
)


def test_a_holder_ending_a_court_written_twice_is_no_person() -> None:
    assert _found(TEXT_COURT, [("Mahkamah Agung", "ORG")]) == []


TEXT_FARMERS = (
    "Sejumlah petani di desa itu tergabung dalam Kelompok Tani Sido Makmur sejak 2019. Kelompok itu "
    "menanam padi organik di lahan seluas 20 hektare."
)


def test_a_name_inside_a_farmers_group_is_no_person() -> None:
    assert _found(TEXT_FARMERS, [("Kelompok Tani Sido Makmur", "ORG"), ("Sido Makmur", "PER")]) == []


TEXT_SPOKESMAN = (
    "Kasus itu kini ditangani di Mahkamah Agung. Juru bicara Mahkamah Agung, Agung Santoso, "
    "mengatakan berkas sudah diterima."
)


def test_a_person_named_beside_the_court_stays() -> None:
    first = _at(TEXT_SPOKESMAN, "Agung")
    second = _at(TEXT_SPOKESMAN, "Agung", first[1])
    full = _at(TEXT_SPOKESMAN, "Agung Santoso")
    found = _found(TEXT_SPOKESMAN, [("Mahkamah Agung", "ORG"), ("Agung Santoso", "PER")])
    assert found == [("Agung Santoso", (first, second, full))]


TEXT_FARMER = (
    "Wabah penyakit sapi meluas di Queensland. Peternak sapi potong Tim Marsh selalu memeriksa "
    "ternaknya setiap pagi."
)


def test_a_lone_name_after_tim_written_once_stays() -> None:
    span = _at(TEXT_FARMER, "Marsh")
    assert _found(TEXT_FARMER, [("Tim Marsh", "ORG"), ("Marsh", "PER")]) == [("Marsh", (span,))]


TEXT_CLINIC = (
    "Vaksinasi anak digelar di balai desa. Kegiatan itu dipimpin Kepala Puskesmas Banjar Baru Desi "
    "Ariani bersama enam bidan."
)


def test_a_full_name_ending_a_place_span_stays() -> None:
    span = _at(TEXT_CLINIC, "Desi Ariani")
    found = _found(TEXT_CLINIC, [("Puskesmas Banjar Baru Desi Ariani", "LOC"), ("Desi Ariani", "PER")])
    assert found == [("Desi Ariani", (span,))]


# A candidate one blank after a capitalised head that opens an organisation's name
# (`entities_heads.txt`, kind `body`), with no capitalised word before the head and no post
# opened by the head, is that body's name.

TEXT_CAMPUS = (
    "Lonjakan peminat jalur mandiri terjadi di banyak kampus. Kondisi itu tak hanya dialami UIN Syarif "
    "Hidayatullah, tetapi juga sejumlah universitas negeri lain di Jawa."
)


def test_a_name_after_a_university_head_is_no_person() -> None:
    assert _found(TEXT_CAMPUS, [("Syarif Hidayatullah", "PER"), ("Jawa", "LOC")]) == []


TEXT_HEAD_OFFICIAL = (
    "Banjir merendam dua kecamatan. Kepala Dinas Yudha Setiawan meninjau lokasi pada Senin. "
    "Yudha meminta warga waspada."
)


def test_a_name_after_a_title_and_its_body_head_stays() -> None:
    first = _at(TEXT_HEAD_OFFICIAL, "Yudha Setiawan")
    last = _at(TEXT_HEAD_OFFICIAL, "Yudha", first[1])
    found = _found(TEXT_HEAD_OFFICIAL, [("Yudha Setiawan", "PER"), ("Yudha", "PER")])
    assert found == [("Yudha Setiawan", (first, last))]
