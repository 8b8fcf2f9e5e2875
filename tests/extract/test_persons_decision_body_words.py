"""The person decision reads how news-raw holds a name's words (`corpus_body_words`,
`extract.people.corpus.body_words_share`): a word held in bodies' or places' names in more
articles than in persons' (`Villa` of a club, `Games` of a studio) weighs against the name being
a person's; a given name (`Budi`) or a word news-raw never holds in a name does not."""

from __future__ import annotations

import pytest

from extract.people.corpus import body_words_share
from extract.people.decision import FEATURES, person_features
from extract.records import Person
from extract.text.patterns import whole_words


@pytest.mark.parametrize(("name", "share"), [("Aston Villa", 1.0), ("Riot Games", 0.5)])
def test_words_of_clubs_and_studios_are_bodies_words(name: str, share: float) -> None:
    assert body_words_share(name) == share


@pytest.mark.parametrize("name", ["Budi Santoso", "Budi Luhur", "Sumarlin", "Zzyqx"])
def test_given_names_and_unknown_words_are_no_bodies_words(name: str) -> None:
    assert body_words_share(name) == 0.0


def test_the_feature_reads_the_share() -> None:
    text = "Liverpool menang 3-1 atas Aston Villa di Anfield. Aston Villa tertahan di papan tengah."
    vec = person_features(text, Person("Aston Villa", tuple(whole_words(text, "Aston Villa"))), [])
    assert vec[FEATURES.index("corpus_body_words")] == 1.0
    text = "Kepala Desa Budi Santoso mengatakan panen raya dimulai pekan depan."
    vec = person_features(text, Person("Budi Santoso", tuple(whole_words(text, "Budi Santoso"))), [])
    assert vec[FEATURES.index("corpus_body_words")] == 0.0
