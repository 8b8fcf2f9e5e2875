"""Where the article's company names open (`company_forms`): right after a capitalised legal form
that opens a name (`PT`, `CV`, `Yayasan`, its dot or not) and one blank, a no-break space too;
none after a form written in lowercase, after a word that merely ends in a form's letters, or
after a form that closes a name (`Tbk`). A text whose case folding changes its length (`ß`) gives
the same places. Invented sentences, whole outputs."""

from __future__ import annotations

import pytest

from extract.people.lexicon import company_forms


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        (
            "Proyek itu dikerjakan PT Sinar Laut dan CV. Mandala Jaya sejak Maret.",
            ["Sinar", "Mandala"],
        ),
        ("Bantuan datang dari Yayasan\u00a0Cahaya Insani dan Perumda Tirta Kahuripan.", ["Cahaya", "Tirta"]),
        # a form in lowercase, a word ending in a form's letters, a closing form: none
        ("Warga Belud menerima dana dari pt lain, kata pengurus Tbk Wijaya.", []),
        # the folding lengthens the text (`ß`): the same places
        ("Die Straße dekat kantor PT Mitra Abadi di Kota Batam.", ["Mitra"]),
    ],
)
def test_company_forms_open_names_after_the_blank(text: str, opened: list[str]) -> None:
    forms = company_forms(text)
    assert forms.text == text
    assert [text[end:].split()[0] for end in forms.ends] == opened
