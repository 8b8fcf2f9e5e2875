"""Quotes and their speakers (GUIDELINES §7) on Indonesian news sentences."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_quotes
from extract.quotes import find_quote_spans
from extract.records import Official, Person, Quote
from tests.growth import LINEAR_BOUND, growth


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _person(text: str, name: str, *forms: str) -> Person:
    """A person as `extract_persons` gives it: every mention of the name and its short forms."""
    mentions = []
    for form in (name, *forms):
        pos = text.find(form)
        while pos >= 0:
            if not any(s <= pos < e for s, e in mentions):
                mentions.append((pos, pos + len(form)))
            pos = text.find(form, pos + len(form))
    return Person(name, tuple(sorted(mentions)))


def _official(text: str, name: str, title: str) -> Official:
    start, end = _span(text, f"{title} {name}")
    return Official(name, title, (start, end), (end - len(name), end))


def _quote(text: str, words: str, speaker: str | None, cue: str | None, **kw) -> Quote:
    return Quote(words, _span(text, words), speaker, kw.get("speaker_span"), cue, kw.get("title"))


# --------------------------------------------------------------------------- attribution

TEXT_TAG_AFTER = (
    "Kepala Dinas Koperasi Umi Mastikah membuka pelatihan membatik bagi pelaku usaha.\n"
    "“Kami juga membantu memasarkan produk mereka,” ujar Umi.\n"
    "“Pelatihan ini kami gelar setiap tahun,” pungkasnya."
)


def test_tag_after_with_a_short_name_and_a_pronoun_tag():
    umi = _person(TEXT_TAG_AFTER, "Umi Mastikah", "Umi")
    title = "Kepala Dinas Koperasi"
    official = _official(TEXT_TAG_AFTER, "Umi Mastikah", title)
    got = extract_quotes(TEXT_TAG_AFTER, persons=[umi], officials=[official])
    short = _span(TEXT_TAG_AFTER, "Umi", TEXT_TAG_AFTER.index("ujar"))
    assert got == [
        _quote(
            TEXT_TAG_AFTER,
            "Kami juga membantu memasarkan produk mereka,",
            "Umi Mastikah",
            "ujar",
            speaker_span=short,
            title=title,
        ),
        _quote(
            TEXT_TAG_AFTER,
            "Pelatihan ini kami gelar setiap tahun,",
            "Umi Mastikah",
            "pungkasnya",
            title=title,
        ),
    ]


TEXT_TITLE_ONLY = (
    "Bupati Sukabumi Darwis Halimi meresmikan jembatan gantung di Desa Cikadu, Kamis (28/11).\n"
    "“Jembatan ini memudahkan anak-anak berangkat ke sekolah,” ucap Bupati.\n"
    "Sementara itu, Kepala Dinas Pekerjaan Umum Asep Saepudin mengatakan pembangunan memakan waktu "
    "empat bulan."
)


def test_title_only_tag_names_the_official_who_holds_the_title():
    persons = [_person(TEXT_TITLE_ONLY, "Darwis Halimi"), _person(TEXT_TITLE_ONLY, "Asep Saepudin")]
    officials = [
        _official(TEXT_TITLE_ONLY, "Darwis Halimi", "Bupati Sukabumi"),
        _official(TEXT_TITLE_ONLY, "Asep Saepudin", "Kepala Dinas Pekerjaan Umum"),
    ]
    got = extract_quotes(TEXT_TITLE_ONLY, persons=persons, officials=officials)
    words = "Jembatan ini memudahkan anak-anak berangkat ke sekolah,"
    bupati = _span(TEXT_TITLE_ONLY, "Bupati", TEXT_TITLE_ONLY.index("ucap"))
    assert got == [
        _quote(TEXT_TITLE_ONLY, words, "Darwis Halimi", "ucap", speaker_span=bupati, title="Bupati Sukabumi")
    ]


TEXT_CONTEXT = (
    "Warga Desa Sukamaju memperbaiki jalan secara swadaya.\n"
    "Kepala Desa Sukamaju, Asep Saepudin, mengatakan jalan itu rusak sejak musim hujan tahun lalu "
    "dan sudah dilaporkan kepada Bupati Ade Sugianto.\n"
    "“Kami sudah tiga kali mengajukan perbaikan ke kabupaten,” katanya.\n"
    "Seorang warga, Dedi, mengatakan, “Kalau hujan, motor tidak bisa lewat sama sekali.”\n"
    "Menurut Asep, “Perbaikan akan selesai sebelum Lebaran.”"
)


def test_pronoun_tag_goes_to_the_subject_not_the_object_before_it():
    persons = [
        _person(TEXT_CONTEXT, "Asep Saepudin", "Asep"),
        _person(TEXT_CONTEXT, "Ade Sugianto"),
        _person(TEXT_CONTEXT, "Dedi"),
    ]
    got = extract_quotes(TEXT_CONTEXT, persons=persons)
    assert [(q.text, q.speaker, q.cue) for q in got] == [
        ("Kami sudah tiga kali mengajukan perbaikan ke kabupaten,", "Asep Saepudin", "katanya"),
        ("Kalau hujan, motor tidak bisa lewat sama sekali.", "Dedi", "mengatakan"),
        ("Perbaikan akan selesai sebelum Lebaran.", "Asep Saepudin", "Menurut"),
    ]
    assert got[1].speaker_span == _span(TEXT_CONTEXT, "Dedi")
    assert got[2].speaker_span == _span(TEXT_CONTEXT, "Asep", TEXT_CONTEXT.index("Menurut"))


TEXT_SPLIT = (
    "“Jalan ini sudah lama rusak,” kata Asep Saepudin. “Kami berharap segera diperbaiki tahun ini.”\n"
    "“Setiap musim hujan jalan berubah menjadi kubangan lumpur.\n"
    "“Anak-anak harus berjalan kaki dua kilometer ke sekolah,” kata Dedi Kurnia."
)


def test_a_quote_split_by_its_tag_and_a_quote_over_two_paragraphs():
    persons = [_person(TEXT_SPLIT, "Asep Saepudin"), _person(TEXT_SPLIT, "Dedi Kurnia")]
    got = extract_quotes(TEXT_SPLIT, persons=persons)
    assert [(q.text, q.speaker, q.cue) for q in got] == [
        ("Jalan ini sudah lama rusak,", "Asep Saepudin", "kata"),
        ("Kami berharap segera diperbaiki tahun ini.", "Asep Saepudin", None),
        ("Setiap musim hujan jalan berubah menjadi kubangan lumpur.", "Dedi Kurnia", None),
        ("Anak-anak harus berjalan kaki dua kilometer ke sekolah,", "Dedi Kurnia", "kata"),
    ]
    for q in got:
        assert TEXT_SPLIT[q.span[0] : q.span[1]] == q.text


TEXT_UNNAMED = (
    "Harga cabai merah di Pasar Baru naik menjadi Rp80 ribu per kilogram.\n"
    "“Sejak minggu lalu pembeli berkurang separuh,” kata seorang pedagang di pasar itu."
)


def test_unnamed_speaker_is_none():
    got = extract_quotes(TEXT_UNNAMED, persons=[])
    assert got == [_quote(TEXT_UNNAMED, "Sejak minggu lalu pembeli berkurang separuh,", None, "kata")]


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah meluncurkan program “Sekolah Rakyat” di 100 kabupaten.",
        "Sampah plastik di sungai itu disebut “bom waktu” oleh para aktivis.",
        "Dalam bahasa Indonesia tema itu berarti “Tetap bersatu, jangan menyerah pada nasib, jangan lari”.",
        "Warga menamai jembatan itu 'Jembatan Harapan' sejak diresmikan.",
        "Tidak ada tanda kutip dalam kalimat ini, kata petugas.",
    ],
)
def test_quoted_names_terms_and_slogans_are_not_quotes(text):
    assert extract_quotes(text) == []


# --------------------------------------------------------------------------- marks


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"Kami siap menyalurkan bantuan hari ini," ujar Zubir.', "Kami siap menyalurkan bantuan hari ini,"),
        ("„Kami siap menyalurkan bantuan hari ini“, ujar Zubir.", "Kami siap menyalurkan bantuan hari ini"),
        (
            "''Kami siap menyalurkan bantuan hari ini,'' ujar Zubir.",
            "Kami siap menyalurkan bantuan hari ini,",
        ),
        (
            "??Kami siap menyalurkan bantuan hari ini,?? ujar Zubir.",
            "Kami siap menyalurkan bantuan hari ini,",
        ),
        ('“Kami siap menyalurkan bantuan hari ini," ujar Zubir.', "Kami siap menyalurkan bantuan hari ini,"),
        # the opening mark lost: the quote starts its paragraph
        (
            "Banjir surut.\nKami siap menyalurkan bantuan hari ini,” ujar Zubir.",
            "Kami siap menyalurkan bantuan hari ini,",
        ),
    ],
)
def test_every_kind_of_mark(text, words):
    yasri = _person(text, "Zubir")
    assert extract_quotes(text, persons=[yasri]) == [
        _quote(text, words, "Zubir", "ujar", speaker_span=_span(text, "Zubir"))
    ]


def test_unbalanced_mark_runs_to_the_paragraph_end():
    text = "Ketua RT mengatakan, “Air mulai naik sejak pukul dua dini hari\nWarga mengungsi ke masjid."
    assert [text[s:e] for (s, e), *_ in find_quote_spans(text)] == [
        "Air mulai naik sejak pukul dua dini hari"
    ]


def test_lines_broken_mid_sentence_belong_to_the_quote_that_closes_after_them():
    text = "Kepada warga kami sampaikan agar tidak mudah\nterhasut berita bohong,” tegas Kapolsek."
    assert [text[s:e] for (s, e), *_ in find_quote_spans(text)] == [
        "Kepada warga kami sampaikan agar tidak mudah\nterhasut berita bohong,"
    ]


PIECES = [
    "“",
    "”",
    '"',
    "„",
    "''",
    "??",
    "’’",
    "«",
    "»",
    "\n",
    " ",
    ",",
    ".",
    "kata",
    "ujarnya",
    "Umi",
    "menurut",
    "mengatakan",
    "Bupati",
    "seorang",
    "warga",
    "Kami siap membantu",
    "dia",
    "(",
    ")",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=60))
def test_never_crashes_and_spans_stay_inside(pieces):
    text = "".join(pieces)
    umi = _person(text, "Umi") if "Umi" in text else None
    officials = [Official("Umi", "Bupati", (0, min(len(text), 3)))] if text else []
    for q in extract_quotes(text, persons=[umi] if umi else [], officials=officials):
        assert 0 <= q.span[0] < q.span[1] <= len(text)
        assert text[q.span[0] : q.span[1]] == q.text
        if q.speaker_span is not None:
            assert 0 <= q.speaker_span[0] < q.speaker_span[1] <= len(text)


TEXT_LINKS = (
    "Camat Cibadak Dedi Kurnia mengatakan bahwa “Posko pengungsian dibuka selama dua pekan.”\n"
    "“Bantuan beras sudah kami salurkan ke semua posko,” demikian kata Dedi."
)


def test_bahwa_and_demikian_between_verb_and_quote():
    dedi = _person(TEXT_LINKS, "Dedi Kurnia", "Dedi")
    got = extract_quotes(TEXT_LINKS, persons=[dedi])
    assert [(q.text, q.speaker, q.cue) for q in got] == [
        ("Posko pengungsian dibuka selama dua pekan.", "Dedi Kurnia", "mengatakan"),
        ("Bantuan beras sudah kami salurkan ke semua posko,", "Dedi Kurnia", "kata"),
    ]


def test_a_quoted_title_used_as_a_noun_is_no_quote():
    text = "Seminar dibuka pukul sembilan.\n“Membangun Desa dari Pinggiran” menjadi tema seminar tahun ini."
    assert extract_quotes(text) == []


TEXT_SUBJECT_AFTER = (
    "Kepala Dinas Sosial Abdul Syukur meninjau dapur umum di Padang.\n"
    "“Stok beras cukup untuk dua minggu ke depan,” Abdul Syukur menambahkan.\n"
    "“Relawan bekerja bergantian siang dan malam,” ia menjelaskan."
)


def test_subject_and_verb_after_the_quote():
    gaffar = _person(TEXT_SUBJECT_AFTER, "Abdul Syukur")
    got = extract_quotes(TEXT_SUBJECT_AFTER, persons=[gaffar])
    assert [(q.text, q.speaker, q.cue) for q in got] == [
        ("Stok beras cukup untuk dua minggu ke depan,", "Abdul Syukur", "menambahkan"),
        ("Relawan bekerja bergantian siang dan malam,", "Abdul Syukur", "menjelaskan"),
    ]
    assert got[0].speaker_span == _span(TEXT_SUBJECT_AFTER, "Abdul Syukur", 60)


def test_adversarial_text_grows_linearly():
    """Unbalanced marks and a thousand tags: four times the text costs about four times the
    time (quadratic would be sixteen). A ratio, not a wall-clock bound: machines are shared."""

    def make(n: int) -> str:
        return "“a" * (1250 * n) + ", kata Umi" * (250 * n) + "\n" + '"' * (2500 * n)

    def run(text: str) -> list:
        return extract_quotes(text, persons=[_person(text, "Umi")])

    assert growth(run, make) < LINEAR_BOUND


def test_a_quotation_within_a_quotation_stays_inside():
    text = '“Warga menyebut sungai ini "bom waktu" sejak banjir besar tahun lalu,” kata Umi Mastikah.'
    umi = _person(text, "Umi Mastikah")
    words = 'Warga menyebut sungai ini "bom waktu" sejak banjir besar tahun lalu,'
    assert extract_quotes(text, persons=[umi]) == [
        _quote(text, words, "Umi Mastikah", "kata", speaker_span=_span(text, "Umi Mastikah"))
    ]


TEXT_PASSIVE = (
    "Pameran produk UMKM dibuka di alun-alun. Hal itu disampaikan oleh Kepala Bidang UMKM, Dewi Rahayu, "
    "kepada Ahmad Fauzi dari dinas provinsi.\n"
    "“Produk yang kami pamerkan semuanya buatan warga sendiri,” ucapnya."
)


def test_the_agent_of_a_passive_speech_verb_is_the_speaker_after_it():
    persons = [_person(TEXT_PASSIVE, "Dewi Rahayu"), _person(TEXT_PASSIVE, "Ahmad Fauzi")]
    got = extract_quotes(TEXT_PASSIVE, persons=persons)
    assert [(q.speaker, q.cue) for q in got] == [("Dewi Rahayu", "ucapnya")]
