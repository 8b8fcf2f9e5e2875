"""Quotes on unseen regional news (issue 12, round fields17): the straight marks a scraper put
around a whole body quote no one, and read as marks they would pair with the body's own curly
ones; a body that opens with a real quotation keeps it.

Invented Indonesian sentences; whole quotes with spans, including texts that must give nothing.
"""

from __future__ import annotations

import pytest

from extract import extract_quotes
from extract.quotes import find_quote_spans
from tests.extract.test_quotes import _official, _person, _quote, _span

TEXT_WRAPPED = (
    '"Kepala Dinas Pertanian Tanggamus, Rosita Handayani menyebut harga cabai merah mulai turun '
    "sejak panen di Kecamatan Pulau Panggung. “Pasokan dari petani sudah normal lagi, jadi harga "
    'di pasar ikut turun,” ujarnya, Senin. Ia meminta pedagang tidak menimbun stok."'
)


def test_marks_around_the_whole_body_quote_no_one() -> None:
    rosita = _person(TEXT_WRAPPED, "Rosita Handayani")
    got = extract_quotes(TEXT_WRAPPED, persons=[rosita])
    assert got == [
        _quote(
            TEXT_WRAPPED,
            "Pasokan dari petani sudah normal lagi, jadi harga di pasar ikut turun,",
            "Rosita Handayani",
            "ujarnya",
        )
    ]


TEXT_WRAPPED_PLAIN = (
    '"Pemerintah Kabupaten Way Kanan menyalurkan bantuan bibit karet kepada 40 kelompok tani di '
    'Kecamatan Blambangan Umpu pada Kamis pagi."'
)


def test_a_wrapped_body_without_speech_gives_nothing() -> None:
    assert extract_quotes(TEXT_WRAPPED_PLAIN) == []
    assert find_quote_spans(TEXT_WRAPPED_PLAIN) == []


TEXT_OPENS_WITH_QUOTE = (
    '"Kami minta warga menjauhi bantaran sungai selama hujan masih turun," kata Camat Baradatu '
    'Sulaiman Hadi. Ia menambahkan posko darurat dibuka di balai pekon. "Posko buka siang dan malam."'
)


def test_a_body_that_opens_and_ends_with_quotations_keeps_them() -> None:
    sulaiman = _person(TEXT_OPENS_WITH_QUOTE, "Sulaiman Hadi")
    got = extract_quotes(TEXT_OPENS_WITH_QUOTE, persons=[sulaiman])
    assert got == [
        _quote(
            TEXT_OPENS_WITH_QUOTE,
            "Kami minta warga menjauhi bantaran sungai selama hujan masih turun,",
            "Sulaiman Hadi",
            "kata",
            speaker_span=_span(TEXT_OPENS_WITH_QUOTE, "Sulaiman Hadi", 10),
        ),
        _quote(TEXT_OPENS_WITH_QUOTE, "Posko buka siang dan malam.", "Sulaiman Hadi", None),
    ]


TEXT_DEGREE_DOT = (
    "Dokter spesialis anak RSUD Abdul Moeloek, dr. Ratna Kumalasari, meminta orang tua tidak "
    "menunda imunisasi campak.\n"
    "“Vaksin campak aman diberikan sejak bayi berumur sembilan bulan,” kata dr. Ratna saat "
    "penyuluhan di Puskesmas Kedaton, Kamis."
)


def test_the_dot_of_a_degree_before_a_name_does_not_end_the_tag() -> None:
    ratna = _person(TEXT_DEGREE_DOT, "Ratna Kumalasari", "Ratna")
    got = extract_quotes(TEXT_DEGREE_DOT, persons=[ratna])
    assert got == [
        _quote(
            TEXT_DEGREE_DOT,
            "Vaksin campak aman diberikan sejak bayi berumur sembilan bulan,",
            "Ratna Kumalasari",
            "kata",
            speaker_span=_span(TEXT_DEGREE_DOT, "Ratna", TEXT_DEGREE_DOT.index("kata dr.")),
        )
    ]


TEXT_SENTENCE_DOT = (
    "Petugas puskesmas memeriksa warga di posko banjir Kelurahan Way Lunik.\n"
    "“Sebagian besar warga hanya mengeluh gatal dan batuk ringan,” kata dokter. Ratna "
    "Kumalasari, warga setempat, mengaku sudah tiga hari mengungsi."
)


def test_a_full_stop_after_a_plain_word_still_ends_the_tag() -> None:
    ratna = _person(TEXT_SENTENCE_DOT, "Ratna Kumalasari")
    got = extract_quotes(TEXT_SENTENCE_DOT, persons=[ratna])
    assert got == [
        _quote(TEXT_SENTENCE_DOT, "Sebagian besar warga hanya mengeluh gatal dan batuk ringan,", None, "kata")
    ]


