"""Two persons written side by side as the pieces of one name (issue 12, session 39): the model
or a rule cuts a name in two (`Tedros` | `Adhanom Ghebreyesus`, `Fazriel Haikal` | `Aditya`);
`extract.people.names.joined_beside` makes one person of them, the fullest form the article
gives (GUIDELINES §2). Two persons the article names apart, a marker's word, a place's word and
a piece that is no name's word stay as they are."""

from __future__ import annotations

import pytest

from extract.people.names import joined_beside
from extract.records import Person
from tests.person_records import persons_at_words

Span = tuple[int, int]


def _joined(text: str, persons: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[Span, ...]]]:
    """`joined_beside` over persons given by name and the surface of each mention, each surface
    found left to right after the previous one of the same person."""
    given = []
    for name, surfaces in persons:
        spans, at = [], 0
        for surface in surfaces:
            start = text.index(surface, at)
            spans.append((start, start + len(surface)))
            at = start + len(surface)
        given.append(Person(name, tuple(spans)))
    return sorted((p.name, p.mentions) for p in joined_beside(text, given))


#: A name word the model drops that is a common word (`Kantor`), initials (`MD`), a lowercase
#: word, or a piece of two words beside another of two (two full names listed without a comma
#: look the same) is not joined.
_KNOWN_MISS = pytest.mark.xfail(strict=True, reason="known miss (session 39, issue 12): a dropped name word")


