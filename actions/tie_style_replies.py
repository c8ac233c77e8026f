"""Wording for how a tie is tied (actions/tie_style_answers.py): "Is the first one a self-tie or
pre-tied?" (stranger test 81, docs/nlu/stranger-test-81.md, B2), from the catalog's words only."""

from __future__ import annotations

from decimal import Decimal

from actions.replies import and_list, money
from commerce.tie_styles import TieStyle


def tie_style_text(title: str, style: TieStyle | None, pre_tied: list[tuple[str, Decimal]]) -> str:
    """ "The Silk Self-Tie Bow Tie is a self-tie: it is tied by hand, not pre-tied. Pre-tied
    ones on screen: the Velvet Pre-Tied Bow Tie ($39.00) and ..." (`pre_tied`: those listed with
    it, offered when it is not), or honestly that the catalog doesn't say."""
    if style is TieStyle.PRE_TIED:
        return f"The {title} is pre-tied: it comes ready-tied on its band, no knot to tie."
    if style is TieStyle.SELF_TIE:
        said = f"The {title} is a self-tie: it is tied by hand, not pre-tied."
    else:
        said = (
            f"The catalog doesn't say whether the {title} is pre-tied or a self-tie, so I can't "
            "tell you for sure."
        )
    if pre_tied:
        ones = and_list([f"the {other} ({money(price)})" for other, price in pre_tied])
        said += f" Pre-tied ones on screen: {ones}."
    return said
