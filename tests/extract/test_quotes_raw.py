"""Quotes on unlabelled regional news (issues 12/13, session 6): a stray closing mark whose
opener was lost must not shift the pairing of every mark after it, and the head of an office
who speaks "melalui" a subordinate is not the speaker.

Invented Indonesian sentences in the style of regional news bodies (one paragraph, no line
breaks); whole records with spans, and cases that must give nothing.
"""

from __future__ import annotations

import pytest

from extract import extract_quotes
from extract.quotes import find_quote_spans
from tests.extract.test_quotes import _person, _quote, _span


def _texts(text: str) -> list[str]:
    return [text[s:e] for (s, e), *_ in find_quote_spans(text)]


# --- a stray closing mark -------------------------------------------------------------------

TEXT_LOST_OPENER = (
    "“Setelah Lebaran harga bawang berangsur normal,” kata pedagang, Eko Riadi. "
    "Harga sayuran di Pasar Liwa justru naik. Tomat kini dijual Rp20 ribu per kilogram, "
    "wortel juga masih mahal di tingkat pengecer,” ujarnya. Seorang pembeli, Siti Aminah, "
    "mengaku kaget. “Biasanya saya beli dua kilo, sekarang cukup satu kilo saja,” kata Siti."
)


def test_a_closing_mark_whose_opener_was_lost_does_not_swallow_the_next_quote():
    siti = _person(TEXT_LOST_OPENER, "Siti Aminah", "Siti")
    eko = _person(TEXT_LOST_OPENER, "Eko Riadi")
    got = extract_quotes(TEXT_LOST_OPENER, persons=[eko, siti])
    assert got == [
        _quote(
            TEXT_LOST_OPENER,
            "Setelah Lebaran harga bawang berangsur normal,",
            "Eko Riadi",
            "kata",
            speaker_span=_span(TEXT_LOST_OPENER, "Eko Riadi"),
        ),
        # the tagged words before the lone closing mark are a quote too: from the sentence the
        # mark ends (the sentence before it is the reporter's)
        _quote(
            TEXT_LOST_OPENER,
            "Tomat kini dijual Rp20 ribu per kilogram, wortel juga masih mahal di tingkat pengecer,",
            "Eko Riadi",
            "ujarnya",
        ),
        _quote(
            TEXT_LOST_OPENER,
            "Biasanya saya beli dua kilo, sekarang cukup satu kilo saja,",
            "Siti Aminah",
            "kata",
            speaker_span=_span(TEXT_LOST_OPENER, "Siti", TEXT_LOST_OPENER.index("kata Siti")),
        ),
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a single-apostrophe opener closed by a straight double mark
        (
            '"Petani merugi karena harga anjlok," kata Dedi. '
            "'Semoga harga segera membaik lagi,\" lanjut Dedi. Agen sayur, Sinaga, ikut mengeluh. "
            '"Pasar di luar Lampung sepi sejak bulan lalu," kata Sinaga. '
            '"Kami juga kesulitan menjual sayuran," kata Sinaga.',
            [
                "Petani merugi karena harga anjlok,",
                "Semoga harga segera membaik lagi,",
                "Pasar di luar Lampung sepi sejak bulan lalu,",
                "Kami juga kesulitan menjual sayuran,",
            ],
        ),
        # a tag verb left half-written with a second closing mark
        (
            '"Saya tidak pernah memotong dana bantuan itu," ujar ," papar Sinta. '
            '"Dana itu disisihkan untuk membeli kambing," kata Sinta.',
            ["Saya tidak pernah memotong dana bantuan itu,", "Dana itu disisihkan untuk membeli kambing,"],
        ),
    ],
)
def test_a_stray_closing_mark_leaves_the_pairs_after_it_intact(text: str, words: list[str]):
    assert _texts(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # marks glued to the words inside them are still pairs
        ('Ia berkata,"Kami siap membantu warga." Lalu ia pergi.', ["Kami siap membantu warga."]),
        (
            "“Kami siap membantu warga,”kata Zubir.“Bantuan datang besok.”",
            ["Kami siap membantu warga,", "Bantuan datang besok."],
        ),
        # an opener followed by a space
        ('Ia menjawab " Kami siap membantu warga, " kata Zubir.', ["Kami siap membantu warga,"]),
    ],
)
def test_glued_and_spaced_marks_still_pair(text: str, words: list[str]):
    assert _texts(text) == words


