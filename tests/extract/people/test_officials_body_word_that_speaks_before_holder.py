"""Officials: a holder's first word that the article writes elsewhere as a speaking body (an
organisation word, or a later word of the model's body: `Kementerian Imipas menilai`) is the
body's, not the holder's first name (`Menteri Imipas Agus Andrianto`), read on national news
(news-raw 250-499, 1900-2049).

Every sentence here is written for the test: names are made up or public office holders in
made-up sentences.
"""

from __future__ import annotations

from extract.people.officials import extract_officials

from .test_roles import _officials, _rec


def _org(sentence: str, name: str, at: int = 0) -> list:
    from extract.records import Entity

    s = sentence.index(name, at)
    return [Entity(name, "ORG", (s, s + len(name)))]


def test_a_word_of_a_speaking_body_goes_to_the_title() -> None:
    s = (
        "Menteri Imipas Agus Andrianto meninjau lapas itu. Kementerian Imipas menilai layanan "
        "sudah membaik. Pegawai Imipas menyambut kunjungan itu."
    )
    assert [(o.name, o.title) for o in _officials(s, _org(s, "Kementerian Imipas"))] == [
        ("Agus Andrianto", "Menteri Imipas")
    ]


def test_an_organisation_word_that_speaks_goes_to_the_title() -> None:
    s = (
        "Ketua LHKP PP Muhammadiyah Ridho Al Hamdi hadir di DPR. Muhammadiyah menyampaikan usulan "
        "itu kepada pimpinan dewan. Kader PP Muhammadiyah ikut hadir."
    )
    assert _officials(s, _org(s, "PP Muhammadiyah", 50)) == [
        _rec(
            s,
            "Ketua LHKP PP Muhammadiyah Ridho Al Hamdi",
            "Ridho Al Hamdi",
            "Ketua LHKP PP Muhammadiyah",
        )
    ]


def test_a_first_name_that_speaks_stays_the_holder_s() -> None:
    # `Ace mengatakan`: a word that opens no body where it speaks is the holder's name
    s = "Ketua DPP Golkar Ace Hasan Syadzily hadir di Bandung. Ace mengatakan partai siap bekerja."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Ace Hasan Syadzily", "Ketua DPP Golkar")]


def test_a_body_speaking_with_no_title_gives_nothing() -> None:
    assert extract_officials("Kementerian Imipas menilai layanan di lapas sudah membaik.") == []
