"""The wording of weight answers (actions/weight_answers.py): "which of those is the lightest?"
and "is the first one light?" from the catalog's weights (commerce/product_weights.py), each the
weight of one variant, said with its size; the catalog's own words on weight where it gives none."""

from __future__ import annotations

from commerce.product_weights import ProductWeight, WeightsCompared


def weight_text(weight: ProductWeight) -> str:
    """ "407 g a pair in US 7 / EU 37.5", "1.34 kg in 40R": what the catalog's weight is of."""
    grams = weight.grams or 0
    amount = f"{grams} g" if grams < 1000 else f"{grams / 1000:.2f}".rstrip("0").rstrip(".") + " kg"
    pair = " a pair" if weight.per_pair else ""
    return f"{amount}{pair}{f' in {weight.size}' if weight.size else ''}"


def _titles(weights: tuple[ProductWeight, ...] | list[ProductWeight]) -> str:
    titles = [f"the {weight.title}" for weight in weights]
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]


def _against(weights: tuple[ProductWeight, ...] | list[ProductWeight]) -> str:
    return "; ".join(f"{weight_text(w)} for the {w.title}" for w in weights)


def no_weights_text(compared: WeightsCompared) -> str:
    """ "Our catalog doesn't give weights, so I can't tell you which is lightest without
    guessing: it doesn't say what the Mortimer Tweed Blazer or the Henley Hopsack Blazer weighs."
    (stranger test 9's two blazers, each named as before weights were imported)."""
    titles = [f"the {weight.title}" for weight in compared.unweighed]
    named = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " or " + titles[-1]
    return (
        f"Our catalog doesn't give weights, so I can't tell you which is {compared.extreme} "
        f"without guessing: it doesn't say what {named} weighs."
    )


def weights_compared_text(compared: WeightsCompared) -> str:
    """ "The Margot Pointed Flat is the lightest of these: our catalog gives 407 g a pair in US 7
    / EU 37.5, against 830 g a pair in US 7 / EU 40 for the Osprey Slip-On." Those it gives no
    weight for are said to have none, and then no product is called the lightest of them all."""
    extreme, weighed, ends = compared.extreme, compared.weighed, compared.ends
    none = (
        f" It gives no weight for {_titles(compared.unweighed)}, so I can't say how "
        f"{'it compares' if len(compared.unweighed) == 1 else 'they compare'} without guessing."
        if compared.unweighed
        else ""
    )
    if len(weighed) == 1:
        only = weighed[0]
        return f"Our catalog gives a weight only for the {only.title}: {weight_text(only)}.{none}"
    if len(ends) == len(weighed):
        return f"By our catalog, these weigh the same: {_against(weighed)}.{none}"
    rest = [w for w in weighed if w not in ends]
    among = "of those it weighs" if compared.unweighed else "of these"
    verb = "is" if len(ends) == 1 else "are"
    said = f"{_titles(ends)} {verb} the {extreme} {among}"
    given = weight_text(ends[0]) if len(ends) == 1 else _against(ends)
    return (
        f"{said[0].upper()}{said[1:]}: our catalog gives {given}, against {_against(rest)}.{none}"
    )


def weight_of_one_text(asked: ProductWeight, others: list[ProductWeight]) -> str:
    """ "Is the first one light?": its weight by the catalog (or that it gives none), then where
    it stands among the others on screen the catalog weighs."""
    if asked.grams is None:
        return (
            f"Our catalog gives no weight for the {asked.title}, so I can't say how light it "
            "is without guessing."
        )
    text = f"By our catalog, the {asked.title} weighs {weight_text(asked)}."
    weighed = [w for w in others if w.grams is not None]
    if weighed:
        lighter = all(asked.grams < w.grams for w in weighed)
        heavier = all(asked.grams > w.grams for w in weighed)
        where = "the lightest of these" if lighter else "the heaviest of these" if heavier else ""
        text += f" {f'That makes it {where}, against' if where else 'Beside it:'} "
        text += f"{_against(weighed)}."
    if unweighed := [w for w in others if w.grams is None]:
        text += f" It gives no weight for {_titles(unweighed)}."
    return text


def weight_words_text(quotes: list[tuple[str, str]]) -> str:
    """ "Which is the lightest?" with no weights given: what the catalog's descriptions say of
    weight, each product's sentence quoted (commerce/product_weights.py)."""
    said = "; ".join(f"of the {title}, “{sentence}”" for title, sentence in quotes)
    return f"What it does say on weight: {said}"