def test_a_lone_closing_mark_gives_a_quote_only_before_a_tag_verb():
    text = (
        "“Stok cabai melimpah pekan ini,” kata pedagang itu. Harga cabai turun sejak pekan lalu,” "
        "ujarnya. Pedagang berharap harga naik lagi. Pasokan dari Jawa lancar,” dan stok aman."
    )
    assert [q.text for q in extract_quotes(text)] == [
        "Stok cabai melimpah pekan ini,",
        "Harga cabai turun sejak pekan lalu,",
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # an article cut mid-quote, its closers written with a space before them
        (
            "Tidak ada korban jiwa akibat banjir itu, ” katanya. Kepala Pekon Bambang Irawan "
            "menambahkan, “Sekitar 70 hektare tambak ikut terendam, ” ujarnya. “Talud penahan banjir "
            "juga rusak,” tutur Bambang.",
            [
                "Tidak ada korban jiwa akibat banjir itu,",
                "Sekitar 70 hektare tambak ikut terendam,",
                "Talud penahan banjir juga rusak,",
            ],
        ),
        # the same mark after a speech verb opens the quote
        (
            "Koordinator Hariya Novita mengatakan, ” Sebanyak 5.350 kilogram beras disalurkan ke lima "
            "pekon” Penyaluran berikutnya dilakukan Jumat.",
            ["Sebanyak 5.350 kilogram beras disalurkan ke lima pekon"],
        ),
    ],
)
def test_a_right_mark_after_a_comma_and_a_space_closes_only_before_a_tag_verb(text: str, words: list[str]):
    assert _texts(text) == words


# --- the head of an office speaks through a subordinate ------------------------------------

TEXT_THROUGH = (
    "Kepala Dinas Perikanan Lampung Barat, Kamaludin Yusuf, melalui Kabid Budidaya, Reza Pratama, "
    "mengatakan ikan yang mati mencapai 40 ton. "
    "“Kerugian petani keramba diperkirakan mencapai Rp1 miliar,” katanya. "
    "Bupati Parosil Mabsus melalui sambungan telepon menyampaikan, pemkab akan membantu. "
    "“Kami siapkan bantuan benih bagi pembudidaya,” ujarnya."
)


def test_the_speaker_is_the_subordinate_after_melalui_not_the_head():
    persons = [
        _person(TEXT_THROUGH, "Kamaludin Yusuf"),
        _person(TEXT_THROUGH, "Reza Pratama"),
        _person(TEXT_THROUGH, "Parosil Mabsus"),
    ]
    got = extract_quotes(TEXT_THROUGH, persons=persons)
    assert [(q.text, q.speaker, q.cue) for q in got] == [
        ("Kerugian petani keramba diperkirakan mencapai Rp1 miliar,", "Reza Pratama", "katanya"),
        # melalui a telephone line: no person after it, the subject before it speaks
        ("Kami siapkan bantuan benih bagi pembudidaya,", "Parosil Mabsus", "ujarnya"),
    ]


def test_an_intro_with_melalui_before_the_quote_names_the_subordinate():
    text = (
        "Kapolres Tanggamus AKBP Rinaldo Aser melalui Kasat Reskrim Iptu Hendra Safuan "
        "mengatakan, “Kedua pelaku sudah kami amankan di Mapolres.”"
    )
    persons = [_person(text, "Rinaldo Aser"), _person(text, "Hendra Safuan")]
    got = extract_quotes(text, persons=persons)
    assert got == [
        _quote(
            text,
            "Kedua pelaku sudah kami amankan di Mapolres.",
            "Hendra Safuan",
            "mengatakan",
            speaker_span=_span(text, "Hendra Safuan"),
        )
    ]


# --- a pronoun that speaks keeps the sentence about its person -----------------------------

TEXT_PRONOUN_SPEAKS = (
    "Salah satu warga, Yanto, merasakan manfaat jalan beton itu. "
    "“Jalan ini bertahun-tahun rusak parah,” kata Yanto. "
    "Ia menjelaskan warga menilai kebijakan Bupati Musa Ahmad berhasil. "
    "“Kami siap mendukung program pemerintah,” ujarnya."
)


def test_persons_after_a_pronoun_and_a_speech_verb_are_what_is_said_not_the_speaker():
    persons = [_person(TEXT_PRONOUN_SPEAKS, "Yanto"), _person(TEXT_PRONOUN_SPEAKS, "Musa Ahmad")]
    got = extract_quotes(TEXT_PRONOUN_SPEAKS, persons=persons)
    assert [(q.text, q.speaker) for q in got] == [
        ("Jalan ini bertahun-tahun rusak parah,", "Yanto"),
        ("Kami siap mendukung program pemerintah,", "Yanto"),
    ]


