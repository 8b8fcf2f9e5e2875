"""Officials: a holder's last name that is also a common word (`Jaya`), the two words ending the
title's run right after its region (`Sekretaris Kabupaten Tubaba Sendiwan Jaya itu …`), is the
holder's name even when the article never calls the holder by the first name alone: the
region closes the body, so a name follows it. A district the gazetteer knows (`Banjar
Agung`), a village after its level word (`Kepala Kampung Sidomulyo Jaya`) and a body's or an
event's name (`Jakarta Running Festival`) stay no holder.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from tests.official_records import check_text_officials, text_officials


def test_a_common_last_name_right_after_the_title_s_region() -> None:
    s = "Surat yang ditandatangani Sekretaris Kabupaten Tubaba Sendiwan Jaya itu dikirim ke kampung."
    check_text_officials(
        s,
        [
            (
                "Sekretaris Kabupaten Tubaba Sendiwan Jaya",
                "Sendiwan Jaya",
                "Sekretaris Kabupaten Tubaba",
            )
        ],
    )


def test_a_district_after_the_region_is_no_holder() -> None:
    s = "Rapat itu dihadiri Camat Lampung Timur Banjar Agung dan para kepala desa."
    assert [name for name, _ in text_officials(s)] == []


def test_a_village_after_its_level_word_is_no_holder() -> None:
    s = "Bantuan itu diterima Kepala Kampung Sidomulyo Jaya dan disalurkan kepada warga."
    assert text_officials(s) == []


def test_an_event_s_name_after_the_region_is_no_holder() -> None:
    s = "Ia pernah menjadi Medical Director Jakarta Running Festival dan maraton di Magelang."
    assert text_officials(s) == []
