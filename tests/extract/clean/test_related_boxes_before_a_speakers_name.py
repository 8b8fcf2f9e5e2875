"""A box of related headlines glued inside a paragraph under a shouted `BACAAN LAINNYA` heading is
a teaser (GUIDELINES §1): it goes, its headlines glued to one another too, and the body resumes
where the paragraph goes on. When the body resumes at a speaker's name and a verb, the given names
before the surname open the body with it, not the headline (`… Formasinya Ahmad Hikami
menjelaskan …`); a given name that is a common word (`dini`) or one before an acronym stays the
headline's (issue 15, meta27). Invented pages.
"""

from __future__ import annotations

import pytest

from extract.clean import clean

OPENING = (
    "Pemerintah Kabupaten Sukamaju menyalurkan bantuan benih jagung kepada 40 kelompok tani di "
    "Kecamatan Sukaraja pada pekan ini."
)
BEFORE = "Bantuan itu dibagikan di balai pekon setempat."
LAST = "Penyaluran tahap berikutnya dijadwalkan bulan depan, kata dia."
CLOSING = f"{LAST} (abc/dfg)"
BOX = (
    "BACAAN LAINNYA Pekon Sukamulya Salurkan Bantuan Bibit Kopi Kepada 30 PetaniDinas Pertanian "
    "Gelar Pelatihan Pupuk OrganikHarga Gabah Kering di Sukaraja Naik Lagi"
)


def _related(page) -> list[str]:
    return [b.text for b in page.boilerplate if b.kind.value == "related"]


@pytest.mark.parametrize(
    "after",
    [
        "“Benih ini kami harapkan segera ditanam sebelum hujan turun,” ujar Kepala Dinas.",
        "Budi Hartono menjelaskan, benih itu berasal dari kebun induk milik provinsi.",
    ],
    ids=["quote", "speakers-whole-name"],
)
def test_a_shouted_related_box_inside_a_paragraph_goes(after: str) -> None:
    page = clean(f"{OPENING} {BEFORE} {BOX} {after} {CLOSING}\n")
    assert page.text == f"{OPENING} {BEFORE} {after} {LAST}"
    assert _related(page) == [BOX]


def test_a_teasers_headline_before_a_speakers_whole_name() -> None:
    # was a known limit of test_clean.py: the headline was cut before `Santoso` only
    raw = (
        "Jakarta - Harga beras naik pekan ini. Baca juga: Pemprov DKI Siapkan Operasi Pasar "
        "Budi Santoso mengatakan stok beras aman."
    )
    page = clean(raw)
    assert page.text == "Jakarta - Harga beras naik pekan ini. Budi Santoso mengatakan stok beras aman."
    assert _related(page) == ["Baca juga: Pemprov DKI Siapkan Operasi Pasar"]


def test_related_reading_in_lowercase_prose_stays() -> None:
    body = f"{OPENING} Warga juga bisa meminjam buku bacaan lainnya dari perpustakaan pekon. {BEFORE}"
    page = clean(f"{body} {CLOSING}\n")
    assert page.text == f"{body} Penyaluran tahap berikutnya dijadwalkan bulan depan, kata dia."
    assert _related(page) == []


@pytest.mark.parametrize(
    ("teaser", "after"),
    [
        # `dini` is a common word: the headline's last word, not the speaker's given name
        (
            "Baca juga: Petani Cabai di Sukaraja Terpaksa Panen Dini",
            "Yusuf pun menambahkan, harga cabai turun sejak awal bulan.",
        ),
        # a given name before an acronym is the headline's (no surname follows it)
        (
            "Baca juga: Warga Pesisir Sukaraja Sambut Bulan Ramadhan",
            "PDAM memastikan pasokan air bersih tetap lancar.",
        ),
    ],
    ids=["common-word-name", "before-an-acronym"],
)
def test_a_headlines_last_name_like_word_stays_in_the_teaser(teaser: str, after: str) -> None:
    page = clean(f"{OPENING} {BEFORE} {teaser} {after} {CLOSING}\n")
    assert page.text == f"{OPENING} {BEFORE} {after} {LAST}"
    assert _related(page) == [teaser]


@pytest.mark.xfail(
    strict=True, reason="a title and an unlisted given name before the speaker stay in the cut box"
)
def test_a_speakers_title_and_unlisted_name_open_the_body() -> None:
    after = "Sekcam Wiryo Abdul Karim mengungkapkan, bantuan itu dibagikan merata."
    page = clean(f"{OPENING} {BEFORE} {BOX} {after} {CLOSING}\n")
    assert page.text == f"{OPENING} {BEFORE} {after} {LAST}"


NAMED = "Perum Jasa Tirta ikut menyalurkan air irigasi ke sawah warga."


def test_a_name_the_page_writes_whole_is_not_split_by_the_teaser() -> None:
    """`Jasa` is a common word, so the title-case reading ends the headline after it; the page names
    `Jasa Tirta` whole elsewhere and a lowercase word goes on after `Tirta`: the body opens with the
    whole name (issue 15)."""
    teaser = "Baca juga: Petani Sukaraja Keluhkan Irigasi Kering Sejak Bulan Lalu"
    after = "Jasa Tirta memastikan pasokan air kembali normal pekan depan."
    page = clean(f"{OPENING} {NAMED} {teaser} {after} {CLOSING}\n")
    assert page.text == f"{OPENING} {NAMED} {after} {LAST}"
    assert _related(page) == [teaser]


@pytest.mark.parametrize(
    ("teasers", "after"),
    [
        # the next teaser follows the pair: the two words are the headline's
        (
            "Baca juga: Petani Sukaraja Keluhkan Irigasi dari Jasa Tirta Baca juga: Warga Minta Perbaikan "
            "Saluran Air",
            "Perbaikan dijadwalkan setelah musim tanam, kata dia.",
        ),
        # a connective is no name's word, though the page repeats the two words
        (
            "Baca juga: Petani Sukaraja Terima Bantuan Periode Februari",
            "Pada rapat bulanan itu, camat meminta petani segera menanam. Pupuk dibagikan Periode Februari "
            "Pada rapat berikutnya.",
        ),
    ],
    ids=["next-teaser", "connective"],
)
def test_a_headlines_last_word_stays_when_no_name_runs_into_the_body(teasers: str, after: str) -> None:
    page = clean(f"{OPENING} {NAMED} {teasers} {after} {CLOSING}\n")
    assert page.text == f"{OPENING} {NAMED} {after} {LAST}"
    assert " ".join(_related(page)) == teasers
