"""A video teaser closing a paragraph on national pages (issue 15, GUIDELINES §1: a teaser is
boilerplate): a quoted title with its link and no `Video` label, a `juga Video` label after a word
with no stop (a caption or list above lost it), a title after `Simak Video` in title case with
lowercase words and a colon, and a programme glued to `Live`; prose that opens with the same verbs
stays."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

LEDE = (
    "KUPANG - Pemerintah Provinsi Nusa Tenggara Timur menyalurkan 40 ton benih jagung kepada "
    "kelompok tani di Kabupaten Kupang, Selasa (4/6/2024)."
)
MIDDLE = (
    "Kepala Dinas Pertanian mengatakan benih itu dibagikan sebelum musim tanam agar petani tidak "
    'kekurangan bibit," ujarnya.'
)


def _page(last: str) -> str:
    """A scraped article on one line, as the corpus holds it, the teaser glued to its end."""
    return LEDE + " " + MIDDLE + " " + last + "\n"


@pytest.mark.parametrize(
    ("last", "kept", "cut"),
    [
        (
            'Tonton juga "Petani Sumba Panen Jagung di Lahan Kering" di sini:',
            "",
            'Tonton juga "Petani Sumba Panen Jagung di Lahan Kering" di sini:',
        ),
        (
            "Yohanes Lado,Ketua Kelompok Tani Sumber Rejeki Simak juga Video Gubernur: Benih Jagung Cukup "
            "untuk Musim Tanam 2024",
            "Yohanes Lado,Ketua Kelompok Tani Sumber Rejeki",
            "Simak juga Video Gubernur: Benih Jagung Cukup untuk Musim Tanam 2024",
        ),
        (
            "Lihat juga Video: Apakah Harga Jagung Bisa Naik Lagi?",
            "",
            "Lihat juga Video: Apakah Harga Jagung Bisa Naik Lagi?",
        ),
        (
            "'Lihat juga Video: Petani Kupang Tanam Jagung Hibrida'",
            "",
            "'Lihat juga Video: Petani Kupang Tanam Jagung Hibrida'",
        ),
        (
            "Simak Video Penjelasan Kadis soal Benih Jagung: Dibagi Merata ke Desa",
            "",
            "Simak Video Penjelasan Kadis soal Benih Jagung: Dibagi Merata ke Desa",
        ),
        ("Saksikan LiveKupangPagi:", "", "Saksikan LiveKupangPagi:"),
        ("Lihat videonya di atas!", "", "Lihat videonya di atas!"),
    ],
    ids=[
        "quoted-title-link",
        "juga-video-after-caption",
        "juga-video-question",
        "quoted-juga-video",
        "title-with-lowercase-words",
        "programme-glued-to-live",
        "pointer-to-the-video-above",
    ],
)
def test_video_teaser_is_cut(last: str, kept: str, cut: str) -> None:
    page = clean(_page(last))
    assert page.text == " ".join(part for part in (LEDE, MIDDLE, kept) if part)
    assert page.boilerplate == (Boilerplate(1, cut, "related"),)


@pytest.mark.parametrize(
    "last",
    [
        "Lihat saja, lahan yang dulu kering kini ditanami jagung oleh warga.",
        "Tonton Video tersebut diunggah warga ke media sosial dan dibagikan ratusan kali.",
        "Warga merekam penyaluran itu. Simak Video yang beredar, petani tampak mengangkut karung benih.",
        "Petani merekam panen itu. Lihat videonya di atas meja posko, kata petugas kepada warga.",
    ],
    ids=["lihat-saja", "video-verb-prose", "video-then-comma", "videonya-mid-sentence"],
)
def test_prose_opening_with_the_same_verbs_stays(last: str) -> None:
    page = clean(_page(last))
    assert page.text == " ".join((LEDE, MIDDLE, last))
    assert page.boilerplate == ()


@pytest.mark.xfail(
    strict=True,
    reason="`Simak juga`/`Simak pula` after a stop opens a glued teaser whatever follows; a lowercase "
    "word after it (prose) is not told apart yet",
)
def test_simak_juga_opening_a_sentence_stays() -> None:
    last = "Simak juga penjelasan kepala dinas tentang jadwal tanam di setiap kecamatan."
    page = clean(_page(last))
    assert page.text == " ".join((LEDE, MIDDLE, last))
    assert page.boilerplate == ()
