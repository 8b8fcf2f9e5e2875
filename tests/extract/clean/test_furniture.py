"""Furniture the first rules kept (issue 15): excerpts cut short, run-together tag strips,
sponsored-content notes, closing marks, glued teaser blocks; and what must stay body."""

from __future__ import annotations

from extract.clean import clean
from extract.clean.kinds import LineKind
from extract.records import Boilerplate

TITLE = "Harga Cabai Merah di Bukittinggi Turun"
LEDE = (
    "BUKITTINGGI – Harga cabai merah di Pasar Atas Bukittinggi turun menjadi Rp68 ribu per kilogram "
    "pada pekan ini setelah pasokan dari Agam kembali normal."
)
QUOTE = '"Kalau panen membaik, harga bisa kembali ke Rp30 ribu," kata Kepala Dinas Perdagangan, Andi Putra.'


def test_excerpts_cut_short_in_a_row_under_the_body_are_related_articles() -> None:
    excerpts = [
        "Sebanyak 1.200 guru honorer di Pasaman belum menerima gaji bulan Januari karena masih dalam…",
        "DPRD Padang Pariaman menolak rencana kenaikan tarif air yang dinilai sepihak dan belum melalui…",
    ]
    page = clean("\n".join([TITLE, LEDE, QUOTE + "(*1)", *excerpts]) + "\n")
    assert page.text == LEDE + "\n" + QUOTE
    assert Boilerplate(3, "(*1)", "endmark") in page.boilerplate
    assert [b.kind for b in page.boilerplate if b.line >= 4] == ["related", "related"]


def test_one_paragraph_ending_in_an_ellipsis_stays_body() -> None:
    last = '"Kami berharap harga terus turun, tapi cuaca belum bisa ditebak..."'
    page = clean("\n".join([TITLE, LEDE, QUOTE, last]) + "\n")
    assert page.text.split("\n")[-1] == last


def test_a_run_together_tag_strip_inside_a_paragraph_is_cut() -> None:
    page = clean(TITLE + "\n" + LEDE.replace("Harga cabai", "PasarAtasBukittinggiSumbar Harga cabai") + "\n")
    assert page.text == LEDE
    assert Boilerplate(2, "PasarAtasBukittinggiSumbar", "navigation") in page.boilerplate


def test_a_two_part_name_in_camel_case_stays() -> None:
    lede = LEDE.replace("Agam", "PT BukitTinggi")
    assert clean(TITLE + "\n" + lede + "\n").text == lede


def test_sponsored_content_note_is_furniture() -> None:
    note = (
        "Konten di bawah ini disajikan oleh Advertiser. Jurnalis kami tidak terlibat dalam materi konten ini."
    )
    page = clean("\n".join([TITLE, LEDE, QUOTE, note]) + "\n")
    assert page.text == LEDE + "\n" + QUOTE
    assert Boilerplate(4, note, "ad") in page.boilerplate


def test_advertorial_mark_is_cut_and_is_no_byline() -> None:
    page = clean("\n".join([TITLE, LEDE, QUOTE + " (adv)"]) + "\n")
    assert (page.byline, page.text) == (None, LEDE + "\n" + QUOTE)
    assert Boilerplate(3, "(adv)", "endmark") in page.boilerplate


def test_a_star_glued_to_the_last_stop_is_an_end_mark() -> None:
    page = clean("\n".join([TITLE, LEDE, QUOTE + "*"]) + "\n")
    assert page.text == LEDE + "\n" + QUOTE
    assert Boilerplate(3, "*", "endmark") in page.boilerplate


def test_a_glued_teaser_block_ends_where_an_official_starts_speaking() -> None:
    teasers = (
        "BACA JUGA Gubernur Tinjau Pasar Atas Bukittinggi Harga Beras Naik Jelang Ramadan "
        "Dana Desa Harus Ditambah untuk Korban Banjir"
    )
    body = (
        "Kepala Dinas Perdagangan dan Perindustrian Sumbar Andi Putra mengatakan, pasokan cabai kini lancar."
    )
    page = clean(TITLE + "\n" + LEDE + " " + teasers + " " + body + "\n")
    assert page.text == LEDE + " " + body
    assert Boilerplate(2, teasers, "related") in page.boilerplate


def test_a_dateline_on_its_own_line_stays_in_the_body() -> None:
    lede = LEDE.removeprefix("BUKITTINGGI – ")
    page = clean("\n".join([TITLE, "", "Bukittinggi, SUARA AGAM", "", lede, QUOTE]) + "\n")
    assert page.text == "Bukittinggi, SUARA AGAM\n" + lede + "\n" + QUOTE
    assert (page.dateline.place, page.dateline.outlet) == ("Bukittinggi", "Suara Agam")