def test_a_named_subject_before_the_speech_verb_still_speaks():
    text = (
        "“Jalan ini bertahun-tahun rusak parah,” kata Yanto. "
        "Bupati Musa Ahmad mengatakan warga Kampung Buyut Ilir akan dibantu. "
        "“Kami anggarkan tahun depan,” ujarnya."
    )
    persons = [_person(text, "Yanto"), _person(text, "Musa Ahmad")]
    got = extract_quotes(text, persons=persons)
    assert [q.speaker for q in got] == ["Yanto", "Musa Ahmad"]


# --- a page's paragraphs joined into one line (session 7) ----------------------------------
# Scrapers that join paragraphs lose the opening mark at each joint, or a closing mark.

TEXT_JOINED = (
    "Jakarta (ANTARA) - Timnas U-23 lolos ke putaran final Piala Asia. Sebelumnya tim menang atas "
    "Turkmenistan di Jl. Adi Sucipto, Solo. Ini laga yang sangat berat, Anda semua tahu itu. "
    "Bekerja dengan para pemain ini istimewa,” ucap Shin Tae-yong, Selasa. Pelatih asal Korea itu "
    "memuji para pemainnya. Kami harus mempertahankan apa yang kami capai,” katanya."
)


def test_a_tag_without_a_name_is_the_person_of_its_sentence_after_a_short_name_s_full_stop():
    # ``kata Dedi.`` ends a sentence: the person the next sentence names speaks the next quote
    text = (
        "Pelatih tim, Dedi Kurnia, memuji kiper barunya. “Ia punya refleks bagus,” kata Dedi. "
        "Lebih lanjut, Andri Saputra mengatakan akan bekerja keras bersama tim. “Tujuan saya adalah "
        "menjadi kiper utama musim ini,” tutup kiper berusia 21 tahun itu."
    )
    persons = [_person(text, "Dedi Kurnia", "Dedi"), _person(text, "Andri Saputra")]
    got = extract_quotes(text, persons=persons)
    assert [(q.text, q.speaker, q.cue) for q in got] == [
        ("Ia punya refleks bagus,", "Dedi Kurnia", "kata"),
        ("Tujuan saya adalah menjadi kiper utama musim ini,", "Andri Saputra", "tutup"),
    ]


def test_a_lone_closing_mark_and_a_tag_start_the_quote_at_its_first_person_sentences():
    shin = _person(TEXT_JOINED, "Shin Tae-yong")
    got = extract_quotes(TEXT_JOINED, persons=[shin])
    assert got == [
        _quote(
            TEXT_JOINED,
            "Ini laga yang sangat berat, Anda semua tahu itu. Bekerja dengan para pemain ini istimewa,",
            "Shin Tae-yong",
            "ucap",
            speaker_span=_span(TEXT_JOINED, "Shin Tae-yong"),
        ),
        _quote(TEXT_JOINED, "Kami harus mempertahankan apa yang kami capai,", "Shin Tae-yong", "katanya"),
    ]


def test_a_long_paragraph_s_first_lone_closing_mark_starts_no_quote_at_the_dateline():
    text = (
        "Jakarta (ANTARA) - Berat badan korban terus bertambah. Kepala RS Polri Hariyanto menjelaskan "
        "kenaikan itu. Korban dirawat sejak Selasa. Gizinya diatur khusus. Kondisi pita suaranya "
        "belum pulih. Ludah harus dibiarkan mengalir ketika ditelan,” ujarnya."
    )
    got = extract_quotes(text, persons=[_person(text, "Hariyanto")])
    assert got == [_quote(text, "Ludah harus dibiarkan mengalir ketika ditelan,", "Hariyanto", "ujarnya")]


def test_a_short_paragraph_s_lone_closing_mark_still_starts_the_quote_at_the_paragraph():
    text = "Banjir surut.\nBantuan tiba pagi ini. Warga diminta tenang,” ujar Zubir."
    assert _texts(text) == ["Bantuan tiba pagi ini. Warga diminta tenang,"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # no tag verb after the lone mark: nothing but the quote before it
        (
            "“Stok aman,” kata Eko. Harga cabai naik. Pasokan dari Jawa tersendat,” dan pedagang "
            "menaikkan harga.",
            ["Stok aman,"],
        ),
        # the words before it are the tag of the quote before: nothing more
        ('"Saya tidak memotong dana itu," ujar ," papar Sinta.', ["Saya tidak memotong dana itu,"]),
    ],
)
def test_a_lone_closing_mark_without_spoken_words_before_a_tag_gives_no_quote(text: str, words: list[str]):
    assert [q.text for q in extract_quotes(text)] == words


