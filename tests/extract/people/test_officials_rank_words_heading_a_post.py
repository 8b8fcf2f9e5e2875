"""A rank's word right before a body's word is the post, not a rank (issue 13): `Irjen
Kemenhub` and `Inspektur Jenderal Kementerian …` are the inspector general of a ministry, so
the word stays in the title. Before a name (`Kapolda Jambi Irjen Rusdi Hartono`) the rank is
dropped from both name and title as GUIDELINES §2 asks.

Invented Indonesian sentences; whole officials with spans.
"""

from __future__ import annotations

from extract import extract_article
from extract.records import Official
from tests.extract.test_quotes import _span


def _official(text: str, name: str, title: str) -> Official:
    return Official(name, title, (text.index(title), _span(text, name)[1]), _span(text, name))


TEXT_ACTING = (
    "Plt Irjen Kemenhub Wirawan Soedjatmiko memeriksa laporan keuangan balai pelabuhan di Ambon, Kamis."
)


def test_irjen_before_a_ministry_is_the_post() -> None:
    rec = extract_article(TEXT_ACTING.encode())
    assert rec.officials == (_official(TEXT_ACTING, "Wirawan Soedjatmiko", "Plt Irjen Kemenhub"),)


TEXT_LONG = (
    "Inspektur Jenderal Kementerian Pertanian Darmono Sukirwan meminta pegawai balai benih "
    "menolak gratifikasi, Senin."
)


def test_the_long_form_before_a_ministry_keeps_its_second_word() -> None:
    rec = extract_article(TEXT_LONG.encode())
    assert rec.officials == (
        _official(TEXT_LONG, "Darmono Sukirwan", "Inspektur Jenderal Kementerian Pertanian"),
    )


TEXT_POLICE = "Kapolda Jambi Irjen Rusdi Hartono meninjau pos pengamanan mudik di Muaro Jambi, Jumat."


def test_irjen_before_a_name_stays_a_rank() -> None:
    rec = extract_article(TEXT_POLICE.encode())
    assert rec.officials == (_official(TEXT_POLICE, "Rusdi Hartono", "Kapolda Jambi"),)
