"""A body's name opened by a common word the article also writes in lowercase (`Jasa Marga` beside
`jasa`) stays a body when news-raw holds the whole name as an ORG or LOC in enough articles and
more often than as a person's (`kinds._corpus_held_whole`); a heading's words news-raw never holds
whole, and a competitor's noun run into a team's name, give no body (GUIDELINES §6). Whole entity
lists from the vetting and resolution on invented sentences, with the spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_toll_company_opened_by_a_common_word_written_lowercase_stays() -> None:
    text = "Jasa Marga menurunkan tarif jasa derek di ruas tol Jakarta-Cikampek selama mudik."
    model = [("Jasa Marga", "ORG"), ("Jakarta-Cikampek", "LOC")]
    assert _found(text, model) == [
        ("Jasa Marga", "ORG", (0, 10)),
        ("Jakarta", "LOC", (51, 58)),
        ("Cikampek", "LOC", (59, 67)),
    ]


def test_the_police_force_spelled_out_stays_beside_its_common_word() -> None:
    text = "Kepolisian Negara Republik Indonesia meminta kepolisian negara tetangga memburu buronan itu."
    model = [("Kepolisian Negara Republik Indonesia", "ORG")]
    assert _found(text, model) == [("Kepolisian Negara Republik Indonesia", "ORG", (0, 36))]


def test_a_heading_opened_by_a_word_written_lowercase_gives_nothing() -> None:
    text = "Siap Penerapan New Normal. Warga mengaku siap mengikuti aturan baru itu."
    model = [("Siap Penerapan New Normal", "ORG")]
    assert _found(text, model) == []


def test_a_competitor_noun_run_into_a_team_name_gives_no_body_of_that_span() -> None:
    text = "Rider Gresini Racing itu mengaku sebagai rider paling muda di grid musim ini."
    model = [("Rider Gresini Racing", "ORG")]
    assert _found(text, model) == []
