"""Staff deployed to the reported operation, named by a passive verb after their count (issue 15,
session 37; GUIDELINES §5).

The dev gold counts the workers a vaccination post deploys and the news gold the marshals readied
for a race and the personnel sent to restore power: staff working the reported operation take
part in it. A passive deployment verb (``dikerahkan``, ``diterjunkan``, ``disiagakan``) right after
the count, in its own clause, says the count is of such staff. Past a comma the verb is another
noun's, and a target, a capacity, a population, recipients and a yearly total are no count.

Invented Indonesian sentences in the style of regional news; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Sebanyak 300 personel gabungan dikerahkan untuk mengamankan jalannya pertandingan final.",
        [("300 personel", 300, False, 300, 300, "personel")],
    ),
    (
        "Sebanyak 200 personel gabungan diterjunkan untuk pengamanan acara tersebut.",
        [("200 personel", 200, False, 200, 200, "personel")],
    ),
    (
        "Sebanyak 2.500 personel gabungan TNI-Polri disiagakan untuk mengamankan malam tahun baru.",
        [("2.500 personel", 2500, False, 2500, 2500, "personel")],
    ),
    (
        "Kapolres mengatakan 450 personel yang disiagakan ini akan menjaga gereja dan pusat keramaian.",
        [("450 personel", 450, False, 450, 450, "personel")],
    ),
    (
        "Dalam penggalangan dana itu, sebanyak 25 orang relawan diterjunkan di lima titik.",
        [("25 orang relawan", 25, False, 25, 25, "relawan")],
    ),
    # staff sent to a disaster or a search, as the news tune gold counts a rescue team (nr08092):
    # a victims' word past their verb or goal is whom they help (review of session 37, fix37d
    # finding 9: both phrasings agree)
    (
        "Sebanyak 150 personel gabungan diterjunkan ke lokasi banjir.",
        [("150 personel", 150, False, 150, 150, "personel")],
    ),
    (
        "Sebanyak 150 personel gabungan dikerahkan untuk mencari korban.",
        [("150 personel", 150, False, 150, 150, "personel")],
    ),
    (
        "Basarnas mengerahkan 150 personel untuk mencari korban.",
        [("150 personel", 150, False, 150, 150, "personel")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES, ids=[c[0][:40] for c in CASES])
def test_staff_deployed_by_a_passive_verb(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


NEGATIVES = [
    # past a comma the verb is the whole's, not the part's: troops stationed abroad
    "Indonesia memiliki hampir 3.000 personel, termasuk 150 perempuan, yang dikerahkan ke misi PBB.",
    # traders moved, not staff deployed
    "Sebanyak 400 pedagang pasar lama akan disebar ke tiga lokasi penampungan sementara.",
    # people readied to move, not deployed to an operation
    "Sebanyak 2.000 ASN dari 12 kementerian disiapkan untuk pindah ke ibu kota baru.",
    # a target
    "Kegiatan jalan sehat tersebut ditargetkan diikuti 1.000 peserta.",
    # a capacity
    "Gedung serbaguna yang baru diresmikan itu berkapasitas 5.000 orang.",
    # a population
    "Kecamatan Sukamaju kini dihuni oleh 45.000 jiwa penduduk.",
    # recipients who do not attend
    "Dinas Sosial menyalurkan bantuan beras kepada 1.000 penerima bantuan di enam kecamatan.",
    # a yearly total run up since a year
    "Sejak 2015, program pelatihan itu telah diikuti lebih dari 12.000 peserta.",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_no_deployed_staff(text: str) -> None:
    assert extract_participants(text) == []
