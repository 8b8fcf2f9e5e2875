"""A sentence-case teaser whose headline holds a place or a club that the common-word list carries
(`Jakarta`, `Jepang`, `City`, `Real`: no person's names, so listed). A rule of session 38 kept such a
word inside the headline when the page writes it as a name elsewhere; review 4 found it took body
sentences that open with the name and follow no stop, and narrowed to a preposition before the
word it cut 6 headline tails over news-raw, so it was removed: the headline's tail stays in the
body (strict xfails). The pages whose body must be kept whole guard any later rule. The pages
below are written in the style of sports and regional news, not copied.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind

SPORT_LEDE = (
    "Pelatih Pep Guardiola memuji penampilan pemain City saat menjamu Liverpool di Stadion Etihad, "
    "Sabtu (2/9/2023)."
)
CITY_LEDE = (
    "Dinas Kesehatan mencatat lonjakan kasus demam berdarah di Jakarta sepanjang Januari 2024, kata "
    "Kepala Dinas Kesehatan Ani Ruspitawati."
)


@pytest.mark.xfail(
    strict=True,
    reason="a listed place or club the page writes as a name ends a sentence-case teaser's headline "
    "(`… di | City sampai 2026`): the rule that read it inside was removed on review 4 of session 38",
)
@pytest.mark.parametrize(
    ("lede", "before", "teaser", "after"),
    [
        (
            SPORT_LEDE,
            "Laga berakhir imbang 1-1.",
            "Baca juga: Kyle Walker perpanjang kontrak di City sampai 2026",
            "Selain itu, Liverpool tampil tanpa dua pemain andalannya.",
        ),
        (
            CITY_LEDE,
            "Kasus terbanyak ada di Jakarta Timur.",
            "Baca juga: Kemenkes catat kasus demam berdarah di Jakarta naik dua kali lipat",
            "Penyebab kenaikan kasus ini adalah curah hujan yang tinggi.",
        ),
    ],
    ids=["club", "city"],
)
def test_a_name_the_page_writes_stays_in_the_teaser(lede: str, before: str, teaser: str, after: str) -> None:
    page = clean(f"{lede} {before} {teaser} {after}\n")
    assert page.text == f"{lede} {before} {after}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, teaser, LineKind.RELATED)]


@pytest.mark.parametrize(
    ("lede", "teaser", "after"),
    [
        # the common word is written lowercase on the page (`pertandingan`): it opens the sentence
        (
            "Persib menang atas Persebaya dalam pertandingan pekan kelima Liga 1 di Bandung, Minggu.",
            "Baca juga: Persib taklukkan Persebaya 3-0",
            "Pertandingan ini memang sulit bagi tim tamu.",
        ),
        # the name opens a body sentence that a names reading would run past a headline's length
        (
            "Tim nasional esports Indonesia tiba di Bukares, Rumania, untuk kejuaraan dunia, Jumat.",
            "Baca juga: Timnas esports siap berlaga di kejuaraan dunia",
            "Indonesia sebagai juara bertahan tahun lalu diwakili oleh enam atlet muda dari berbagai "
            "daerah pada upacara pembukaan.",
        ),
        # the page writes the name nowhere else: no evidence that it is one
        (
            "Badan Meteorologi memperkirakan cuaca cerah berawan pada Minggu malam.",
            "Baca juga: Kualitas udara pagi ini terburuk ketiga",
            "Jakarta mencatat indeks kualitas udara 160 pada pukul 08.00 WIB.",
        ),
    ],
    ids=["common-word-written-low", "name-opens-long-sentence", "name-nowhere-else"],
)
def test_the_teaser_still_ends_before_the_body(lede: str, teaser: str, after: str) -> None:
    page = clean(f"{lede} Acara berlangsung meriah. {teaser} {after}\n")
    assert page.text == f"{lede} Acara berlangsung meriah. {after}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, teaser, LineKind.RELATED)]


SPEAKER_LEDE = (
    "Penyanyi Andien meluncurkan koleksi busana daur ulang di Jakarta, Kamis. Koleksi itu dijual daring."
)
SPEAKER_TEASER = "Baca juga: Andien dirikan Setali di Jakarta untuk kurangi limbah fesyen"
SPEAKER_BODY = "Managing Director Setali Berta Guritno mengatakan bahan koleksi itu berasal dari kain sisa."


def test_a_speakers_name_after_a_title_is_not_cut() -> None:
    """`… fesyen Managing Director Setali Berta Guritno mengatakan …`: the teaser ends before the
    speaker's title, no word of the speaker's name taken."""
    page = clean(f"{SPEAKER_LEDE} {SPEAKER_TEASER} {SPEAKER_BODY}\n")
    assert page.text.endswith(f" {SPEAKER_BODY}")
    assert [b.kind for b in page.boilerplate] == [LineKind.RELATED]


@pytest.mark.xfail(
    strict=True,
    reason="a teaser whose names reading ends inside the body's speaker falls back to the common-word "
    "reading, which leaves the headline's tail from the listed place on (`Jakarta untuk …`) glued",
)
def test_a_teaser_before_a_titled_speaker_is_cut_whole() -> None:
    page = clean(f"{SPEAKER_LEDE} {SPEAKER_TEASER} {SPEAKER_BODY}\n")
    assert page.text == f"{SPEAKER_LEDE} {SPEAKER_BODY}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, SPEAKER_TEASER, LineKind.RELATED)]


@pytest.mark.parametrize(
    "page_text",
    [
        # a one-line article naming a place after a lowercase word
        "Warga Jakarta Timur memadati Lapangan Banteng untuk menyaksikan pesta kembang api, Minggu malam.",
        # a quoted sentence that names the club
        "“Kami akan bermain menyerang melawan City di kandang sendiri,” kata pelatih Liverpool.\n"
        "Laga Liverpool melawan City digelar di Anfield, Minggu (10/3/2024).",
        # a list of names that is body
        "Hadir dalam acara itu Wali Kota Jakarta Timur M Anwar, Camat Cakung Budi Santoso dan Lurah "
        "Pulo Gebang Siti Aminah.\nAcara ditutup dengan doa bersama warga Jakarta Timur.",
    ],
    ids=["one-line", "quoted", "names-list"],
)
def test_a_page_with_names_and_no_teaser_loses_nothing(page_text: str) -> None:
    page = clean(page_text + "\n")
    assert page.text == page_text
    assert page.boilerplate == ()


# Seen while writing these (session 38, base behaviour, no teaser involved): a page's last line
# without its final stop reads as a related headline left under the body, as navigation
@pytest.mark.xfail(
    strict=True,
    reason="a last body sentence without its stop reads as an unmarked related headline (navigation)",
)
def test_a_last_body_sentence_without_its_stop_stays_body() -> None:
    page_text = (
        "Pemerintah Provinsi DKI Jakarta menggelar pasar murah di lima wilayah kota, Sabtu.\n"
        "Pasar murah berikutnya digelar pekan depan di Jakarta Utara dan Jakarta Selatan"
    )
    page = clean(page_text + "\n")
    assert page.text == page_text
    assert page.boilerplate == ()


# Review 4 of session 38: a name read as one after any word took the body's sentence that the name
# opens when no stop closed the headline
@pytest.mark.parametrize(
    ("lede", "teaser", "body"),
    [
        (
            "Laga Persib kontra Persija digelar di kota Bandung, Minggu (3/3/2024), kata panitia.",
            "Baca juga: Persib kalah di Bandung",
            "Bandung diguyur hujan sejak pagi Akibatnya, laga sempat ditunda.",
        ),
        (
            "Hujan deras mengguyur wilayah Jakarta sejak Minggu pagi, kata petugas BPBD.",
            "Baca juga: Banjir rendam lima kelurahan",
            "Jakarta kembali diguyur hujan sejak pagi Sementara itu, warga mulai mengungsi.",
        ),
        (
            SPORT_LEDE,
            "Baca juga: Walker perpanjang kontrak dua musim",
            "City kembali memimpin klasemen sementara Sementara itu, Arsenal tertahan.",
        ),
    ],
    ids=["same-name-twice", "place-after-a-noun", "club-after-a-noun"],
)
def test_a_name_opening_the_body_stays_body(lede: str, teaser: str, body: str) -> None:
    page = clean(f"{lede} {teaser} {body}\n")
    assert page.text == f"{lede} {body}"
    assert page.title is None
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, teaser, LineKind.RELATED)]


@pytest.mark.xfail(
    strict=True,
    reason="a multi-word place after a teaser's headline is split: the sentence-case reading ends before "
    "its second word (`… di Bekasi Jakarta | Selatan menjadi …`)",
)
def test_a_multi_word_name_is_not_split_between_teaser_and_body() -> None:
    lede = "Hujan deras mengguyur wilayah Jakarta sejak Minggu pagi, kata petugas BPBD."
    teaser = "Baca juga: Banjir rendam lima kelurahan di Bekasi"
    body = "Jakarta Selatan menjadi wilayah terdampak paling parah."
    page = clean(f"{lede} {teaser} {body}\n")
    assert page.text == f"{lede} {body}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, teaser, LineKind.RELATED)]


# A name after a verb, a noun or a comma may open the body's sentence (news-raw: 31 lines whose
# headline tail from such a name on stays glued to the body)
@pytest.mark.xfail(
    strict=True,
    reason="a listed place or club that no preposition takes ends a sentence-case teaser's headline "
    "(`… Liga Champions, | City sukses …`, `… bawa | Indonesia unggul …`): its tail stays in the body",
)
@pytest.mark.parametrize(
    ("lede", "teaser", "body"),
    [
        (
            SPORT_LEDE,
            "Baca juga: Tekuk Inter pada final Liga Champions, City sukses raih treble winners",
            "Pertandingan berikutnya digelar pekan depan.",
        ),
        (
            "Timnas Indonesia U-23 menjamu Turkmenistan di Stadion Manahan, Solo, Sabtu. Pelatih "
            "timnas Indonesia memasang formasi menyerang.",
            "Baca juga: Ivar Jenner bawa Indonesia unggul 1-0 di babak pertama",
            "Pertandingan babak kedua berjalan lebih keras.",
        ),
    ],
    ids=["club-after-a-comma", "country-after-a-verb"],
)
def test_a_name_no_preposition_takes_stays_in_the_teaser(lede: str, teaser: str, body: str) -> None:
    page = clean(f"{lede} {teaser} {body}\n")
    assert page.text == f"{lede} {body}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, teaser, LineKind.RELATED)]
