"""A name the model read as a place that names a person is no place (GUIDELINES §6): a name of two
words or more that news-raw holds as a person's in five articles or more and three times as many as
a place or a body (`Jorge Lorenzo`, people_counts_derived.txt), a name of one word that news-raw
holds in persons' names five times or more, three times as often as in bodies' or places' names, and
never writes in lowercase (`Gibran`, `Netanyahu`), or an unlisted name that a list joins to two
persons or more (`Martin, Diggia, dan Zarco`). A word of the article's person's name written alone is
the person's, a listed region's name too (`Pak Bintan` beside `Bintan Saragih`), unless it stands
where a place does (`Wakapolda Sultra`, `lepas pantai Natuna`, `di Bima`). The people layer decides who is a
person, so the name is dropped, not retyped. A name whose words say it is a place (a head, a listed
region) stays, so does a name beside one person only (`Kampala, Ismail Kigongo`: a place and the
speaker) and a one-word name news-raw writes in lowercase too (`Agung` is a mountain). Whole entity
lists from `vet_entities`, `resolve_entities` and `with_persons` on invented sentences, with the
spans."""

from __future__ import annotations

import pytest

from tests.entity_records import entities_with_persons as _out


@pytest.mark.parametrize(
    ("text", "model", "persons", "expected"),
    [
        (
            "Usai balapan di Sirkuit Jerez, Jorge Lorenzo mengaku kecewa dengan hasil itu.",
            [("Sirkuit Jerez", "LOC"), ("Jorge Lorenzo", "LOC")],
            (),
            [("Sirkuit Jerez", "LOC", (16, 29))],
        ),
        (
            "Urutan enam besar menjadi Acosta, Alex Marquez, Fernandez, Martin, Diggia, dan Zarco. "
            "Jorge Martin unggul dua detik atas Johann Zarco.",
            [("Diggia", "LOC")],
            ("Acosta", "Alex Marquez", "Fernandez", "Martin", "Zarco", "Jorge Martin", "Johann Zarco"),
            [
                ("Acosta", "PER", (26, 32)),
                ("Alex Marquez", "PER", (34, 46)),
                ("Fernandez", "PER", (48, 57)),
                ("Martin", "PER", (59, 65)),
                ("Zarco", "PER", (79, 84)),
                ("Jorge Martin", "PER", (86, 98)),
                ("Johann Zarco", "PER", (121, 133)),
            ],
        ),
        # the model's misreadings of three Gaza places as persons are this case's input, passed through
        # as given (GUIDELINES §6 makes them places: a model miss, not this rule's); what is tested is
        # that such neighbours, with no evidence beyond the model's label, never drop `Rafah`
        (
            "Serangan udara Israel menghantam Rafah, Khan Younis, Deir al-Balah, dan Beit Lahia pada Selasa.",
            [
                ("Israel", "LOC"),
                ("Rafah", "LOC"),
                ("Khan Younis", "PER"),
                ("Deir", "PER"),
                ("Beit Lahia", "PER"),
            ],
            ("Khan Younis", "Deir", "Beit Lahia"),
            [
                ("Israel", "LOC", (15, 21)),
                ("Rafah", "LOC", (33, 38)),
                ("Khan Younis", "PER", (40, 51)),
                ("Deir", "PER", (53, 57)),
                ("Beit Lahia", "PER", (72, 82)),
            ],
        ),
        (
            "Juru bicara polisi di Kampala, Ismail Kigongo, membenarkan penangkapan itu.",
            [("Kampala", "LOC")],
            ("Ismail Kigongo",),
            [("Kampala", "LOC", (22, 29)), ("Ismail Kigongo", "PER", (31, 45))],
        ),
        (
            "Pemenang lomba tahun ini adalah Ahmad Yani, Siti Aminah, dan Desa Ciwaru.",
            [("Desa Ciwaru", "LOC")],
            ("Ahmad Yani", "Siti Aminah"),
            [
                ("Ahmad Yani", "PER", (32, 42)),
                ("Siti Aminah", "PER", (44, 55)),
                ("Desa Ciwaru", "LOC", (61, 72)),
            ],
        ),
        (
            "Gunung Sinabung dan Agung masih berstatus siaga hingga pekan ini.",
            [("Agung", "LOC")],
            (),
            [("Gunung Sinabung", "LOC", (0, 15)), ("Agung", "LOC", (20, 25))],
        ),
        (
            "Sapi kurban milik Gibran seberat 1,2 ton itu diserahkan kepada panitia di Solo.",
            [("Gibran", "LOC"), ("Solo", "LOC")],
            (),
            [("Solo", "LOC", (74, 78))],
        ),
        (
            "Mahkamah itu merilis surat perintah penangkapan Netanyahu pada Kamis.",
            [("Netanyahu", "LOC")],
            (),
            [],
        ),
        (
            "Pebalap muda itu mulai belajar membalap seperti Quartararo, kata pelatihnya di Jerez.",
            [("Quartararo", "LOC"), ("Jerez", "LOC")],
            (),
            [("Jerez", "LOC", (79, 84))],
        ),
        # `Bima` is a listed regency's name news-raw holds as a person's too: a listed place stays
        (
            "Pedagang sapi dari Bima dan Dompu tiba di pelabuhan pada Senin.",
            [("Bima", "LOC"), ("Dompu", "LOC")],
            (),
            [("Bima", "LOC", (19, 23)), ("Dompu", "LOC", (28, 33))],
        ),
        (
            "Turis asing banyak berkunjung ke Kuta dan Ubud sepanjang Agustus.",
            [("Kuta", "LOC"), ("Ubud", "LOC")],
            (),
            [("Kuta", "LOC", (33, 37)), ("Ubud", "LOC", (42, 46))],
        ),
        # a word of the article's person's name written alone is the person's, a listed region's too
        (
            "Sekda Pesisir Barat, N. Lingga Kusuma, hadir. Lingga mengucapkan terima kasih atas bantuan itu.",
            [("Lingga", "LOC")],
            ("N. Lingga Kusuma",),
            [("Pesisir Barat", "LOC", (6, 19)), ("N. Lingga Kusuma", "PER", (21, 37))],
        ),
        (
            "Ia menyapa anggota majelis, Jimly Asshiddiqie dan Bintan Saragih. Salam kepada Pak Bintan.",
            [("Bintan", "LOC")],
            ("Jimly Asshiddiqie", "Bintan Saragih"),
            [("Jimly Asshiddiqie", "PER", (28, 45)), ("Bintan Saragih", "PER", (50, 64))],
        ),
        # ... unless it stands where a place does: a title's region, a place's kind word, a locative
        (
            "Wakapolda Sultra, Kombes Pol Yan Sultra, ikut membagikan paket sahur.",
            [("Sultra", "LOC")],
            ("Yan Sultra",),
            [("Sultra", "LOC", (10, 16)), ("Yan Sultra", "PER", (29, 39))],
        ),
        (
            "Blok Natuna D-Alpha berada di lepas pantai Natuna dengan cadangan gas besar.",
            [("Natuna", "LOC")],
            ("Natuna D-Alpha",),
            [("Natuna D-Alpha", "PER", (5, 19)), ("Natuna", "LOC", (43, 49))],
        ),
        (
            "Ketua tim, Bima Arya, tiba di Bima pada Senin pagi.",
            [("Bima", "LOC")],
            ("Bima Arya",),
            [("Bima Arya", "PER", (11, 20)), ("Bima", "LOC", (30, 34))],
        ),
        # a listed region's name after a lowercase noun that frames it, or after `asal`
        (
            "Wali Kota Bogor Bima Arya meninjau banjir. Ratusan warga Bima mengungsi ke masjid sejak Senin.",
            [("Bogor", "LOC"), ("Bima", "LOC")],
            ("Bima Arya",),
            [("Bogor", "LOC", (10, 15)), ("Bima Arya", "PER", (16, 25)), ("Bima", "LOC", (57, 61))],
        ),
        (
            "Kapten kapal, Budi Natuna Putra, mengatakan ribuan nelayan Natuna menolak kapal asing.",
            [("Natuna", "LOC")],
            ("Budi Natuna Putra",),
            [("Budi Natuna Putra", "PER", (14, 31)), ("Natuna", "LOC", (59, 65))],
        ),
        (
            "Pelatih Andi Sinjai Putra memuji pemain muda Sinjai yang tampil di turnamen itu.",
            [("Sinjai", "LOC")],
            ("Andi Sinjai Putra",),
            [("Andi Sinjai Putra", "PER", (8, 25)), ("Sinjai", "LOC", (45, 51))],
        ),
        (
            "Pemuda asal Bima, Bima Saputra, menjuarai lomba itu.",
            [("Bima", "LOC")],
            ("Bima Saputra",),
            [("Bima", "LOC", (12, 16)), ("Bima Saputra", "PER", (18, 30))],
        ),
        # ... but after a function word or a speech verb the word is still the person's
        (
            "Ketua tim, Bima Arya, tiba pagi itu. Wartawan berbincang dengan Bima di lokasi.",
            [("Bima", "LOC")],
            ("Bima Arya",),
            [("Bima Arya", "PER", (11, 20))],
        ),
        (
            "Pelatih Andi Sinjai Putra puas. Timnya bermain baik, kata Sinjai seusai laga.",
            [("Sinjai", "LOC")],
            ("Andi Sinjai Putra",),
            [("Andi Sinjai Putra", "PER", (8, 25))],
        ),
        # a word news-raw holds as a person's right after a locative is a place
        (
            "Konser itu digelar di Jackson, Mississippi, Amerika Serikat, pekan lalu.",
            [("Jackson", "LOC"), ("Mississippi", "LOC"), ("Amerika Serikat", "LOC")],
            (),
            [
                ("Jackson", "LOC", (22, 29)),
                ("Mississippi", "LOC", (31, 42)),
                ("Amerika Serikat", "LOC", (44, 59)),
            ],
        ),
        (
            "Harga cabai di Jakarta, Medan, dan Surabaya naik, kata Budi Santoso dan Andi Wijaya.",
            [("Jakarta", "LOC"), ("Medan", "LOC"), ("Surabaya", "LOC")],
            ("Budi Santoso", "Andi Wijaya"),
            [
                ("Jakarta", "LOC", (15, 22)),
                ("Medan", "LOC", (24, 29)),
                ("Surabaya", "LOC", (35, 43)),
                ("Budi Santoso", "PER", (55, 67)),
                ("Andi Wijaya", "PER", (72, 83)),
            ],
        ),
    ],
)
def test_a_person_read_as_a_place_is_no_place_and_a_place_beside_persons_stays(
    text: str,
    model: list[tuple[str, str]],
    persons: tuple[str, ...],
    expected: list[tuple[str, str, tuple[int, int]]],
) -> None:
    assert _out(text, model, persons) == expected


