"""A one-word name that clips the start or the end of a one-word name of another person in the
same article (`Heri` of `Heriyanto`, `Bowo` of `Wibowo`, `Bung Karno` of `Sukarno`) is that
person's short form (`extract.people.names._fold_clipped`, GUIDELINES §2: one fullest name per
person). A clip that fits two names, a clip of three letters, and a word as long as the name
stay apart."""

from __future__ import annotations

from extract.people.names import group_by_person
from tests.person_records import person_spans


def test_a_clipped_start_of_a_one_word_name_is_that_person() -> None:
    text = (
        "Kepala Bidang Perdagangan Heriyanto menyampaikan kenaikan harga masih wajar. "
        "Menurut Heri, kenaikan masih di kisaran Rp1.000."
    )
    assert person_spans(text, [("Heriyanto", "PER"), ("Heri", "PER")]) == [
        ("Heriyanto", ((26, 35), (85, 89)))
    ]


def test_a_clipped_end_of_a_one_word_name_is_that_person() -> None:
    text = "Petani asal Punggur, Wibowo, mengaku belum merasakan HPP. Bowo mengaku harga gabah turun."
    assert person_spans(text, [("Wibowo", "PER"), ("Bowo", "PER")]) == [("Wibowo", ((21, 27), (58, 62)))]


def test_a_clip_of_two_one_word_names_stays_apart() -> None:
    # `Tiwi` opens neither and ends both `Pratiwi` and `Ratiwi`: no reading is sure
    mentions = [("Pratiwi", (0, 7)), ("Ratiwi", (20, 26)), ("Tiwi", (40, 44))]
    assert group_by_person(mentions, variants=True) == [[0], [1], [2]]


def test_a_three_letter_clip_stays_apart() -> None:
    mentions = [("Ariswandi", (0, 9)), ("Ari", (30, 33))]
    assert group_by_person(mentions, variants=True) == [[0], [1]]


def test_a_clip_that_is_not_two_letters_shorter_stays_apart() -> None:
    # `Rahma` and `Rahmat` are two names, not a name and its short form
    mentions = [("Rahmat", (0, 6)), ("Rahma", (30, 35))]
    assert group_by_person(mentions, variants=True) == [[0], [1]]
