#!/usr/bin/env python3
"""List the common English words, by their frequency in English against Indonesian (wordfreq).

python scripts/derive_english_words.py [--top N] [--zipf Z] [--gap G] > OUT

OUT: extract/resources/names_english_words_derived.txt.

Needs the `wordfreq` package at derivation only (``pip install --target DIR wordfreq``, then
``PYTHONPATH=DIR``); warta never imports it. The words the person decision reads as English
(`extract.people.corpus.english_words_share`: `Glacier Battery`, `Hydro Boost Serum`, `Canoe
Polo`) are those of wordfreq's `--top` most frequent English words, alphabetic, of two letters or
more, whose Zipf frequency in English is `--zipf` or more (about one in 300,000 words of English
text: `periscope` 2.9 is out, `battery` 4.5 in) and `--gap` or more above their Zipf frequency in
Indonesian (`media` 5.3 against 5.4 is as Indonesian as English; `budi`, `dewi` are Indonesian).
English given names and surnames stand here too (`john`, `smith`, `swift`): the decision leaves out a
word news-raw holds in persons' names and a given name of the lexicon. Only words are printed.

Why not news-raw's own English: news-raw writes `the` in lowercase 204 times and `of` 708 times in
2.1M words; a capitalised word beside an English function word (or beside a word that is) was
found for 8-13 of the 586 persons the decision weighs, half of them persons (`Made`, `van`):
the person decision's held-out F1 did not move (session 37).
"""

from __future__ import annotations

import argparse
import sys

#: wordfreq's English words read, most frequent first.
TOP = 60000
#: The least English Zipf frequency (log10 of occurrences per billion words): a common word.
ZIPF_MIN = 3.5
#: How much more frequent in English than in Indonesian (Zipf points) a word must be.
GAP_MIN = 0.5
HEADER = (
    "# source: derived by scripts/derive_english_words.py (warta) from wordfreq {version}'s word "
    "frequencies (R. Speer's wordfreq: Wikipedia, subtitles, news, books, web text; its data "
    "files CC BY-SA 4.0): the {top} most frequent English words, alphabetic, of two letters or "
    "more, whose Zipf frequency in English is {zipf} or more and {gap} or more above their "
    "Indonesian one. licence: CC BY-SA 4.0 (a derivative of wordfreq's data)\n"
    "# columns: word\n"
    "# Common English words: a name all of whose words (but those news-raw holds in persons' names, "
    "and given names) are here names a product, a term, a body or a place written in English "
    "(`Glacier Battery`, `Canoe Polo`). Read by extract.people.corpus (the person decision).\n"
)


def english_words(top: int, zipf: float, gap: float) -> list[str]:
    """The words of wordfreq's ``top`` English list that pass ``zipf`` and ``gap``, sorted."""
    from wordfreq import top_n_list, zipf_frequency

    return sorted(
        w
        for w in top_n_list("en", top)
        if w.isalpha()
        and w.isascii()
        and len(w) > 1
        and zipf_frequency(w, "en") >= zipf
        and zipf_frequency(w, "en") - zipf_frequency(w, "id") >= gap
    )


def wordfreq_version() -> str:
    """The installed wordfreq's version, written in the header (the words change between releases)."""
    from importlib.metadata import version

    return version("wordfreq")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=TOP)
    ap.add_argument("--zipf", type=float, default=ZIPF_MIN)
    ap.add_argument("--gap", type=float, default=GAP_MIN)
    a = ap.parse_args(argv)
    sys.stdout.write(HEADER.format(version=wordfreq_version(), top=a.top, zipf=a.zipf, gap=a.gap))
    sys.stdout.writelines(f"{w}\n" for w in english_words(a.top, a.zipf, a.gap))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