def test_a_google_news_prompt_is_cut_with_the_outlet_name_after_it() -> None:
    lede = "BUKITTINGGI – Harga cabai merah turun menjadi Rp68 ribu per kilogram."
    rest = "Pasokan dari Agam kembali normal sejak pekan lalu."
    page = clean(TITLE + "\n" + lede + " Simak berita lainnya di Google News Sumbarnews. " + rest + "\n")
    assert page.text == lede + " " + rest


def test_a_caption_marked_with_double_slash_is_furniture() -> None:
    caption = "Pedagang cabai melayani pembeli di Pasar Atas Bukittinggi //Foto: Humas Pemko"
    page = clean("\n".join([TITLE, LEDE, caption, QUOTE]) + "\n")
    assert page.text == LEDE + "\n" + QUOTE


def test_a_credit_with_digits_glued_after_it_is_cut_and_the_paragraph_kept() -> None:
    page = clean("\n".join([TITLE, LEDE, QUOTE + "(Budi)123"]) + "\n")
    assert (page.byline, page.text) == ("Budi", LEDE + "\n" + QUOTE)


ONE_LINE_LEDE = "KEDIRI – Pemerintah Kabupaten Kediri menyalurkan bantuan benih padi kepada 40 kelompok tani."
ONE_LINE_REST = "Kepala Dinas Pertanian Budi Santoso mengatakan benih dibagikan menjelang musim tanam."


def test_a_telegram_prompt_between_two_sentences_is_cut_exactly() -> None:
    prompt = (
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kedirinews.com. Mari bergabung "
        "di Grup Telegram, caranya klik link https://t.me/kedirinews, kemudian join."
    )
    page = clean(f"Pemkab Bagikan Benih\n{ONE_LINE_LEDE} {prompt} {ONE_LINE_REST}\n")
    assert page.text == f"{ONE_LINE_LEDE} {ONE_LINE_REST}"
    assert Boilerplate(2, prompt, "share") in page.boilerplate


def test_a_whatsapp_prompt_without_a_stop_ends_at_its_link() -> None:
    prompt = (
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses "
        "berita Kedirinews WhatsApp Channel: https://whatsapp.com/channel/0029"
    )
    page = clean(f"Pemkab Bagikan Benih\n{ONE_LINE_LEDE} {prompt} {ONE_LINE_REST}\n")
    assert page.text == f"{ONE_LINE_LEDE} {ONE_LINE_REST}"


def test_a_sentence_about_an_app_is_no_prompt() -> None:
    body = f"{ONE_LINE_LEDE} Petani bisa download aplikasi Sapa Tani untuk melapor hama. {ONE_LINE_REST}"
    assert clean(f"Pemkab Bagikan Benih\n{body}\n").text == body


def test_a_reader_comment_heading_and_its_comments_are_furniture() -> None:
    page = clean(
        "\n".join([TITLE, LEDE, QUOTE, "Komentar Pembaca", "Mantap, semoga harga terus turun"]) + "\n"
    )
    assert page.text == LEDE + "\n" + QUOTE
    assert [b.kind for b in page.boilerplate if b.line >= 4] == ["comments", "comments"]


def test_a_sentence_about_readers_comments_stays_body() -> None:
    last = "Komentar pembaca di media sosial beragam, sebagian meminta pemerintah menambah pasokan."
    page = clean("\n".join([TITLE, LEDE, QUOTE, last]) + "\n")
    assert page.text.split("\n")[-1] == last


def test_a_pull_quote_between_paragraphs_is_furniture() -> None:
    pull = "Kalau panen membaik harga bisa kembali ke Rp30 ribu"
    page = clean("\n".join([TITLE, LEDE, pull, QUOTE]) + "\n")
    assert page.text == LEDE + "\n" + QUOTE
    assert Boilerplate(3, pull, "duplicate") in page.boilerplate


def test_a_short_open_line_not_repeated_in_the_body_stays() -> None:
    sub = "Pasokan dari Agam dan Tanah Datar kembali normal"
    page = clean("\n".join([TITLE, LEDE, sub, QUOTE]) + "\n")
    assert sub in page.text.split("\n")


