"""Wording for a way of paying named ("can pay with alipay?"): a plain yes or no, computed from the
shop's own list (commerce/payment_methods.py), before that list itself (stranger test 74,
docs/nlu/stranger-test-74.md, A4)."""

from __future__ import annotations

from actions.replies import and_list


def method_verdict_text(accepted: list[str], refused: list[str]) -> str:
    """ "No, we don't accept Alipay." / "Yes, we accept PayPal." (names as the shop writes them)."""
    parts = []
    if refused:
        either = ", ".join(refused[:-1]) + f" or {refused[-1]}" if len(refused) > 1 else refused[0]
        parts.append(f"No, we don't accept {either}, sorry.")
    if accepted:
        yes = "Yes, we" if not refused else "We do"
        parts.append(f"{yes} accept {and_list(accepted)}.")
    return " ".join(parts)
