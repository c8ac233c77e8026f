"""Whether the shop sells anything for children, asked of the store each time (a shop owner may
add a kids' range): an active product tagged for children or named so ("Kids' Rain Boot"). The
demo catalog has none: every product is for men, women or both, in grown-ups' sizes (stranger
test 91, A5: "u sell kids rain boots too?")."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from commerce.models import Product, ProductTag

# Tags and title words a children's product carries.
CHILDRENS_TAGS = ("kids", "kid", "children", "childrens", "toddler", "baby", "junior", "youth")
# (never "kid" alone: a "Kid Suede Loafer" is goatskin; nor "baby": "Baby Blue Oxford")
_TITLE_WORDS = ("kids", "kid's", "children", "toddler")


def sells_for_children(session: Session) -> bool:
    """Whether any active product is for children, by its tags or its title."""
    tagged = select(ProductTag.product_id).where(ProductTag.tag.in_(CHILDRENS_TAGS))
    named = or_(*(func.lower(Product.title).contains(word) for word in _TITLE_WORDS))
    found = session.execute(
        select(Product.id)
        .where(Product.is_active.is_(True), or_(Product.id.in_(tagged), named))
        .limit(1)
    ).first()
    return found is not None
