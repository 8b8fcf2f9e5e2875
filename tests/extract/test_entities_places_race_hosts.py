"""A race's word and the host's name after it that no entity holds give the host's place
(`seri MotoGP Catalunya pada`, `Grand Prix Jepang yang`): the news-raw annotation lists a place
inside an event's name, the event is not listed (`event_places` reads the same when the model
found the race). Not after a hashtag's mark, not a contest's grade (`Thailand Open Grand Prix
Gold`), not two capitalised words (a racer's name) and not a city's club. Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_the_host_of_a_race_no_entity_holds_is_a_place() -> None:
    text = "Pebalap itu dipastikan absen pada seri MotoGP Catalunya pada akhir pekan ini."
    assert _found(text, []) == [("Catalunya", "LOC", (46, 55))]


def test_the_host_of_a_grand_prix_is_a_place() -> None:
    text = "Musim ini akan berlanjut ke Grand Prix Jepang yang bergulir dua pekan lagi."
    assert _found(text, []) == [("Jepang", "LOC", (39, 45))]


def test_a_host_before_a_year_is_a_place() -> None:
    text = "Ia finis kedua dalam tes MotoGP Jerez 2026 yang digelar sehari setelah balapan."
    assert _found(text, []) == [("Jerez", "LOC", (32, 37))]


def test_a_contest_s_grade_gives_no_place() -> None:
    text = "Pasangan itu juara di turnamen Thailand Open Grand Prix Gold 2017 lalu."
    model = [("Thailand", "LOC")]
    assert _found(text, model) == [("Thailand", "LOC", (31, 39))]


def test_a_hashtag_s_race_gives_no_place() -> None:
    text = "Ia menulis #Moto2 Practice di akun media sosialnya."
    assert _found(text, []) == []


def test_a_racer_named_after_the_race_is_no_place() -> None:
    text = "Legenda MotoGP Valentino Rossi hadir di sirkuit itu."
    model = [("Valentino Rossi", "PER")]
    assert _found(text, model) == [("Valentino Rossi", "PER", (15, 30))]


def test_a_lowercase_race_word_gives_nothing() -> None:
    text = "Penonton motogp catalunya memadati tribun sejak pagi."
    assert _found(text, []) == []


def test_a_date_after_the_host_stays_out_of_the_place() -> None:
    text = "Balapan Grand Prix Jepang 22 September mendatang ditunggu penonton."
    assert _found(text, []) == [("Jepang", "LOC", (19, 25))]


def test_a_team_named_for_its_city_stays_a_body() -> None:
    text = "Pemain Persib Bandung menonton MotoGP Mandalika bersama keluarga."
    model = [("Persib Bandung", "ORG")]
    assert _found(text, model) == [
        ("Persib Bandung", "ORG", (7, 21)),
        ("Mandalika", "LOC", (38, 47)),
    ]


def test_a_race_word_opening_the_text_gives_its_host() -> None:
    text = "MotoGP Andalusia akan digelar tanpa penonton tahun ini."
    assert _found(text, []) == [("Andalusia", "LOC", (7, 16))]


def test_a_racer_s_surname_after_the_race_is_no_place() -> None:
    # news-raw holds the word in persons' names, never as a place: the racer, no host
    text = "Pebalap MotoGP Quartararo mengeluhkan ban belakang motornya."
    assert _found(text, []) == []


def test_a_surname_before_a_mark_is_no_place() -> None:
    text = "Mereka datang untuk menonton MotoGP Bagnaia, kata panitia."
    assert _found(text, []) == []


def test_a_team_s_name_after_a_grand_prix_is_no_place() -> None:
    text = "Tim itu sempat naik podium di Grand Prix Ferrari musim lalu."
    assert _found(text, []) == []
