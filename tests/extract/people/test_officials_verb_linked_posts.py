"""Officials: a holder named before a post linked by a verb (issue 13, session 39).

`roles.apposition._verb_link` reads the verbs' grammar the `holder_link` phrases share: a holder
verb (people_roles `holder_verb`: menjabat, ditunjuk, dipercaya, dipilih …), its link word
(`verb_post_link`: sebagai, selaku; none after `holder_verb_direct`: menjabat), up to two
adverbs or time words before the verb (`link_adverb`, `link_when`: kembali, telah, saat masih) and
a `yang`: the name before holds the post, unless a kinship word opens the name (Istri Agus Salim
yang …: the wife's post). The object of an appointing verb before `sebagai` and a lowercase post
gives nothing (akan melantik, batal menunjuk, mempekerjakan … sebagai asisten rumah tangga: a post
not yet held, or an occupation with no body; review of session 39, fix39m).

Must give nothing: `sebagai` a part that is no post (saksi, narasumber, pembicara, tersangka),
`menjabat` with no post named, a post sought (calon), a post held by another person named in the
sentence, a post the subject becomes or is believed to become (dipercaya/dipilih menjadi …
mendatang), a post a relative before the name holds. A former post stays an official's
(GUIDELINES §2; a former holder is an official, the roles package's docstring). Every sentence
is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per

HELD = [
    (
        "Salah satunya, Made Suarjana yang kembali dipercaya sebagai Ketua DPC Partai Maju Badung.",
        "Made Suarjana",
        "Made Suarjana yang kembali dipercaya sebagai Ketua DPC Partai Maju Badung",
        "Ketua DPC Partai Maju Badung",
    ),
    (
        "Mobil itu dikenalkan Hendra Wijaya saat masih menjabat sebagai Wali Kota Kulonbaru.",
        "Hendra Wijaya",
        "Hendra Wijaya saat masih menjabat sebagai Wali Kota Kulonbaru",
        "Wali Kota Kulonbaru",
    ),
    (
        "Dalam musyawarah itu, Rudi Hartono telah dipilih sebagai Ketua Koperasi Tani Makmur.",
        "Rudi Hartono",
        "Rudi Hartono telah dipilih sebagai Ketua Koperasi Tani Makmur",
        "Ketua Koperasi Tani Makmur",
    ),
    # the verb and link phrases that were holder_link rows, now read by holder_verb (same records)
    (
        "Agus Salim resmi dilantik sebagai Bupati Sleman pada Senin.",
        "Agus Salim",
        "Agus Salim resmi dilantik sebagai Bupati Sleman",
        "Bupati Sleman",
    ),
    (
        "Agus Salim kembali terpilih sebagai Ketua Umum Partai Maju.",
        "Agus Salim",
        "Agus Salim kembali terpilih sebagai Ketua Umum Partai Maju",
        "Ketua Umum Partai Maju",
    ),
    (
        "Agus Salim resmi menjabat Direktur Utama Bank Sleman.",
        "Agus Salim",
        "Agus Salim resmi menjabat Direktur Utama Bank Sleman",
        "Direktur Utama Bank Sleman",
    ),
    (
        "Agus Salim yang kini kembali dipercaya sebagai Ketua DPC Partai Maju.",
        "Agus Salim",
        "Agus Salim yang kini kembali dipercaya sebagai Ketua DPC Partai Maju",
        "Ketua DPC Partai Maju",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "mention", "post"), HELD, ids=[h[1] for h in HELD])
def test_a_name_before_a_verb_linked_post_holds_it(sentence: str, name: str, mention: str, post: str) -> None:
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, post)]


NONE = [
    ("Budi Santoso diperiksa sebagai saksi oleh penyidik kejaksaan.", "Budi Santoso"),
    ("Budi Santoso hadir sebagai narasumber dalam seminar itu.", "Budi Santoso"),
    ("Budi Santoso tampil sebagai pembicara dalam diskusi itu.", "Budi Santoso"),
    ("Penyidik menetapkan Budi Santoso sebagai tersangka kasus itu.", "Budi Santoso"),
    ("Budi Santoso telah ditetapkan sebagai tersangka kasus itu.", "Budi Santoso"),
    ("Budi Santoso pernah menjabat selama dua periode.", "Budi Santoso"),
    ("Budi Santoso kembali dipilih sebagai pemain terbaik musim ini.", "Budi Santoso"),
    ("Budi Santoso dipercaya sebagai calon Ketua Umum Partai Maju.", "Budi Santoso"),
    # an appointing verb before the name: a post not yet held, refused, asked for, or an occupation
    ("Gubernur akan melantik Agus Salim sebagai penjabat bupati Sleman pada Senin.", "Agus Salim"),
    ("Presiden tidak akan menunjuk Agus Salim sebagai menteri.", "Agus Salim"),
    ("Presiden batal melantik Agus Salim sebagai kepala BIN.", "Agus Salim"),
    ("DPRD menolak mengangkat Agus Salim sebagai sekretaris daerah.", "Agus Salim"),
    ("Presiden diminta menunjuk Agus Salim sebagai menteri pertanian.", "Agus Salim"),
    ("Partai berencana menunjuk Agus Salim sebagai ketua harian.", "Agus Salim"),
    ("Keluarga itu mempekerjakan Agus Salim sebagai asisten rumah tangga.", "Agus Salim"),
    ("Kelompok itu merekrut Agus Salim sebagai anggota baru.", "Agus Salim"),
    # a real post the subject becomes or is believed to become (menjadi is no verb_post_link)
    ("Agus Salim dipercaya menjadi Presiden Indonesia berikutnya.", "Agus Salim"),
    ("Agus Salim dipercaya menjadi Bupati Sleman periode mendatang.", "Agus Salim"),
    ("Agus Salim dipilih menjadi Bupati Sleman dalam pilkada mendatang.", "Agus Salim"),
    # a real post a relative named before the holder's name holds
    ("Istri Agus Salim yang kini dipercaya sebagai Ketua Dharma Wanita Sleman hadir.", "Agus Salim"),
    ("Ibunda Agus Salim yang kembali dipilih sebagai Ketua PKK Sleman hadir.", "Agus Salim"),
    # a comma and a bare yang before the verb: a description (news-raw nr09651)
    ("Annisa, yang diangkat sebagai pemimpin kelompok, menyatakan bahwa mereka senang.", "Annisa"),
    # three adverbs before the verb: more than _MAX_LINK_ADVERBS
    ("Agus Salim yang sebelumnya kini kembali dipercaya sebagai Ketua DPC Partai Maju.", "Agus Salim"),
]


@pytest.mark.parametrize(("sentence", "name"), NONE, ids=[s[0][:40] for s in NONE])
def test_a_part_that_is_no_post_gives_no_official(sentence: str, name: str) -> None:
    assert _officials(sentence, _per(sentence, name)) == []


def test_a_post_another_person_holds_is_not_the_subjects() -> None:
    s = "Budi Santoso menemui Rina Wati yang menjabat sebagai Kepala Dinas Pertanian Sleman."
    got = _officials(s, _per(s, "Budi Santoso", "Rina Wati"))
    assert got == [
        _rec(
            s,
            "Rina Wati yang menjabat sebagai Kepala Dinas Pertanian Sleman",
            "Rina Wati",
            "Kepala Dinas Pertanian Sleman",
        )
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a family name that is a common word (Kantor) the model reads as no person: "
    "no name before the link (news tune nr00789)",
)
def test_a_common_word_family_name() -> None:
    s = "Sementara Ryan Kantor menjabat Wakil Presiden Kemitraan Global."
    got = _officials(s, _per(s))
    assert [(o.name, o.title) for o in got] == [("Ryan Kantor", "Wakil Presiden Kemitraan Global")]


@pytest.mark.xfail(
    strict=True,
    reason="holders listed after a plural post by seperti/mulai dari (class b of session 39): "
    "no pattern reads them yet",
)
def test_holders_listed_after_seperti() -> None:
    s = "Sejumlah mantan Gubernur Bank Indonesia, seperti Budi Hartono hingga Rudi Santoso, hadir."
    got = _officials(s, _per(s, "Budi Hartono", "Rudi Santoso"))
    assert [(o.name, o.title) for o in got] == [
        ("Budi Hartono", "mantan Gubernur Bank Indonesia"),
        ("Rudi Santoso", "mantan Gubernur Bank Indonesia"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="the object of an appointing verb before sebagai and a lowercase post (_appointed_before "
    "removed in fix39m: it read akan/batal/menolak melantik and occupations as posts held)",
)
def test_a_recruited_name_before_a_lowercase_post() -> None:
    s = "Klub itu juga merekrut Andi Pratama sebagai asisten pelatih kepala tim basket Garuda."
    assert _officials(s, _per(s, "Andi Pratama")) == [
        _rec(
            s,
            "Andi Pratama sebagai asisten pelatih kepala tim basket Garuda",
            "Andi Pratama",
            "asisten pelatih kepala tim basket Garuda",
        )
    ]


CEREMONY = [
    ("Kolonel Agus Salim dipilih sebagai Inspektur Upacara HUT RI di Sleman.", "Agus Salim"),
    ("Agus Salim ditunjuk sebagai pembina upacara dalam peringatan itu.", "Agus Salim"),
]


@pytest.mark.xfail(
    strict=True,
    reason="a part in a ceremony (inspektur/pembina upacara) read as a post: "
    "no ceremony-role block in people_roles",
)
@pytest.mark.parametrize(("sentence", "name"), CEREMONY, ids=[s[0][:40] for s in CEREMONY])
def test_a_part_in_a_ceremony_is_no_post(sentence: str, name: str) -> None:
    assert _officials(sentence, _per(sentence, name)) == []
