"""Officials: a bare post, a comma, its company, then the holder (issue 13, round officials3 s35).

English titles set the company off by a comma: `President Director, <Company> <Name>`, `Senior
Manager, <Company> Indonesia <Name>`. A post with no words of its own before the comma, then
capitalised words opening with a body (`orglike`: an organisation's word, an acronym, a region,
or the model's organisation) and closed by the model's person, gives that person the post with
the company, as written (`_company_then_holder`). A post after the comma is that post's (a list
of posts). Every sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per, _rec


def test_english_post_comma_company_then_the_holder() -> None:
    s = "Tablet itu laris, ujar Senior Manager, Sinar Electronics Indonesia Annisa Larasati."
    want = [
        _rec(
            s,
            "Senior Manager, Sinar Electronics Indonesia Annisa Larasati",
            "Annisa Larasati",
            "Senior Manager, Sinar Electronics Indonesia",
        )
    ]
    assert _officials(s, _per(s, "Annisa Larasati")) == want


def test_indonesian_post_comma_company_form_then_the_holder() -> None:
    s = "Hal itu disampaikan Direktur, PT Maju Jaya Budi Santoso kepada wartawan."
    want = [_rec(s, "Direktur, PT Maju Jaya Budi Santoso", "Budi Santoso", "Direktur, PT Maju Jaya")]
    assert _officials(s, _per(s, "Budi Santoso")) == want


def test_a_post_after_the_comma_holds_the_name() -> None:
    s = "Rapat dihadiri Direktur, Kepala Dinas Sosial Budi Santoso dan warga."
    want = [_rec(s, "Kepala Dinas Sosial Budi Santoso", "Budi Santoso", "Kepala Dinas Sosial")]
    assert _officials(s, _per(s, "Budi Santoso")) == want


def test_no_person_of_the_model_after_the_company_gives_nothing() -> None:
    """The model's person is outside the words after the comma: the company's last word is no
    holder (without the guard, Sentosa gets `Direktur, PT Maju Jaya`)."""
    s = "Rapat itu dihadiri Direktur, PT Maju Jaya Sentosa dan warga, kata Budi Santoso."
    assert _officials(s, _per(s, "Budi Santoso")) == []


def test_a_post_closing_a_fronted_clause_gives_nothing() -> None:
    """Review of officials3 (s35): the comma after a post that a fronted clause's opening word
    (Selain, Usai: clean_connectives.txt, clean_function_words.txt) reaches closes that clause;
    the words after it are the sentence's subject, not the post's company."""
    for s, name in (
        ("Selain Kapolres, Polda Jawa Tengah Irjen Ahmad Luthfi juga hadir.", "Ahmad Luthfi"),
        ("Selain Bupati, Kodim 0734 Letkol Budi Santoso juga hadir.", "Budi Santoso"),
        (
            "Usai diperiksa sebagai saksi untuk Direktur, PT Maju Jaya Budi Santoso langsung pulang.",
            "Budi Santoso",
        ),
    ):
        assert _officials(s, _per(s, name)) == [], s


def test_a_rank_after_the_comma_opens_another_title() -> None:
    """A rank after the comma (Irjen, Letkol) opens the holder's own title: the post before the
    comma is not his."""
    s = "Rapat dihadiri Kapolres, Polda Jawa Tengah Irjen Ahmad Luthfi dan warga."
    assert _officials(s, _per(s, "Ahmad Luthfi")) == []
