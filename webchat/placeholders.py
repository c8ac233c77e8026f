"""Product pictures drawn on the spot: an SVG per product (its kind's silhouette in its colour,
with its title), for a demo catalog whose image URLs point at a host that does not exist.

Nothing here is fetched or stored; the same product always gets the same picture.
"""

from __future__ import annotations

from html import escape

WIDTH, HEIGHT = 480, 360

# Catalog colours as a shopper would picture them; anything else gets the neutral one.
COLOUR_HEX = {
    "black": "#23252b",
    "charcoal": "#3b3f46",
    "grey": "#8b8f96",
    "silver": "#b9bdc4",
    "white": "#f7f7f5",
    "ivory": "#f2ead6",
    "beige": "#d8c6a4",
    "tan": "#c1945f",
    "cognac": "#9a4b2c",
    "brown": "#6a4129",
    "burgundy": "#7b1e34",
    "red": "#b3261e",
    "pink": "#e59bb3",
    "gold": "#c9a23a",
    "olive": "#6b6a2c",
    "green": "#2f6b45",
    "blue": "#2f5fa7",
    "navy": "#1f2a48",
}
NEUTRAL = "#7c7268"
PALE = {"white", "ivory", "silver", "beige", "pink"}  # need an outline on the light background

# Silhouettes in a 480x360 frame, leaving the bottom 90 pixels for the text. `{c}` is the
# product's colour, `{d}` a darker line colour.
SHOE = (
    '<path d="M62 236 L62 176 Q64 158 92 157 L150 162 Q196 178 246 176 Q330 174 392 204 '
    'Q428 220 422 240 Z" fill="{c}"/>'
    '<rect x="56" y="234" width="370" height="12" rx="6" fill="{d}"/>'
    '<rect x="62" y="244" width="54" height="14" rx="3" fill="{d}"/>'
)
BOOT = (
    '<path d="M86 240 L86 84 Q86 72 98 72 L186 72 Q196 72 196 84 L198 160 Q262 174 332 188 '
    'Q414 204 418 240 Z" fill="{c}"/>'
    '<rect x="80" y="236" width="342" height="14" rx="6" fill="{d}"/>'
    '<rect x="120" y="84" width="40" height="90" rx="8" fill="{d}" opacity=".35"/>'
)
SNEAKER = (
    '<path d="M66 226 L70 168 Q74 146 100 146 L156 152 Q204 170 250 168 Q336 168 394 196 '
    'Q426 212 422 228 Z" fill="{c}"/>'
    '<rect x="58" y="222" width="372" height="30" rx="14" fill="#f4f2ee" stroke="{d}" '
    'stroke-width="3"/>'
    '<path d="M176 170 L200 152 M200 174 L224 156 M224 176 L248 158" stroke="{d}" '
    'stroke-width="6" stroke-linecap="round"/>'
)
HEEL = (
    '<path d="M84 150 Q92 136 114 142 L176 190 Q256 214 330 212 Q404 212 414 240 L300 244 '
    'Q206 240 130 200 L110 192 Z" fill="{c}"/>'
    '<path d="M92 160 L112 194 L106 272 L96 272 Z" fill="{d}"/>'
    '<rect x="250" y="238" width="168" height="8" rx="4" fill="{d}"/>'
)
JACKET = (
    '<path d="M170 52 L310 52 L392 96 L412 262 L364 262 L352 150 L350 262 L130 262 L128 150 '
    'L116 262 L68 262 L88 96 Z" fill="{c}"/>'
    '<path d="M204 52 L240 150 L276 52 Z" fill="#f7f7f5"/>'
    '<path d="M204 52 L228 150 L214 160 L186 62 Z M276 52 L252 150 L266 160 L294 62 Z" '
    'fill="{d}" opacity=".55"/>'
    '<circle cx="240" cy="196" r="6" fill="{d}"/>'
)
SHIRT = (
    '<path d="M168 62 L312 62 L392 104 L374 166 L346 156 L346 266 L134 266 L134 156 L106 166 '
    'L88 104 Z" fill="{c}"/>'
    '<path d="M196 62 L240 104 L284 62 L272 52 L240 80 L208 52 Z" fill="{d}" opacity=".5"/>'
    '<path d="M240 104 L240 266" stroke="{d}" stroke-width="2" opacity=".6"/>'
    '<circle cx="240" cy="140" r="4" fill="{d}"/><circle cx="240" cy="184" r="4" fill="{d}"/>'
    '<circle cx="240" cy="228" r="4" fill="{d}"/>'
)
TROUSERS = (
    '<path d="M166 40 L314 40 L334 268 L264 268 L240 112 L216 268 L146 268 Z" fill="{c}"/>'
    '<rect x="166" y="40" width="148" height="18" fill="{d}" opacity=".6"/>'
)
DRESS = (
    '<path d="M206 40 L216 40 L226 96 L254 96 L264 40 L274 40 L278 110 Q300 150 298 170 '
    'L372 268 L108 268 L182 170 Q180 150 202 110 Z" fill="{c}"/>'
    '<path d="M184 168 Q240 182 296 168" stroke="{d}" stroke-width="6" fill="none"/>'
)
TIE = (
    '<path d="M222 36 L258 36 L266 66 L252 80 L292 236 L240 272 L188 236 L228 80 L214 66 Z" '
    'fill="{c}"/>'
    '<path d="M214 66 L240 80 L266 66" stroke="{d}" stroke-width="3" fill="none"/>'
)
BOW_TIE = (
    '<path d="M116 100 L222 144 L222 194 L116 238 Q100 170 116 100 Z" fill="{c}"/>'
    '<path d="M364 100 L258 144 L258 194 L364 238 Q380 170 364 100 Z" fill="{c}"/>'
    '<rect x="216" y="138" width="48" height="62" rx="10" fill="{d}"/>'
)
POCKET_SQUARE = (
    '<path d="M150 168 L186 76 L220 140 L252 62 L288 140 L326 90 L340 168 Z" fill="{c}"/>'
    '<rect x="120" y="160" width="240" height="110" rx="8" fill="#d9d4cc"/>'
    '<path d="M120 176 L360 176" stroke="#bfb8ad" stroke-width="3"/>'
)
CUFFLINKS = (
    '<circle cx="166" cy="160" r="66" fill="{c}"/><circle cx="166" cy="160" r="44" '
    'fill="none" stroke="{d}" stroke-width="6"/>'
    '<circle cx="314" cy="160" r="66" fill="{c}"/><circle cx="314" cy="160" r="44" '
    'fill="none" stroke="{d}" stroke-width="6"/>'
)
BELT = (
    '<rect x="40" y="146" width="400" height="48" rx="10" fill="{c}"/>'
    '<rect x="300" y="132" width="66" height="76" rx="8" fill="none" stroke="#b9bdc4" '
    'stroke-width="10"/>'
    '<circle cx="100" cy="170" r="6" fill="{d}"/><circle cx="140" cy="170" r="6" fill="{d}"/>'
)
BAG = (
    '<path d="M176 120 Q176 56 240 56 Q304 56 304 120" stroke="{d}" stroke-width="16" '
    'fill="none"/>'
    '<path d="M104 116 L376 116 L394 268 L86 268 Z" fill="{c}"/>'
    '<rect x="220" y="146" width="40" height="26" rx="4" fill="#c9a23a"/>'
)
TAG = (
    '<path d="M150 70 L300 70 L380 160 L300 250 L150 250 Z" fill="{c}"/>'
    '<circle cx="190" cy="160" r="16" fill="#f3efe9"/>'
)

