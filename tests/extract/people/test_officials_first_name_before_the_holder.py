"""Officials: the model's person that ends where the holder's name ends and starts before it is
the holder's fullest name (GUIDELINES §2), so officials and persons give one name: a first name
that is a common word, which the role read as the title's last word after its comma
(`Kepala Dinas PUPR Kotabaru, Puncak Wiratmo`) or left out before the name (`dengan Awal
Nugroho, seorang peneliti`). Not when such a word names a body elsewhere in the article
(`cabang Yamiko`), nor a post, an honorific or the title's own words before the name.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from extract.people.officials import extract_officials
from extract.records import Entity, Official


def _per(text: str, start: str, end: str) -> list[Entity]:
    s, e = text.index(start), text.index(end)
    return [Entity(text[s:e], "PER", (s, e))]


def test_a_common_first_name_after_the_title_s_comma_leaves_the_title() -> None:
    s = 'Kepala Dinas PUPR Kotabaru, Puncak Wiratmo mengatakan, tugu segera dipugar. "Siap," kata Puncak.'
    assert extract_officials(s, entities=_per(s, "Puncak W", " mengatakan")) == [
        Official(name="Puncak Wiratmo", title="Kepala Dinas PUPR Kotabaru", span=(0, 42), name_span=(28, 42))
    ]


def test_a_common_first_name_before_an_apposed_post_stays_the_holder_s() -> None:
    s = "Mereka berbicara dengan Awal Nugroho, seorang peneliti BRIN yang meneliti gua itu."
    assert [(o.name, o.title) for o in extract_officials(s, entities=_per(s, "Awal", ", seorang"))] == [
        ("Awal Nugroho", "peneliti BRIN")
    ]


def test_a_body_s_word_written_elsewhere_stays_out_of_the_name() -> None:
    s = (
        "Peresmian dilakukan Kepala Wilayah Yamiko Hendra Wijaya di Bandar Lampung. "
        "Hendra mengatakan sembilan cabang Yamiko kini beroperasi."
    )
    assert [(o.name, o.title) for o in extract_officials(s, entities=_per(s, "Yamiko H", " di Bandar"))] == [
        ("Hendra Wijaya", "Kepala Wilayah Yamiko")
    ]


def test_the_title_s_own_words_in_the_model_s_person_stay_the_title() -> None:
    s = "Acara itu dibuka Kepala Dinas Sosial Lukas Pratama di aula kantor pada Senin."
    assert [(o.name, o.title) for o in extract_officials(s, entities=_per(s, "Sosial", " di aula"))] == [
        ("Lukas Pratama", "Kepala Dinas Sosial")
    ]


def test_a_post_or_an_honorific_in_the_model_s_person_opens_no_name() -> None:
    s = "Acara itu dibuka Bupati Aletinus Tamba di aula kantor pada Senin."
    assert [(o.name, o.title) for o in extract_officials(s, entities=_per(s, "Bupati", " di aula"))] == [
        ("Aletinus Tamba", "Bupati")
    ]
    s = "Acara itu dibuka Pak Lukas Pratama, Kepala Dinas Sosial, di aula kantor pada Senin."
    assert [(o.name, o.title) for o in extract_officials(s, entities=_per(s, "Pak", ", Kepala"))] == [
        ("Lukas Pratama", "Kepala Dinas Sosial")
    ]


def test_a_marker_glued_to_the_name_is_no_first_name() -> None:
    # `HM`: the haji's H glued to the initial M; the role reads the name from M
    s = "Rapat itu dihadiri Kepala Desa Sukamaju, Kecamatan Cibarusah, HM Darsono, pada Senin."
    assert extract_officials(s, entities=_per(s, "HM", ", pada")) == [
        Official(
            name="M Darsono",
            title="Kepala Desa Sukamaju, Kecamatan Cibarusah",
            span=(19, 72),
            name_span=(63, 72),
        )
    ]
