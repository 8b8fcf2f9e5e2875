"""Counts that are not those who take part in the reported event give nothing (GUIDELINES §5
"Not participant counts"; data/annotations/README.md): recipients who do not attend, a body's
standing staff, a target, places reached, a survey's planned sample, a result of a race, and a
count inside a quote about an earlier event."""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

NOTHING = [
    # recipients of aid handed out, not attending anything
    "Bupati menyerahkan bantuan sembako kepada 250 keluarga penerima manfaat di Kecamatan Sumberejo.",
    # a body's standing staff
    "Saat ini Dinas Kesehatan memiliki 412 pegawai yang tersebar di 30 puskesmas.",
    # a target for next year
    "Tahun depan panitia menargetkan 5.000 peserta dalam lomba lari maraton tersebut.",
    # villages a programme reaches
    "Program sanitasi itu menjangkau 14 desa di Kecamatan Way Tenong.",
    # a survey's planned sample, with no survey reported as done
    "Survei itu menyasar 1.500 responden di 34 provinsi, namun tingkat partisipasi hanya separuhnya.",
    # a score and a result
    "Tim Merah Putih menang dengan skor 3-1 atas Denmark dan lolos ke semifinal.",
    # rivals overtaken in a race; the purpose clause's verb is the overtaking rider's
    "Pebalap itu menyalip 11 rider di depannya sebelum finis di posisi keenam.",
    "Pebalap muda itu menyalip sembilan rider di depannya untuk bisa bersaing di barisan terdepan.",
    # counts of things, a population, voters and a score (moved from test_participants_rank_field.py)
    "Pemerintah kabupaten membangun 150 unit rumah bagi warga yang terdampak banjir bandang.",
    "Jumlah penduduk kelurahan itu mencapai 6.200 jiwa dengan 4.100 pemilih terdaftar.",
    "Tuan rumah menang 3-1 atas tim tamu pada laga pekan ketujuh.",
]


@pytest.mark.parametrize("text", NOTHING, ids=[s[:40] for s in NOTHING])
def test_not_counts_of_the_event(text: str) -> None:
    assert extract_participants(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="a rank out of a field (peringkat 3 dari 20 peserta) is read as the part of a share: "
    "on news-raw no line writes a rank in digits before `dari N <head>` (0 lines reached)",
)
def test_a_rank_is_no_count_known_miss() -> None:
    text = "Atlet muda itu finis di peringkat 3 dari 20 peserta pada nomor 100 meter gaya bebas."
    assert extract_participants(text) == expected_participants(
        text, [("20 peserta", 20, False, 20, 20, "peserta")]
    )


@pytest.mark.xfail(
    strict=True,
    reason="a count inside a quote about an earlier edition is read with the reported event's "
    "cue (dihadiri) in the same sentence: no rule reads the quote's own time (tahun 2015)",
)
def test_a_count_in_a_quote_about_another_event_known_miss() -> None:
    text = (
        '"Dulu, saat festival pertama tahun 2015, yang datang hanya 40 orang," kenang ketua '
        "panitia dalam pembukaan festival yang dihadiri ratusan warga."
    )
    assert extract_participants(text) == expected_participants(
        text, [("ratusan warga", None, True, 100, 999, "warga")]
    )
