"""Officials whose post reaches them through the article (issue 13): a bare head written next to
the name (`Bupati Budi Santoso`) and the same head written elsewhere with its region and no holder
(`kata Bupati Kulonbaru`): the long title wins (GUIDELINES §2).

Every sentence is written for the test: names, places and bodies are made up or common.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from extract.records import Entity, EntityLabel, Official
from tests.official_records import official_record as _rec

APART = [
    (
        "Sementara itu, Bupati Budi Santoso membuka pelatihan koperasi desa. Dijelaskan Bupati "
        "Tabalong, koperasi itu tidak bersaing dengan BUMDes.",
        "Bupati Budi Santoso",
        "Budi Santoso",
        "Bupati Tabalong",
    ),
    (
        "Bupati Hendra Wijaya meninjau panen raya di Desa Sukamaju. Hal itu disampaikan Bupati Mesuji "
        "saat menghadiri panen raya.",
        "Bupati Hendra Wijaya",
        "Hendra Wijaya",
        "Bupati Mesuji",
    ),
    # `itu` takes up the holder named before
    (
        "Bupati Hendra Wijaya meninjau pasar. Bupati Mesuji itu juga membagikan bibit kepada petani.",
        "Bupati Hendra Wijaya",
        "Hendra Wijaya",
        "Bupati Mesuji",
    ),
    # the post the holder holds
    (
        "Bupati Hendra Wijaya dilantik tahun lalu. Sejak menjabat Bupati Mesuji, ia membangun jalan desa.",
        "Bupati Hendra Wijaya",
        "Hendra Wijaya",
        "Bupati Mesuji",
    ),
    # review 5 (session 34): punctuation after the speech verb, adverbs and `saat ditemui` before it
    (
        "Bupati Hendra Wijaya meninjau pasar. Bupati Mesuji mengatakan, harga beras stabil.",
        "Bupati Hendra Wijaya",
        "Hendra Wijaya",
        "Bupati Mesuji",
    ),
    (
        "Bupati Hendra Wijaya meninjau pasar. Bupati Mesuji juga mengatakan harga beras stabil.",
        "Bupati Hendra Wijaya",
        "Hendra Wijaya",
        "Bupati Mesuji",
    ),
    (
        "Bupati Hendra Wijaya meninjau pasar. Bupati Mesuji saat ditemui mengatakan harga beras stabil.",
        "Bupati Hendra Wijaya",
        "Hendra Wijaya",
        "Bupati Mesuji",
    ),
    # `menurut` names the speaker after it; blanks as typed after `oleh`
    (
        "Bupati Hendra Wijaya meninjau pasar. Menurut Bupati Mesuji, harga beras stabil.",
        "Bupati Hendra Wijaya",
        "Hendra Wijaya",
        "Bupati Mesuji",
    ),
    (
        "Bupati Hendra Wijaya meninjau pasar. Hal itu disampaikan oleh  Bupati Mesuji kemarin.",
        "Bupati Hendra Wijaya",
        "Hendra Wijaya",
        "Bupati Mesuji",
    ),
    # a headline's subject
    (
        "Bupati Tabalong tambah anggaran pilkades\nBupati Hendra Wijaya menyiapkan anggaran Rp 2 miliar.",
        "Bupati Hendra Wijaya",
        "Hendra Wijaya",
        "Bupati Tabalong",
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "name", "title"), APART, ids=[c[3] for c in APART])
def test_a_region_apart_lengthens_a_bare_head(sentence: str, mention: str, name: str, title: str) -> None:
    assert extract_officials(sentence) == [_rec(sentence, mention, name, title)]


NOTHING = [
    # another post: the deputy's region is no regent's
    "Bupati Hendra Wijaya hadir. Wakil Bupati Tabalong menyampaikan sambutan.",
    # the post's house and paper
    "Bupati Hendra Wijaya hadir di Kantor Bupati Tabalong sesuai SK Bupati Tabalong tentang panitia.",
    # two regions: whose post is it?
    "Bupati Hendra Wijaya hadir. Bupati Tabalong dan Bupati Balangan tidak hadir.",
    # the post with its region written before the holder, mid-sentence: a visitor's post
    "Presiden menerima kunjungan Bupati Tabalong. Dalam pertemuan itu, Bupati Hendra Wijaya membahas jalan.",
    # a holder after the region: someone else's post
    "Bupati Hendra Wijaya hadir bersama Bupati Tabalong Anang Syakhfiani.",
]

#: review 5 (session 34): the post with its region written as another party's or before another
#: holder's name elsewhere: two regents, the region may be the other's.
TWO_HOLDERS = [
    "Bupati Hendra Wijaya bertemu Bupati Lampung Timur. Bupati Lampung Timur mengatakan kerja sama "
    "itu penting.",
    "Bupati Hendra Wijaya menandatangani kerja sama dengan Bupati Lampung Timur. Bupati Lampung Timur "
    "mengatakan kerja sama itu penting.",
    # not a word of the post after `mengatakan`, no speech verb: nothing to lengthen
    "Bupati Hendra Wijaya meninjau pasar. Bupati Mesuji, harga beras stabil.",
]


@pytest.mark.parametrize("sentence", TWO_HOLDERS, ids=[s[21:60] for s in TWO_HOLDERS])
def test_a_region_another_holder_may_hold_stays_apart(sentence: str) -> None:
    assert extract_officials(sentence) == [_rec(sentence, "Bupati Hendra Wijaya", "Hendra Wijaya", "Bupati")]


@pytest.mark.parametrize("sentence", NOTHING, ids=[s[30:70] for s in NOTHING])
def test_the_bare_head_stays(sentence: str) -> None:
    assert [(o.name, o.title) for o in extract_officials(sentence) if o.name == "Hendra Wijaya"] == [
        ("Hendra Wijaya", "Bupati")
    ]


ANOTHER_PARTY = [
    (
        "Bupati Hendra Wijaya mengatakan daerahnya akan belajar dari Bupati Balangan yang berhasil "
        "menekan angka stunting.",
        "Bupati Hendra Wijaya",
        "Hendra Wijaya",
        "Bupati",
    ),
    (
        "Presiden Prabowo Subianto menerima kunjungan kenegaraan Presiden Prancis di Istana Merdeka, "
        "Jakarta, Rabu.",
        "Presiden Prabowo Subianto",
        "Prabowo Subianto",
        "Presiden",
    ),
    (
        "Presiden Joko Widodo menerima telepon dari Presiden Prancis pada Senin malam.",
        "Presiden Joko Widodo",
        "Joko Widodo",
        "Presiden",
    ),
    (
        "Gubernur Ahmad Luthfi meminta para bupati meniru langkah Gubernur Jawa Timur dalam menekan inflasi.",
        "Gubernur Ahmad Luthfi",
        "Ahmad Luthfi",
        "Gubernur",
    ),
    (
        "Kapolres Budi Santoso memimpin apel. Ia mengaku pernah bertugas di bawah Kapolres Lampung "
        "Selatan sebelumnya.",
        "Kapolres Budi Santoso",
        "Budi Santoso",
        "Kapolres",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"), ANOTHER_PARTY, ids=[c[0][40:80] for c in ANOTHER_PARTY]
)
def test_another_partys_post_gives_no_region(sentence: str, mention: str, name: str, title: str) -> None:
    """A post with its region after a preposition or another party's word (`dari`, `kunjungan`,
    `langkah`, `di bawah`) is that party's: the holder keeps the bare head."""
    assert extract_officials(sentence) == [_rec(sentence, mention, name, title)]