@pytest.mark.xfail(
    strict=True,
    reason="players the model read as places in a list whose only person the people layer found "
    "is its first item (one person beside them): the list rule needs two",
)
def test_players_read_as_places_beside_one_person_are_no_places() -> None:
    text = "Tim itu diperkuat oleh Gede Bagus Wiranata, Kautsar, Faruq Ekatama, dan Ridho Putra Harahap."
    model = [("Kautsar", "LOC"), ("Faruq Ekatama", "LOC"), ("Ridho Putra Harahap", "LOC")]
    assert _out(text, model, ("Gede Bagus Wiranata",)) == [("Gede Bagus Wiranata", "PER", (23, 42))]


@pytest.mark.xfail(
    strict=True,
    reason="a place the model read in a list of players that the article names nowhere else and "
    "news-raw holds no person's name of (Acosta, Fernandez, Martin): the list rule wants two persons "
    "with more evidence than the model's reading, and one sentence holds only Alex Marquez",
)
def test_a_player_read_as_a_place_in_a_list_of_unevidenced_players_is_no_place() -> None:
    text = "Urutan enam besar menjadi Acosta, Alex Marquez, Fernandez, Martin, Diggia, dan Zarco."
    persons = ("Acosta", "Alex Marquez", "Fernandez", "Martin", "Zarco")
    assert _out(text, [("Diggia", "LOC")], persons) == [
        ("Acosta", "PER", (26, 32)),
        ("Alex Marquez", "PER", (34, 46)),
        ("Fernandez", "PER", (48, 57)),
        ("Martin", "PER", (59, 65)),
        ("Zarco", "PER", (79, 84)),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a listed regency's name (`Bima`) that is the article's person's name written alone in a "
    "list of given names: the comma before it reads as an address's (`Panda, Bima`), and the list "
    "rule needs two persons the people layer found in it (`Ibnu` and `Garin` are not found alone)",
)
def test_a_listed_region_that_is_the_articles_person_in_a_list_is_no_place() -> None:
    text = "Para pemeran, Ibnu Jamil dan Bima Azriel, hadir. Baik Ibnu, Bima, dan Garin berharap film laris."
    assert _out(text, [("Bima", "LOC")], ("Ibnu Jamil", "Bima Azriel")) == [
        ("Ibnu Jamil", "PER", (14, 24)),
        ("Bima Azriel", "PER", (29, 40)),
    ]
