#!/usr/bin/env python3
"""List given names of other countries than Indonesia (Faker's person lists), for the names lexicon.

python scripts/derive_foreign_given_names.py > extract/resources/names_given_foreign_derived.txt

Needs the `faker` package at derivation only, the release the list was derived from (``pip install
--target DIR faker==40.54.0``, then ``PYTHONPATH=DIR``; Faker's MIT notice: LICENSE.txt of its
source, faker-40.54.0.dist-info/licenses/LICENSE.txt of the wheel); warta never imports it. Run from
the repository root (it reads warta's own word lists and news-raw counts). The names are Faker's
first names of `LOCALES` (the countries whose athletes, artists and officials Indonesian news names
most, written in the Latin alphabet), one word each, lowercase, of `MIN_LETTERS` letters or more,
less those warta already reads as a given name (names_given.txt) or as a common word
(names_common_words.txt), those news-raw writes in lowercase (people_counts_derived.txt `low`:
Faker's Indonesian list holds words such as `gamblang`, `hakikat`), and those news-raw holds in
bodies' or places' names more often than in persons' (`body_word_over_person`: `chelsea`, `milan`,
`paris`). Only words are printed. The output depends on those lists of warta's as they stand at the
deriving commit (names_given.txt, names_common_words.txt, people_counts_derived.txt), whose short
hash the header names.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.people.corpus import body_word_over_person, corpus_counts
from extract.text.words import common_words, given_names

#: Faker's locales read: English, Spanish, Italian, Portuguese, German, French, Dutch, Turkish,
#: Croatian, Danish, Swedish, Norwegian and Finnish names, and Faker's Indonesian ones.
LOCALES = (
    "en_US", "en_GB", "en_IE", "es_ES", "es_MX", "it_IT", "pt_BR", "pt_PT", "de_DE", "fr_FR",
    "nl_NL", "tr_TR", "hr_HR", "da_DK", "sv_SE", "no_NO", "fi_FI", "id_ID",
)  # fmt: skip
#: Faker's attributes holding first names.
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
#: The fewest letters of a name kept (`Al`, `Jo` are particles or syllables more than names).
MIN_LETTERS = 3
HEADER = (
    "# source: derived by scripts/derive_foreign_given_names.py (warta, at commit {commit}: its "
    "names_given.txt, names_common_words.txt and people_counts_derived.txt) from Faker {version}'s "
    "person providers (first names of {locales}; Faker: Copyright (c) 2012 Daniele Faraglia, licence: "
    "MIT, notice in LICENSE.txt of Faker's source and wheel), less warta's given and common words, "
    "words news-raw writes in lowercase and words news-raw holds in bodies' or places' names more "
    "than in persons'. licence: MIT\n"
    "# columns: word\n"
    "# Given names of other countries (`Hakan`, `Sam`, `Laura`): a name opening with one is a "
    "person's more likely than a place's or a body's. Read by extract.ner.vet (the model's place or "
    "body shaped as a name: _person_by_given).\n"
)


def faker_first_names(locales: tuple[str, ...]) -> set[str]:
    """Faker's one-word first names of ``locales``, lowercase."""
    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ATTRIBUTES:
            found = getattr(provider, attr, None) or ()
            names.update(w.lower() for w in found if isinstance(w, str) and w.isalpha())
    return names


def foreign_given_names(locales: tuple[str, ...]) -> list[str]:
    """The names of ``locales`` that pass the module's filters, sorted."""
    low = corpus_counts()["low"]
    known = given_names() | common_words()
    return sorted(
        w
        for w in faker_first_names(locales)
        if len(w) >= MIN_LETTERS and w not in known and not low.get(w) and not body_word_over_person(w)
    )


def faker_version() -> str:
    """The installed Faker's version, written in the header (the lists change between releases)."""
    from importlib.metadata import version

    return version("faker")


def warta_commit() -> str:
    """The short hash of warta's checked-out commit, whose word lists and counts the filters read."""
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(["git", "rev-parse", "--short=8", "HEAD"], cwd=root, capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def main() -> int:
    header = HEADER.format(commit=warta_commit(), version=faker_version(), locales=", ".join(LOCALES))
    sys.stdout.write(header)
    sys.stdout.writelines(f"{w}\n" for w in foreign_given_names(LOCALES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
