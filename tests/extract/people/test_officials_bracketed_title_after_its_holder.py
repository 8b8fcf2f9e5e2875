"""Officials: a post in brackets right after its holder's name, its company's last word closing
the bracket (issue 13, round officials s35).

`Purwanti Lee (Vice President PT Sugar Group Companies)` gave the official `Companies`: the run's
last word before `)` was read as the holder inside the bracket. After a person's name (the model's
PER) the bracket holds that person's post (name (title)); a person inside the bracket stays its
holder. News-raw (its 714 lines with a bracket opened by a post): see the commit. Every sentence
here is written for the test: the names are made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per, _rec


def test_a_bracketed_title_after_the_name_keeps_the_name_before_it() -> None:
    # the company's last word closing the bracket is no holder: the name before the bracket is
    s = "Purwanti Lee (Vice President PT Manis Group Companies) beserta rombongan meninjau lokasi."
    want = [
        _rec(
            s,
            "Purwanti Lee (Vice President PT Manis Group Companies)",
            "Purwanti Lee",
            "Vice President PT Manis Group Companies",
        )
    ]
    assert _officials(s, _per(s, "Purwanti Lee")) == want


def test_a_person_inside_the_bracket_stays_its_holder() -> None:
    s = "Hadir pula Pak Riefky (Wakil Ketua Komisi I DPR Teuku Riefky Harsya) dalam rapat itu."
    want = [
        _rec(
            s,
            "Wakil Ketua Komisi I DPR Teuku Riefky Harsya",
            "Teuku Riefky Harsya",
            "Wakil Ketua Komisi I DPR",
        )
    ]
    assert _officials(s, _per(s, "Riefky", "Teuku Riefky Harsya")) == want


def test_a_bracketed_post_after_a_non_person_gives_no_official() -> None:
    s = "Surat itu ditetapkan dalam SK Pejabat yang Berwenang (Kepala Satker Nusa)."
    assert _officials(s) == []