def _people(text: str, *names: str) -> list[Entity]:
    """The model's persons: every place each of ``names`` is written in ``text``."""
    return [
        Entity(n, EntityLabel.PER, (a, a + len(n)))
        for n in names
        for a in range(len(text))
        if text.startswith(n, a)
    ]


HOLES = [
    (
        'Menteri Keuangan , meminta empat bank menyalurkan kredit lebih besar. "Kita harapkan bisa '
        'tiga kali lipat," kata Sri Wahyuni di ruang rapat Komisi XI DPR.',
        ("Sri Wahyuni",),
        "Menteri Keuangan",
        "Sri Wahyuni",
    ),
    (
        "Menanggapi itu, Menteri Koperasi dan UMKM, , mengatakan ada banyak faktor yang menghambat "
        'pelaku usaha. "Mereka tidak punya stok," kata Teguh.',
        ("Teguh",),
        "Menteri Koperasi dan UMKM",
        "Teguh",
    ),
    # a comma glued to the act after the hole
    (
        "Menanggapi itu, Menteri Koperasi dan UMKM, , mengatakan, ada banyak faktor yang menghambat "
        'pelaku usaha. "Mereka tidak punya stok," kata Teguh.',
        ("Teguh",),
        "Menteri Koperasi dan UMKM",
        "Teguh",
    ),
]


@pytest.mark.parametrize(("text", "people", "title", "name"), HOLES, ids=[c[2] for c in HOLES])
def test_a_post_whose_holder_the_page_lost(text: str, people: tuple[str, ...], title: str, name: str) -> None:
    """A post before a lost name (a space then a comma, or two commas) is held by the one person
    named after it with no post: the span is the post's, the name span the first mention's."""
    start, at = text.index(title), text.index(name)
    assert extract_officials(text, entities=_people(text, *people)) == [
        Official(name=name, title=title, span=(start, start + len(title)), name_span=(at, at + len(name)))
    ]


