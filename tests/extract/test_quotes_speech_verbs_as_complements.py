"""A speech verb that is the complement of another word (``berperan aktif dalam menyampaikan
informasi``, ``datang untuk mengucapkan selamat``) or opens a clause about the noun before it
(``…, yang menyatakan …``) is nobody's speech: a pronoun tag after it still points to the speaker
named before (issue 13). A speech verb whose subject is an unnamed person still names nobody.

Invented Indonesian sentences; whole quotes with spans, including speakers that must stay null.
"""

from __future__ import annotations

import pytest

from extract import extract_quotes
from tests.extract.test_quotes import _person, _quote, _span

TEXT_DALAM = (
    "Kapolres Lampung Tengah Doni Saputra meninjau pos ronda di Kecamatan Terbanggi Besar, Sabtu.\n"
    "Doni Saputra menambahkan, hubungan polisi dengan para ketua RT di kampung-kampung terus dijaga "
    "lewat grup percakapan antara warga dan anggota kelompok sadar keamanan, serta bhabinkamtibmas, "
    "yang selama ini berperan aktif dalam menyampaikan informasi kepada warga. "
    "“Laporan warga sekarang sampai ke kami dalam hitungan menit,” pungkasnya."
)

TEXT_BAGI = (
    "Ketua Paguyuban Nusantara Lestari Rudi Hartono menanggapi ucapan seorang pegiat media sosial.\n"
    "Menurut dia, peristiwa itu mestinya menjadi pelajaran bagi Bayu Pramana dalam menyampaikan "
    "pendapat di depan umum. "
    "“Perbedaan suku dan agama bukan bahan lelucon di negeri ini,” tuturnya."
)

TEXT_YANG = (
    "Ketua Majelis Etik Hendra Gunawan membacakan putusan di Jakarta, Selasa.\n"
    "“Majelis tidak berwenang menilai putusan pengadilan negeri,” tutur Hendra.\n"
    "Hal itu menjawab dalil pelapor terhadap hakim Sutrisno Adi, yang menyatakan putusan itu "
    "semestinya dibatalkan. “Aturan tentang benturan kepentingan berlaku untuk semua hakim,” jelas dia."
)


@pytest.mark.parametrize(
    ("text", "speaker", "others", "words", "cue"),
    [
        (
            TEXT_DALAM,
            "Doni Saputra",
            [],
            "Laporan warga sekarang sampai ke kami dalam hitungan menit,",
            "pungkasnya",
        ),
        (
            TEXT_BAGI,
            "Rudi Hartono",
            ["Bayu Pramana"],
            "Perbedaan suku dan agama bukan bahan lelucon di negeri ini,",
            "tuturnya",
        ),
        (
            TEXT_YANG,
            "Hendra Gunawan",
            ["Sutrisno Adi"],
            "Aturan tentang benturan kepentingan berlaku untuk semua hakim,",
            "jelas",
        ),
    ],
)
def test_a_speech_verb_as_a_complement_keeps_the_speaker(
    text: str, speaker: str, others: list[str], words: str, cue: str
) -> None:
    persons = [_person(text, speaker, speaker.split()[0]), *(_person(text, name) for name in others)]
    got = extract_quotes(text, persons=persons)
    earlier = []
    if text is TEXT_YANG:  # “…,” tutur Hendra opens the page
        tag = _span(text, "Hendra", text.index("tutur"))
        earlier = [
            _quote(
                text,
                "Majelis tidak berwenang menilai putusan pengadilan negeri,",
                speaker,
                "tutur",
                speaker_span=tag,
            )
        ]
    assert got == [*earlier, _quote(text, words, speaker, cue)]


TEXT_UNNAMED = (
    "Kepala Dinas Perdagangan Kota Metro Wahyu Pratama memantau harga beras di Pasar Kopindo, Senin.\n"
    "Sementara itu, seorang pedagang yang menolak disebut namanya mengaku omzetnya turun sejak pekan lalu. "
    "“Pembeli sekarang hanya datang pada akhir pekan,” ujarnya."
)


def test_an_unnamed_subject_of_a_speech_verb_still_names_nobody() -> None:
    wahyu = _person(TEXT_UNNAMED, "Wahyu Pratama")
    got = extract_quotes(TEXT_UNNAMED, persons=[wahyu])
    assert got == [_quote(TEXT_UNNAMED, "Pembeli sekarang hanya datang pada akhir pekan,", None, "ujarnya")]
