"""The words for "it pulls across the middle in a 44, should I go up a size?" with tailoring in view
(stranger test 98, docs/nlu/stranger-test-98.md, B2): the size up in each one's own sizes, and what
the catalog says of their cut (it names none roomier than another). Used by actions/roomier_fit.py.
"""

from __future__ import annotations

from collections.abc import Sequence


def roomier_fit_text(
    said: str, kind: str, sizes_up: Sequence[tuple[str, str | None, str | None]]
) -> str:
    """`said`: the shopper's size ("44R"); `kind`: "blazers"; `sizes_up`: (title, the size up or
    None when none is made bigger, the catalog's words on its cut or None), one per product."""
    ups = {size for _, size, _ in sizes_up if size}
    up = next(iter(ups)) if len(ups) == 1 else None
    lines = [
        f"If a {said} pulls across the middle when you button it, go up one size"
        + (f": a {up}." if up else ".")
        + f" Our {kind} go by chest size, so the size up gives you more room round the middle."
    ]
    for title, size, cut in sizes_up:
        line = f"- {title}: " + (size or f"not made bigger than a {said}, I'm afraid")
        lines.append(line + (f" (“{cut}”)" if cut else ""))
    which = "any of these is" if len(sizes_up) > 1 else "it's"
    than = "the others" if len(sizes_up) > 1 else "usual"
    lines.append(f"Our catalog doesn't say {which} cut roomier round the middle than {than}.")
    return "\n".join(lines)
