"""Page furniture and metadata read on unseen text, session 13: regional pages of outlets no earlier
round saw (Kalimantan Tengah and Utara, Gorontalo, Sulawesi Tenggara and Barat, Maluku and Maluku
Utara, Bangka Belitung, Bengkulu, Papua Barat) and national portals stored one article a line
(news-raw 1600–1999 and 2600–2999).

The last paragraph a quotation closed by its speech tag with no stop after it (`“…,” katanya`): a
finished sentence, no menu line. A headline over a shorter line it opens with (a photo's label
`Polres Gorontalo Utara` under `Polres Gorontalo Utara Resmi Beroperasi`) is the headline; the
shorter line wins only where the longer one goes on with the site's name after a dash or a bar.
An agency's photo caption with the photo's date in brackets before its credit (`… Sabtu.
(04/10/2025) ANTARA/HO-Antara Biro Bengkulu`, `ANTARA FOTO/…`) is a caption, no headline. The
outlet's initials with their stop after the place (`AMBON, MM. –`). A translation's note opened by
`Laporan ini` as by `Artikel ini`. Reporters' codes with the desk's number (`(SS/E-4)`) are the
byline, unless a labelled credit names the reporter (`Oleh Nopri` … `(NOPRI/B-6)`). The reporter's and
the editor's names parted by a comma under the page's date (Kompas). An embedded video's title closing
the paragraph with no colon (`Lihat Video Kepulauan Canary Tolak …`), in quotes after `Lihat Video`,
or a programme's episode after `Saksikan juga Sosok:`.

A news aggregator's digest (Google News: other articles' headlines, each with its source after a
dash) is teasers all of it (GUIDELINES §1: related-article teasers, navigation): no body, and no
title, date, byline or dateline of its own. The texts below are written in the same style, not
copied.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind
from extract.records import Dateline

LEDE = (
    "KENDARI – Bupati Buton resmi dilantik oleh Penjabat Gubernur Sulawesi Tenggara di aula kantor "
    "gubernur, Senin (14/5/2018)."
)
MIDDLE = "Ia mengatakan pembangunan di Kabupaten Buton akan diteruskan demi kesejahteraan masyarakat."


@pytest.mark.parametrize(
    "last",
    [
        "“Strategi pembangunan yang sudah ditetapkan akan kami teruskan,” katanya",
        "“Kami mengerahkan dua ratus personel untuk mengamankan kampanye,” ujar Kompol Suharjo",
        "“Warga diminta tetap menjaga kebersihan lingkungan,”ujarnya",
        "“Terima kasih kepada semua pihak yang membantu,” tutup Brigjen Pol Dwi Iriyanto",
        "Kami berharap dukungan masyarakat untuk menjaga ketertiban, tutup Kompol Suharjo",
        "Pembangunan jembatan akan diteruskan tahun depan, ujarnya",
    ],
    ids=["katanya", "verb-and-name", "glued-tag", "rank-and-name", "reported-named", "reported-nya"],
)
def test_a_last_quotation_closed_by_its_tag_without_a_stop_is_body(last: str) -> None:
    page = clean(f"{LEDE}\n\n{MIDDLE}\n\n{last}\n")
    assert page.text == f"{LEDE}\n{MIDDLE}\n{last}"
    assert page.boilerplate == ()
    assert page.dateline == Dateline(place="Kendari", outlet=None)


@pytest.mark.parametrize(
    "last",
    [
        "“Strategi Pembangunan Daerah,” Baca Selengkapnya",  # no speech verb after the mark
        "Bagikan: Facebook Twitter WhatsApp",
        "Cari berdasarkan judul, kata kunci",
    ],
    ids=["no-speech-verb", "share-strip", "search-box"],
)
def test_a_last_line_with_no_speech_tag_stays_furniture(last: str) -> None:
    page = clean(f"{LEDE}\n\n{MIDDLE}\n\n{last}\n")
    assert page.text == f"{LEDE}\n{MIDDLE}"
    assert [b.text for b in page.boilerplate] == [last]


def test_a_headline_over_a_photo_label_it_opens_with_is_the_title() -> None:
    page = clean(
        "Polres Gorontalo Utara Resmi Beroperasi\n\n"
        "Polres Gorontalo Utara\n"
        "READ.ID – Kepolisian Resor Gorontalo Utara resmi beroperasi setelah diresmikan Kapolda "
        "Gorontalo, Selasa (21/01).\n"
        "Kapolda mengatakan Polres Gorontalo Utara diisi oleh 320 personel kepolisian.\n"
    )
    assert page.title == "Polres Gorontalo Utara Resmi Beroperasi"
    assert page.dateline == Dateline(place=None, outlet="Read.id")
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [
        (1, "Polres Gorontalo Utara Resmi Beroperasi", LineKind.TITLE),
        (3, "Polres Gorontalo Utara", LineKind.NAVIGATION),
    ]


@pytest.mark.parametrize(
    "longer",
    [
        "Harga Cabai Naik Jelang Lebaran - Kabar Kalteng",
        "Harga Cabai Naik Jelang Lebaran | Kabar Kalteng",
        "Harga Cabai Naik Jelang Lebaran Perbesar",
    ],
    ids=["dash-site", "bar-site", "one-word-after"],
)
def test_the_headline_without_the_site_name_after_it_stays_the_title(longer: str) -> None:
    page = clean(
        f"{longer}\n"
        "Harga Cabai Naik Jelang Lebaran\n"
        "PALANGKA RAYA – Harga cabai rawit di Pasar Besar naik menjadi Rp80.000 per kilogram, Senin.\n"
        "Pedagang menyebut pasokan dari luar daerah berkurang sejak pekan lalu.\n"
    )
    assert page.title == "Harga Cabai Naik Jelang Lebaran"


def test_an_agency_caption_with_the_photo_date_before_its_credit_is_no_title() -> None:
    page = clean(
        "Anggota DPR dukung penguatan biro kantor berita di daerah\n"
        "Sabtu, 4 Oktober 2025 18:07 WIB\n"
        "Anggota DPR Erna Dewi berkunjung ke kantor biro di Bengkulu, Sabtu. (04/10/2025) "
        "ANTARA/HO-Biro Bengkulu\n"
        "Bengkulu (ANTARA) – Anggota DPR Erna Dewi mendukung penguatan biro kantor berita di daerah.\n"
        "Ia menyebut biro di Bengkulu hanya memiliki empat jurnalis untuk sepuluh kabupaten.\n"
    )
    assert page.title == "Anggota DPR dukung penguatan biro kantor berita di daerah"
    assert page.published == "2025-10-04"
    assert page.dateline == Dateline(place="Bengkulu", outlet="ANTARA")
    assert [(b.line, b.kind) for b in page.boilerplate] == [
        (1, LineKind.TITLE),
        (2, LineKind.PUBLISHED),
        (3, LineKind.CAPTION),
    ]


def test_a_dated_sentence_in_the_body_is_no_caption() -> None:
    text = (
        "PALANGKA RAYA – Rapat evaluasi digelar pada Senin. (4/10/2025) Pedagang Pasar Besar hadir dalam "
        "rapat itu."
    )
    page = clean(f"{text}\nMereka meminta pemerintah menjaga pasokan cabai.\n")
    assert page.text == f"{text}\nMereka meminta pemerintah menjaga pasokan cabai."
    assert page.boilerplate == ()


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("AMBON, MM. –", Dateline(place="Ambon", outlet="MM")),
        ("KENDARI, BP. -", Dateline(place="Kendari", outlet="BP")),
        ("AMBON, MM –", Dateline(place="Ambon", outlet="MM")),
    ],
    ids=["initials-stop", "initials-stop-hyphen", "initials"],
)
def test_the_outlet_initials_with_their_stop_after_the_place(opening: str, dateline: Dateline) -> None:
    text = f"{opening} Pemerintah Kota Ambon mengapresiasi kontribusi media mitra, Senin (19/1/2026)."
    page = clean(f"{text}\nKepala dinas menyampaikan hal itu usai apel pagi di balai kota.\n")
    assert page.dateline == dateline
    assert page.text.startswith(text)


def test_a_sentence_ending_in_capitals_before_a_dash_is_no_dateline() -> None:
    page = clean("Ia bekerja di PT ABC. – Warga menyebut perusahaan itu membuka lowongan baru pekan ini.\n")
    assert page.dateline is None


def test_a_translation_note_opened_by_laporan_ini_is_cut() -> None:
    body = (
        "Perserikatan Bangsa-Bangsa memasukkan dua negara ke daftar hitam untuk pertama kalinya. Daftar itu "
        "juga mencakup Sudan, Haiti dan Mali."
    )
    note = (
        "Laporan ini terbit pertama kali dalam Bahasa Inggris Diadaptasi oleh Rizki Nugraha Editor: "
        "Yuniman Farid"
    )
    page = clean(f"{body} {note}")
    assert page.text == body
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, note, LineKind.RELATED)]


def test_a_report_named_in_the_body_stays() -> None:
    text = (
        "Laporan ini disusun oleh tim gabungan dari tiga kementerian selama enam bulan. Pemerintah akan "
        "membahasnya pekan depan."
    )
    page = clean(text)
    assert page.text == text
    assert page.boilerplate == ()


LAST = "Bantuan sembako yang disalurkan hari ini sebanyak 3.000 paket berisi beras dan minyak goreng."


@pytest.mark.parametrize(
    ("mark", "byline"),
    [("(SS/E-4)", "SS/E-4"), ("(ant/E-3)", "ant/E-3"), ("(E-4)", None)],
    ids=["initials-and-desk", "agency-and-desk", "desk-alone"],
)
def test_reporters_codes_with_the_desk_number_are_the_byline(mark: str, byline: str | None) -> None:
    first = "PALANGKA RAYA – Gubernur melepas bantuan darurat banjir di wilayah Barito, Minggu (27/4)."
    page = clean(f"{first}\n{LAST} {mark}\n")
    assert page.byline == byline
    assert page.text == (f"{first}\n{LAST}" if byline else f"{first}\n{LAST} {mark}")


def test_a_labelled_reporter_stays_the_byline_over_the_closing_code() -> None:
    page = clean(
        "• Oleh Nopri\n"
        "• 16 Februari 2020 - 18:21 WIB\n"
        "PALANGKA RAYA – Kapolda dan rombongan melakukan patroli ke sejumlah objek wisata, Minggu.\n"
        f"{LAST} (NOPRI/B-6)\n"
    )
    assert page.byline == "Nopri"
    assert page.text.endswith(LAST)


DIGEST = [
    "Prabowo Resmikan Bendungan Baru di Kabupaten Bima - Kompas.com",
    "Harga Cabai Rawit di Pasar Induk Naik Jelang Lebaran - detikFinance",
    "Banjir Rendam Ratusan Rumah di Kecamatan Sukamaju - CNN Indonesia",
    "Polisi Tangkap Pengedar Sabu di Kota Palu - Antara News",
]


def test_a_digest_on_one_line_is_teasers_all_of_it() -> None:
    line = " ".join(DIGEST)
    page = clean(line)
    assert (page.text, page.title, page.published, page.byline, page.dateline) == ("", None, None, None, None)
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, line, LineKind.RELATED)]


def test_a_digest_a_headline_a_line_has_no_title() -> None:
    page = clean("\n".join(DIGEST) + "\n")
    assert (page.text, page.title, page.dateline) == ("", None, None)
    assert [b.line for b in page.boilerplate] == [1, 2, 3, 4]


def test_a_paragraph_with_dashes_between_places_is_no_digest() -> None:
    text = (
        "Kereta rute Jakarta - Bandung - Yogyakarta - Surabaya kembali beroperasi. Penumpang diminta datang "
        "lebih awal."
    )
    page = clean(text)
    assert page.text == text


def test_one_headline_with_its_site_stays_the_title() -> None:
    page = clean(
        "Harga Cabai Naik Jelang Lebaran - Kompas.com\n"
        "Polisi Tangkap Pengedar Sabu - detikNews\n"
        "PALANGKA RAYA – Harga cabai rawit di Pasar Besar naik menjadi Rp80.000 per kilogram, Senin.\n"
        "Pedagang menyebut pasokan dari luar daerah berkurang sejak pekan lalu.\n"
    )
    assert page.title is not None
    assert page.text.startswith("PALANGKA RAYA –")


KOMPAS_TOP = "Bupati Resmikan Jembatan Gantung di Manokwari\nKompas.com - 23/08/2022, 22:02 WIB\n"
KOMPAS_BODY = (
    "MANOKWARI, KOMPAS.com - Bupati Manokwari meresmikan jembatan gantung penghubung dua kampung, Selasa.\n"
    "Jembatan sepanjang 80 meter itu dibangun dengan dana desa.\n"
)


def test_the_reporter_and_the_editor_under_the_date_give_the_reporter() -> None:
    page = clean(f"{KOMPAS_TOP}Mohamad Adlu Raharusun,\nDheri Agriesta\n\nTim Redaksi\n\n{KOMPAS_BODY}")
    assert page.byline == "Mohamad Adlu Raharusun"
    assert page.published == "2022-08-23"
    assert page.text == KOMPAS_BODY.strip()


@pytest.mark.parametrize(
    "credit",
    ["Dinas Kominfo,\nPemerintah Kabupaten Manokwari", "Mohamad Adlu Raharusun\nDheri Agriesta"],
    ids=["bodies", "no-comma"],
)
def test_lines_under_the_date_that_are_no_two_names_give_no_byline(credit: str) -> None:
    page = clean(f"{KOMPAS_TOP}{credit}\n\n{KOMPAS_BODY}")
    assert page.byline is None
    assert page.text == KOMPAS_BODY.strip()


CLOSING = (
    "Pemerintah meminta pemilik usaha menaati aturan selama masa pemulihan. Hal itu disampaikan Kepala Dinas "
    'Pariwisata, Senin (4/5/2026). "Kami akan terus mengawasi," kata dia.'
)


@pytest.mark.parametrize(
    "teaser",
    [
        "Lihat Video 'Putusan MK Soal Keterwakilan Perempuan akan Ubah Strategi Parpol?':",
        "Lihat Video Kepulauan Canary Tolak Kedatangan Kapal yang Viral gegara Hantavirus",
        "Saksikan juga Sosok: Kisah Dokter Penyelamat di Balik Tragedi Stasiun Bekasi Timur",
        ": Langkah KAI Usai Diperintahkan Prabowo Benahi 1.800 Perlintasan",
    ],
    ids=["lihat-video-quoted", "lihat-video-title-case", "saksikan-juga-programme", "colon-headline-number"],
)
def test_an_embedded_video_title_closing_the_paragraph_is_cut(teaser: str) -> None:
    page = clean(f"{CLOSING} {teaser}")
    assert page.text == CLOSING
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, teaser, LineKind.RELATED)]


@pytest.mark.parametrize(
    "ending",
    [
        "Lihat video itu, warga pun heran dengan kejadian tersebut.",
        "Lihat Video itu kemudian viral di media sosial",
        "Saksikan juga penampilan para penari di alun-alun kota pada malam nanti.",
        ": Rp 1.800 per kilogram. Harga itu naik dari pekan lalu.",
    ],
    ids=["sentence", "lowercase-words-after", "no-programme", "colon-then-sentences"],
)
def test_a_sentence_about_a_video_stays(ending: str) -> None:
    page = clean(f"{CLOSING} {ending}")
    assert page.text == f"{CLOSING} {ending}"


def test_reporters_codes_after_a_list_colon() -> None:
    # the page lost the list its colon announced: the codes after it are still the reporters' (meta17)
    text = (
        "Pencuri kata sandi menyasar pengguna layanan daring. Pengguna disarankan menerapkan langkah "
        "berikut: Untuk Pengguna: Untuk Organisasi:"
    )
    page = clean(f"{text} (asj/fay)")
    assert (page.byline, page.text) == ("asj/fay", text)


def test_a_caption_glued_before_a_web_masthead_gives_the_dateline() -> None:
    """Once a known miss: the web masthead behind the caption is the dateline (dates39)."""
    page = clean(
        "Serah terima jabatan Kapolres Gorontalo di aula polres. (foto:istimewa) Hulondalo.id – Pergantian "
        "pucuk pimpinan terjadi di Polres Gorontalo, Senin (16/8/2021).\n"
        "Kapolres baru akan fokus pada penanganan pandemi.\n"
    )
    assert page.dateline == Dateline(place=None, outlet="Hulondalo.id")


def test_a_place_before_a_masthead_named_after_a_regency_with_no_comma() -> None:
    page = clean(
        "Sorong Maybrat News - Jelang Natal, staf ahli menteri meninjau harga bahan pokok di Kota Sorong, "
        "Kamis.\n"
        "Harga kebutuhan pokok di pasar tradisional relatif stabil.\n"
    )
    assert page.dateline == Dateline(place="Sorong", outlet="Maybrat News")
