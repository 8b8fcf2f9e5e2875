"""Spans of real persons that run long or short (issue 12): a common word glued before the name
(`Optimisme Imam` beside `Imam Sudjarwo`, `Nutrisionis Rita Ramayulis` beside `Rita`, `Duet Ben
Biggs` before a known given name; not `Anak` opening the particle `Anak Agung`), a companions'
mark after it (`Amar Brkic Cs`), a verb the scraper glued after the last word (`Maverick
Vinalesmemiliki`), and a given name that is a common word too left out of the name (`Putri
Kusuma Wardani` read as `Wardani`). Real names that open
with a common word (`Bintang Emon`, `Cinta Laura`, `Hari Purnomo`, `Putri Ariani`, `Tanya
Steele`) and surnames that end like a verb or a word (`Subianto`, `Prananta`, `Mengko`,
`Soekarnoputri`) stay whole.

Invented Indonesian sentences in the style of news; whole persons with the span of each mention.
"""

from __future__ import annotations

import pytest

from extract.people.corpus import common_word_only
from extract.people.names import strip_name
from tests.entity_records import vetted_at_words
from tests.person_records import persons_at_words


@pytest.mark.parametrize("word", ["Optimisme", "Gesture", "Nutrisionis", "Doain"])
def test_news_raw_writes_the_word_in_lowercase_and_in_no_name(word: str) -> None:
    assert common_word_only(word)


@pytest.mark.parametrize("word", ["Putri", "Budi", "Gabriel", "Imam"])
def test_a_name_word_of_news_raw_is_no_common_word_only(word: str) -> None:
    assert not common_word_only(word)


_IMAM = (
    "Ketua Umum PP PBVSI Imam Sudjarwo meminta para atlet tampil maksimal. "
    "Optimisme Imam didapat dari hasil yang cukup baik di SEA V League."
)
_STEELE = (
    "Direktur Eksekutif WWF Inggris Tanya Steele menyebut hutan kian terancam. "
    "Menurut Steele, pendanaan harus naik."
)
_LANGIT = "Langit Kresna Hariadi meluncurkan buku baru di Solo. Kresna Hariadi menulis serial Gajah Mada."
_KNOWN_MISSES = {
    "particle-opening-a-sentence-stays": pytest.mark.xfail(
        strict=True,
        reason="known miss: at a sentence's start the role scanner (people.roles) reads the common word "
        "`Anak` opening the particle `Anak Agung` (names_particles.txt) as a title before the holder "
        "`Agung Ngurah Rai`, after vet and the title reader keep it",
    ),
    "common-noun-before-one-name-word-alone": pytest.mark.xfail(
        strict=True,
        reason="known miss: vet._common_word_before_named leaves a common noun (`duet`) on before one "
        "name word the article writes nowhere else: it cannot tell it from a given name that is a "
        "common word too before a surname (`Tanya Steele`)",
    ),
    "steele-alone-leaves-the-given-name": pytest.mark.xfail(
        strict=True,
        reason="known miss: vet._word_before_person cuts a common word (`tanya`) before a name the "
        "model reads alone elsewhere, a surname alone included (`Steele`)",
    ),
    "common-word-name-opening-a-sentence": pytest.mark.xfail(
        strict=True,
        reason="known miss: vet._common_word_before_named cuts a common word (`langit`) opening the "
        "capitalised run (a sentence's start) before a name the article writes without it elsewhere "
        "(`Kresna Hariadi`)",
    ),
}