TEXT_LINKED_STATEMENT = (
    "Pelatih kepala Persiraja, Andi Saputra, memimpin latihan terakhir sebelum laga tandang.\n"
    "“Klub telah mencapai kesepakatan dengan pemain untuk perpanjangan kontrak dua musim,” "
    "demikian pernyataan resmi klub di laman mereka, Rabu.\n"
    "“Semua pemain dalam kondisi bugar menjelang pertandingan,” demikian penjelasan Andi Saputra "
    "kepada wartawan."
)


def test_a_statement_after_demikian_names_its_author_or_no_one() -> None:
    andi = _person(TEXT_LINKED_STATEMENT, "Andi Saputra")
    got = extract_quotes(TEXT_LINKED_STATEMENT, persons=[andi])
    second = TEXT_LINKED_STATEMENT.index("demikian penjelasan")
    assert got == [
        _quote(
            TEXT_LINKED_STATEMENT,
            "Klub telah mencapai kesepakatan dengan pemain untuk perpanjangan kontrak dua musim,",
            None,
            "demikian",
        ),
        _quote(
            TEXT_LINKED_STATEMENT,
            "Semua pemain dalam kondisi bugar menjelang pertandingan,",
            "Andi Saputra",
            "demikian",
            speaker_span=_span(TEXT_LINKED_STATEMENT, "Andi Saputra", second),
        ),
    ]


TEXT_LINKED_TERM = (
    "Warga Kelurahan Sukarame mengeluhkan jalan berlubang di depan pasar.\n"
    "“Jalan kolam”, demikian sebutan warga untuk ruas yang selalu tergenang itu."
)


def test_a_short_term_after_demikian_is_no_quote() -> None:
    assert extract_quotes(TEXT_LINKED_TERM) == []


TEXT_TITLE_COMMA = (
    "Bupati Pesisir Barat Yulius Effendi membuka pasar murah di Kecamatan Krui Selatan.\n"
    "“Pasar murah ini kami gelar agar harga beras tetap terjangkau menjelang lebaran,” kata "
    "Bupati, Selasa 18 Maret 2025."
)


def test_a_title_before_a_comma_names_its_holder() -> None:
    yulius = _person(TEXT_TITLE_COMMA, "Yulius Effendi")
    official = _official(TEXT_TITLE_COMMA, "Yulius Effendi", "Bupati Pesisir Barat")
    got = extract_quotes(TEXT_TITLE_COMMA, persons=[yulius], officials=[official])
    assert got == [
        _quote(
            TEXT_TITLE_COMMA,
            "Pasar murah ini kami gelar agar harga beras tetap terjangkau menjelang lebaran,",
            "Yulius Effendi",
            "kata",
            speaker_span=_span(TEXT_TITLE_COMMA, "Bupati", TEXT_TITLE_COMMA.index("kata")),
            title="Bupati Pesisir Barat",
        )
    ]


TEXT_OTHER_TITLE_COMMA = (
    "Bupati Pesisir Barat Yulius Effendi membuka pasar murah di Kecamatan Krui Selatan.\n"
    "“Stok beras di gudang kami cukup sampai akhir bulan,” kata Kepala Gudang, Senin."
)


def test_another_title_before_a_comma_names_no_one() -> None:
    yulius = _person(TEXT_OTHER_TITLE_COMMA, "Yulius Effendi")
    official = _official(TEXT_OTHER_TITLE_COMMA, "Yulius Effendi", "Bupati Pesisir Barat")
    got = extract_quotes(TEXT_OTHER_TITLE_COMMA, persons=[yulius], officials=[official])
    assert got == [
        _quote(TEXT_OTHER_TITLE_COMMA, "Stok beras di gudang kami cukup sampai akhir bulan,", None, "kata")
    ]


TEXT_NICKNAME = (
    "Penyanyi Rudolf “Rudi” Hutapea berharap pemerintah daerah membantu musisi jalanan di Medan.\n"
    "“Kami hanya ingin tempat tampil yang layak bagi pengamen,” Rudolf menambahkan."
)


def test_a_short_quotation_inside_a_sentence_is_a_name_not_speech() -> None:
    rudolf = _person(TEXT_NICKNAME, "Rudolf Hutapea", "Rudolf")
    got = extract_quotes(TEXT_NICKNAME, persons=[rudolf])
    second = TEXT_NICKNAME.index("” Rudolf")
    assert got == [
        _quote(
            TEXT_NICKNAME,
            "Kami hanya ingin tempat tampil yang layak bagi pengamen,",
            "Rudolf Hutapea",
            "menambahkan",
            speaker_span=_span(TEXT_NICKNAME, "Rudolf", second),
        )
    ]


