"""The wording of what is said of bags under a list: what fits inside them, as far as the catalog
says their size (actions/bags_carrying.py); the response that a goes-with list keeps to bags worn
on the shoulder (actions/goes_with_it.py)."""

from __future__ import annotations

# (a domain response: fixed wording)
ONLY_SHOULDER_BAGS = "utter_only_shoulder_bags"


def what_fits_in_bags_text(said: dict[str, tuple[str, ...]], things: str) -> str:
    """ "Our catalog says of the Visby Leather Tote: “... fits a laptop ...”. It doesn't give the
    size of the Lund Satin Clutch or the Gotland Crossbody Bag, so I can't promise a tablet fits
    in them." (`said`: each bag's title and the catalog's sentence on its size, if any)."""
    quoted = [f"of the {title}: “{quotes[0]}”" for title, quotes in said.items() if quotes]
    unknown = [f"the {title}" for title, quotes in said.items() if not quotes]
    parts = [f"Our catalog says {'; '.join(quoted)}"] if quoted else []
    if unknown:
        which = " or ".join([", ".join(unknown[:-1]), unknown[-1]] if unknown[1:] else unknown)
        whose = "It doesn't" if quoted else "Our catalog doesn't"
        them = "them" if unknown[1:] else "it"
        parts.append(
            f"{whose} give the size of {which}, so I can't promise {things} will fit in {them}."
        )
    return " ".join(parts)
