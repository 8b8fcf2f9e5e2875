"""Officials: a title's last word that the article calls the holder by alone elsewhere (after a
rank or an honorific) opens the holder's name (`Kapolres … AKBP
Adik Listiyono … AKBP Adik`), read on regional police news (news-raw 1900-2049).

Every sentence here is written for the test: names are made up or public office holders in
made-up sentences.
"""

from __future__ import annotations

from extract.people.officials import extract_officials

from .test_roles import _officials, _per, _rec


def _pairs(sentence: str, *people: str) -> list[tuple[str, str]]:
    return [(o.name, o.title) for o in _officials(sentence, _per(sentence, *people))]


# ------------------------------------------------------------- the word after a rank elsewhere


def test_a_common_word_the_article_writes_after_a_rank_opens_the_name() -> None:
    s = (
        "Razia digelar semalam, ujar Kapolres Ogan Komering Ulu Timur AKBP Adik Listiyono kepada "
        "wartawan. Menurut AKBP Adik, patroli akan diteruskan pekan depan."
    )
    assert extract_officials(s) == [
        _rec(
            s,
            "Kapolres Ogan Komering Ulu Timur AKBP Adik Listiyono",
            "Adik Listiyono",
            "Kapolres Ogan Komering Ulu Timur",
        )
    ]


def test_an_honorific_before_the_word_elsewhere_opens_the_name() -> None:
    s = (
        "Ketua Umum Perkasi Adil Prasetyo membuka kejuaraan itu di Palembang. Para atlet "
        "menyambut Pak Adil dengan tepuk tangan."
    )
    assert _pairs(s, "Prasetyo") == [("Adil Prasetyo", "Ketua Umum Perkasi")]


def test_a_body_s_word_written_with_no_cue_stays_in_the_title() -> None:
    # a body's word written elsewhere with no rank nor honorific before it stays in the title
    s = "Ketua Umum PB Perkasi Ita Yuliani membuka pelatnas. Atlet Perkasi siap bertanding."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Ita Yuliani", "Ketua Umum PB Perkasi")]


# ------------------------------------------------------------- what stays in the title


def test_a_post_s_word_after_jenderal_elsewhere_stays_in_the_title() -> None:
    # `Direktorat Jenderal Pajak`: a rank that closes a post is no person's cue
    s = (
        "Direktur Jenderal Pajak Bimo Wijayanto menyebut penerimaan naik. Kantor Direktorat "
        "Jenderal Pajak di Jakarta ramai pekan ini."
    )
    assert extract_officials(s) == [
        _rec(s, "Direktur Jenderal Pajak Bimo Wijayanto", "Bimo Wijayanto", "Direktur Jenderal Pajak")
    ]


def test_a_body_that_speaks_elsewhere_stays_in_the_title() -> None:
    # a speech verb after the word is no proof: bodies speak too
    s = "Menteri Keuangan Purbaya Yudhi Sadewa hadir di DPR. Kementerian Keuangan mengatakan anggaran cukup."
    assert extract_officials(s) == [
        _rec(
            s,
            "Menteri Keuangan Purbaya Yudhi Sadewa",
            "Purbaya Yudhi Sadewa",
            "Menteri Keuangan",
        )
    ]


def test_a_rank_and_a_word_with_no_title_give_nothing() -> None:
    assert extract_officials("Menurut AKBP Adik, patroli akan diteruskan pekan depan.") == []
