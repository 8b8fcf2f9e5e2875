"""Religious titles are not part of a name (GUIDELINES §2, §6): `Kardinal`, `Paus` and `Nabi`
before a name go like `Romo` and `Ustaz` do, and a blessing written after a prophet's name
(`AS`, `SAW`) ends it. `AS` after a name that no religious title opened stays what it is.

Invented Indonesian sentences in the style of national news; the model's entities as given.
"""

from __future__ import annotations

import pytest

from tests.extract.people.test_persons_news import _persons


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Uskup Agung Jakarta Kardinal Ignatius Suharyo memimpin misa malam Natal, Rabu. "
            "Kardinal Suharyo mengajak umat membantu korban banjir di Sumatera.",
            [("Ignatius Suharyo", "PER"), ("Kardinal Suharyo", "PER")],
            [("Ignatius Suharyo", ["Ignatius Suharyo", "Suharyo"])],
        ),
        (
            "Paus Fransiskus menerima delegasi lintas agama dari Indonesia di Vatikan pekan lalu.",
            [("Paus Fransiskus", "PER")],
            [("Fransiskus", ["Fransiskus"])],
        ),
        (
            "Ustaz Hamdan Fauzi mengisahkan keteladanan Nabi Ibrahim AS dan Nabi Ismail AS "
            "kepada jemaah salat Idul Adha di alun-alun kota.",
            [("Hamdan Fauzi", "PER"), ("Nabi Ibrahim AS", "PER"), ("Nabi Ismail AS", "PER")],
            [
                ("Hamdan Fauzi", ["Hamdan Fauzi"]),
                ("Ibrahim", ["Ibrahim"]),
                ("Ismail", ["Ismail"]),
            ],
        ),
        (
            "Peringatan Maulid Nabi Muhammad SAW di masjid desa dihadiri ratusan warga, Minggu.",
            [("Nabi Muhammad SAW", "PER")],
            [("Muhammad", ["Muhammad"])],
        ),
    ],
)
def test_religious_titles_and_blessings_leave_the_name(text, found, expected):
    assert _persons(text, found) == expected


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Pengamat politik AS Hikam menilai koalisi itu rapuh menjelang pemilu.",
            [("AS Hikam", "PER")],
            [("AS Hikam", ["AS Hikam"])],
        ),
        (
            "Seekor paus biru terdampar di pantai selatan, kata nabi palsu yang diamankan polisi.",
            [],
            [],
        ),
    ],
)
def test_initials_and_lowercase_words_stay(text, found, expected):
    assert _persons(text, found) == expected
