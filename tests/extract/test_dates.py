"""Dates (GUIDELINES §3): real news sentences, whole records with spans, fixed anchors.

Every test fixes its reference or published date; nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.dates import extract_dates
from extract.records import DateMention
from extract.resources import load_lines
from tests.date_records import D
from tests.growth import LINEAR_BOUND, Case, full, growth, scaled

from ..conftest import SHARED

RESOURCES = Path(__file__).resolve().parents[2] / "extract" / "resources"
ISO = re.compile(r"^(?:\d{4}|XXXX)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


# --------------------------------------------------------------------------- positive cases

NO_ANCHOR = [
    # numeric day-first dates with a weekday, any spacing, with or without year
    (
        "Kegiatan ini diinisiasi oleh Dinas Perdagangan, Koperasi, UKM dan Perindustrian Kota di Aula"
        " Kecamatan Bukit Batu, Senin(24/8) kemarin.",
        [D("Senin(24/8) kemarin", (115, 134), "XXXX-08-24")],
    ),
    (
        "Hal itu disampaikan Wakil Bupati Jembrana I Made Kembang Hartawan, Kamis 30/04 menggelar"
        " teleconference dengan puluhan pelaku UKM.",
        [D("Kamis 30/04", (67, 78), "XXXX-04-30")],
    ),
    ("Rakor digelar di Sekam, Rabu, (01/09/2021).", [D("Rabu, (01/09/2021)", (24, 42), "2021-09-01")]),
    ("Rapat koordinasi digelar Rabu (11 /9) di kantor camat.", [D("Rabu (11 /9)", (25, 37), "XXXX-09-11")]),
    (
        "Ketua Dekranasda Provinsi Bali membuka pameran di Museum Geopark, Kintamani, Bangli,"
        " Senin (6/12/2021).",
        [D("Senin (6/12/2021)", (85, 102), "2021-12-06")],
    ),
    ("Kegiatan Sabtu (19/7/25) diikuti calon mahasiswa.", [D("Sabtu (19/7/25)", (9, 24), "2025-07-19")]),
    # a full date keeps its written value even when the weekday does not match (9/5/2025 is a Friday)
    (
        "Hal itu disampaikan Bupati, Senin (9/5/2025), di rumah jabatan.",
        [D("Senin (9/5/2025)", (28, 44), "2025-05-09")],
    ),
    # ranges
    (
        "Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus.",
        [D("24-28 Agustus", (59, 72), "XXXX-08-24", "XXXX-08-28")],
    ),
    (
        "Keringanan retribusi pasar diberikan selama dua bulan, mulai 14 Juli hingga 14 September 2025.",
        [D("14 Juli hingga 14 September 2025", (61, 93), "2025-07-14", "2025-09-14")],
    ),
    (
        "Turnamen voli berlangsung beberapa hari, dimulai dari 30 April sampai dengan 2 Mei 2025.",
        [D("30 April sampai dengan 2 Mei 2025", (54, 87), "2025-04-30", "2025-05-02")],
    ),
    (
        "Bazar UMKM digelar 1 s.d. 3 Maret 2022 di halaman kantor bupati.",
        [D("1 s.d. 3 Maret 2022", (19, 38), "2022-03-01", "2022-03-03")],
    ),
    (
        "Renovasi gedung dikerjakan sejak Maret hingga Agustus 2025 dengan dana hibah provinsi.",
        [D("Maret hingga Agustus 2025", (33, 58), "2025-03", "2025-08")],
    ),
    (
        "Rosmawati juga mempertanyakan laporan keuangan Kota Binjai TA 2020 sd 2023.",
        [D("TA 2020 sd 2023", (59, 74), "2020", "2023")],
    ),
    (
        "Ia menyampaikan bahwa untuk tahun ajaran 2024/2025, Unila membuka akses khusus.",
        [D("tahun ajaran 2024/2025", (28, 50), "2024", "2025")],
    ),
    (
        "Libur panjang Sabtu-Minggu (7-8/6/2025) membuat objek wisata ramai.",
        [D("Sabtu-Minggu (7-8/6/2025)", (14, 39), "2025-06-07", "2025-06-08")],
    ),
    # month and year, years with a cue
    (
        "Tidak hanya itu, lanjut dia, sejak November 2020, Dekranasda Provinsi Bali memberikan pendampingan.",
        [D("November 2020", (35, 48), "2020-11")],
    ),
    (
        "Kegiatan dimulai pekan kedua Maret 2024 di seluruh kecamatan.",
        [D("pekan kedua Maret 2024", (17, 39), "2024-03")],
    ),
    (
        "Dirinya membangun usaha ini sejak tahun 2018, dan dijual dengan kisaran harga mulai dari 5.000.",
        [D("tahun 2018", (34, 44), "2018")],
    ),
    (
        "Kepala Bidang menjelaskan bahwa Tahun 2022 Diskominfosantik Prov. Kalteng akan membina UMKM.",
        [D("Tahun 2022", (32, 42), "2022")],
    ),
    (
        "Proyek jalan Pemkab Wajo tertunda karena APBD Perubahan 2025 belum juga disahkan.",
        [D("2025", (56, 60), "2025")],
    ),
    (
        "Menurut data BPS (2024), jumlah UMKM di Jawa Timur mencapai 9,78 juta.",
        [D("(2024)", (17, 23), "2024")],
    ),
    # enumerations give one point each
    (
        "Panen raya berlangsung pada 24 dan 25 Agustus 2025 di Desa Palangan.",
        [D("24", (28, 30), "2025-08-24"), D("25 Agustus 2025", (35, 50), "2025-08-25")],
    ),
    (
        "Data Juni dan Juli 2025 menunjukkan kenaikan.",
        [D("Juni", (5, 9), "2025-06"), D("Juli 2025", (14, 23), "2025-07")],
    ),
    (
        "Pangsa pasar kredit UMKM naik menjadi 10 persen di 2016, kata dia, dan di 2000 meter tidak ada.",
        [D("2016", (51, 55), "2016")],
    ),
    (
        "Rapat pertama digelar Senin lalu (2/6), sedangkan data 2019 hingga 2024 masih diperiksa.",
        [D("Senin lalu (2/6)", (22, 38), "XXXX-06-02"), D("2019 hingga 2024", (55, 71), "2019", "2024")],
    ),
    # a cue word in place of the weekday; a bare span of years is a period
    (
        "Rapat digelar tanggal 24/8 dan kemarin (25/8) serta hari ini (26/8/2020).",
        [
            D("24/8", (22, 26), "2020-08-24"),
            D("kemarin (25/8)", (31, 45), "2020-08-25"),
            D("hari ini (26/8/2020)", (52, 72), "2020-08-26"),
        ],
    ),
    (
        "Ia menjadi anggota dewan untuk masa bakti 2009 - 2014 dari daerah pemilihan Jawa Barat.",
        [D("2009 - 2014", (42, 53), "2009", "2014")],
    ),
    (
        "Festival digelar di kota Wigtown tanggal 24 sampai 3 Oktober.",
        [D("24 sampai 3 Oktober", (41, 60), "XXXX-09-24", "XXXX-10-03")],
    ),
    (
        "Kunjungan ke Rumah Canting Batik binaan Pemerintah Kota Palangka Raya, Kamis 23 September 2021.",
        [D("Kamis 23 September 2021", (71, 94), "2021-09-23")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_ANCHOR)
def test_dates_without_anchor(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


ANCHORED = [
    # the anchor is the latest full date in the body; the nearest year wins (2025, not 2024)
    (
        "Pameran karya mahasiswa itu berlangsung 29 Juli – 4 Agustus di Bandung dan Cirebon, ujar "
        "Hendra, Minggu, 27 Juli 2025.",
        None,
        None,
        [
            D("29 Juli – 4 Agustus", (40, 59), "2025-07-29", "2025-08-04"),
            D("Minggu, 27 Juli 2025", (97, 117), "2025-07-27"),
        ],
    ),
    # no year is a Friday for 28/9 near 2025: the anchor year stands
    (
        "Sebelumnya sidang ditunda pada Jumat (28/9) lalu, kata Burhanuddin Lato, Selasa (21/10/2025).",
        None,
        None,
        [D("Jumat (28/9) lalu", (31, 48), "2025-09-28"), D("Selasa (21/10/2025)", (73, 92), "2025-10-21")],
    ),
    # the year after the anchor's is nearer
    (
        "Kegiatan akan digelar 15 Januari mendatang di aula kantor bupati.",
        "2024-12-20",
        None,
        [D("15 Januari mendatang", (22, 42), "2025-01-15")],
    ),
    (
        "Kegiatan ini diinisiasi di Aula Kecamatan Bukit Batu, Senin(24/8) kemarin.",
        "2020-09-01",
        None,
        [D("Senin(24/8) kemarin", (54, 73), "2020-08-24")],
    ),
    # the reference date stands in for a missing published date
    (
        "Rapat digelar pada Senin (20/10).",
        None,
        dt.date(2025, 10, 21),
        [D("Senin (20/10)", (19, 32), "2025-10-20")],
    ),
    # the weekday picks the year: 24/8 is a Monday in 2020, not in 2021 or 2019
    (
        "Pelatihan dibuka Senin (24/8).",
        None,
        dt.date(2021, 3, 1),
        [D("Senin (24/8)", (17, 29), "2020-08-24")],
    ),
    # the weekday outweighs "kemarin": 13/1 is a Sunday in 2019, after a page dated December 2018
    (
        "Hal itu disampaikan Yuda kepada Radar Lamsel melalui sambungan telepon, Minggu (13/1) kemarin.",
        "2018-12-22",
        None,
        [D("Minggu (13/1) kemarin", (72, 93), "2019-01-13")],
    ),
    # with no year fitting the weekday, "kemarin" still keeps the date before the page's
    (
        "Hal itu disampaikan Yuda melalui sambungan telepon, Senin (13/1) kemarin.",
        "2018-12-22",
        None,
        [D("Senin (13/1) kemarin", (52, 72), "2018-01-13")],
    ),
    # with no published date, "lalu" is no side of the body's latest date: the nearest year
    (
        "Perbup terbit pada 27 Desember 2019 dan diluncurkan pada tanggal 7 Januari lalu.",
        None,
        None,
        [D("27 Desember 2019", (19, 35), "2019-12-27"), D("7 Januari lalu", (65, 79), "2020-01-07")],
    ),
    # 29/2 exists only in the leap year
    ("Rapat digelar Rabu (29/2) di aula.", "2025-01-05", None, [D("Rabu (29/2)", (14, 25), "2024-02-29")]),
    # relative words and bare weekdays, resolved from the published date
    (
        "Kemarin yang di gudang logistik itu, rupanya tidak ada kegiatan, kata Kepala BPBD, Kamis.",
        "2025-06-09",
        None,
        [D("Kemarin", (0, 7), "2025-06-08"), D("Kamis", (83, 88), "2025-06-05")],
    ),
    (
        "Hari ini adalah momen yang lama dinanti warga desa, kata Bupati.",
        None,
        dt.date(2025, 10, 20),
        [D("Hari ini", (0, 8), "2025-10-20")],
    ),
    (
        "Kantor pelayanan buka Senin-Jumat, kecuali hari libur, kata dia, Kamis lalu.",
        "2025-06-09",
        None,
        [D("Kamis lalu", (65, 75), "2025-06-05")],
    ),
    # "lalu" and "mendatang" keep a missing year on their side of the anchor
    (
        "Banjir Juni lalu merendam desa, dan normalisasi sungai dimulai Agustus mendatang.",
        "2024-02-20",
        None,
        [D("Juni lalu", (7, 16), "2023-06"), D("Agustus mendatang", (63, 80), "2024-08")],
    ),
    # counted relative phrases
    (
        "Kebakaran serupa terjadi tiga hari lalu, dan setahun lalu di desa yang sama.",
        "2025-06-09",
        None,
        [D("tiga hari lalu", (25, 39), "2025-06-06"), D("setahun lalu", (45, 57), "2024")],
    ),
    # the month of a relative year counts from the body's latest full date without a published one
    (
        "Inflasi November tahun lalu lebih rendah, kata Kepala BPS, Senin (9/6/2025).",
        None,
        None,
        [D("November tahun lalu", (8, 27), "2024-11"), D("Senin (9/6/2025)", (59, 75), "2025-06-09")],
    ),
    # a month alone with a time word; an ISO date
    (
        "Banjir Juni lalu merendam ratusan rumah, menurut laporan 2025-06-09.",
        None,
        None,
        [D("Juni lalu", (7, 16), "2025-06"), D("2025-06-09", (57, 67), "2025-06-09")],
    ),
    (
        "Rapat lanjutan digelar besok, sedangkan evaluasi dilakukan Senin depan dan tahun depan.",
        "2025-06-11",
        None,
        [
            D("besok", (23, 28), "2025-06-12"),
            D("Senin depan", (59, 70), "2025-06-16"),
            D("tahun depan", (75, 86), "2026"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "reference", "expected"), ANCHORED)
def test_dates_with_anchor(
    text: str, published: str | None, reference: dt.date | None, expected: list[DateMention]
) -> None:
    assert extract_dates(text, published=published, reference_date=reference) == expected


# --------------------------------------------------------------------------- negative cases

NOT_DATES = [
    "Pelatihan diikuti pelaku usaha yang terdampak pandemi Covid-19 dan pandemi Covid -19.",
    "Kunjungan dilakukan ke Rumah Canting Batik 29, Palangka Raya.",
    "Sementara juara umum OSN Nasional 2024 akhirnya diraih oleh Provinsi Sulawesi Selatan.",
    '"Kita sedang bergerak menuju Indonesia Emas 2045, dan petani muda harus berada di depan," ujarnya.',
    "Kebijakan itu mengacu pada Instruksi Presiden Nomor 4 Tahun 2023 dan Keputusan Presiden Nomor 12.",
    "Pemilihan ketua RT diatur dalam Perda Kota Binjai Nomor 14 tahun 2019 tentang pedoman.",
    "Ketentuan itu merujuk UU No. 39 Tahun 2007 tentang cukai.",
    "Bertepatan dengan Hari Koperasi Nasional ke-78, pinjaman disalurkan.",
    "Pelatihan berlangsung selama 3 hari, magang 1 bulan, dan sudah 4 tahun berturut turut.",
    "Ia sudah berusia 70 tahun dan bekerja selama 30 tahun.",
    "Rapat dimulai pukul 10.00 WIB dan berakhir pukul 12.30 WIB.",
    "Pertumbuhan ekonomi pada triwulan II tahun 2024 mencapai 5 persen.",
    "Warga merayakan hari raya Idul Adha 1446 Hijriyah dengan menyembelih hewan kurban.",
    "Kegiatan itu diikuti 2024 orang dan ditonton hingga 2000 orang.",
    "Turnamen bulu tangkis PBSI Muaro Cup 2 2024 tingkat Provinsi Jambi digelar di gedung olahraga.",
    "Kantor berada di Jalan 17 Agustus, dekat Universitas 17 Agustus 1945.",
    # a military unit's number and its branch abbreviated like a month (Brigif 4 Marinir)
    "Hadir pada acara tersebut Komandan Brigif 4 Mar/BS Kolonel Marinir Ahmad Fajar.",
    "Personel Yonif 7 Mar turut membantu warga membersihkan puing.",
    "Surat bernomor 12/3/2020 dikirim kepada camat.",
    "Harga naik 10/20 persen, rasio 1/2 dan skor 3/4.",
    "Pekan Olahraga Nasional Tahun 2024 digelar di Aceh dan Sumatera Utara.",
    # relative words and bare weekdays need a published (or reference) date
    "Kemarin dia memimpin rapat, hari ini ia ke desa, dan Kamis lalu ke kecamatan.",
    "",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert extract_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kantor buka Senin-Jumat dan tutup setiap Minggu.",
        "Proyek itu butuh waktu dua minggu, bukan Minggu lalu.",
        "Polres kembali menggelar Jumat Curhat bersama warga, usai salat Jumat.",
    ],
)
def test_bare_weekdays_that_are_not_dates(text: str) -> None:
    assert extract_dates(text, published="2025-06-09") == []


ENGLISH_ORDER = [
    # English month-first dates, written with a comma before the year
    ("The festival opened on June 9, 2025 in Bali.", [D("June 9, 2025", (23, 35), "2025-06-09")]),
    (
        "Peluncuran produk itu dijadwalkan pada October 14, 2024 di Surabaya.",
        [D("October 14, 2024", (39, 55), "2024-10-14")],
    ),
    ("Kontrak diteken Selasa, Feb. 6, 2024 di Medan.", [D("Selasa, Feb. 6, 2024", (16, 36), "2024-02-06")]),
    # without a year, or without its comma, the month-first order is not read
    ("Tim tiba pada May 6 di bandara.", []),
    ("Pembicara kedua, August Siregar, 2024 lalu menjabat ketua.", [D("2024 lalu", (33, 42), "2024")]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_ORDER)
def test_english_month_first(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


# --------------------------------------------------------------------------- anchor rules


def test_body_anchor_is_the_latest_full_date() -> None:
    text = "Sejak 4 Juni dan menurut rencana akan rampung pada 15 Oktober 2025, lalu Rabu (4/6/2025)."
    values = [d.value for d in extract_dates(text)]
    assert values == ["2025-06-04", "2025-10-15", "2025-06-04"]


def test_published_beats_reference_and_body() -> None:
    text = "Rapat digelar Senin (24/8), setelah rapat Selasa (1/9/2015)."
    assert (
        extract_dates(text, published="2020-09-01", reference_date=dt.date(2009, 1, 1))[0].value
        == "2020-08-24"
    )
    assert extract_dates(text, reference_date=dt.date(2020, 9, 1))[0].value == "2020-08-24"
    assert extract_dates(text)[0].value == "2015-08-24"


def test_reference_date_accepts_datetime() -> None:
    assert extract_dates("Kemarin", reference_date=dt.datetime(2025, 1, 1, 8, 0))[0].value == "2024-12-31"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"published": "kemarin"}, ValueError),
        ({"published": "2025-13-01"}, ValueError),
        ({"reference_date": "2025-01-01"}, TypeError),
    ],
)
def test_bad_arguments(kwargs: dict, error: type[Exception]) -> None:
    with pytest.raises(error, match=r"published|reference_date"):
        extract_dates("Senin (24/8)", **kwargs)


def test_text_must_be_str() -> None:
    with pytest.raises(TypeError, match="text"):
        extract_dates(b"Senin (24/8)")  # type: ignore[arg-type]


def test_does_not_touch_its_input() -> None:
    text = "Rakor digelar di Sekam, Rabu, (01/09/2021)."
    before = str(text)
    extract_dates(text)
    assert text == before


# --------------------------------------------------------------------------- lexicons


DATA_FILES = sorted(p.name for p in RESOURCES.glob("dates_*.txt"))


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_header_and_entries(name: str) -> None:
    first = (RESOURCES / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# source:") and "licence:" in first
    entries = load_lines(name)
    assert entries, name
    assert len(entries) == len(set(entries)), f"duplicates in {name}"
    assert all(e == " ".join(e.split()) for e in entries), f"stray spaces in {name}"


def test_month_and_weekday_keys() -> None:
    months = [line.split() for line in load_lines("months.txt")]
    assert all(len(r) == 3 and r[0] == r[0].lower() and r[2] in ("full", "abbr", "en") for r in months)
    assert {int(r[1]) for r in months} == set(range(1, 13))
    weekdays = [line.split() for line in load_lines("weekdays.txt")]
    assert {int(r[1]) for r in weekdays} == set(range(1, 8))
    assert len({r[0] for r in months}) == len(months)
    for line in load_lines("dates_relative.txt"):
        unit, offset, phrase = line.split(maxsplit=2)
        assert (
            unit in ("day", "weekend", "week", "month", "year")
            and int(offset) in range(-2, 3)
            and phrase == phrase.lower()
        )
    for line in load_lines("dates_year_cues.txt"):
        assert line.split()[0] in ("keep", "drop", "part", "budget", "month", "era", "hijri")


def test_months_cover_dateparser_indonesian_data() -> None:
    """Every Indonesian month name dateparser knows (its id locale) is in our list."""
    loader = pytest.importorskip("dateparser.languages.loader")
    info = loader.default_loader.get_locale("id").info
    ours = {line.split()[0] for line in load_lines("months.txt") if not line.endswith(" en")}
    names = {
        n.lower()
        for key in (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        )
        for n in info[key]
        if len(n) >= 3 and not n.lower().startswith("dj")
    }
    assert names - ours <= {"mai"}, names - ours


# --------------------------------------------------------------------------- robustness


def _check(text: str, mentions: list[DateMention]) -> None:
    starts = [m.span[0] for m in mentions]
    assert starts == sorted(starts)
    for a, b in itertools.pairwise(mentions):
        assert a.span[1] <= b.span[0], (a, b)
    for m in mentions:
        assert text[m.span[0] : m.span[1]] == m.text
        assert ISO.match(m.value), m
        assert m.end is None or ISO.match(m.end), m


_WORDS = ["Senin", "Kamis", "Minggu", "Agustus", "Mei", "Des", "tahun ", "TA ", "hingga", "s.d.", "sd"]
_WORDS += ["2024", "kemarin", "hari ini", "Nomor ", "APBD "]
_ALPHABET = st.sampled_from([*"0123456789/.-–(), \n", *_WORDS])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(st.text(max_size=300), st.lists(_ALPHABET, max_size=60).map("".join)),
    published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
)
def test_never_raises_and_spans_are_consistent(text: str, published: str | None) -> None:
    _check(text, extract_dates(text, published=published))


ADVERSARIAL = [
    "1.1." * 250_000,
    "9" * 100_000,
    ("Senin (24/8) " * 8000),
    scaled(("(", 50_000), "24/8/2020", (")", 50_000)),
    "Rp Rp Rp " * 12_000,
    scaled(("24-", 30_000), "28 Agustus"),
    scaled(("tahun ", 16_000), "2024"),
    "a" * 100_000,
    scaled((" ", 100_000), "Senin (24/8)"),
    scaled(("Januari, ", 11_000), "dan Maret 2024"),
    "2024 hingga " * 8_000,
]


@pytest.mark.parametrize("case", ADVERSARIAL, ids=lambda c: repr(full(c)[:12]))
def test_adversarial_input_is_fast(case: Case) -> None:
    def run(t: str):
        return extract_dates(t, published="2020-09-01")

    assert growth(run, case) < LINEAR_BOUND
    text = full(case)
    _check(text, run(text))


# --------------------------------------------------------------------------- dev set


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "dev" / "gold").is_dir(), reason=f"needs the shared dev set at {SHARED}")
def test_dev_gold_bodies_f1() -> None:
    """On the gold body lines (the cleaner left out), dates F1 stays at or above 0.95."""
    tp = fp = fn = 0
    for path in sorted((SHARED / "dev" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        found = extract_dates("\n".join(gold["body"]), published=gold.get("published"))
        pred = {(d.value, d.end) for d in found}
        want = {(d["value"], d["end"]) for d in gold.get("dates", [])}
        tp, fp, fn = tp + len(pred & want), fp + len(pred - want), fn + len(want - pred)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    assert f1 >= 0.95, (tp, fp, fn)


# --------------------------------------------------------------------------- issue 15 classes

ISSUE15 = [
    # a year glued to its cue word
    ("Program itu sudah dianggarkan sejak tahun2020 oleh dinas.", None, [D("tahun2020", (36, 45), "2020")]),
    # cohort and budget years (GUIDELINES §3: programme and school years are dates)
    ("Mahasiswa angkatan 2019 mengikuti wisuda.", None, [D("angkatan 2019", (10, 23), "2019")]),
    ("Penggunaan Dana Desa 2024 diawasi inspektorat.", None, [D("2024", (21, 25), "2024")]),
    ("Sisa dana BOS 2023 dikembalikan ke kas daerah.", None, [D("2023", (14, 18), "2023")]),
    # a year inside a quotation
    (
        "“Pada tahun 2023 kami sudah mulai menanam jagung,” kata Kepala Desa.",
        None,
        [D("tahun 2023", (6, 16), "2023")],
    ),
    # ranges whose only year is at their end, across New Year
    (
        "Libur sekolah berlangsung 30 Desember sampai 2 Januari 2025.",
        None,
        [D("30 Desember sampai 2 Januari 2025", (26, 59), "2024-12-30", "2025-01-02")],
    ),
    (
        "Posko dibuka Senin (30/12) hingga Kamis (2/1/2025) di terminal.",
        None,
        [D("Senin (30/12) hingga Kamis (2/1/2025)", (13, 50), "2024-12-30", "2025-01-02")],
    ),
    (
        "Program berjalan Desember hingga Januari 2025.",
        None,
        [D("Desember hingga Januari 2025", (17, 45), "2024-12", "2025-01")],
    ),
    # relative words at their own granularity, with a published date
    (
        "Rapat evaluasi digelar pekan lalu di aula.",
        "2025-01-08",
        [D("pekan lalu", (23, 33), "2024-12-30", "2025-01-05")],
    ),
    (
        "Harga beras terus naik sejak dua bulan lalu.",
        "2024-03-24",
        [D("dua bulan lalu", (29, 43), "2024-01")],
    ),
    (
        "Harga beras naik bulan ini dan diperkirakan stabil tahun ini.",
        "2024-03-24",
        [D("bulan ini", (17, 26), "2024-03"), D("tahun ini", (51, 60), "2024")],
    ),
    (
        "Rapat lanjutan digelar tanggal 24 bulan ini di aula kantor camat.",
        "2025-06-09",
        [D("24 bulan ini", (31, 43), "2025-06-24")],
    ),
    # "24 bulan lalu" without "tanggal" counts months
    ("Bantuan itu terakhir cair 24 bulan lalu.", "2025-06-09", [D("24 bulan lalu", (26, 39), "2023-06")]),
    # lower-case, or opening a sentence, "minggu lalu" is last week
    (
        "Harga cabai naik sejak minggu lalu. Minggu lalu pasokan juga turun.",
        "2025-06-09",
        [
            D("minggu lalu", (23, 34), "2025-06-02", "2025-06-08"),
            D("Minggu lalu", (36, 47), "2025-06-02", "2025-06-08"),
        ],
    ),
    # a month-level published date resolves month words, not day words
    ("Dana cair bulan lalu, kemarin baru dicek.", "2022-03", [D("bulan lalu", (10, 20), "2022-02")]),
    # counted weeks are weeks, Monday to Sunday; a weekday of a named week is that day
    (
        "Gudang itu terbakar dua pekan lalu.",
        "2025-06-11",
        [D("dua pekan lalu", (20, 34), "2025-05-26", "2025-06-01")],
    ),
    (
        "Posko banjir ditutup sepekan lalu.",
        "2025-06-11",
        [D("sepekan lalu", (21, 33), "2025-06-02", "2025-06-08")],
    ),
    (
        "Pasar murah digelar Sabtu pekan lalu di halaman kantor lurah.",
        "2025-06-11",
        [D("Sabtu pekan lalu", (20, 36), "2025-06-07")],
    ),
    (
        "Vaksinasi lanjutan dijadwalkan Rabu minggu depan.",
        "2025-06-11",
        [D("Rabu minggu depan", (31, 48), "2025-06-18")],
    ),
    # the weekend of a named week: its Saturday to its Sunday
    (
        "Lomba layang-layang digelar akhir pekan lalu di pantai.",
        "2025-06-11",
        [D("akhir pekan lalu", (28, 44), "2025-06-07", "2025-06-08")],
    ),
    (
        "Akhir minggu ini, jalan utama ditutup untuk karnaval.",
        "2025-06-11",
        [D("Akhir minggu ini", (0, 16), "2025-06-14", "2025-06-15")],
    ),
    # two full numeric dates joined by a bare dash: one range, across New Year too
    (
        "Bazar buku berlangsung 27/12/2025-4/1/2026 di gedung serbaguna.",
        None,
        [D("27/12/2025-4/1/2026", (23, 42), "2025-12-27", "2026-01-04")],
    ),
    (
        "Pendaftaran (2/6/2025-13/6/2025) dibuka secara daring.",
        None,
        [D("2/6/2025-13/6/2025", (13, 31), "2025-06-02", "2025-06-13")],
    ),
    # a word between the weekday and its bracketed date: tadi, a relative week, a time zone
    (
        "Koperasi itu Selasa tadi (10/6) menggelar rapat anggota.",
        "2025-06-11",
        [D("Selasa tadi (10/6)", (13, 31), "2025-06-10")],
    ),
    (
        "Sidang lanjutan digelar Kamis pekan depan (19/06) di pengadilan.",
        "2025-06-11",
        [D("Kamis pekan depan (19/06)", (24, 49), "2025-06-19")],
    ),
    (
        "Final digelar Minggu dini hari WIB (8/6) di Lisbon.",
        "2025-06-11",
        [D("Minggu dini hari WIB (8/6)", (14, 40), "2025-06-08")],
    ),
    # a day and month of a relative year; a range from a day to a month
    (
        "Izin itu berlaku hingga 30 April tahun depan.",
        "2025-06-11",
        [D("30 April tahun depan", (24, 44), "2026-04-30")],
    ),
    ("Kantor itu tutup 30 Februari tahun depan.", "2025-06-11", []),
    (
        "Subsidi diberikan sejak 15 Maret 2025 hingga Mei 2025.",
        None,
        [D("15 Maret 2025 hingga Mei 2025", (24, 53), "2025-03-15", "2025-05")],
    ),
    # a bracketed day and month after the place "di"/"ke" names; not after other words
    (
        "Gubernur meninjau panen jagung di Desa Mekarjaya (14/5) bersama kelompok tani.",
        "2025-06-11",
        [D("(14/5)", (49, 55), "2025-05-14")],
    ),
    ("Petenis itu menang 6-4, 7-6 (7/4) di babak kedua.", "2025-06-11", []),
    ("Lihat Lampiran (2/3) dalam dokumen itu.", "2025-06-11", []),
    # a dash to anything but a full date, or a letter number, is no range
    ("Kode berkas 12/3/2024-5 dicetak ulang.", None, []),
    ("Surat Nomor 14/2/2025-7/3/2025 dicabut.", None, []),
    # "selama dua minggu lalu …": a duration, then "lalu" (then)
    ("Ia dirawat selama dua minggu lalu dipulangkan.", "2025-06-11", []),
    # a year followed by a time word needs no cue; not inside an event name, a law or traffic
    ("“Banjir serupa terjadi 2017 silam,” kata warga.", None, [D("2017 silam", (23, 33), "2017")]),
    ("“Target 2025 ini dua kali lipat,” ujarnya.", None, [D("2025", (8, 12), "2025")]),
    ("Sejak Pekan Olahraga Provinsi 2022 lalu, stadion itu kosong.", None, []),
    ("Qanun Nomor 3 Tahun 2021 lalu direvisi.", None, []),
    ("Kecelakaan 2024 lalu lintas tercatat di Polres.", None, []),
    # "anggaran" is a budget word like APBD
    ("Pagu anggaran 2026 untuk jalan desa naik.", None, [D("2026", (14, 18), "2026")]),
    # a part of the day between the weekday and its date; a year before 1900 after a day and month
    (
        "Puting beliung melanda Desa Sukamaju pada Selasa sore, 4 Februari 2025.",
        None,
        [D("Selasa sore, 4 Februari 2025", (42, 70), "2025-02-04")],
    ),
    (
        "Patroli gabungan digelar Sabtu malam (6/9/2025) di jalur pantura.",
        None,
        [D("Sabtu malam (6/9/2025)", (25, 47), "2025-09-06")],
    ),
    (
        "Pahlawan itu gugur pada 10 November 1888 di Aceh.",
        None,
        [D("10 November 1888", (24, 40), "1888-11-10")],
    ),
    ("Pada 17 Agustus 1500 orang mengikuti upacara.", None, [D("17 Agustus", (5, 15), "XXXX-08-17")]),
    # "kemarin"/"lalu" after the weekday, before its date: one mention
    (
        "Bentrok terjadi di Cimahi, Jumat kemarin, 12 September 2025.",
        None,
        [D("Jumat kemarin, 12 September 2025", (27, 59), "2025-09-12")],
    ),
    # a list of three month names, or two after "bulan", needs no year; two names alone may be people
    (
        "Bantuan diberikan tiga bulan, yaitu Oktober, November, dan Desember.",
        "2025-09-20",
        [
            D("Oktober", (36, 43), "2025-10"),
            D("November", (45, 53), "2025-11"),
            D("Desember", (59, 67), "2025-12"),
        ],
    ),
    ("Ia bertemu Juni dan Mei di pasar induk.", "2025-09-20", []),
    # village funds and surpluses written by their acronyms
    ("Pencairan ADD 2025 tahap pertama sudah rampung.", None, [D("2025", (14, 18), "2025")]),
    ("SiLPA 2024 sebesar Rp 3 miliar akan dipakai lagi.", None, [D("2024", (6, 10), "2024")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ISSUE15, ids=[c[0][:40] for c in ISSUE15])
def test_issue15_dates(text: str, published: str | None, expected: list[DateMention]) -> None:
    assert extract_dates(text, published=published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rapat digelar pekan lalu dan bulan ini.",  # no published date: relative words are not extracted
        "Kafe itu ramai akhir pekan lalu.",
        "Dia sudah bekerja di sana selama dua minggu lalu pindah.",
    ],
)
def test_issue15_relative_needs_published(text: str) -> None:
    assert extract_dates(text) == []


# The criminal code and its procedure are named by their year (read on news-raw 0-1199): no date.
CODES = [
    ("Dakwaan jaksa merujuk Pasal 263 KUHP Tahun 2023 tentang berita bohong.", []),
    ("Hakim merujuk KUHAP Tahun 1981 dalam putusannya.", []),
    ("Revisi KUHAP dibahas sejak tahun 2024.", [D("tahun 2024", (27, 37), "2024")]),
    ("KUHP baru mulai berlaku pada 2 Januari 2026.", [D("2 Januari 2026", (29, 43), "2026-01-02")]),
]


@pytest.mark.parametrize(("text", "expected"), CODES, ids=[c[0][:40] for c in CODES])
def test_a_codes_year_is_its_name(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
