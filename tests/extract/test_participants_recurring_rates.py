"""A frequency anywhere in a count's sentence makes it a rate, not the people at the reported
activity (issue 15, session 37; GUIDELINES §5 leaves out statistics). How often the event itself
is held leaves the count.

Invented Indonesian sentences in the style of regional news; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

KEPT = [
    # the frequency says how often the event is held (after a staging verb)
    (
        "Tradisi sedekah bumi itu digelar tiap tahun dan kini semakin meriah karena diikuti ribuan warga.",
        [("ribuan warga", None, True, 1000, 9999, "warga")],
    ),
    # the frequency is the subject event's (before its event noun)
    (
        "Setiap tahun kejuaraan renang ini diikuti 800 atlet dari berbagai provinsi.",
        [("800 atlet", 800, False, 800, 800, "atlet")],
    ),
    # no frequency: the one event's attendance
    (
        "Pengajian akbar di alun-alun itu diikuti sekitar 2.000 jemaah.",
        [("2.000 jemaah", 2000, True, 2000, 2000, "jemaah")],
    ),
    # the frequency of another clause or noun (review of session 37, fix37d finding 7): in a
    # relative clause after the count, the object's own
    (
        "Demo itu diikuti 300 buruh yang menuntut kenaikan upah setiap tahun.",
        [("300 buruh", 300, False, 300, 300, "buruh")],
    ),
    # past a comma: another clause's
    (
        "Ribuan jemaah menghadiri pengajian itu, dan panitia menyediakan 5.000 porsi makanan "
        "setiap hari selama acara.",
        [("Ribuan jemaah", None, True, 1000, 9999, "jemaah")],
    ),
    (
        "Unjuk rasa itu diikuti 500 mahasiswa, padahal setiap hari kampus itu menerima ratusan tamu.",
        [("500 mahasiswa", 500, False, 500, 500, "mahasiswa")],
    ),
    (
        "Sebanyak 300 warga mengikuti senam pagi itu, kata ketua RT yang setiap minggu memimpin senam.",
        [("300 warga", 300, False, 300, 300, "warga")],
    ),
    # an opening frequency governs its own clause only, not one after ``sementara``
    (
        "Setiap tahun, sekitar 3.000 orang tewas akibat kecelakaan, kata polisi, sementara demo hari "
        "ini diikuti 200 buruh.",
        [("200 buruh", 200, False, 200, 200, "buruh")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), KEPT, ids=[c[0][:40] for c in KEPT])
def test_counts_beside_an_events_frequency(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


RATES = [
    # the frequency opens the sentence, before the count's clause
    "Menurut dia, setiap tahun, calon jemaah yang berangkat dari embarkasi itu mencapai 9.000 orang.",
    # between the count and its verb
    "Ia menyebut ada sekitar 300 mahasiswa dari 12 program studi setiap tahunnya terlibat dalam program itu.",
    # after the verb
    "Puluhan orang berbondong-bondong mendatangi kebun binatang mini itu setiap hari.",
    # a staff count per day
    "Setiap hari dinas menerjunkan tiga tim untuk melayani pemeriksaan kesehatan gratis.",
    # a decimal comma breaks no clause (review 2 of session 37, fix37i finding 6): as with
    # ``sepanjang 2 kilometer``
    "Setiap tahun pantai sepanjang 2,5 kilometer itu dikunjungi 3.000 wisatawan.",
]


@pytest.mark.parametrize("text", RATES, ids=[t[:40] for t in RATES])
def test_rates_over_time_are_no_count(text: str) -> None:
    assert extract_participants(text) == []