HOLES_NOTHING = [
    # two people named after the post: whose post is it?
    (
        'Menteri Keuangan , meminta bank menyalurkan kredit. "Harus tepat," kata Sri Wahyuni. '
        "Ekonom Budi Santoso menilai langkah itu tepat.",
        ("Sri Wahyuni", "Budi Santoso"),
    ),
    # no one named after it
    ("Budi Santoso hadir. Menteri Keuangan , memprediksi ekonomi merosot.", ("Budi Santoso",)),
    # a comma after a space inside an ordinary list: no post before it
    ("Warga , pedagang dan petani hadir bersama Budi Santoso.", ("Budi Santoso",)),
    # a typo's space before a comma where no name was lost: no act after it
    (
        "Bantuan itu diserahkan langsung oleh Kepala Dinas Sosial , didampingi camat setempat. Salah "
        "satu penerima, Siti Aminah, mengaku bersyukur.",
        ("Siti Aminah",),
    ),
    (
        "Rapat itu dihadiri Menteri Keuangan , dan pejabat lain. Warga bernama Budi Santoso mengaku senang.",
        ("Budi Santoso",),
    ),
    # review 5 (session 34): a noun or a preposition after the hole is no act (`melalui`,
    # `menteri`), and a speaker described as a resident is no holder
    (
        'Bantuan diserahkan Kepala Dinas Sosial , melalui camat setempat. "Kami bersyukur," kata '
        "Budi Santoso, warga desa.",
        ("Budi Santoso",),
    ),
    (
        'Rapat dihadiri Kepala Dinas Sosial , menteri, dan pejabat lain. "Kami bersyukur," kata '
        "Budi Santoso.",
        ("Budi Santoso",),
    ),
    (
        'Kepala Dinas Sosial , mengatakan bantuan disalurkan pekan ini. "Kami bersyukur," kata '
        "Budi Santoso, seorang warga desa.",
        ("Budi Santoso",),
    ),
    # an act after the hole, but the one person named speaks as a resident, not as the holder
    (
        "Kepala Dinas Sosial , mengatakan bantuan disalurkan pekan ini. Salah satu penerima, Siti "
        "Aminah, mengaku bersyukur.",
        ("Siti Aminah",),
    ),
]


@pytest.mark.parametrize(("text", "people"), HOLES_NOTHING, ids=[c[0][:30] for c in HOLES_NOTHING])
def test_no_holder_for_a_lost_name(text: str, people: tuple[str, ...]) -> None:
    assert extract_officials(text, entities=_people(text, *people)) == []


def test_a_post_of_ones_own_over_a_listed_one() -> None:
    """A post written for a list of holders says what they share; the post written for one of
    them alone later says which is theirs (the others keep the listed post)."""
    s = (
        "Ia berterima kasih kepada tiga anggota MKMK, yakni Hendra Wijaya, Budi Santoso, dan Sri "
        "Wahyuni. Putusan itu final, ujar Hendra selaku ketua MKMK."
    )
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Hendra Wijaya", "ketua MKMK"),
        ("Budi Santoso", "anggota MKMK"),
        ("Sri Wahyuni", "anggota MKMK"),
    ]


def test_a_listed_post_written_longer_stays() -> None:
    """Two posts joined before two holders (paired) and the same post written short later: the
    long one wins, no other post."""
    s = (
        "Bupati dan Wakil Bupati Sleman, Hendra Wijaya dan Budi Santoso, meninjau pasar. Bupati "
        "Hendra Wijaya juga membuka pameran."
    )
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Hendra Wijaya", "Bupati Sleman"),
        ("Budi Santoso", "Wakil Bupati Sleman"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "issue 13: the role layer reads the unknown region after the post as its holder (`Bupati "
        "Kulonbaru`), so the lone speaker named later (`_subject_posts`) is not linked"
    ),
)
def test_a_post_written_alone_and_its_holder_named_later() -> None:
    """`Bupati Kulonbaru meninjau pasar …` … `kata Hendra`: with no name lost (no hole), the post
    and the only person the article names are not linked yet."""
    s = 'Bupati Kulonbaru meninjau Pasar Wates, Senin. "Harga cabai turun," kata Hendra Wijaya.'
    assert [(o.name, o.title) for o in extract_officials(s, entities=_people(s, "Hendra Wijaya"))] == [
        ("Hendra Wijaya", "Bupati Kulonbaru")
    ]
