"""``warta train-orgs``: fit the organisation decision's weights on annotated news (`entities.decision`).

    warta train-orgs [--shared DIR] [--annotations FILE] [--out models/org-decision.json]

Runs warta up to the final entities, before the organisation decision, on every annotated
news-raw article (`data/annotations`, the ``organisations`` lists), turns each distinct ORG
surface into its feature vector (`org_features`), labels it by whether the annotation lists it
(matched as the scorer matches organisations: ``../shared/eval/score.py`` `norm`), and fits as
``warta train-persons`` does (`extract.ner.persons_train.train`: 5-fold CV by article, the
threshold of the best held-out organisations F1, the calibration per score bin).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .entities.decision import (
    FEATURES,
    WEIGHTS,
    named_after_form,
    org_features,
    org_groups,
    org_vouched,
    vouching_spans,
)
from .persons_train import Row, train

#: One raw article -> its cleaned text, the entity layer's tokens, the final entities before the
#: decision, the model's vetted entities and the officials (`extract.article.undecided_orgs`).
Undecided = Callable[[str], tuple[str, Sequence, list, list, list, Any]]


def labelled(
    articles: Iterable[tuple[str, Sequence[str]]], norm: Callable[[str], str], undecided: Undecided
) -> tuple[list[list[Row]], list[tuple[set[str], set[str]]]]:
    """Per article (raw text, annotated organisations): the rows of its unvouched ORG surfaces
    (features, listed, key) and (the annotated keys, the vouched surfaces' keys)."""
    groups, fixed = [], []
    for raw, gold_names in articles:
        text, toks, entities, model, officials, dateline = undecided(raw)
        gold = {norm(g) for g in gold_names} - {""}
        outlets = vouching_spans(text, toks, dateline, entities)
        formed = named_after_form(toks, entities)
        rows, kept = [], set()
        for folded_key, group in org_groups(entities).items():
            key = norm(group[0].text)
            if key and (folded_key in formed or org_vouched(group, toks, outlets)):
                kept.add(key)
            elif key:
                rows.append((org_features(text, toks, group, model, officials), key in gold, key))
        groups.append(rows)
        fixed.append((gold, kept))
    return groups, fixed


def main(argv: list[str] | None = None, *, undecided: Undecided) -> int:
    """The command: ``undecided`` runs warta up to the final entities (the caller's: the article
    layer sits above this one)."""
    return train(
        argv,
        prog="warta train-orgs",
        field="organisations",
        key="norm",
        labelling=lambda articles, norm: labelled(articles, norm, undecided),
        out=WEIGHTS,
        features=FEATURES,
    )
