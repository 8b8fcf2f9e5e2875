"""Officials: after an English post, a company's one-word name that the article writes alone
three times or more, never in a person's context, is the title's, not the holder's first name
(`PR Manager Traveloka Busyra Oryza` where the model reads one person).

Every sentence here is written for the test: names and companies are made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per, _rec

_APP = (
    "Aplikasi Kelanara kembali ramai dibicarakan warganet. Sebagian pengguna Kelanara "
    "mengeluhkan tarif baru, lalu pengembang Kelanara merilis pembaruan. "
)


def test_a_company_written_alone_often_after_an_english_post_is_the_title_s() -> None:
    s = _APP + "PR Manager Kelanara Lusyra Ombara membenarkan kabar itu."
    assert _officials(s, _per(s, "Kelanara Lusyra Ombara")) == [
        _rec(
            s,
            "PR Manager Kelanara Lusyra Ombara",
            "Lusyra Ombara",
            "PR Manager Kelanara",
        )
    ]


def test_a_first_name_used_with_a_speech_verb_stays_the_holder_s() -> None:
    s = (
        "PR Manager Fenyra Qistara Daneswara hadir di kantor itu. Fenyra datang pagi. "
        "Fenyra membawa berkas. Tarif baru berlaku pekan depan, kata Fenyra."
    )
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Fenyra Qistara Daneswara"))] == [
        ("Fenyra Qistara Daneswara", "PR Manager")
    ]


def test_after_an_indonesian_post_a_first_name_written_alone_stays_the_holder_s() -> None:
    s = (
        "Menteri Pertanian Sugara Ombika Tarsa meninjau sawah di Klaten. Istri Sugara ikut "
        "dalam rombongan. Kedatangan Sugara disambut petani, lalu rombongan Sugara pulang sore."
    )
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Sugara Ombika Tarsa"))] == [
        ("Sugara Ombika Tarsa", "Menteri Pertanian")
    ]


def test_a_company_written_alone_twice_is_too_weak() -> None:
    s = (
        "Aplikasi Kelanara ramai dibicarakan. Pengguna Kelanara mengeluh. "
        "PR Manager Kelanara Lusyra Ombara membenarkan kabar itu."
    )
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Kelanara Lusyra Ombara"))] == [
        ("Kelanara Lusyra Ombara", "PR Manager")
    ]


def test_a_company_written_alone_with_no_post_gives_nothing() -> None:
    s = _APP + "Lusyra Ombara membenarkan kabar itu."
    assert _officials(s, _per(s, "Lusyra Ombara")) == []
