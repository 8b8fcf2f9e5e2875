"""A speaker after a tag verb whose first name is also a common word (issues 12, 13):
``ujar Rimba`` names the person the article writes in full after a comma (`Ketua kelompok
tani, Rimba Tarigan,`) or at a sentence start, so the person is `Rimba Tarigan` and the
quote is theirs. A body's word after the verb (``tulis Bank``) names nobody, and a short
form that two full names share (`Angin Kalimantoro`, `Dewi Angin Kalimantoro`) is left
unresolved.

Invented Indonesian sentences; whole persons and quotes with spans, including speakers that
must stay null.
"""

from __future__ import annotations

from extract import extract_article
from extract.records import Person
from tests.extract.test_quotes import _quote, _span

TEXT_FARMER = (
    "Warga Desa Sukamaju memanen padi lebih awal karena hujan deras, Selasa. "
    "Ketua kelompok tani desa itu, Rimba Tarigan, mengatakan sawah di hilir mulai tergenang.\n"
    "“Kami khawatir gabah membusuk kalau panen ditunda sampai pekan depan,” ujar Rimba kepada wartawan."
)


def test_a_common_word_after_a_tag_verb_names_the_person_written_in_full() -> None:
    rec = extract_article(TEXT_FARMER.encode())
    rimba = _span(TEXT_FARMER, "Rimba", TEXT_FARMER.index("ujar"))
    assert rec.persons == (Person("Rimba Tarigan", (_span(TEXT_FARMER, "Rimba Tarigan"), rimba)),)
    assert rec.quotes == (
        _quote(
            TEXT_FARMER,
            "Kami khawatir gabah membusuk kalau panen ditunda sampai pekan depan,",
            "Rimba Tarigan",
            "ujar",
            speaker_span=rimba,
        ),
    )


TEXT_BANK = (
    "Kantor cabang bank daerah itu dibuka kembali setelah renovasi, Senin. "
    "Nasabah antre sejak pagi di depan kantor cabang, Bank Kencana Sejahtera.\n"
    "“Layanan kami berjalan normal mulai hari ini untuk semua nasabah,” tulis Bank dalam pengumumannya."
)


def test_a_body_word_after_a_tag_verb_names_nobody() -> None:
    rec = extract_article(TEXT_BANK.encode())
    assert rec.persons == ()
    assert rec.quotes == (
        _quote(TEXT_BANK, "Layanan kami berjalan normal mulai hari ini untuk semua nasabah,", None, "tulis"),
    )


TEXT_SHARED = (
    "Pelatih tim sepak bola daerah itu, Angin Kalimantoro, memimpin latihan di Stadion Mandala. "
    "Istrinya, Dewi Angin Kalimantoro, ikut menonton dari tribun.\n"
    "“Pemain muda harus siap bermain penuh di laga kandang nanti,” kata Angin seusai latihan."
)


def test_a_short_form_two_full_names_share_stays_unresolved() -> None:
    rec = extract_article(TEXT_SHARED.encode())
    assert [q.speaker for q in rec.quotes] == [None]


TEXT_SENTENCE_START = (
    "Harga sewa kamar kos di sekitar kampus naik menjelang tahun ajaran baru. "
    "Raja Sembiring menyewakan dua puluh kamar di dekat gerbang utama.\n"
    "“Penyewa sekarang minta kamar dengan dapur sendiri,” kata Raja saat ditemui."
)


def test_the_full_name_may_open_a_sentence() -> None:
    rec = extract_article(TEXT_SENTENCE_START.encode())
    raja = _span(TEXT_SENTENCE_START, "Raja", TEXT_SENTENCE_START.index("kata"))
    assert rec.persons == (Person("Raja Sembiring", (_span(TEXT_SENTENCE_START, "Raja Sembiring"), raja)),)
    assert rec.quotes == (
        _quote(
            TEXT_SENTENCE_START,
            "Penyewa sekarang minta kamar dengan dapur sendiri,",
            "Raja Sembiring",
            "kata",
            speaker_span=raja,
        ),
    )
