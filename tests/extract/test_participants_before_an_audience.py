"""``di depan`` right before a count of a lexicon head noun is the audience an act is done
before, as ``di hadapan`` (issue 15, session 34; GUIDELINES §5: those who attend): ``tampil di
depan ribuan penonton``, when its clause holds a speech verb, a performance or talk, or an event
noun (a speech verb with no other verb between it and the audience: one that reports another
clause says nothing of its act). Elsewhere ``di depan`` is a place or bystanders, and before a
noun the lexicon lacks or a relative it counts no one who attends.

Invented Indonesian sentences in the style of news; whole records with spans, including
sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Menteri memberikan pembekalan di depan 300 kepala sekolah di aula hotel itu.",
        [("300 kepala sekolah", 300, False, 300, 300, "kepala sekolah")],
    ),
    (
        "Pebalap muda itu senang bisa tampil di depan ribuan penonton di sirkuit Mandalika.",
        [("ribuan penonton", None, True, 1000, 9999, "penonton")],
    ),
    # a place, not an audience
    ("Dua polisi berjaga di depan kantor bupati sejak pagi.", []),
    ("Mobil itu diparkir di depan dua rumah warga di ujung gang.", []),
    ("Pelaku ditangkap polisi di depan dua anaknya.", []),
    # bystanders: no speech, performance or event in the clause (review 1 of session 34)
    ("Bus itu terguling di depan puluhan siswa yang sedang menunggu jemputan.", []),
    ("Pria itu nekat membakar diri di depan ratusan pengunjung pusat perbelanjaan.", []),
    # a speech verb reporting another clause is no act before the audience (review 3 of session 34)
    ("Kapolsek menjelaskan mobil itu menabrak pagar sekolah di depan puluhan siswa.", []),
    ("Warga mengatakan pria itu memukul istrinya di depan ratusan penonton.", []),
    # a speech verb in the clause (news-raw nr09604)
    (
        "Wapres menyampaikan hal ini di depan 10 orang CEO perusahaan makanan di Fuzhou.",
        [("10 orang", 10, False, 10, 10, "orang")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_before_an_audience(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