# The shop's product types (Shopify's `Type`) by the silhouette that pictures them.
SILHOUETTES = {
    SHOE: ("oxford", "derby", "derbies", "loafer", "monk", "flat", "brogue", "shoe"),
    BOOT: ("boot",),
    SNEAKER: ("sneaker", "trainer", "runner"),
    HEEL: ("heel", "pump", "stiletto"),
    JACKET: ("suit", "tuxedo", "blazer", "jacket", "coat"),
    SHIRT: ("shirt",),
    TROUSERS: ("trouser", "pant", "chino"),
    DRESS: ("dress", "gown"),
    BOW_TIE: ("bow tie",),
    TIE: ("tie",),
    POCKET_SQUARE: ("pocket square",),
    CUFFLINKS: ("cufflink",),
    BELT: ("belt",),
    BAG: ("bag", "briefcase", "wallet"),
}


def silhouette_for(product_type: str) -> str:
    """The silhouette of a product type ("Chelsea Boots" → a boot); a tag when none fits.

    Shirts are tested before ties and dresses, so "Dress Shirts" is a shirt and "Bow Ties" a bow tie.
    """
    kind = product_type.lower()
    for silhouette in (SHIRT, BOW_TIE, POCKET_SQUARE):
        if any(word in kind for word in SILHOUETTES[silhouette]):
            return silhouette
    for silhouette, words in SILHOUETTES.items():
        if any(word in kind for word in words):
            return silhouette
    return TAG


def colour_hex(colour: str | None) -> str:
    """The colour to draw a catalog colour name in ("Navy" → "#1f2a48")."""
    return COLOUR_HEX.get((colour or "").strip().lower(), NEUTRAL)


def product_picture_svg(title: str, product_type: str, colour: str | None) -> str:
    """An SVG picture of a product: its kind's silhouette in its colour, its kind and title."""
    fill = colour_hex(colour)
    outline = ' stroke="#9c968d" stroke-width="3"' if (colour or "").lower() in PALE else ""
    shape = silhouette_for(product_type).format(c=fill, d=_darker(fill))
    caption = title if len(title) <= 34 else title[:33].rstrip() + "…"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}">'
        '<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">'
        '<stop offset="0" stop-color="#f7f4ef"/><stop offset="1" stop-color="#ebe5dc"/>'
        "</linearGradient></defs>"
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="url(#bg)"/>'
        f'<g transform="translate(0 6)"{outline}>{shape}</g>'
        '<text x="240" y="306" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" '
        'font-size="13" letter-spacing="2" fill="#8a8178">'
        f"{escape(product_type.upper())}</text>"
        '<text x="240" y="334" text-anchor="middle" font-family="Georgia, serif" '
        f'font-size="22" fill="#2b2b2b">{escape(caption)}</text>'
        "</svg>"
    )


def _darker(hex_colour: str, factor: float = 0.6) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(part * factor) for part in (red, green, blue)))