def test_inline_markers_read_one_by_one_cut_what_their_alternation_cuts() -> None:
    from extract.clean.inline import _inline_spans
    from extract.clean.lexicon import _patterns

    p = _patterns()
    lines = [
        LEDE + " ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Harga bawang juga turun.",
        QUOTE + " Baca berita selengkapnya di sini. Simak berita lainnya di Google News.",
        "Tinggalkan Komentar Alamat email Anda tidak akan dipublikasikan. 3 Komentar",
        LEDE + " (*) © 2024 Padang Ekspres",
        QUOTE,
        "",
    ]
    for line in lines:
        expected = [(m.start(), m.end(), p.kinds[m.lastgroup][0]) for m in p.inline.finditer(line)]
        assert _inline_spans(line) == expected
    assert [kind for _, _, kind in _inline_spans(lines[0])] == ["ad", "ad"]
    assert _inline_spans(QUOTE) == []


def test_an_inline_marker_written_with_a_dotted_capital_i_is_found() -> None:
    """`İlustrasi` casefolds to `i̇lustrasi` (a combining dot): the marker's word is found still."""
    from extract.clean.inline import _inline_spans
    from extract.records import LineKind

    line = "Warga memadati alun-alun kota (İlustrasi: Budi/Antara)"
    assert _inline_spans(line) == [(30, 54, LineKind.CAPTION)]


def test_inline_markers_are_searched_only_where_their_words_stand() -> None:
    from extract.clean.inline import _markers_in
    from extract.clean.lexicon import _patterns

    p = _patterns()
    # a plain sentence holds none of most markers' required words: those are not searched
    assert len(_markers_in(QUOTE)) < len(p.inline_parts) // 4
    # a marker whose words stand in the line (in any case) is searched
    line = LEDE + " TINGGALKAN komentar"
    kept = {rx.pattern for _, rx in _markers_in(line)}
    assert any("Tinggalkan" in pattern for pattern in kept)
    # the markers with no required word known are searched on every line
    assert all(
        rx in {r for _, r in _markers_in("")}
        for (_, rx), needs in zip(p.inline_parts, p.inline_needs, strict=True)
        if needs is None
    )


def test_a_bare_baca_before_a_headline_is_a_teaser() -> None:
    teaser = "Baca  Omset Pedagang Turun, DPRD Kaltim Dorong Percepatan Pembangunan Pasar Pagi"
    page = clean("\n".join([TITLE, LEDE, teaser, QUOTE]) + "\n")
    assert page.text == "\n".join([LEDE, QUOTE])
    assert page.boilerplate == (
        Boilerplate(line=1, text=TITLE, kind=LineKind.TITLE),
        Boilerplate(line=3, text=" ".join(teaser.split()), kind=LineKind.RELATED),
    )


def test_a_sentence_that_opens_with_baca_stays_body() -> None:
    sentence = "Baca Tulis Al-Quran (BTQ) menjadi syarat masuk sekolah dasar di Bukittinggi mulai tahun ini."
    page = clean("\n".join([TITLE, LEDE, sentence, QUOTE]) + "\n")
    assert page.text == "\n".join([LEDE, sentence, QUOTE])


def test_dateline_dashes_are_searched_only_where_their_marks_stand() -> None:
    """`marked_search` finds what the dash and soft-dash patterns' own search finds: a window with
    no dash, bar, underscore or tilde gives nothing at once, one with a mark is searched."""
    from extract.clean.lexicon import DASH_MARKS, SOFT_DASH_MARKS, _patterns, marked_search

    p = _patterns()
    openings = [
        "JAKARTA - Menteri Pertanian meninjau panen raya di Karawang.",
        "SLEMAN-Pemkab Sleman menyalurkan bantuan beras kepada warga.",
        "SUKAMAJU (Lampost.co)--Pemkab Lampung Barat membuka pasar murah.",
        "Jakarta (ANTARA) – Pemerintah menyiapkan anggaran untuk pupuk bersubsidi.",
        "Simalungun | Sebagai bentuk kepedulian, polres membagikan sembako.",
        "Kempo, DorobataNews.net ~Upaya desa menekan angka stunting terus berjalan.",
        "Karimun (Humas)_Kakanwil meninjau lapas pada Senin pagi.",
        "Gubernur Jawa Barat meresmikan jembatan baru di kawasan Cianjur pada Senin pagi.",
        "",
    ]
    for text in openings:
        for rx, marks in ((p.dash, DASH_MARKS), (p.soft_dash, SOFT_DASH_MARKS)):
            expected = rx.search(text, 0, 90)
            found = marked_search(rx, marks, text, 90)
            assert (found and found.span()) == (expected and expected.span())
            assert expected is None or any(mark in expected.group() for mark in marks)
    assert marked_search(p.dash, DASH_MARKS, openings[0], 90).span() == (7, 10)
    assert marked_search(p.soft_dash, SOFT_DASH_MARKS, openings[4], 90).span() == (10, 13)
    assert marked_search(p.dash, DASH_MARKS, openings[7], 90) is None