TEDROS = (
    "Direktur jenderal Tedros Adhanom Ghebreyesus menyampaikan capaian WHO. Menurut Tedros, wabah mereda."
)
YEKA = "Mantan anggota Ombudsman Yeka Hendra Fatika ditetapkan sebagai tersangka. Yeka diperiksa penyidik."
ROSIHAN = (
    "Putra bungsunya, Michael Rosihan Yacub, lahir pada 1990. Istri Rosihan Nazwar Yacub ini tabah. "
    "Rosihan tersenyum."
)
BAMBANG = (
    "Dirjen Minerba Kementerian ESDM Bambang Gatot Ariyono mengatakan hal itu. Direktur Pembinaan "
    "Kementerian ESDM Bambang Susigit menyatakan PTFI masuk kategori itu."
)


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        pytest.param(
            TEDROS,
            [("Tedros", ("Tedros", "Tedros")), ("Adhanom Ghebreyesus", ("Adhanom Ghebreyesus",))],
            [("Tedros Adhanom Ghebreyesus", ((18, 44), (79, 85)))],
            id="a given name alone elsewhere before its surname: one person",
        ),
        pytest.param(
            YEKA,
            [("Yeka", ("Yeka", "Yeka")), ("Hendra Fatika", ("Hendra Fatika",))],
            [("Yeka Hendra Fatika", ((25, 43), (74, 78)))],
            id="a first name a title swallowed: one person",
        ),
        pytest.param(
            ROSIHAN,
            [
                ("Michael Rosihan Yacub", ("Michael Rosihan Yacub", "Rosihan", "Rosihan")),
                ("Nazwar Yacub", ("Nazwar Yacub",)),
            ],
            [("Michael Rosihan Yacub", ((17, 38), (95, 102))), ("Rosihan Nazwar Yacub", ((63, 83),))],
            id="another person's short mention opens the name: that mention moves",
        ),
        pytest.param(
            BAMBANG,
            [
                ("Bambang Gatot", ("Bambang Gatot", "Bambang")),
                ("Ariyono", ("Ariyono",)),
                ("Susigit", ("Susigit",)),
            ],
            [("Bambang Gatot Ariyono", ((32, 53),)), ("Bambang Susigit", ((110, 125),))],
            id="two names cut after their given names: two persons",
        ),
        pytest.param(
            "Jane Hawking mengurusnya hingga bercerai. Jane Wilde menikah dengan putra Frank Hawking.",
            [("Jane Wilde", ("Jane", "Jane Wilde")), ("Frank Hawking", ("Hawking", "Frank Hawking"))],
            [("Frank Hawking", ((5, 12), (74, 87))), ("Jane Wilde", ((0, 4), (42, 52)))],
            id="both persons named apart elsewhere: no new name",
        ),
        pytest.param(
            "Pertemuan Prabowo Subianto Gibran Rakabuming Raka berlangsung tertutup.",
            [
                ("Prabowo Subianto", ("Prabowo Subianto",)),
                ("Gibran Rakabuming Raka", ("Gibran Rakabuming Raka",)),
            ],
            [("Gibran Rakabuming Raka", ((27, 49),)), ("Prabowo Subianto", ((10, 26),))],
            id="two full names listed without a comma: two persons",
        ),
        pytest.param(
            "Sidang dipimpin Kolonel Kum Wahyupi. Kolonel Kum Sarifuddin Tarigan menjadi anggota.",
            [("Kum Wahyupi", ("Kum Wahyupi", "Kum")), ("Sarifuddin Tarigan", ("Sarifuddin Tarigan",))],
            [("Kum Wahyupi", ((24, 35), (45, 48))), ("Sarifuddin Tarigan", ((49, 67),))],
            id="the corps after a rank is no given name",
        ),
        pytest.param(
            "Pj Kepala Desa Sekapuk Musholikhin menyebut ide itu berawal dari warga.",
            [("Sekapuk", ("Sekapuk",)), ("Musholikhin", ("Musholikhin",))],
            [("Musholikhin", ((23, 34),)), ("Sekapuk", ((15, 22),))],
            id="a village after its administrative word is no given name",
        ),
        pytest.param(
            "Pelatih Kepala Tunggal Putri Imam Tohari memberi pesan kepada Putri Kusuma Wardani.",
            [("Putri Kusuma Wardani", ("Putri", "Putri Kusuma Wardani")), ("Imam Tohari", ("Imam Tohari",))],
            [("Imam Tohari", ((29, 40),)), ("Putri Kusuma Wardani", ((23, 28), (62, 82)))],
            id="a common word that is a given name too is no piece",
        ),
        pytest.param(
            "Acara itu dihadiri Budi Kota Bandung dan sejumlah warga.",
            [("Budi", ("Budi",)), ("Kota Bandung", ("Kota Bandung",))],
            [("Budi", ((19, 23),)), ("Kota Bandung", ((24, 36),))],
            id="a name followed by a place: no name of both",
        ),
        pytest.param(
            "Pemimpin kelompok militanSikh Jarnail Singh Bhindranwale tewas.",
            [("Sikh", ("Sikh",)), ("Jarnail Singh Bhindranwale", ("Jarnail Singh Bhindranwale",))],
            [("Jarnail Singh Bhindranwale", ((30, 56),)), ("Sikh", ((25, 29),))],
            id="a piece glued to the word before it is no name's word",
        ),
    ],
)
def test_persons_written_side_by_side(
    text: str, persons: list[tuple[str, tuple[str, ...]]], expected: list[tuple[str, tuple[Span, ...]]]
) -> None:
    assert _joined(text, persons) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        pytest.param(
            "Di kategori yang sama, Fazriel Haikal Aditya menyumbang medali perak, sedangkan "
            "Stefanus Aditya meraih perunggu.",
            [("Fazriel Haikal", "PER", 0), ("Aditya", "PER", 0), ("Stefanus Aditya", "PER", 0)],
            [("Fazriel Haikal Aditya", ((23, 44),)), ("Stefanus Aditya", ((80, 95),))],
            id="the model's two spans of one name, its surname another's too",
        ),
        pytest.param(
            "Letnan Jenderal Stepan Anastasovich Mikoyan tutup usia. Stepan Mikoyan lahir di Tbilisi. "
            "Stepan menjadi pilot uji.",
            [
                ("Stepan", "ORG", 0),
                ("Anastasovich Mikoyan", "PER", 0),
                ("Stepan Mikoyan", "PER", 0),
                ("Stepan", "ORG", 2),
            ],
            [("Stepan Anastasovich Mikoyan", ((16, 43), (56, 70), (89, 95)))],
            id="a given name the model reads as a body before the rest of the name",
        ),
        pytest.param(
            "Sementara Ryan menjabat Wakil Presiden Kemitraan Global.",
            [("Ryan", "PER", 0)],
            [("Ryan", ((10, 14),))],
            id="a name before a lowercase verb stays whole",
        ),
        pytest.param(
            "Sementara Ryan Kantor menjabat Wakil Presiden Kemitraan Global.",
            [("Ryan", "PER", 0)],
            [("Ryan Kantor", ((10, 21),))],
            marks=_KNOWN_MISS,
            id="nr00789: a surname that is a common word",
        ),
        pytest.param(
            "Pasangan Ganjar Pranowo dan Mahfud MD didukung partai itu.",
            [("Ganjar Pranowo", "PER", 0), ("Mahfud", "PER", 0)],
            [("Ganjar Pranowo", ((9, 23),)), ("Mahfud MD", ((28, 37),))],
            marks=_KNOWN_MISS,
            id="nr07605: initials as a surname",
        ),
        pytest.param(
            "Kegiatan itu dihadiri Wakil Bupati Mad hasnurin dan Sekkab Akmal Abdul Nasir.",
            [("Mad", "PER", 0), ("Akmal Abdul Nasir", "PER", 0)],
            [("Mad hasnurin", ((35, 47),)), ("Akmal Abdul Nasir", ((59, 76),))],
            marks=_KNOWN_MISS,
            id="nr04316: a surname written in lowercase",
        ),
        pytest.param(
            "Peringkat Rookie: 1. Reykat Yusuf Fadillah - 145 2. Arai Agaska Dibani Laksana - 120",
            [("Reykat Yusuf Fadillah", "PER", 0), ("Arai Agaska", "PER", 0), ("Dibani Laksana", "PER", 0)],
            [("Reykat Yusuf Fadillah", ((21, 42),)), ("Arai Agaska Dibani Laksana", ((52, 78),))],
            marks=_KNOWN_MISS,
            id="nr09814: two pieces of two words each",
        ),
    ],
)
def test_model_pieces_of_one_name(
    text: str, model: list[tuple[str, str, int]], expected: list[tuple[str, tuple[Span, ...]]]
) -> None:
    assert persons_at_words(text, model) == expected
