"""Dates on pages the rules were not shaped on (issue 15): lists joined by "atau", a weekday
with its date in brackets, cohort, budget and report years, a year glued to its month, a part
word opening a range's end (akhir Mei hingga awal Juni 2018), a year in brackets after its month,
"tanggal" repeated after a range's connector, an upcoming date shortly before the body's latest
date, the year of a law's name after its capitalised words (UUD NRI Tahun 1945), a day word
before a weekday and its date (hari ini, Jumat (29/5)), a relative word after a name's number
(COP28 tahun ini), a tax year after a name with a digit (PBB-P2 tahun 2026), a clock time
written with dots next to a time zone or "pukul" (04.04.09 WIB), a range whose dash is typed
twice (18--20 September 2023), the months of a breakdown with bare or bracketed counts
(Januari ada 18, Februari 10; Februari (4), dan Maret (11)), a budget's year after its region
(APBD Kabupaten X Tahun 2024, APBD murni 2024), a stage's number before "tahun" (tahap 1 tahun
2024) and "memasuki 2024"; a year after "dibandingkan dengan", "pramusim" or "kelahiran", and a
week of a month with a spaced ordinal (minggu ke empat April); a budget year's two-word cue after
a capitalised name (Kabupaten X Tahun Anggaran 2023, not at a regulation title's end), with its
short form in brackets (Tahun Anggaran (TA) 2024) or glued (Ta.2023), after Covid-19 and "ditahun";
a season of the year before it (musim panas 2026) and "periode sama 2022".

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

CASES = [
    # "atau" closes a list like "dan": the year at its end belongs to every item
    (
        "Perbaikan jembatan dimulai Juli atau Agustus 2024 setelah lelang.",
        None,
        [D("Juli", (27, 31), "2024-07"), D("Agustus 2024", (37, 49), "2024-08")],
    ),
    (
        "Bantuan pangan cair pada Maret, April, atau Mei 2025 di tiap desa.",
        None,
        [
            D("Maret", (25, 30), "2025-03"),
            D("April", (32, 37), "2025-04"),
            D("Mei 2025", (44, 52), "2025-05"),
        ],
    ),
    (
        "Musyawarah desa digelar tanggal 14 atau 15 Oktober 2023 di balai desa.",
        None,
        [D("14", (32, 34), "2023-10-14"), D("15 Oktober 2023", (40, 55), "2023-10-15")],
    ),
    # two month names alone, with no cue, may be people
    ("Warga memilih Juni atau Juli untuk pindah rumah.", None, []),
    # the weekday next to a date in brackets is part of the mention
    (
        "Lomba perahu digelar Sabtu (9 Agustus 2025) di Sungai Kahayan.",
        None,
        [D("Sabtu (9 Agustus 2025)", (21, 43), "2025-08-09")],
    ),
    (
        "Festival dibuka pada hari Minggu (12 Oktober) oleh camat.",
        "2025-10-15",
        [D("Minggu (12 Oktober)", (26, 45), "2025-10-12")],
    ),
    (
        "Panen raya berlangsung Kamis pagi (3 April 2025) di Desa Tanjung.",
        None,
        [D("Kamis pagi (3 April 2025)", (23, 48), "2025-04-03")],
    ),
    # cohort, recruitment and report years; the end of a year; an acronym in brackets before its year
    (
        "Ia tercatat sebagai alumni 2012 dan lulusan 2016 kampus itu.",
        None,
        [D("2012", (27, 31), "2012"), D("2016", (44, 48), "2016")],
    ),
    ("Harga gabah anjlok pada penghujung 2024 di Kabupaten Grobogan.", None, [D("2024", (35, 39), "2024")]),
    ("Sebanyak 120 CPNS formasi 2024 menerima surat keputusan.", None, [D("2024", (26, 30), "2024")]),
    (
        "Pagu belanja Rancangan Anggaran Pendapatan dan Belanja Daerah (RAPBD) 2026 dibahas dewan.",
        None,
        [D("2026", (70, 74), "2026")],
    ),
    ("Auditor memeriksa laporan keuangan 2024 milik koperasi.", None, [D("2024", (35, 39), "2024")]),
    ("Kelompok tani menyusun program kerja 2026 bersama penyuluh.", None, [D("2026", (37, 41), "2026")]),
    # a count is still no year
    ("Sebanyak 2015 alumni hadir pada reuni akbar.", None, []),
    # a bare month after a word that schedules it; after a verb, not when a name goes on
    ("Pencairan BLT periode Februari dilakukan di balai desa.", None, [D("Februari", (22, 30), "XXXX-02")]),
    (
        "Dana desa tahap pertama paling lambat Juli harus cair.",
        "2024-05-02",
        [D("Juli", (38, 42), "2024-07")],
    ),
    ("Proyek itu ditargetkan rampung, lalu dilaksanakan Agustus.", None, [D("Agustus", (50, 57), "XXXX-08")]),
    ("Acara itu dilaksanakan Juni Astuti bersama kader posyandu.", None, []),
    # a month to a day is one range, also after "dari" (which alone is no cue)
    (
        "Dari Januari sampai dengan 20 Mei 2025 penjualan naik.",
        None,
        [D("Januari sampai dengan 20 Mei 2025", (5, 38), "2025-01", "2025-05-20")],
    ),
    (
        "Sejak Desember hingga 5 Januari 2025 kasus naik.",
        None,
        [D("Desember hingga 5 Januari 2025", (6, 36), "2024-12", "2025-01-05")],
    ),
    ("Ia belajar dari Juni dan Mei tentang menanam padi.", None, []),
    # two months after a cue word ("selama", "pada") are a list like three
    (
        "Ekonomi tumbuh positif selama Juni dan Juli di kabupaten itu.",
        "2025-08-14",
        [D("Juni", (30, 34), "2025-06"), D("Juli", (39, 43), "2025-07")],
    ),
    # a monthly breakdown: each month with its count or amount
    (
        "Kasus DBD tercatat Januari 12 kasus, Februari 1.205 orang dan Maret sebanyak 40 kasus.",
        "2024-04-10",
        [
            D("Januari", (19, 26), "2024-01"),
            D("Februari", (37, 45), "2024-02"),
            D("Maret", (62, 67), "2024-03"),
        ],
    ),
    ("Juni 23 tahun tinggal di desa itu bersama neneknya.", None, []),
    # a range with no year sits where the whole range is nearest the anchor (not its start alone)
    (
        "Realisasi pajak daerah Januari-September naik 12 persen.",
        "2022-10-20",
        [D("Januari-September", (23, 40), "2022-01", "2022-09")],
    ),
    (
        "Penyaluran pupuk 1 hingga 30 November berjalan lancar.",
        "2024-12-02",
        [D("1 hingga 30 November", (17, 37), "2024-11-01", "2024-11-30")],
    ),
    (
        "Pendaftaran dibuka 2 hingga 6 Januari mendatang.",
        "2024-12-20",
        [D("2 hingga 6 Januari mendatang", (19, 47), "2025-01-02", "2025-01-06")],
    ),
    # a year glued to its month, as pages lose a space
    (
        "Bazar UMKM digelar pada 21 Juni2025 di alun-alun.",
        None,
        [D("21 Juni2025", (24, 35), "2025-06-21")],
    ),
    # a part word (awal, akhir, pertengahan) after the connector: one range, the end's year for both
    (
        "Penyaluran beras berlangsung akhir Mei hingga pertengahan Juni 2018 di tiap kelurahan.",
        None,
        [D("Mei hingga pertengahan Juni 2018", (35, 67), "2018-05", "2018-06")],
    ),
    (
        "Posko mudik dibuka akhir Desember hingga awal Januari 2025.",
        None,
        [D("Desember hingga awal Januari 2025", (25, 58), "2024-12", "2025-01")],
    ),
    # ... and before a list's last month; "bulan" before the first month is part of it
    (
        "Gaji ke-13 cair pada Juni atau awal Juli 2018.",
        None,
        [D("Juni", (21, 25), "2018-06"), D("Juli 2018", (36, 45), "2018-07")],
    ),
    (
        "Diskon berlaku selama bulan Mei dan Juni 2026 bagi pelanggan baru.",
        None,
        [D("bulan Mei", (22, 31), "2026-05"), D("Juni 2026", (36, 45), "2026-06")],
    ),
    # a year in brackets after its month or day and month
    ("Musda partai akan digelar Desember (2019) di Palu.", None, [D("Desember (2019)", (26, 41), "2019-12")]),
    (
        "Tarif baru berlaku pada tanggal 1 Januari (2027) bagi semua pelanggan.",
        None,
        [D("1 Januari (2027)", (32, 48), "2027-01-01")],
    ),
    # the first slash of a numeric date typed twice
    (
        "Bupati meresmikan pasar itu, Selasa (15//5/2018) pagi.",
        None,
        [D("Selasa (15//5/2018)", (29, 48), "2018-05-15")],
    ),
    # a bracketed day and month after "di", a building and its town after a comma; not after a score
    (
        "Wabup membuka pameran batik di Gedung Juang, Purwakarta (9/5).",
        "2025-05-12",
        [D("(9/5)", (56, 61), "2025-05-09")],
    ),
    ("Kedudukan 21-19 (2/1) membuat tuan rumah unggul.", None, []),
    # a budget ceiling's year is a budget year; a mixed-case event name's year is no date
    (
        "Serapan anggaran baru 30 persen dari pagu 2025 sebesar Rp 2 triliun.",
        None,
        [D("2025", (42, 46), "2025")],
    ),
    ("Juara MotoGP 2024 lalu itu kembali membalap di Mandalika.", None, []),
    # "tanggal" repeated after a range's connector: still one range
    (
        "Kuota habis untuk tanggal 18 September 2023 sampai dengan tanggal 24 September 2023.",
        None,
        [
            D(
                "18 September 2023 sampai dengan tanggal 24 September 2023",
                (26, 83),
                "2023-09-18",
                "2023-09-24",
            )
        ],
    ),
    (
        "Pasar murah digelar tanggal 3 hingga tanggal 7 Juni 2024 di tiap kecamatan.",
        None,
        [D("3 hingga tanggal 7 Juni 2024", (28, 56), "2024-06-03", "2024-06-07")],
    ),
    ("Warga menunggu hingga tanggal gajian tiba untuk berbelanja.", None, []),
    # an upcoming date shortly before the body's latest date (no published date): that year;
    # with a published date, or months before the latest date, "nanti" keeps it on or after
    (
        "Uji coba digelar 25-30 September 2023, dan kuota dibuka lagi pada 24 September nanti.",
        None,
        [
            D("25-30 September 2023", (17, 37), "2023-09-25", "2023-09-30"),
            D("24 September nanti", (66, 84), "2023-09-24"),
        ],
    ),
    (
        "Uji coba digelar 25-30 September 2023, dan kuota dibuka lagi pada 24 September nanti.",
        "2023-09-26",
        [
            D("25-30 September 2023", (17, 37), "2023-09-25", "2023-09-30"),
            D("24 September nanti", (66, 84), "2024-09-24"),
        ],
    ),
    (
        "Masa jabatannya berakhir pada 31 Desember mendatang, kata juru bicara, Jumat (29/5/2026).",
        None,
        [D("31 Desember mendatang", (30, 51), "2026-12-31"), D("Jumat (29/5/2026)", (71, 88), "2026-05-29")],
    ),
    # a day word right before a weekday and its date is one mention with it; not across a stop
    (
        "IHSG ditutup menguat pada perdagangan hari ini, Jumat (29/5).",
        "2026-05-29",
        [D("hari ini, Jumat (29/5)", (38, 60), "2026-05-29")],
    ),
    (
        "Surat panggilan kedua sudah dikirim. Kemarin Selasa (12/9) surat itu diterima.",
        None,
        [D("Kemarin Selasa (12/9)", (37, 58), "XXXX-09-12")],
    ),
    (
        "Pemain baru itu menjalani tes medis pada hari ini, Kamis waktu setempat.",
        "2023-09-14",
        [D("hari ini, Kamis", (41, 56), "2023-09-14")],
    ),
    (
        "Diskon besar hadir besok, Minggu 24 Mei 2026 di seluruh gerai.",
        "2026-05-23",
        [D("besok, Minggu 24 Mei 2026", (19, 44), "2026-05-24")],
    ),
    (
        "Ia tiba kemarin. Selasa (12/9) rapat pleno digelar di kantor KPU.",
        "2023-09-13",
        [D("kemarin", (8, 15), "2023-09-12"), D("Selasa (12/9)", (17, 30), "2023-09-12")],
    ),
    # a number of a name (COP28, ke-10, Singapore Open 2026) before a relative word is no count;
    # a count or an age before it still is
    (
        "Para pemimpin dunia akan berkumpul dalam COP28 tahun ini di Dubai.",
        "2023-09-10",
        [D("tahun ini", (47, 56), "2023")],
    ),
    (
        "Indonesia menjadi tuan rumah World Water Forum ke-10 tahun depan.",
        "2023-09-10",
        [D("tahun depan", (53, 64), "2024")],
    ),
    (
        "Berikut jadwal Singapore Open 2026 hari ini di Singapore Indoor Stadium.",
        "2026-06-02",
        [D("hari ini", (35, 43), "2026-06-02")],
    ),
    ("Tunggal putri 23 tahun ini mengakhiri perlawanan lawannya.", "2023-09-10", []),
    ("Kegiatan yang berlangsung selama dua hari ini diikuti 300 peserta.", "2023-09-10", []),
    # a digit glued to letters before "tahun" is a name's (a tax's), not a law's number
    (
        "Warga mendapat pengurangan pokok PBB-P2 tahun 2026 hingga 50 persen.",
        None,
        [D("tahun 2026", (40, 50), "2026")],
    ),
    ("Aturan itu tertuang dalam Perda Nomor 7 Tahun 2021 tentang pasar.", None, []),
    # the year of a law's name after its capitalised words (UUD NRI Tahun 1945) is no date
    ("Putusan itu dinilai bertentangan dengan UUD NRI Tahun 1945 dan tidak mengikat.", None, []),
    ("Ia bersumpah setia kepada UUD Negara RI tahun 1945 serta menjalankan undang-undang.", None, []),
    ("Tarif itu diatur dalam Undang-Undang Perdagangan Amerika tahun 1974 yang masih berlaku.", None, []),
    (
        "UU Cipta Kerja disahkan DPR pada tahun 2020 di tengah pandemi.",
        None,
        [D("tahun 2020", (33, 43), "2020")],
    ),
    # hours, minutes and seconds written with dots next to a time zone or "pukul" are a clock
    # time, not a day-first date with a two-digit year; a dotted date with nothing of a clock
    # near it stays a date
    (
        "Gerhana dimulai pukul 00.45.52 WIB dan berakhir pada 04.04.09 WIB, Sabtu (6/6/2020).",
        None,
        [D("Sabtu (6/6/2020)", (67, 83), "2020-06-06")],
    ),
    ("Gerhana Berakhir Pukul : 05.04.09 WITA.", None, []),
    ("Menurut waktu universal gerhana berakhir 21.04.09 - WIB menyusul kemudian.", None, []),
    # a timetable gives each zone its day in brackets before the colon and the time
    (
        "Gerhana berakhir pada 6 Juni 2020 - WITA (6 Juni): 05.04.09 - WIT (6 Juni): 06.04.09 Menurut BMKG.",
        None,
        [
            D("6 Juni 2020", (22, 33), "2020-06-06"),
            D("6 Juni", (42, 48), "2020-06-06"),
            D("6 Juni", (67, 73), "2020-06-06"),
        ],
    ),
    # the English names no Indonesian word shares are months in the body too; may, march and
    # june, also common words, stay for a page's own date line
    (
        "Harga saham perusahaan itu ditutup menguat pada 17 July 2026 di Bursa Efek Indonesia.",
        None,
        [D("17 July 2026", (48, 60), "2026-07-17")],
    ),
    ("Lagu berjudul You may go now dirilis ulang pada 3 may lalu.", None, []),
    # a day word right after a day's date belongs to it, as "Senin(24/8) kemarin" does: one
    # mention, its value from the date; after a comma, or after a month, it is a mention of its own
    (
        "Balapan seri kedua digelar di Sirkuit Jerez, Minggu (26/7) besok.",
        "2020-07-24",
        [D("Minggu (26/7) besok", (45, 64), "2020-07-26")],
    ),
    (
        "Komet itu berada di titik terdekat ke Bumi pada Kamis (23/7/2020) hari ini.",
        "2020-07-23",
        [D("Kamis (23/7/2020) hari ini", (48, 74), "2020-07-23")],
    ),
    # before a day's date too, as before a weekday (hari ini, Jumat (29/5)); a day word before a
    # count of people is a mention of its own
    (
        "Harga saham itu ditutup menguat hari ini, 24 Juli 2020, di Bursa Efek Indonesia.",
        "2020-07-24",
        [D("hari ini, 24 Juli 2020", (32, 54), "2020-07-24")],
    ),
    (
        "Kemarin 23 orang hadir pada rapat 21 Juli di aula desa.",
        "2020-07-22",
        [D("Kemarin", (0, 7), "2020-07-21"), D("21 Juli", (34, 41), "2020-07-21")],
    ),
    (
        "Tim gabungan menggelar razia sejak 20 Juli, besok giliran pasar induk.",
        "2020-07-22",
        [D("20 Juli", (35, 42), "2020-07-20"), D("besok", (44, 49), "2020-07-23")],
    ),
    (
        "Realisasi anggaran hingga Juni 2020 hari ini dilaporkan ke dewan.",
        "2020-07-22",
        [D("Juni 2020", (26, 35), "2020-06"), D("hari ini", (36, 44), "2020-07-22")],
    ),
    (
        "Surat edaran itu terbit pada 9.6.25 dan berlaku sejak diundangkan.",
        None,
        [D("9.6.25", (29, 35), "2025-06-09")],
    ),
    # a dash typed twice joins a range like one dash; a score so written is no date
    (
        "Munas Alim Ulama digelar pada 18--20 September 2023 di Jakarta.",
        None,
        [D("18--20 September 2023", (30, 51), "2023-09-18", "2023-09-20")],
    ),
    ("Skor akhir gim kedua 21--18 untuk pasangan tuan rumah.", None, []),
    # a monthly breakdown whose counts are bare numbers or in brackets: two or more months in a
    # list, each with its count; a name with an age in brackets, or months with years, stay so
    (
        "Kasus diare tercatat Januari ada 12, Februari 9, dan Maret ada 4 pasien.",
        "2024-04-10",
        [
            D("Januari", (21, 28), "2024-01"),
            D("Februari", (37, 45), "2024-02"),
            D("Maret", (53, 58), "2024-03"),
        ],
    ),
    (
        "Penderita terbanyak pada bulan Juni (120 kasus), disusul Juli (98 kasus), dan Agustus (75).",
        None,
        [
            D("bulan Juni", (25, 35), "XXXX-06"),
            D("Juli", (57, 61), "XXXX-07"),
            D("Agustus", (78, 85), "XXXX-08"),
        ],
    ),
    ("Anak itu bernama Juni (23) dan tinggal bersama neneknya.", None, []),
    (
        "Data Januari 2023, Februari 2024 dan Maret 2025 sudah diumumkan.",
        None,
        [
            D("Januari 2023", (5, 17), "2023-01"),
            D("Februari 2024", (19, 32), "2024-02"),
            D("Maret 2025", (37, 47), "2025-03"),
        ],
    ),
    # the budget's year after its region's name and a capitalised "Tahun", or after a lower-case
    # qualifier (GUIDELINES §3: APBD 2024 is 2024); a law's number before "Tahun" stays no date
    (
        "Jembatan itu dibangun dengan APBD Kabupaten Tanah Laut Tahun 2025 senilai Rp4 miliar.",
        None,
        [D("Tahun 2025", (55, 65), "2025")],
    ),
    ("Dana berasal dari APBD murni 2024 sebesar Rp2 miliar.", None, [D("2024", (29, 33), "2024")]),
    ("Perda Kabupaten Tanah Laut Nomor 3 Tahun 2021 mengatur retribusi.", None, []),
    # the number of a stage before "tahun" is no law's number; entering a year dates it
    ("Penyaluran BLT tahap 2 tahun 2025 digelar di balai desa.", None, [D("tahun 2025", (23, 33), "2025")]),
    ("Aturan itu tertuang dalam Perbup Nomor 2 tahun 2025 tentang retribusi.", None, []),
    ("Sejak memasuki 2025, harga beras terus naik.", None, [D("2025", (15, 19), "2025")]),
    ("Jumlah pendaftar sudah memasuki 2000 orang.", None, []),
    # session 9, read off news-raw 1600-1999 and 2800-2999: a year compared with past "dengan",
    # a pre-season's year, a year of birth; a week of a month written with a spaced ordinal
    (
        "Kalau dibandingkan dengan 1998, rupiah waktu itu melemah dari Rp 2.000 ke Rp 17.000.",
        None,
        [D("1998", (26, 30), "1998")],
    ),
    ("Pembalap itu cedera parah di sesi pramusim 2025 sehingga absen.", None, [D("2025", (43, 47), "2025")]),
    (
        "Audisi dibuka untuk peserta berusia 11 tahun atau kelahiran 2015.",
        None,
        [D("2015", (60, 64), "2015")],
    ),
    (
        "Hingga minggu ke empat April, dinas telah menggelar rapat di 26 provinsi.",
        "2018-05-02",
        [D("minggu ke empat April", (7, 28), "2018-04")],
    ),
    # a budget year's cue of two words after a body's or a region's capitalised name, or with its
    # short form in brackets; the short form glued to its year; a number a hyphen joins to a word
    # before "Tahun" (Covid-19) is no law's; "di" glued before the cue
    (
        "Realisasi pendapatan Kabupaten Sukamaju Tahun Anggaran 2023 mencapai 70 persen.",
        None,
        [D("Tahun Anggaran 2023", (40, 59), "2023")],
    ),
    (
        "Pendapatan Pemkot Sukamaju Tahun Anggaran (TA) 2024 terealisasi Rp90 miliar.",
        None,
        [D("Tahun Anggaran (TA) 2024", (27, 51), "2024")],
    ),
    (
        "Jalan desa itu dibangun dengan dana ADD Ta.2023 sepanjang 300 meter.",
        None,
        [D("Ta.2023", (40, 47), "2023")],
    ),
    ("Biaya penanganan Covid-19 Tahun 2021 dilaporkan ke DPRD.", None, [D("Tahun 2021", (26, 36), "2021")]),
    ("Menurutnya, ditahun 2019 harga sempat naik.", None, [D("tahun 2019", (14, 24), "2019")]),
    # the year of revenue shared by the centre, of a minimum wage and of the land tax; the year or
    # the months a plan or a payment is for
    (
        "Kekurangan itu ditutup dari penerimaan DAU dan DBH 2023 yang belum cair.",
        None,
        [D("2023", (51, 55), "2023")],
    ),
    (
        "Dewan pengupahan mengusulkan UMK 2024 Kota Sukamaju naik 5 persen.",
        None,
        [D("2024", (33, 37), "2024")],
    ),
    ("Sejumlah objek PBBP2 2023 mengalami kenaikan nilai jual.", None, [D("2023", (21, 25), "2023")]),
    ("Anggaran DAK fisik untuk 2025 diarahkan ke jalan desa.", None, [D("2025", (25, 29), "2025")]),
    (
        "Honor relawan untuk Agustus dan September belum dibayar.",
        None,
        [D("Agustus", (20, 27), "XXXX-08"), D("September", (32, 41), "XXXX-09")],
    ),
    # a count after "untuk" is no year; the United Nations' short name names an event's year
    ("Bantuan itu untuk 2000 warga terdampak banjir.", None, []),
    ("Konferensi Iklim PBB 2021 digelar di Glasgow.", None, []),
    # with no year anywhere, an earlier month or day-and-month ends the range in the next year;
    # a day before an earlier day of the same month is a slip: the start only
    (
        "Produksi sawit turun dari Desember sampai dengan Januari.",
        None,
        [D("Desember sampai dengan Januari", (26, 56), "XXXX-12", "XXXX-01")],
    ),
    (
        "Pameran digelar 29 Desember - 3 Januari di balai desa.",
        None,
        [D("29 Desember - 3 Januari", (16, 39), "XXXX-12-29", "XXXX-01-03")],
    ),
    (
        "Acara 28 Agustus - 24 Agustus di balai desa.",
        None,
        [D("28 Agustus - 24 Agustus", (6, 29), "XXXX-08-28")],
    ),
    # the year closing a regulation's title after "tentang"; a quarter's ordinal before "tahun"
    (
        "Aturan itu tercantum dalam PMK Nomor 20 tentang Pengelolaan Dana Bagi Hasil Tahun Anggaran 2023.",
        None,
        [],
    ),
    # `tentang` before a topic, no regulation's: the budget year of the village fund stays
    (
        "Sosialisasi tentang Pengelolaan Dana Desa Tahun Anggaran 2024 digelar di aula kecamatan.",
        None,
        [D("Tahun Anggaran 2024", (42, 61), "2024")],
    ),
    (
        "DPRD menggelar rapat paripurna tentang Laporan Pertanggungjawaban Pelaksanaan Anggaran Pemkab "
        "Tahun Anggaran 2023.",
        None,
        [D("Tahun Anggaran 2023", (94, 113), "2023")],
    ),
    ("Dana bagi hasil triwulan yang ke-3 tahun 2022 belum cair.", None, []),
    ("Penghargaan Adiwiyata Nasional Tahun 2023 diraih sekolah itu.", None, []),
    # a count after the comparison or the birth word is no year; "Minggu ke" a place is no week
    ("Dibandingkan dengan 2000 orang pada acara serupa, pesertanya lebih banyak.", None, []),
    ("Angka kelahiran 2000 bayi per tahun tercatat di puskesmas itu.", None, []),
    ("Rombongan berangkat Minggu ke Jakarta untuk mengikuti lomba.", None, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_unseen_dates(text: str, published: str | None, expected: list[DateMention]) -> None:
    assert extract_dates(text, published=published) == expected


def test_month_year_glued() -> None:
    assert extract_dates("Harga naik sejak Juni2025 di pasar.") == [D("Juni2025", (17, 25), "2025-06")]


@pytest.mark.xfail(
    strict=True, reason="a bare month opening a clause of a price series has no cue (Februari turun …)"
)
def test_month_of_a_price_series() -> None:
    text = "Harga singkong pada Januari 2020 Rp1.200 per kilo, Februari turun menjadi Rp1.050 per kilo."
    assert extract_dates(text) == [
        D("Januari 2020", (20, 32), "2020-01"),
        D("Februari", (51, 59), "2020-02"),
    ]


def test_month_in_brackets_after_its_day() -> None:
    text = "Kejadiannya di malam takbiran tanggal 26 (Mei) di depan pasar."
    assert extract_dates(text, published="2020-05-28") == [D("26 (Mei)", (38, 46), "2020-05-26")]


def test_bare_month_after_a_noun() -> None:
    """A month closing a clause after a lower-case word (test_dates_months_closing_a_clause)."""
    text = "Penyerapan itu data Juli. Sekarang sudah September, angkanya tentu bertambah."
    assert extract_dates(text) == [D("Juli", (20, 24), "XXXX-07"), D("September", (41, 50), "XXXX-09")]


@pytest.mark.xfail(
    strict=True,
    reason="a price band in a stock pick (Buy 1905-1915 | TP 1935-1990) reads as a span of years "
    "(news-raw: 1 page, 3 items; TP is also the school year's cue)",
)
def test_price_band_of_a_stock_pick() -> None:
    text = "Rekomendasi hari ini: ABCD - Buy 1905-1915 | TP 1935-1990 | SL 1805, selebihnya wait and see."
    assert extract_dates(text) == []


@pytest.mark.xfail(
    strict=True, reason="a year past 2099 is no year (Desember 2100): the range ends in its first year"
)
def test_range_to_a_year_past_2099() -> None:
    text = "Orbit asteroid itu dihitung untuk periode Januari 2013 hingga Desember 2100 oleh para peneliti."
    assert extract_dates(text) == [D("Januari 2013 hingga Desember 2100", (42, 75), "2013-01", "2100-12")]


def test_years_of_a_breakdown() -> None:
    text = (
        "Dana itu dikucurkan dengan rincian tahun 2018 sebesar Rp1,8 miliar, 2019 Rp2,8 miliar "
        "dan tahun 2020."
    )
    assert extract_dates(text) == [
        D("tahun 2018", (35, 45), "2018"),
        D("2019", (68, 72), "2019"),
        D("tahun 2020", (90, 100), "2020"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a count after the comma is no year of the breakdown
        "Pada tahun 2020 Rp 5 juta, 2000 warga menerima bantuan.",
        "Harga tahun 2021 Rp 2.000, 2.500 Rp 3.000 per kilo.",
    ],
)
def test_years_of_a_breakdown_not_counts(text: str) -> None:
    assert [d.value for d in extract_dates(text)] == [text.split("tahun ")[1][:4]]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a rule that starts to apply from a month, and a hedged month of a plan
        (
            "Mulai berlaku Februari, kami berlakukan tarif masuk sebesar Rp 5 ribu untuk motor.",
            "2025-01-20",
            [D("Februari", (14, 22), "2025-02")],
        ),
        (
            "Gedung itu diresmikan mungkin sekitar Desember, kata Kepala Dinas.",
            "2024-10-27",
            [D("Desember", (38, 46), "2024-12")],
        ),
        # a capitalised word after the month makes it a name, as after the other verb cues
        ("Aturan itu berlaku Mei Sari jelaskan kepada warga.", "2024-10-27", []),
        ("Harga naik sekitar Juli Antoni menjelaskan di pasar.", "2024-10-27", []),
    ],
)
def test_bare_month_after_berlaku_or_sekitar(text: str, published: str, expected: list[DateMention]) -> None:
    assert extract_dates(text, published=published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the later years of a list after a budget's year are budgets' years too
        (
            "Pembahasan APBN 2024 dan 2025 berlangsung di DPR.",
            [D("2024", (16, 20), "2024"), D("2025", (25, 29), "2025")],
        ),
        (
            "Pembahasan APBD 2023, 2024 dan 2025 rampung.",
            [D("2023", (16, 20), "2023"), D("2024", (22, 26), "2024"), D("2025", (31, 35), "2025")],
        ),
        # a count after the list's dan is no year
        ("Dana BOS 2024 dan 2000 siswa penerima.", [D("2024", (9, 13), "2024")]),
        # born in a year, or in a span of years
        (
            "Generasi Z (lahir 1997–2012) dan milenial (lahir 1981–1996).",
            [D("1997–2012", (18, 27), "1997", "2012"), D("1981–1996", (49, 58), "1981", "1996")],
        ),
        ("Ia lahir 1990 di Sukamaju.", [D("1990", (9, 13), "1990")]),
        # a weight after lahir is no year
        ("Bayi yang lahir 2000 gram itu sehat.", []),
    ],
)
def test_years_after_a_budgets_list_and_lahir(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the months between listed before the range's connector belong to the range
        (
            "Keringanan itu berlaku mulai April, Mei, hingga Juni 2020.",
            [D("April, Mei, hingga Juni 2020", (29, 57), "2020-04", "2020-06")],
        ),
        (
            "Panen raya berlangsung Januari, Februari sampai Maret 2024.",
            [D("Januari, Februari sampai Maret 2024", (23, 58), "2024-01", "2024-03")],
        ),
        # a list closed by dan stays one point per month
        (
            "Data Januari, Februari dan Maret 2024 menunjukkan kenaikan.",
            [
                D("Januari", (5, 12), "2024-01"),
                D("Februari", (14, 22), "2024-02"),
                D("Maret 2024", (27, 37), "2024-03"),
            ],
        ),
    ],
)
def test_month_range_with_the_months_between_listed(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


# Session 13, read off news-raw 2000-2799 and 8901-9947: a season of the year before the year
# (hingga musim panas 2026, koleksi musim gugur 2023) and the same part of an earlier year a
# figure is compared with (dibandingkan periode sama 2022): the year alone is the mention.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gelandang itu terikat kontrak di klubnya hingga musim panas 2026.",
            [D("2026", (60, 64), "2026")],
        ),
        (
            "Para model memeragakan koleksi busana untuk musim gugur 2023 di New York.",
            [D("2023", (56, 60), "2023")],
        ),
        (
            "Nilai ekspor itu lebih rendah dibandingkan periode sama 2022 yang mencapai Rp630 miliar.",
            [D("2022", (56, 60), "2022")],
        ),
        (
            "Produksi ikan menurun dibandingkan periode yang sama 2022.",
            [D("2022", (53, 57), "2022")],
        ),
        # a season with no year, and a season's number, give nothing
        ("Pada musim panas, suhu di kota itu mencapai 40 derajat.", []),
        ("Saat musim dingin 2000 orang mengungsi ke gedung olahraga.", []),
    ],
)
def test_season_and_same_period_years(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="bare years listed with no cue, seasons after a listed year (news-raw 2000-2799, 8901-9947)",
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ekonomi Indonesia telah melalui krisis 1997, 1998, dan 2005.",
            [D("1997", (39, 43), "1997"), D("1998", (45, 49), "1998"), D("2005", (55, 59), "2005")],
        ),
        (
            "Persib juara di musim 2014, 2023/24, dan 2024/25.",
            [
                D("2014", (22, 26), "2014"),
                D("2023/24", (28, 35), "2023", "2024"),
                D("2024/25", (41, 48), "2024", "2025"),
            ],
        ),
    ],
)
def test_bare_year_lists(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
