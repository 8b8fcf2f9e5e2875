"""An invented regional page for the cleaner's dateline tests: a title, a lede that an opening
(place, masthead, bars) goes before, and a quoted closing paragraph."""

from __future__ import annotations

TITLE = "Pemkab Sikka Salurkan Bantuan Benih Jagung untuk Kelompok Tani\n"
LEDE = (
    "Pemerintah Kabupaten Sikka menyalurkan bantuan benih jagung kepada dua puluh kelompok tani "
    "di Kecamatan Talibura, Rabu (9/4/2025).\n"
)
LAST = '"Benih ini harus ditanam sebelum hujan berhenti," kata Kepala Dinas Pertanian Yosef Ratu.\n'


def opened_page(opening: str) -> str:
    """The raw page with ``opening`` before the lede on the lede's line."""
    return TITLE + opening + " " + LEDE + LAST


def opened_text(opening: str) -> str:
    """The body the cleaner keeps of ``opened_page(opening)``: the opened lede and the last line."""
    return "\n".join([opening + " " + LEDE.strip(), LAST.strip()])
