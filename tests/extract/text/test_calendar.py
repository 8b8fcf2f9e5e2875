"""The calendar grammar (`extract.text.calendar`): month and weekday names, day-first numeric
dates and ISO values, as the date extractor and the cleaner read them."""

from __future__ import annotations

import pytest
import regex

from extract.text.calendar import (
    CalendarDate,
    DateForm,
    find_numeric_dates,
    find_page_dates,
    month_number,
    month_rx,
    page_date,
    page_month,
    parse_iso,
    weekday_number,
    weekday_rx,
)


@pytest.mark.parametrize(
    ("word", "english", "number"),
    [
        ("Agustus", False, 8),
        ("AGUSTUS", False, 8),
        ("Agt.", False, 8),
        ("Nopember", False, 11),
        ("Pebruari", False, 2),
        ("March", False, None),  # also an English word: a page's own date line only
        ("March", True, 3),
        ("August", False, 8),  # no Indonesian word shares it: a month in the body too
        ("August", True, 8),
        ("Covid", False, None),
    ],
)
def test_month_number(word: str, english: bool, number: int | None) -> None:
    assert month_number(word, english=english) == number


@pytest.mark.parametrize(
    ("word", "number"),
    [("Senin", 1), ("jum'at", 5), ("Jum’at", 5), ("AHAD", 7), ("Minggu", 7), ("pekan", None)],
)
def test_weekday_number(word: str, number: int | None) -> None:
    assert weekday_number(word) == number


def test_abbreviations_need_a_capital() -> None:
    """``des`` and ``jan`` in lower case are other words; ``Des`` and ``JAN`` are months."""
    rx = regex.compile(month_rx("m"), regex.V1)
    assert [m.group() for m in rx.finditer("pada 5 Des lalu, des kata jan, 3 JAN 2024")] == ["Des", "JAN"]


def test_weekday_is_a_whole_word() -> None:
    rx = regex.compile(weekday_rx("w"), regex.V1)
    assert [m.group() for m in rx.finditer("Kamisnya batal, Kamis (30/4) jadi")] == ["Kamis"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ketua Dekranasda Provinsi Bali membuka pameran di Museum Geopark, Senin (6/12/2021).",
            [CalendarDate(2021, 12, 6, (72, 83))],
        ),
        (
            "Kegiatan diinisiasi Dinas Perdagangan, Senin(24/8) kemarin.",
            [CalendarDate(None, 8, 24, (44, 50))],
        ),
        ("Rapat koordinasi digelar Rabu (11 /9) di kantor camat.", [CalendarDate(None, 9, 11, (30, 37))]),
        ("Kegiatan Sabtu (19/7/25) diikuti calon mahasiswa.", [CalendarDate(2025, 7, 19, (15, 24))]),
        ("Surat tertanggal 09-06-2025 itu beredar.", [CalendarDate(2025, 6, 9, (17, 27))]),
        # not dates: a score, a ratio, a day that is not on the calendar, a bare d/m without brackets
        ("Tim menang 3/4 dan skor 2-1-0, rasio 31/6, serta (31/6).", []),
        ("Nomor 12/2/2020 dan versi 1.2.3 dirilis.", [CalendarDate(2020, 2, 12, (6, 15))]),
    ],
)
def test_find_numeric_dates(text: str, expected: list[CalendarDate]) -> None:
    assert find_numeric_dates(text) == expected


@pytest.mark.parametrize(
    ("line", "written", "iso", "form"),
    [
        ("Rabu, 01 September 2021 | 10:30 WIB", "Rabu, 01 September 2021", "2021-09-01", DateForm.NAMED),
        ("Oleh Admin - Senin, 3 Mar 2025 10:00", "Senin, 3 Mar 2025", "2025-03-03", DateForm.NAMED),
        ("Published: August 24, 2020", "August 24, 2020", "2020-08-24", DateForm.ENGLISH),
        ("Diperbarui 24/08/2020 - 09:15", "24/08/2020", "2020-08-24", DateForm.NUMERIC),
        ("date 2024-03-24", "2024-03-24", "2024-03-24", DateForm.ISO),
    ],
)
def test_page_date(line: str, written: str, iso: str, form: DateForm) -> None:
    found = page_date(line)
    assert found is not None and (found.iso, found.form) == (iso, form)
    assert line[found.span[0] : found.span[1]] == written


@pytest.mark.parametrize("line", ["Dibaca 1.234 kali", "Selasa, 31 Juni 2025", "Tahun 2024 ditutup"])
def test_page_date_none(line: str) -> None:
    assert page_date(line) is None
    assert find_page_dates(line) == []


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("2022-03", (2022, 3, None)),
        ("2025-06-09", (2025, 6, 9)),
        ("2025-06-09T10:00:00+07:00", (2025, 6, 9)),
        ("2024", (2024, None, None)),
    ],
)
def test_parse_iso(value: str, parsed: tuple[int, int | None, int | None]) -> None:
    assert parse_iso(value) == parsed


@pytest.mark.parametrize("value", ["kemarin", "2025-13-01", "2025-02-30", "20250", "", "0000-01"])
def test_parse_iso_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="ISO date"):
        parse_iso(value)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Diterbitkan: Maret 2022", "2022-03"),
        ("Edisi Agustus 2021 | Redaksi", "2021-08"),
        ("Published March 2022", "2022-03"),
        ("Rabu, 01 September 2021", None),  # a full date is page_date's
        ("Dibaca 1.234 kali", None),
    ],
)
def test_page_month(line: str, iso: str | None) -> None:
    found = page_month(line)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize(
    ("line", "written"),
    [
        (
            "Dibuat Senin, 3 Maret 2025, diperbarui SELASA 4 Maret 2025 pukul 10.00",
            ["Senin, 3 Maret 2025", "SELASA 4 Maret 2025"],
        ),
        ("Jadwal 2 Juni 2025 Senin 9 Juni 2025", ["2 Juni 2025", "Senin 9 Juni 2025"]),
        ("Jum'at, 6 Juni 2025 | Updated: June 7, 2025", ["Jum'at, 6 Juni 2025", "June 7, 2025"]),
        # no date: a weekday glued to the day, a day without its month
        ("Kamis12 Juni 2025 dan Rabu, 5 2025", []),
    ],
)
def test_find_page_dates_weekday(line: str, written: list[str]) -> None:
    """A day name right before a named date is the date's (its span starts there)."""
    assert [line[d.span[0] : d.span[1]] for d in find_page_dates(line)] == written