def test_a_quote_that_lost_its_closing_mark_ends_before_its_tag():
    text = (
        "Kemenag mengajak umat menggelar shalat minta hujan. “Kementerian Agama mengajak umat "
        "melaksanakan Shalat Istisqa, kata Menteri Agama Yaqut Cholil Qoumas. Musim kemarau "
        "masih berlangsung di Jambi."
    )
    yaqut = _person(text, "Yaqut Cholil Qoumas")
    got = extract_quotes(text, persons=[yaqut])
    assert got == [
        _quote(
            text,
            "Kementerian Agama mengajak umat melaksanakan Shalat Istisqa,",
            "Yaqut Cholil Qoumas",
            "kata",
            speaker_span=_span(text, "Yaqut Cholil Qoumas"),
        )
    ]


def test_a_quote_that_lost_its_closing_mark_before_the_next_opening_one():
    text = (
        "“Fokus kami adalah aturan naturalisasi, kata Christopher. Regulasi itu mengubah tim. "
        "“Kami masih berharap Adelaide segera sembuh,” katanya."
    )
    chris = _person(text, "Christopher")
    got = extract_quotes(text, persons=[chris, _person(text, "Adelaide")])
    assert [(q.text, q.speaker) for q in got] == [
        ("Fokus kami adalah aturan naturalisasi,", "Christopher"),
        ("Kami masih berharap Adelaide segera sembuh,", "Christopher"),
    ]


def test_a_title_that_lost_its_closing_mark_inside_a_sentence_gives_nothing():
    text = (
        "Ia berbicara dalam diskusi bertajuk “Hari Kesadaran Limfoma Sedunia di Jakarta. Benjolan "
        "akibat infeksi umumnya membaik, kata dia."
    )
    assert extract_quotes(text) == []


def test_a_lost_closing_mark_is_not_guessed_at_a_comma_before_a_word_that_is_no_tag():
    text = "Warga mengeluh. “Jalan ini rusak, jelas terlihat dari lubangnya yang dalam"
    assert _texts(text) == ["Jalan ini rusak, jelas terlihat dari lubangnya yang dalam"]


# --- posts embedded in the page ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the post's emoji lost as ``??`` read as marks, its signature right after them
        "Everton akan berjumpa Brentford. ???? One-nil to The Arsenal ???? — Arsenal (@Arsenal) "
        "September 17, 2023 Baca juga: Chelsea kembali tertahan",
        # hashtags and the poster's name between the marks and the signature
        "Sociedad menjamu Getafe. ???? FT: @realmadriden 2-1 @RealSociedadEN ????#RealMadrid — Real "
        "Madrid C.F. ???????? (@realmadriden) September 17, 2023 Baca juga: Barcelona menang",
        # the signature inside the marks
        "Kontrak berlaku hingga 2028. ??⚪ Servus ⚪????#FCBayern #MiaSanMia — FC Bayern München "
        "(@FCBayern) August 25, 2023 Peretz didatangkan dari Maccabi, katanya.",
    ],
)
def test_an_embedded_post_is_no_quote(text: str):
    assert extract_quotes(text) == []


def test_a_quote_before_an_embedded_post_ends_before_its_tag():
    text = (
        "“Sekarang saya ingin mengembalikan kepercayaan klub, lanjutnya. Weghorst akan mengenakan "
        "nomor 10. 1️⃣0️⃣ ???? — TSG Hoffenheim (@tsghoffenheim) August 9, 2023"
    )
    got = extract_quotes(text, persons=[_person(text, "Weghorst")])
    assert [(q.text, q.cue) for q in got] == [
        ("Sekarang saya ingin mengembalikan kepercayaan klub,", "lanjutnya")
    ]


def test_a_handle_in_a_quote_without_a_post_s_signature_is_still_a_quote():
    text = "“Ikuti akun @pemkotbogor untuk kabar terbaru soal banjir,” kata Dedie."
    got = extract_quotes(text, persons=[_person(text, "Dedie")])
    assert [(q.text, q.speaker) for q in got] == [
        ("Ikuti akun @pemkotbogor untuk kabar terbaru soal banjir,", "Dedie")
    ]
