"""Officials: two holders whose names are one letter or two apart are one person misspelt only when
they hold one post (`officials._join_misspelt`, `officials._same_post`); namesakes holding two
posts, or one post in two regions, stay two officials (review of session 36, finding 2); one holder
joined keeps one spelling in officials, persons and quotes (GUIDELINES §7; finding 3), and a short
form the lexicon lists (`Kadis`) writes the post of `Kepala Dinas` (`officials._one_post`, finding 7).
Names and bodies are made up."""

from __future__ import annotations

import pytest

from extract import extract_article
from tests.official_records import text_officials


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ketua DPRD Purwakarta Dedi Mulyadi membuka rapat paripurna. Sekretaris Daerah Purwakarta Dedi "
            "Mulyana membacakan laporan.",
            [("Dedi Mulyadi", "Ketua DPRD Purwakarta"), ("Dedi Mulyana", "Sekretaris Daerah Purwakarta")],
        ),
        (
            "Ketua DPRD Garut Nur Hidayat membuka rapat. Kepala Dinas Sosial Garut Nur Hidayati hadir.",
            [("Nur Hidayat", "Ketua DPRD Garut"), ("Nur Hidayati", "Kepala Dinas Sosial Garut")],
        ),
        (
            "Ketua DPRD Garut Euis Ida Wartiah membuka rapat. Ketua DPRD Tasikmalaya Euis Ida Wartini hadir.",
            [("Euis Ida Wartiah", "Ketua DPRD Garut"), ("Euis Ida Wartini", "Ketua DPRD Tasikmalaya")],
        ),
        (
            "Kapolsek Cibeber AKP Hendra Saputra memimpin apel. Camat Cibeber Hendra Syahputra hadir.",
            [("Hendra Saputra", "Kapolsek Cibeber"), ("Hendra Syahputra", "Camat Cibeber")],
        ),
        (
            "Kapolres Garut Joko Susanto meninjau lokasi. Dandim Garut Joko Suyanto ikut mendampingi.",
            [("Joko Susanto", "Kapolres Garut"), ("Joko Suyanto", "Dandim Garut")],
        ),
        (
            "Ketua KONI Garut Agus Sugiarto membuka acara. Ketua PSSI Garut Agus Sugianto memberi sambutan.",
            [("Agus Sugiarto", "Ketua KONI Garut"), ("Agus Sugianto", "Ketua PSSI Garut")],
        ),
    ],
)
def test_namesakes_of_two_posts_stay_two_officials(text: str, expected: list) -> None:
    assert text_officials(text) == expected


def test_one_holder_misspelt_under_a_short_title_is_one_string_everywhere() -> None:
    text = (
        'Kadis Pendidikan Garut Ade Manadin membuka acara. "Sekolah sudah siap menerima siswa baru," kata '
        "Kepala Dinas Pendidikan Garut Ade Manadi."
    )
    d = extract_article(text.encode(), doc_id="t", source="t").to_dict()
    names = {o["name"] for o in d["officials"]} | {p["name"] for p in d["persons"]}
    names |= {q["speaker"] for q in d["quotes"] if q.get("speaker")}
    assert names == {"Ade Manadin"}
    assert [(o["name"], o["title"]) for o in d["officials"]] == [
        ("Ade Manadin", "Kepala Dinas Pendidikan Garut")
    ]