#: (text, the model's (surface, label, n) triples, the persons with each mention's span), by id.
_CASES = {
    # a common word glued before a name: cut off
    "noun-before-a-name-written-in-full": (
        _IMAM,
        [("Imam Sudjarwo", "PER", 0), ("Optimisme Imam", "PER", 0)],
        [("Imam Sudjarwo", ((20, 33), (80, 84)))],
    ),
    "noun-before-a-lone-name-makes-no-fuller-name": (
        _IMAM,
        [("Imam Sudjarwo", "PER", 0), ("Imam", "PER", 1)],
        [("Imam Sudjarwo", ((20, 33), (80, 84)))],
    ),
    "noun-before-a-full-name-called-by-its-first-word": (
        "Nutrisionis Rita Ramayulis menegaskan ikan laut tertentu menahan zat berbahaya. "
        '"Ikan laut lebih aman dikonsumsi," tutur Rita.',
        [("Nutrisionis Rita Ramayulis", "PER", 0), ("Rita", "PER", 1)],
        [("Rita Ramayulis", ((12, 26), (121, 125)))],
    ),
    "word-before-a-given-name-called-alone": (
        "Doain Gabriel agar cepat sembuh, tulis sang ibu. Gabriel kini dirawat di rumah sakit.",
        [("Doain Gabriel", "PER", 0), ("Gabriel", "PER", 1)],
        [("Gabriel", ((6, 13), (49, 56)))],
    ),
    "common-noun-before-a-full-given-name": (
        "Rekor dunia kembali pecah. Duet Ben Biggs dan Aidan Kelly merebut gelar itu di Dubai.",
        [("Duet Ben Biggs", "PER", 0), ("Aidan Kelly", "PER", 0)],
        [("Ben Biggs", ((32, 41),)), ("Aidan Kelly", ((46, 57),))],
    ),
    # a multi-word name particle that opens with a common word (`Anak`): kept (GUIDELINES §2)
    "particle-opening-with-a-common-word-stays": (
        "Menurut Anak Agung Ngurah Rai, acara itu meriah.",
        [("Anak Agung Ngurah Rai", "PER", 0)],
        [("Anak Agung Ngurah Rai", ((8, 29),))],
    ),
    "particle-opening-with-a-common-word-before-a-given-name-stays": (
        "Acara dibuka oleh Anak Agung Gde Agung di Denpasar.",
        [("Anak Agung Gde Agung", "PER", 0)],
        [("Anak Agung Gde Agung", ((18, 38),))],
    ),
    "particle-opening-a-sentence-stays": (
        "Anak Agung Ngurah Rai membuka acara itu di Denpasar.",
        [("Anak Agung Ngurah Rai", "PER", 0)],
        [("Anak Agung Ngurah Rai", ((0, 21),))],
    ),
    # a companions' mark after the name: cut off
    "companions-mark-after-a-name": (
        "Timnas U-17 siap tampil di Qatar. Amar Brkic Cs akan memulai laga perdana melawan Ekuador.",
        [("Amar Brkic Cs", "PER", 0)],
        [("Amar Brkic", ((34, 44),))],
    ),
    "companions-mark-after-a-name-read-without-it": (
        "Jay Idzes Cs menang 3-0 atas Atalanta. Idzes tampil penuh selama 90 menit.",
        [("Jay Idzes", "PER", 0), ("Idzes", "PER", 0)],
        [("Jay Idzes", ((0, 9), (39, 44)))],
    ),
    # a verb the scraper glued after the last word: cut off
    "verb-after-a-word-written-alone-elsewhere": (
        "Pebalap Yamaha Maverick Vinalesmemiliki catatan waktu terbaik. Vinales mengaku puas.",
        [("Maverick Vinalesmemiliki", "PER", 0), ("Vinales", "PER", 0)],
        [("Maverick Vinales", ((15, 31), (63, 70)))],
    ),
    "verb-after-a-person-word-of-news-raw": (
        "Gubernur DKI Jakarta Anies Baswedanberpidato dalam acara peringatan 90 tahun sekolah itu.",
        [("Anies Baswedanberpidato", "PER", 0)],
        [("Anies Baswedan", ((21, 35),))],
    ),
    # a given name that is a common word too: part of the name
    "given-common-word-opens-the-name": (
        "Tim putri Indonesia lolos ke semifinal. Putri Kusuma Wardani dkk mengatasi tuan rumah 3-1.",
        [("Wardani", "PER", 0)],
        [("Putri Kusuma Wardani", ((40, 60),))],
    ),
    "given-common-word-read-in-a-body-elsewhere": (
        "Putri Kusuma Wardani membawa Indonesia unggul 1-0. Putri KW menang dua gim langsung.",
        [("Putri Kusuma Wardani", "PER", 0), ("Putri KW", "ORG", 0)],
        [("Putri Kusuma Wardani", ((0, 20), (51, 56)))],
    ),
    "given-common-word-after-a-teams-words": (
        "Hasil itu memupus harapan Pelatih Timnas Basket 3x3 Putri Fandi Andika Ramadhani di SEA Games.",
        [("Fandi Andika Ramadhani", "PER", 0)],
        [("Fandi Andika Ramadhani", ((58, 80),))],
    ),
    "given-common-word-after-a-name-word": (
        "Menteri Pariwisata Widiyanti Putri Wardhana menyampaikan bahwa kunjungan wisatawan naik. "
        "Widiyanti berharap tren itu berlanjut.",
        [("Wardhana", "PER", 0), ("Widiyanti", "PER", 1)],
        [("Widiyanti Putri Wardhana", ((19, 43), (89, 98)))],
    ),
    "event-category-before-a-given-name": (
        "Tunggal Putri Gregoria Mariska Tunjung menang. Gregoria Mariska Tunjung lolos ke final.",
        [("Gregoria Mariska Tunjung", "PER", 0), ("Gregoria Mariska Tunjung", "PER", 1)],
        [("Gregoria Mariska Tunjung", ((14, 38), (47, 71)))],
    ),
    "an-initial-before-a-cups-name": (
        "Indonesia menghadapi Thailand pada laga kedua Grup D Thomas Cup 2026 di Horsens.",
        [("D Thomas", "PER", 0)],
        [],
    ),
    # real names opening with a common word: whole
    "bintang-emon": (
        "Komika Bintang Emon tampil di Jakarta. Emon mengaku senang bisa kembali ke panggung.",
        [("Bintang Emon", "PER", 0), ("Emon", "PER", 1)],
        [("Bintang Emon", ((7, 19), (39, 43)))],
    ),
    "cinta-laura": (
        "Aktris Cinta Laura Kiehl hadir di acara itu. Laura menyebut film itu penting.",
        [("Cinta Laura Kiehl", "PER", 0), ("Laura", "PER", 1)],
        [("Cinta Laura Kiehl", ((7, 24), (45, 50)))],
    ),
    "hari-purnomo": (
        "Kepala Dinas Pemuda dan Olahraga Hari Purnomo membuka turnamen. Purnomo berharap atlet berprestasi.",
        [("Hari Purnomo", "PER", 0), ("Purnomo", "PER", 1)],
        [("Hari Purnomo", ((33, 45), (64, 71)))],
    ),
    "putri-ariani": (
        "Penyanyi Putri Ariani tampil di panggung utama dan menyanyikan dua lagu.",
        [("Putri Ariani", "PER", 0)],
        [("Putri Ariani", ((9, 21),))],
    ),
    "common-word-name-after-a-title": (
        "Novelis Langit Kresna Hariadi meluncurkan buku baru di Solo. Kresna Hariadi menulis serial "
        "Gajah Mada.",
        [("Langit Kresna Hariadi", "PER", 0), ("Kresna Hariadi", "PER", 1)],
        [("Langit Kresna Hariadi", ((8, 29), (61, 75)))],
    ),
    "common-word-name-after-a-job": (
        "Penyanyi Senja Ayu Lestari tampil di Jakarta. Ayu Lestari membawakan lima lagu.",
        [("Senja Ayu Lestari", "PER", 0), ("Ayu Lestari", "PER", 1)],
        [("Senja Ayu Lestari", ((9, 26), (46, 57)))],
    ),
    "common-word-name-opening-a-sentence": (
        _LANGIT,
        [("Langit Kresna Hariadi", "PER", 0), ("Kresna Hariadi", "PER", 1)],
        [("Langit Kresna Hariadi", ((0, 21), (53, 67)))],
    ),
    "unknown-word-name-opening-a-sentence-alone": (
        "Senja Ayu Lestari tampil di Jakarta malam itu dan membawakan lima lagu.",
        [("Senja Ayu Lestari", "PER", 0)],
        [("Senja Ayu Lestari", ((0, 17),))],
    ),
    "common-noun-before-one-name-word-alone": (
        "Rekor dunia kembali pecah. Duet Biggs dan Kelly merebut gelar itu di Dubai.",
        [("Duet Biggs", "PER", 0), ("Kelly", "PER", 0)],
        [("Biggs", ((32, 37),)), ("Kelly", ((42, 47),))],
    ),
    "steele-alone-leaves-the-given-name": (
        _STEELE,
        [("Tanya Steele", "PER", 0), ("Steele", "PER", 1)],
        [("Tanya Steele", ((31, 43), (82, 88)))],
    ),
}


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        pytest.param(*case, id=key, marks=[_KNOWN_MISSES[key]] if key in _KNOWN_MISSES else [])
        for key, case in _CASES.items()
    ],
)
def test_person_spans(
    text: str, model: list[tuple[str, str, int]], expected: list[tuple[str, tuple[tuple[int, int], ...]]]
) -> None:
    assert persons_at_words(text, model) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Presiden Prabowo Subianto meresmikan bendungan itu.", "Prabowo Subianto"),
        ("Kapolres AKBP Yudi Prananta memimpin apel pagi.", "Yudi Prananta"),
        ("Kepala BPBD Jeffry Mengko meninjau lokasi longsor.", "Jeffry Mengko"),
        ("Ketua Umum PDI-P Megawati Soekarnoputri hadir dalam rapat kerja.", "Megawati Soekarnoputri"),
    ],
)
def test_a_surname_ending_like_a_word_stays_whole(text: str, name: str) -> None:
    start = text.index(name)
    assert strip_name(text, start, start + len(name)) == (start, start + len(name))


def test_a_body_written_elsewhere_opens_no_full_name() -> None:
    text = "Indonesia mengusulkan Teater Mak Yong - ekstensi Mak Yong Malaysia, dan Jaranan ke UNESCO."
    model = [("Teater Mak Yong", "PER", 0), ("Mak Yong Malaysia", "ORG", 0)]
    assert vetted_at_words(text, model) == [
        ("Teater Mak Yong", "PER", (22, 37)),
        ("Mak Yong Malaysia", "ORG", (49, 66)),
    ]
