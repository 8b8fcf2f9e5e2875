# ruff: noqa: E501  (invented pages, one line a paragraph as scrapers save them)
"""Closers left in article bodies (issue 15): a pointer to the page's video (`Simak video di atas!`),
the syndication note in its other shapes (`Artikel ini tayang di … dengan judul …`, `Berita ini pernah
dimuat di …`, glued to the credit before it), and a press release's follow-us closer with `sukai kami`.
Every page is invented; each construction comes with a body sentence that must stay."""

from __future__ import annotations

import pytest

from extract.clean import CleanedArticle, clean
from tests.clean_pages import cleaned as _page

BODY = "SAMPIT – Kepala dinas perhubungan meninjau terminal bus yang baru dicat ulang bersama camat pada Selasa pagi. Ia meminta sopir angkutan menjaga kebersihan ruang tunggu."


CASES = [
    pytest.param(
        BODY + " Simak video di atas!", _page(BODY, ("Simak video di atas!", "related")), id="video-above"
    ),
    pytest.param(
        BODY + " Tonton selengkapnya video berikut ini.",
        _page(BODY, ("Tonton selengkapnya video berikut ini.", "related")),
        id="video-below",
    ),
    pytest.param(
        BODY + " Warga bisa melihat video di atas akun resmi dinas untuk jadwal terbaru.",
        _page(BODY + " Warga bisa melihat video di atas akun resmi dinas untuk jadwal terbaru."),
        id="video-in-prose-stays",
    ),
    pytest.param(
        BODY + " Artikel ini tayang di Kabarsampit.com dengan judul Dishub Tinjau Terminal Bus Sampit",
        _page(
            BODY,
            (
                "Artikel ini tayang di Kabarsampit.com dengan judul Dishub Tinjau Terminal Bus Sampit",
                "related",
            ),
        ),
        id="syndicated-no-auxiliary",
    ),
    pytest.param(
        BODY
        + " Sebelumnya berita ini telah terbit di Borneo Pos dengan judul: Terminal Sampit Dicat Ulang (Rina/Budi)",
        _page(
            BODY,
            (
                "Sebelumnya berita ini telah terbit di Borneo Pos dengan judul: Terminal Sampit Dicat Ulang",
                "related",
            ),
            ("(Rina/Budi)", "byline"),
            byline="Rina/Budi",
        ),
        id="syndicated-lowercase-credit-after-title",
    ),
    pytest.param(
        BODY + " Berita ini pernah dimuat di Harian Kotim edisi Maret 2019",
        _page(BODY, ("Berita ini pernah dimuat di Harian Kotim edisi Maret 2019", "related")),
        id="syndicated-pernah",
    ),
    pytest.param(
        BODY + " Sumber: BORNEOPOSBerita ini telah tayang di Kabarsampit.com dengan judul: Terminal Bersih",
        _page(
            BODY,
            ("Berita ini telah tayang di Kabarsampit.com dengan judul: Terminal Bersih", "related"),
            ("Sumber: BORNEOPOS", "editor"),
        ),
        id="syndicated-glued-to-source",
    ),
    pytest.param(
        BODY + " Hingga berita ini diterbitkan, pihak pengelola terminal belum memberikan tanggapan.",
        _page(BODY + " Hingga berita ini diterbitkan, pihak pengelola terminal belum memberikan tanggapan."),
        id="until-published-is-prose",
    ),
    pytest.param(
        BODY
        + " Untuk informasi terbaru tentang lomba ini, ikuti kami di Instagram @lombasampit dan sukai kami di Facebook.",
        _page(
            BODY,
            (
                "Untuk informasi terbaru tentang lomba ini, ikuti kami di Instagram @lombasampit dan sukai kami di Facebook.",
                "share",
            ),
        ),
        id="follow-and-like-us",
    ),
    pytest.param(
        BODY + " Panitia meminta peserta mengikuti akun Twitter resmi kabupaten untuk pengumuman pemenang.",
        _page(
            BODY
            + " Panitia meminta peserta mengikuti akun Twitter resmi kabupaten untuk pengumuman pemenang."
        ),
        id="twitter-in-prose-stays",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_closer(raw: str, expected: CleanedArticle) -> None:
    assert clean(raw) == expected