TEXT_SHORT_SPOKEN = (
    "Kapolsek Natar Iptu Sugeng Riyadi ditanya soal jumlah pelaku.\n“Dua orang,” Sugeng menjawab singkat."
)


def test_a_short_quotation_that_opens_its_sentence_is_speech() -> None:
    sugeng = _person(TEXT_SHORT_SPOKEN, "Sugeng Riyadi", "Sugeng")
    got = extract_quotes(TEXT_SHORT_SPOKEN, persons=[sugeng])
    assert got == [
        _quote(
            TEXT_SHORT_SPOKEN,
            "Dua orang,",
            "Sugeng Riyadi",
            "menjawab",
            speaker_span=_span(TEXT_SHORT_SPOKEN, "Sugeng", TEXT_SHORT_SPOKEN.index("” Sugeng")),
        )
    ]


TEXT_SHORT_INTRODUCED = (
    "Saksi mata menyebut pria itu mendatangi warung dan berkata, “Mana uangnya?” sebelum kabur "
    "ke arah pasar. Warga menyebut “zona merah” untuk kawasan itu sejak tahun lalu."
)


def test_a_short_introduced_quotation_ending_as_speech_is_a_quote() -> None:
    got = extract_quotes(TEXT_SHORT_INTRODUCED)
    assert got == [_quote(TEXT_SHORT_INTRODUCED, "Mana uangnya?", None, "berkata")]


TEXT_SUSPECT_BEFORE = (
    "Kasat Reskrim Polres Way Kanan AKP Rudi Santoso menjelaskan kronologi kejadian.\n"
    "“Pelaku datang ke rumah korban pada malam hari,” kata Rudi.\n"
    "Setelah itu, Darman langsung membawa motor korban ke arah Blambangan Umpu.\n"
    "“Motor itu sempat dijual ke penadah di Baradatu,” sebutnya."
)


@pytest.mark.xfail(
    strict=True,
    reason="a pronoun tag after a sentence about the suspect points to the suspect, not to the police "
    "officer quoted before (news-raw: 1 in 7301-7550)",
)
def test_a_pronoun_tag_after_a_sentence_about_a_suspect_is_the_officer() -> None:
    rudi = _person(TEXT_SUSPECT_BEFORE, "Rudi Santoso", "Rudi")
    darman = _person(TEXT_SUSPECT_BEFORE, "Darman")
    got = extract_quotes(TEXT_SUSPECT_BEFORE, persons=[rudi, darman])
    assert [q.speaker for q in got] == ["Rudi Santoso", "Rudi Santoso"]


TEXT_LOWERCASE_TAG = (
    "Wali Kota Metro Bambang Sutrisno meninjau penyaluran beras bantuan pangan.\n"
    "“Setiap keluarga menerima sepuluh kilogram beras bulan ini,” ucap bambang"
)


@pytest.mark.xfail(
    strict=True, reason="a name written in lower case in a tag is not read (news-raw: 1 in 7301-7550)"
)
def test_a_lowercase_name_in_a_tag_names_the_person() -> None:
    bambang = _person(TEXT_LOWERCASE_TAG, "Bambang Sutrisno", "Bambang")
    got = extract_quotes(TEXT_LOWERCASE_TAG, persons=[bambang])
    assert [q.speaker for q in got] == ["Bambang Sutrisno"]


TEXT_TITLE_SPEAKS_TO = (
    "Bupati Tanggamus Moh Saleh Asnawi melepas atlet pencak silat ke kejuaraan nasional.\n"
    "Dalam kesempatan itu, Bupati menyampaikan pesan kepada Rina Wulandari, antara lain, Rina "
    "diminta menjaga kondisi selama pemusatan latihan.\n"
    "“Bawa pulang medali untuk Tanggamus dan jaga nama baik daerah,” tegasnya."
)


def test_persons_after_a_title_and_a_speech_verb_are_spoken_to_not_speakers() -> None:
    saleh = _person(TEXT_TITLE_SPEAKS_TO, "Moh Saleh Asnawi")
    rina = _person(TEXT_TITLE_SPEAKS_TO, "Rina Wulandari", "Rina")
    official = _official(TEXT_TITLE_SPEAKS_TO, "Moh Saleh Asnawi", "Bupati Tanggamus")
    got = extract_quotes(TEXT_TITLE_SPEAKS_TO, persons=[saleh, rina], officials=[official])
    assert got == [
        _quote(
            TEXT_TITLE_SPEAKS_TO,
            "Bawa pulang medali untuk Tanggamus dan jaga nama baik daerah,",
            "Moh Saleh Asnawi",
            "tegasnya",
            title="Bupati Tanggamus",
        )
    ]
