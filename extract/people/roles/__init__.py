"""The role grammar: who is named with which position or occupation (GUIDELINES §2).

A head from the lexicon (``Ketua``, ``Kepala Dinas``, ``Plt Kadis``; occupations such as
``petani``) opens a mention; `titles` reads the run after it and cuts the title from the
name. The linking patterns, one function each:

* `_title_name`: **title – name** (``Camat Bukit Batu Hendrikus Budi``), several holders
  joined by ``dan`` (``… Rajudin Sagala dan Hadi Suhendra``);
* `_title_comma_name`: **title, name** (``Ketua Yayasan PPNU Trate, Elvi Wahyudi``) when the
  first "name" was more of the organisation;
* `_bracket_title`: a bracket of region and name after the head (``Gubernur (Bali Wayan Koster)``);
* `_name_after`: **title … , name** after a place phrase (``Pemilik UMKM X di jalan Y, Elias``);
* `_name_first`: **name – selaku/sebagai/yang juga – title**, **name, title** (apposition),
  **name (title)** (bracketed title) and ``Budi, seorang pedagang``; `_holder_link` reads the
  longer linking clauses (``Rudi, yang menjabat sebagai …``), whose post is marked ``clause``;
* `_title_after_selaku`: the title given after ``selaku`` (lowercase words allowed);
* `_body_after_holder`: **occupation name dari body** (``Ahli geologi Rudi dari Universitas
  X``, ``Dokter spesialis anak, Prof dr Rina, SpA dari RSUD Y``; not yet with a lowercase `dr`
  opening the name after the comma): an occupation that is a post only with its body names it after
  the holder's name and degrees (no region, no party); the title takes the body;
* `_clause_holder`: **title yang <clause>, name** (``Kepala Dinas … yang baru dilantik, Budi``);
* `_post_before_second`: **title sekaligus/yang juga <occupation or post sought> name**: the
  holder of the second description holds the first post too;
* `passive_heads`: **body diketuai/dikepalai name**: the head of that body;
* `_this_holder`: **Name … . Post Body ini/tersebut/itu …**: the person named last before
  (a second description: it does not replace a post written next to the name).

A former holder (`mantan`/`eks`, people_roles `former`) is an official, and the title keeps the
word; a post held now wins over a former one.

Guards: a head after ``calon``/``kandidat`` is a post sought, not held; ``pimpinan`` after an
organisation's name or ``di bawah`` means "led by"; a
regulation, an order or a building named after a post (``Keputusan Menteri …``, ``Surat Edaran
Wali Kota …``, ``Kantor Lurah …``) and a civil-service grade (``Pejabat Pimpinan Tinggi Pratama``) is
no mention; a group word alone (``tim Sri Mulyani``) and the owner of a natural feature hold
no post; a lawyer (`client_head`) of a person named inside the post (`kuasa hukum Suherni,
Made …`, `… Suherni dan lainnya, Made …`) holds no official's post; a lowercase abbreviation
(``kabid``) must name its office; `_title_goes_on`: one
unsure word before ``&`` or a comma and more organisation is title (``Manager Communication,
Relations & CSR PT …``); `_list_of_posts`: ``Forkopimda, Kepala OPD, camat …`` is a list of
posts, not a name with its title.

`scan_roles` runs the scanner once over an article; its `RoleMention` list is passed on to
officials and persons.

The package's modules, lowest layer first (a module imports only modules above it
in this list):

- `mentions`: What a role mention is, and where a holder's name starts and ends around a head.
- `firsts`: Whether the words right after a title open its holder's name or go on the title.
- `linking`: The links from a title to the names after it: title-name, title-comma-name, bracket, selaku.
- `apposition`: The links from a name to the post after it, and passive heads (diketuai).
- `settle`: The scanner's mentions read again against the whole article, and paired posts.
- `scanner`: The scanner: one pass over an article's tokens, head by head, and its guards.
"""

from __future__ import annotations

from .mentions import RoleMention
from .scanner import scan_roles

__all__ = ["RoleMention", "scan_roles"]
