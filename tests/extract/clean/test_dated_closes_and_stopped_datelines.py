"""Page furniture and metadata of regional pages, session 14 round meta9.

A last paragraph that drops its period but closes on a weekday and its numeric date in brackets (`…,
Rabu (27/9/2023)`) is a reported sentence, not a related article's headline, even when most of its
words are capitalised names. A stop closing the outlet's domain in a dateline with no dash
(`Ketapang, Kalbarwarta.com. Bupati …`) parts it from the sentence and is no part of the outlet's
name. A masthead written with a capital inside one word after lowercase letters (`KalbarPos –`,
`WartaNewsCom,Blora –`) is the outlet, never the place. A short line with no stop that says what its
subject is doing (`Kadis … saat memberikan keterangan kepada wartawan`) between two paragraphs that
keep their stops is a photo's caption even with no photo marker. Mathematical bold or italic letters
(`𝗞𝗘𝗡𝗗𝗔𝗟 —`) read as the plain letters they stand for, one character for one. Under a paragraph that
announces a list, a line closing on a colon or a list word (`Kecamatan Sukajadi, meliputi:`) heads
part of the list and stays, with its items, across a `Baca Juga` teaser between the parts; only the
teaser goes. The texts are written in the style of the pages read, not copied from them.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind
from extract.records import Dateline

TITLE = "Polres Gelar Simulasi Pengamanan Jelang Pilkada Serentak"
LEDE = (
    "PONTIANAK – Ratusan personel gabungan mengikuti simulasi pengamanan kota menjelang pemungutan "
    "suara. Simulasi menggambarkan massa yang tidak puas dengan hasil rekapitulasi suara."
)


@pytest.mark.parametrize(
    "closing",
    [
        "Kerusuhan itu ternyata hanya bagian dari simulasi yang digelar Polres Kubu Raya dalam rangka "
        "Pengamanan Pilkada Serentak Tahun 2024, dan acara berlangsung di Lapangan Apel Mapolres, "
        "Kamis (14/11/2024)",
        "Kegiatan tersebut dipimpin langsung oleh Kapolres Kubu Raya AKBP Yudha Pranata dan juga "
        "diikuti oleh para pejabat utama di halaman Mako Brimob Polda Kalimantan Barat, Jumat (15/11)",
    ],
    ids=["day-month-year", "day-month"],
)
def test_a_closing_paragraph_ending_on_its_weekday_and_date_stays_body(closing: str) -> None:
    page = clean("\n\n".join([TITLE, LEDE, closing]) + "\n")
    assert page.text == "\n".join([LEDE, closing])
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, TITLE, LineKind.TITLE)]


def test_related_headlines_under_the_body_still_go() -> None:
    related = [
        "Kapolda Kalbar Tinjau Kesiapan Gudang Logistik KPU Kubu Raya",
        "Ribuan Warga Sungai Raya Ikuti Jalan Sehat Peringatan Hari Pahlawan",
    ]
    page = clean("\n\n".join([TITLE, LEDE, *related]) + "\n")
    assert page.text == LEDE
    assert [(b.line, b.kind) for b in page.boilerplate] == [
        (1, LineKind.TITLE),
        (5, LineKind.RELATED),
        (7, LineKind.RELATED),
    ]


def test_a_short_dated_caption_between_paragraphs_still_goes() -> None:
    caption = "Kapolres Kubu Raya AKBP Yudha Pranata saat meninjau Lapangan Apel, Kamis (14/11/2024)"
    second = (
        "Menurut Kapolres, simulasi digelar agar personel siap menghadapi segala kemungkinan. "
        "Seluruh personel diminta menjaga netralitas selama tahapan pilkada."
    )
    page = clean("\n\n".join([TITLE, LEDE, caption, second]) + "\n")
    assert page.text == "\n".join([LEDE, second])
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [
        (1, TITLE, LineKind.TITLE),
        (5, caption, LineKind.CAPTION),
    ]


@pytest.mark.parametrize(
    ("lede", "dateline"),
    [
        (
            "Ketapang, Kalbarwarta.com. Bupati Ketapang membuka musyawarah perencanaan pembangunan "
            "tingkat kabupaten di pendopo, Selasa (4/3/2025).",
            Dateline(place="Ketapang", outlet="Kalbarwarta.com"),
        ),
        (
            "SANGGAU, Borneoinfo.id Pemerintah Kabupaten Sanggau menyalurkan bantuan benih padi "
            "kepada kelompok tani di tujuh kecamatan.",
            Dateline(place="Sanggau", outlet="Borneoinfo.id"),
        ),
    ],
    ids=["stop-after-domain", "no-stop"],
)
def test_a_stop_after_the_domain_is_no_part_of_the_outlet(lede: str, dateline: Dateline) -> None:
    title = "Bupati Buka Musrenbang Tingkat Kabupaten Tahun 2025"
    page = clean("\n\n".join([title, lede]) + "\n")
    assert page.text == lede
    assert page.dateline == dateline


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("SuaraKapuas – Pemerintah", Dateline(place=None, outlet="SuaraKapuas")),
        ("WartaMuriaCom,Blora – Pemerintah", Dateline(place="Blora", outlet="WartaMuriaCom")),
        ("Blora – Pemerintah", Dateline(place="Blora", outlet=None)),
        # a known place whose two words a slip glued is the place, no masthead
        ("PalangkaRaya – Pemerintah", Dateline(place="PalangkaRaya", outlet=None)),
    ],
    ids=["masthead-alone", "masthead-then-place", "place-alone", "glued-place"],
)
def test_a_masthead_with_a_capital_inside_a_word_is_the_outlet(opening: str, dateline: Dateline) -> None:
    title = "Pemkab Salurkan Bantuan Benih Padi untuk Kelompok Tani"
    lede = f"{opening} Kabupaten menyalurkan bantuan benih padi kepada kelompok tani di tujuh kecamatan."
    page = clean("\n\n".join([title, lede]) + "\n")
    assert page.text == lede
    assert page.dateline == dateline


FIRST = (
    "KUPANG – Pemerintah Kota Kupang menutup sementara sejumlah tempat hiburan malam selama dua "
    "pekan. Penutupan dilakukan untuk mencegah penyebaran penyakit menular."
)
SECOND = (
    "Menurut dia, petugas gabungan akan berkeliling setiap malam untuk memastikan aturan itu "
    "dipatuhi. Pelanggar akan dikenai sanksi administratif."
)


@pytest.mark.parametrize(
    "caption",
    [
        "Kepala Satpol PP Kota Kupang Yohanes Bire saat memberikan keterangan kepada wartawan",
        "Sekda Kota Kupang, Maria Lenggu, ketika meninjau salah satu tempat hiburan (baju putih)",
    ],
    ids=["saat", "ketika-with-bracket"],
)
def test_an_unmarked_caption_between_finished_paragraphs_goes(caption: str) -> None:
    page = clean("\n\n".join([TITLE, FIRST, caption, SECOND]) + "\n")
    assert page.text == "\n".join([FIRST, SECOND])
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [
        (1, TITLE, LineKind.TITLE),
        (5, caption, LineKind.CAPTION),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Kepala Satpol PP Kota Kupang Yohanes Bire mengatakan hal itu saat memberikan keterangan.",
        "Petugas yang bertugas saat razia berlangsung",
    ],
    ids=["a-finished-sentence", "a-sentence-subject"],
)
def test_a_sentence_or_a_subheading_between_paragraphs_stays(line: str) -> None:
    page = clean("\n\n".join([TITLE, FIRST, line, SECOND]) + "\n")
    assert page.text == "\n".join([FIRST, line, SECOND])


def test_mathematical_bold_letters_read_as_plain_letters() -> None:
    title = "Bupati Buka Musrenbang Tingkat Kabupaten Tahun 2025"
    lede = (
        "\U0001d5de\U0001d5d8\U0001d5e1\U0001d5d7\U0001d5d4\U0001d5df — Pemerintah Kabupaten Kendal "
        "membuka musyawarah perencanaan pembangunan di pendopo, Selasa (4/3/2025)."
    )
    page = clean("\n\n".join([title, lede]) + "\n")
    assert page.text == "KENDAL — " + lede.split(" — ", 1)[1]
    assert page.dateline == Dateline(place="Kendal", outlet=None)


def test_sub_list_headings_and_items_across_a_teaser_stay_body() -> None:
    lede = (
        "PAINAN – Pemilihan wali nagari serentak akan digelar di 40 nagari pada Desember nanti. "
        "Adapun nagari yang akan menggelar pemilihan antara lain:"
    )
    parts = [
        "Kecamatan Bayang, meliputi:",
        "  1. Pasar Baru\n  2. Kapelgam",
        "Baca Juga  Petani Bawang di Alahan Panjang Keluhkan Harga Pupuk",
        "Lengayang meliputi",
        "  1. Kambang\n  2. Lakitan",
    ]
    page = clean("\n\n".join([TITLE, lede, *parts]) + "\n")
    assert page.text == "\n".join(
        [
            lede,
            "Kecamatan Bayang, meliputi:",
            "1. Pasar Baru",
            "2. Kapelgam",
            "Lengayang meliputi",
            "1. Kambang",
            "2. Lakitan",
        ]
    )
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [
        (1, TITLE, LineKind.TITLE),
        (10, " ".join(parts[2].split()), LineKind.RELATED),
    ]


def test_headlines_under_a_list_announcing_body_still_go() -> None:
    lede = (
        "PAINAN – Pemilihan wali nagari serentak akan digelar di 40 nagari pada Desember nanti. "
        "Daftar lengkap nagari akan diumumkan panitia pekan depan."
    )
    related = [
        "Petani Bawang di Alahan Panjang Keluhkan Harga Pupuk Bersubsidi",
        "Bupati Pesisir Selatan Resmikan Jembatan Gantung di Bayang",
    ]
    page = clean("\n\n".join([TITLE, lede, *related]) + "\n")
    assert page.text == lede
    assert [b.kind for b in page.boilerplate] == [LineKind.TITLE, LineKind.RELATED, LineKind.RELATED]
