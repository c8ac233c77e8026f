"""Generate the demo product catalog: ``catalog/demo_catalog.csv``.

The shop assistant's demo, tests and README transcript run against a fictional fashion & footwear
store: ten made-up brands, about 190 products and a few thousand variants (formal and casual shoes,
boots, sneakers, heels, tailoring, shirts, dresses, gowns and accessories). The file is written in
Shopify's public product CSV export format, so the demo exercises the same importer a real shop's
export goes through, including the format's quirks: continuation rows that repeat only the Handle
and variant fields, "Colour" as well as "Color" option names, colour-first option order and
single-variant "Default Title" products.

Products are described as data (``FAMILIES`` below: one small table per brand and product type).
Prices written in a table, and the stock levels in ``PINNED_STOCK``, are the ones the demo and
tests rely on. Everything else (most prices, sales, stock levels, weights) is drawn from a
``random.Random`` seeded per product, so re-running the script reproduces the CSV byte for byte
and adding a product does not reshuffle the others. Stdlib only, no network.

Run from the repository root::

    python3 catalog/make_demo_catalog.py
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SEED = "demo-catalog-v1"
OUTPUT = Path(__file__).resolve().parent / "demo_catalog.csv"

COLUMNS = (
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name",
    "Option3 Value", "Variant SKU", "Variant Grams", "Variant Inventory Tracker",
    "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service",
    "Variant Price", "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable",
    "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title",
    "SEO Description", "Google Shopping / Google Product Category", "Google Shopping / Gender",
    "Google Shopping / Age Group", "Variant Image", "Variant Weight Unit", "Cost per item",
    "Status",
)  # fmt: skip

# --- Fixed vocabulary (shared with the NLU training data: keep the spellings) -------------------

VENDOR_CODES = {
    "Aldwych & Co": "ALD",
    "Brera": "BRE",
    "Northfield": "NTH",
    "Kestrel": "KES",
    "Vespera": "VSP",
    "Marlowe": "MRL",
    "Sable & Thread": "SAB",
    "Harrow": "HAR",
    "Lindqvist": "LIN",
    "Camden Row": "CAM",
}
COLOUR_CODES = {
    "Black": "BLK",
    "Brown": "BRN",
    "Tan": "TAN",
    "Cognac": "COG",
    "Burgundy": "BUR",
    "Navy": "NVY",
    "Blue": "BLU",
    "Grey": "GRY",
    "Charcoal": "CHR",
    "White": "WHT",
    "Ivory": "IVR",
    "Red": "RED",
    "Green": "GRN",
    "Pink": "PNK",
    "Gold": "GLD",
    "Silver": "SLV",
    "Beige": "BEI",
    "Olive": "OLV",
}
# Occasion/style tags, with how a product description names the occasion.
OCCASIONS = {
    "black-tie": "black-tie events",
    "formal": "formal dinners",
    "wedding": "weddings",
    "prom": "prom night",
    "cocktail": "cocktail parties",
    "party": "parties",
    "office": "the office",
    "business": "business meetings",
    "interview": "interviews",
    "casual": "everyday wear",
    "weekend": "weekends",
    "evening": "evenings out",
    "beach": "the beach",
    "summer": "summer days",
    "winter": "the colder months",
}
MATERIALS = {
    "leather", "suede", "patent", "velvet", "silk", "wool", "linen", "cotton", "satin", "canvas",
}  # fmt: skip

SHOES = "Apparel & Accessories > Shoes"
CLOTHING = "Apparel & Accessories > Clothing"
ACCESSORIES = "Apparel & Accessories > Clothing Accessories"
BAGS = "Apparel & Accessories > Handbags, Wallets & Cases"


@dataclass(frozen=True)
class TypeSpec:
    category: str  # Shopify standard taxonomy path (also a valid Google product category)
    grams: int  # shipping weight of a mid-run size
    grams_per_size: int  # added per step up the size run


TYPES = {
    "Oxfords": TypeSpec(SHOES, 1150, 20),
    "Derbies": TypeSpec(SHOES, 1200, 20),
    "Loafers": TypeSpec(SHOES, 950, 18),
    "Monk Straps": TypeSpec(SHOES, 1200, 20),
    "Chelsea Boots": TypeSpec(SHOES, 1600, 30),
    "Chukka Boots": TypeSpec(SHOES, 1450, 25),
    "Sneakers": TypeSpec(SHOES, 850, 15),
    "Heels": TypeSpec(SHOES, 650, 10),
    "Flats": TypeSpec(SHOES, 450, 8),
    "Suits": TypeSpec(CLOTHING, 1450, 30),
    "Tuxedos": TypeSpec(CLOTHING, 1500, 30),
    "Blazers": TypeSpec(CLOTHING, 950, 20),
    "Dress Shirts": TypeSpec(CLOTHING, 280, 8),
    "Casual Shirts": TypeSpec(CLOTHING, 260, 10),
    "Dresses": TypeSpec(CLOTHING, 380, 15),
    "Gowns": TypeSpec(CLOTHING, 850, 20),
    "Trousers": TypeSpec(CLOTHING, 550, 15),
    "Ties": TypeSpec(ACCESSORIES, 70, 0),
    "Bow Ties": TypeSpec(ACCESSORIES, 45, 0),
    "Belts": TypeSpec(ACCESSORIES, 190, 8),
    "Bags": TypeSpec(BAGS, 1100, 0),
    "Pocket Squares": TypeSpec(ACCESSORIES, 25, 0),
    "Cufflinks": TypeSpec(ACCESSORIES, 60, 0),
}

# --- Size runs ----------------------------------------------------------------------------------

MENS_US_TO_EU = {
    "7": "40", "7.5": "40.5", "8": "41", "8.5": "41.5", "9": "42", "9.5": "42.5",
    "10": "43", "10.5": "43.5", "11": "44", "11.5": "44.5", "12": "45", "13": "46",
}  # fmt: skip
WOMENS_US_TO_EU = {
    "5": "35", "5.5": "35.5", "6": "36", "6.5": "37", "7": "37.5", "7.5": "38", "8": "38.5",
    "8.5": "39", "9": "40", "9.5": "40.5", "10": "41", "10.5": "41.5", "11": "42",
}  # fmt: skip
SIZE_RUNS = {
    "mens-us": tuple(f"US {us} / EU {eu}" for us, eu in MENS_US_TO_EU.items()),
    "womens-us": tuple(f"US {us} / EU {eu}" for us, eu in WOMENS_US_TO_EU.items()),
    "eu": tuple(f"EU {size}" for size in range(39, 47)),
    "tailoring": ("36R", "38R", "40R", "42R", "44R", "46R", "40L", "42L", "44L"),
    "waist": ("30", "32", "34", "36", "38"),
    "neck": ("14.5", "15", "15.5", "16", "16.5", "17"),
    "letter": ("S", "M", "L", "XL", "XXL"),
    "dress": ("XS", "S", "M", "L", "XL"),
    "us-dress": tuple(f"US {size}" for size in range(2, 15, 2)),
    "belt": ("30", "32", "34", "36", "38", "40"),
    "": (),
}
# Sizes that sometimes cost $10 more, and the men's shoe sizes that sell fastest (US 9-11).
LARGE_SIZES = {"US 12 / EU 45", "US 13 / EU 46", "EU 45", "EU 46", "46R", "44L", "XXL", "17"}
POPULAR_SIZES = {f"US {us} / EU {MENS_US_TO_EU[us]}" for us in ("9", "9.5", "10", "10.5", "11")}
POPULAR_SIZES |= {"EU 42", "EU 43", "EU 44"}

# --- Product families ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Family:
    """One brand's products of one type, sharing gender, size run, price range and fit.

    ``products`` is a small table. A line with ``|`` starts a product:
    ``title | colours | price ("-" = pick from the range) | tags``; the indented line(s) under it
    are the first sentence of its description. ``layout`` is the option order: "size-colour",
    "colour-size", "colour" (no size) or "default" (a single "Default Title" variant).
    """

    vendor: str
    type: str
    gender: str
    sizes: str
    price: tuple[int, int]
    fit: str
    products: str
    layout: str = "size-colour"
    colour_option: str = "Color"


FAMILIES = [
    Family(
        "Aldwych & Co", "Oxfords", "male", "mens-us", (89, 299),
        "Goodyear-welted on our classic English last, which runs true to size",
        """
        Windsor Patent Oxford | Black | 139.00 | black-tie formal wedding patent leather
            Mirror-shine patent calfskin with a sleek plain toe and a slim leather sole.
        Ashby Cap-Toe Oxford | Black Brown | 129.00 | formal office wedding leather
            Polished calf leather with a crisp straight toe cap and closed lacing.
        Savile Plain-Toe Oxford | Black | 99.00 | formal business interview leather
            Smooth box-calf upper with a clean plain toe and a stacked leather heel.
        Hampton Wholecut Oxford | Black Burgundy | - | formal wedding leather
            A seamless wholecut shaped from a single piece of hand-burnished calfskin.
        Greville Semi-Brogue Oxford | Brown Tan | 145.00 | office business wedding leather
            Burnished calf with a punched cap toe and a grippy Dainite rubber sole.
        Kingsley Full-Brogue Oxford | Tan Cognac Brown | - | office weekend leather
            A wingtip brogue in antiqued leather with a double-stitched storm welt.
        Fenwick Suede Oxford | Brown Navy | - | business wedding suede
            Soft calf suede with a plain toe, a leather lining and a lightweight sole.
        Marsden Balmoral Oxford | Black Brown | - | formal business leather
            A seamless-vamp Balmoral in polished calf with a bevelled waist.
        Belmont Patent Opera Oxford | Black | - | black-tie formal prom patent leather
            High-gloss patent leather with a chisel toe and silk grosgrain laces.
        """,
    ),
    Family(
        "Aldwych & Co", "Derbies", "male", "mens-us", (89, 279),
        "Goodyear-welted with open lacing that suits a medium to wide foot",
        """
        Regent Patent Derby | Black | 119.00 | black-tie formal prom patent leather
            Glossy patent leather with a plain toe and a slim, close-trimmed leather sole.
        Hartley Brogue Derby | Brown Tan | 139.00 | office business wedding leather
            Brogued calf leather with a semi-square toe and a stacked leather heel.
        Carlton Plain Derby | Black Brown | - | office interview leather
            A clean three-eyelet derby in smooth calf, easy to wear from desk to dinner.
        Ludlow Suede Derby | Tan Brown Navy | - | casual weekend suede
            Brushed calf suede on a flexible crepe-effect rubber sole.
        Rutland Commando Derby | Black Brown | - | office winter leather
            Waxed calf on a chunky commando sole, with a storm welt against the wet.
        Stanhope Split-Toe Derby | Burgundy Brown | - | business office leather
            Hand-stitched split toe in rich calf leather with a leather sole.
        """,
    ),
    Family(
        "Aldwych & Co", "Monk Straps", "male", "mens-us", (99, 299),
        "Goodyear-welted, with buckles that adjust for a high or low instep",
        """
        Mayfair Double Monk | Black Brown | 145.00 | formal office wedding leather
            Polished calf with twin brushed-steel buckles and a sleek cap toe.
        Cadogan Single Monk | Brown Burgundy | - | business office leather
            A single broad strap and buckle over a clean vamp of burnished calf.
        Belvedere Suede Double Monk | Tan Navy | - | wedding summer suede
            Soft calf suede with antique-brass buckles and an unlined forefoot.
        Pimlico Cap-Toe Monk | Black Cognac | - | formal business leather
            Hand-burnished calf with a straight cap toe and a single slim buckle.
        Audley Wholecut Monk | Black Burgundy | - | formal wedding leather
            A seamless wholecut vamp with twin buckles and a chiselled toe.
        """,
    ),
    Family(
        "Aldwych & Co", "Loafers", "male", "mens-us", (99, 249),
        "Blake-stitched for a close, flexible fit; if between sizes, take the smaller",
        """
        Belgrave Velvet Loafer | Black Burgundy | 169.00 | black-tie evening velvet
            Plush cotton velvet with a quilted silk lining and a slim leather sole.
        Albany Penny Loafer | Black Brown | 115.00 | formal office business leather
            A classic penny loafer in polished calf with a moccasin-stitched apron.
        Chester Tassel Loafer | Burgundy Brown | - | office wedding leather
            Calf leather with a woven collar and knotted leather tassels.
        Grosvenor Patent Loafer | Black | - | black-tie formal patent leather
            High-shine patent leather with a grosgrain bow trim for evening dress.
        Sloane Horsebit Loafer | Black Tan | - | office business leather
            Supple calf leather finished with a polished gold-tone horsebit.
        """,
    ),
    Family(
        "Brera", "Oxfords", "male", "eu", (189, 349),
        "Made in Italy on a sleek, narrow last and sized in EU sizes only",
        """
        Milano Wholecut Oxford | Black Cognac | - | formal wedding leather
            Blake-stitched from a single piece of hand-painted Italian calf.
        Verona Cap-Toe Oxford | Black Brown | - | formal business office leather
            Italian box calf with a fine straight cap and a close-trimmed sole.
        Siena Patent Oxford | Black | - | black-tie formal patent leather
            Glassy Italian patent leather with a sharp almond toe.
        Torino Brogue Oxford | Tan Brown | - | office business leather
            Hand-burnished brogue with delicate perforations and a leather sole.
        Firenze Museum-Calf Oxford | Cognac Burgundy | - | wedding business leather
            Mottled museum calf with a hand-applied patina, no two pairs alike.
        """,
    ),
    Family(
        "Brera", "Loafers", "male", "eu", (159, 329),
        "Made in Italy on a sleek, narrow last and sized in EU sizes only",
        """
        Portofino Suede Loafer | Tan Brown Navy | 189.00 | summer casual suede
            Unlined Italian suede on a flexible Blake-stitched sole, made to wear sockless.
        Capri Driving Loafer | Navy Tan Blue | - | summer beach casual suede
            Feather-light suede driver with a pebbled rubber sole that wraps the heel.
        Amalfi Tassel Loafer | Burgundy Black | - | wedding evening leather
            Glove-soft calf with leather tassels and a hand-sewn moccasin toe.
        Como Velvet Slipper | Black Green Burgundy | - | black-tie evening velvet
            Italian silk-velvet evening slipper with a quilted satin lining.
        Positano Penny Loafer | Brown Black | - | office summer leather
            A slim penny loafer in polished calf with a hand-stitched apron.
        """,
    ),
    Family(
        "Brera", "Monk Straps", "male", "eu", (199, 339),
        "Made in Italy on a sleek, narrow last and sized in EU sizes only",
        """
        Bergamo Double Monk | Brown Black | - | formal business leather
            Hand-finished calf with two slim silver-tone buckles.
        Parma Suede Monk | Tan Grey | - | wedding summer suede
            Soft Italian suede with a single buckle and an unlined vamp.
        """,
    ),
    Family(
        "Brera", "Derbies", "male", "eu", (179, 319),
        "Made in Italy on a sleek, narrow last and sized in EU sizes only",
        """
        Lucca Split-Toe Derby | Brown Cognac | - | office business leather
            Hand-sewn split toe in grained Italian calf on a leather sole.
        Ravello Suede Derby | Beige Tan | - | summer wedding suede
            Sand-coloured suede tones on a light rubber sole for warm-weather weddings.
        """,
    ),
    Family(
        "Northfield", "Chelsea Boots", "male", "mens-us", (129, 299),
        "Elastic side gussets and a pull tab; true to size with room for a thicker sock",
        """
        Ridgeway Chelsea Boot | Brown Black | - | casual winter leather
            Oiled leather on a Goodyear-welted commando sole that shrugs off rain.
        Fell Suede Chelsea Boot | Tan Brown | - | casual weekend suede
            Water-repellent suede on a lightweight crepe sole.
        Ashcombe Dress Chelsea Boot | Black | - | formal office leather
            A sleek almond-toe Chelsea boot in polished calf with a leather sole.
        Highgate Chelsea Boot | Cognac Black | - | winter weekend leather
            Burnished calf with a stacked heel and a storm-welted rubber sole.
        Thornton Lined Chelsea Boot | Brown | - | winter casual leather wool
            Waxed leather lined with warm merino wool for the coldest days.
        """,
    ),
    Family(
        "Northfield", "Chukka Boots", "male", "mens-us", (129, 279),
        "Two-eyelet ankle boot that runs true to size",
        """
        Moorland Suede Chukka | Tan Brown Navy | - | casual weekend suede
            Brushed suede with a cushioned leather insole and a crepe sole.
        Pennine Leather Chukka | Brown Black | - | office winter leather
            Polished calf chukka on a Dainite studded rubber sole.
        Dalton Desert Chukka | Beige Tan | - | casual summer suede
            A light, unlined desert boot in soft suede on a natural crepe sole.
        Kirkby Crepe-Sole Chukka | Olive Brown | - | weekend casual suede
            Rugged suede with contrast stitching and a thick crepe sole.
        Harwood Dress Chukka | Black Burgundy | - | office business leather
            A slim chukka in smooth calf with a Goodyear-welted leather sole.
        """,
    ),
    Family(
        "Northfield", "Chelsea Boots", "female", "womens-us", (139, 289),
        "Elastic side gussets and a pull tab; true to size",
        """
        Linnet Heeled Chelsea Boot | Black Brown | - | winter evening leather
            Smooth calf on a 6 cm block heel with a cushioned footbed.
        Wren Suede Chelsea Boot | Tan Grey | - | casual weekend suede
            Water-repellent suede on a lightweight, grippy rubber sole.
        Heather Chelsea Boot | Black Burgundy | - | winter office leather
            Polished leather with a slim profile and a low stacked heel.
        """,
    ),
    Family(
        "Kestrel", "Sneakers", "unisex", "mens-us", (59, 160),
        "Unisex sizing in men's US sizes (women usually take 1.5 sizes down)",
        """
        Stratus Runner | White Black Grey | 99.00 | casual weekend
            A breathable knit upper on a cushioned foam sole, light enough for all-day wear.
        Cirrus Court Sneaker | White Black | - | casual weekend leather
            A clean tennis-court profile in smooth leather with a cupsole.
        Nimbus Canvas Low | White Navy Red Olive | - | casual summer weekend canvas
            Heavyweight cotton canvas on a vulcanised rubber sole.
        Altus Leather Low | White Black Tan | - | casual office leather
            A minimal smart sneaker in full-grain leather, sharp enough for a casual office.
        Falcon High-Top | Black White | - | casual weekend canvas
            A canvas high-top with a padded collar and a gum-rubber sole.
        Swift Trail Runner | Grey Olive Blue | - | casual weekend
            Ripstop mesh with a lugged sole for trails, parks and city streets.
        Merlin Suede Trainer | Navy Grey Tan | - | casual weekend suede
            A retro trainer in soft suede with a grippy rubber outsole.
        Osprey Slip-On | White Black Navy | - | casual summer beach canvas
            Laceless canvas slip-on with elastic gores and a padded insole.
        Harrier Retro Runner | Grey Navy Green | - | casual weekend suede
            Suede and mesh panels on a shock-absorbing EVA wedge.
        Peregrine Minimal Sneaker | White | - | casual office leather
            Italian leather, tonal stitching and a stitched cupsole: nothing more.
        """,
        layout="colour-size",
    ),
    Family(
        "Kestrel", "Sneakers", "female", "womens-us", (69, 150),
        "Cut for women's feet in women's US sizes, true to size",
        """
        Skylark Platform Sneaker | White Pink | - | casual weekend leather
            Smooth leather on a 4 cm platform cupsole.
        Swallow Canvas Sneaker | White Beige Pink | - | casual summer canvas
            Washed cotton canvas with a soft padded collar and a rubber toe cap.
        Kite Knit Runner | Black Grey Pink | - | casual weekend
            A sock-like knit runner with a bouncy foam midsole.
        """,
        layout="colour-size",
    ),
    Family(
        "Vespera", "Heels", "female", "womens-us", (69, 249),
        "Padded insole and a true-to-size fit",
        """
        Celeste Satin Pump | Black Red Ivory | - | black-tie evening wedding satin
            Duchess satin on a slender 9 cm heel with a pointed toe.
        Odette Patent Stiletto | Black Red Beige | - | formal party patent leather
            A glossy patent stiletto with a 10 cm heel and leather lining.
        Seraphina Crystal Sandal | Silver Gold | - | prom party evening satin
            Satin straps scattered with crystals on an 8 cm heel.
        Lucia Block-Heel Pump | Black Navy Beige | - | office business leather
            Smooth leather on a stable 6 cm block heel, comfortable through a long day.
        Marisol Strappy Sandal | Gold Black | - | cocktail party summer leather
            Metallic leather straps and an adjustable ankle buckle on a 7 cm heel.
        Aveline Slingback | Black Beige Red | - | office cocktail leather
            A pointed slingback in nappa leather on a 5 cm kitten heel.
        Iris Velvet Mule | Black Burgundy Green | - | evening party velvet
            Silk velvet mule on a sculpted 7 cm heel.
        Giselle Bridal Pump | Ivory White | - | wedding satin
            Silk satin pump with a cushioned insole built for dancing all night.
        Noemi Kitten Heel | Black Navy Pink | - | office interview leather
            A neat 4 cm kitten heel in soft calf leather.
        Rosalind Suede Ankle-Strap | Black Red Tan | - | cocktail party suede
            Kid suede pump with a slim ankle strap and an 8 cm heel.
        Delphine Platform Sandal | Gold Silver Black | - | prom party evening patent
            Patent platform sandal with a 12 cm heel that feels like 9 cm.
        """,
    ),
    Family(
        "Vespera", "Flats", "female", "womens-us", (59, 179),
        "Flexible leather sole and a true-to-size fit",
        """
        Clara Ballet Flat | Black Beige Red | - | office casual leather
            Soft nappa leather ballet flat with a grosgrain bow.
        Elodie Satin Evening Flat | Black Ivory Silver | - | evening wedding satin
            Pointed satin flat with a crystal buckle, for dancing after the heels come off.
        Margot Pointed Flat | Black Tan Navy | - | office business suede
            Kid suede with a sharp pointed toe and a cushioned heel.
        Juliette Velvet Slipper | Black Burgundy | - | evening party velvet
            Silk velvet slipper with a quilted lining and a satin piping.
        Fleur Espadrille | Beige Navy White | - | summer beach casual canvas
            Cotton canvas on a hand-stitched jute sole.
        Anouk Slingback Flat | Black Pink | - | casual weekend leather
            Leather slingback with an elastic heel strap that stays put.
        """,
    ),
    Family(
        "Camden Row", "Loafers", "male", "mens-us", (79, 169),
        "Soft unlined construction that moulds to the foot; true to size",
        """
        Hackney Suede Loafer | Tan Navy Olive | - | casual weekend summer suede
            Unstructured suede loafer with a padded insole and a rubber sole.
        Islington Penny Loafer | Brown Burgundy | - | casual office leather
            Pebble-grain leather with a hand-sewn moccasin toe.
        Shoreditch Canvas Loafer | Navy Beige | - | summer beach casual canvas
            Washed cotton canvas on a flexible rubber sole, made for sockless summers.
        Dalston Tassel Loafer | Brown Black | - | weekend casual leather
            Tumbled leather with short leather tassels and a lugged sole.
        """,
    ),
    Family(
        "Marlowe", "Suits", "male", "tailoring", (299, 899),
        "Half-canvassed jacket with matching flat-front trousers, left unhemmed for tailoring",
        """
        Whitehall Two-Piece Suit | Navy Charcoal Grey | - | office business interview wool
            Super 110s worsted wool in a modern, gently tapered cut.
        Belvoir Three-Piece Suit | Charcoal Navy | - | wedding formal wool
            Fine worsted wool with a matching six-button waistcoat.
        Ascot Morning Suit | Grey Black | - | wedding formal wool
            Wool morning coat with striped trousers and a dove-grey waistcoat.
        Bond Street Pinstripe Suit | Navy Charcoal | - | business office wool
            Chalk-stripe wool flannel with peak lapels and a two-button jacket.
        Riviera Linen Suit | Beige Blue Olive | - | summer wedding beach linen
            Unlined Irish linen that breathes in the heat and creases handsomely.
        Hanover Flannel Suit | Grey Charcoal | - | winter business wool
            Soft milled wool flannel with a natural shoulder.
        Sterling Slim Suit | Black Navy Blue | - | wedding prom party wool
            A slim-fit suit in lightweight stretch wool with a narrow notch lapel.
        Clifton Travel Suit | Navy Grey | - | business office wool
            Crease-resistant high-twist wool that unpacks ready to wear.
        Cotswold Tweed Suit | Brown Olive | - | winter weekend wool
            Three-season British tweed with a soft-shouldered jacket.
        """,
    ),
    Family(
        "Marlowe", "Tuxedos", "male", "tailoring", (349, 1100),
        "Half-canvassed dinner jacket with matching satin-striped trousers",
        """
        Kensington Shawl-Collar Tuxedo | Black Navy | 649.00 | black-tie formal wedding wool satin
            Barathea wool with a silk-satin shawl collar and covered buttons.
        Mayfield Peak-Lapel Tuxedo | Black | - | black-tie formal wool satin
            One-button barathea wool jacket with grosgrain-faced peak lapels.
        Monaco Dinner Jacket | Ivory White | - | black-tie summer wedding wool
            A warm-weather dinner jacket in lightweight wool, with black satin-striped trousers.
        Aubrey Velvet Dinner Jacket | Burgundy Black Green Navy | - | black-tie evening party velvet
            Cotton velvet smoking jacket with a satin shawl collar.
        Carnegie Slim Tuxedo | Black Navy | - | prom black-tie wool satin
            A slim-cut tuxedo in stretch wool with a narrow satin notch lapel.
        Albemarle Tuxedo | Black | - | black-tie formal wool satin
            Our finest: hand-finished Super 150s wool with silk-satin peak lapels.
        """,
    ),
    Family(
        "Marlowe", "Blazers", "male", "tailoring", (199, 549),
        "Soft, half-lined construction with a natural shoulder",
        """
        Henley Hopsack Blazer | Navy Blue | - | office weekend wool
            Breathable hopsack wool with horn buttons.
        Lancaster Linen Blazer | Beige Navy Olive | - | summer wedding linen
            Unstructured linen blazer with patch pockets.
        Soho Velvet Blazer | Burgundy Green Black Navy | - | party evening cocktail velvet
            Cotton velvet blazer with a peak lapel and a paisley lining.
        Mortimer Tweed Blazer | Brown Grey Olive | - | winter weekend wool
            Herringbone British tweed with suede-trimmed elbows.
        Regatta Double-Breasted Blazer | Navy | - | office business wool
            Six-button double-breasted wool serge with gilt buttons.
        Hampstead Cotton Blazer | Navy Beige Grey | - | casual summer weekend cotton
            A washed cotton-twill blazer that packs without creasing.
        """,
    ),
    Family(
        "Marlowe", "Trousers", "male", "waist", (89, 229),
        "Flat front with a mid rise, finished with an unhemmed leg for alterations",
        """
        Whitehall Wool Trousers | Navy Charcoal Grey | - | office business wool
            Worsted wool trousers that match the Whitehall suit, with side adjusters.
        Kensington Tuxedo Trousers | Black Navy | - | black-tie formal wool satin
            Barathea wool with a satin side stripe and brace buttons.
        Riviera Linen Trousers | Beige Navy | - | summer wedding linen
            Irish linen trousers with a drawcord-free elasticated back.
        """,
    ),
    Family(
        "Sable & Thread", "Dresses", "female", "dress", (79, 399),
        "Cut true to size; see the size guide for measurements",
        """
        Mirabel Wrap Dress | Navy Green Red | - | office cocktail
            A jersey wrap dress with a self-tie waist and a knee-length skirt.
        Sienna Satin Slip Dress | Black Gold Pink | - | cocktail party evening satin
            Bias-cut satin slip dress with adjustable straps.
        Ottilie Shift Dress | Black Navy Grey | - | office business interview wool
            A tailored shift dress in wool crepe with a hidden back zip.
        Coralie Linen Sundress | White Blue Beige | - | summer beach casual linen
            Airy linen with a smocked bodice and tie straps.
        Belle Cocktail Dress | Black Red Pink | - | cocktail party prom
            Structured fit-and-flare dress with a sweetheart neckline.
        Liana Silk Midi Dress | Green Blue Olive | - | wedding summer silk
            Printed silk midi dress with flutter sleeves, made for garden weddings.
        Vivienne Velvet Dress | Black Burgundy Green | - | evening party winter velvet
            Long-sleeved stretch velvet dress with a wrap front.
        Nadia Sequin Dress | Gold Silver Black | - | party prom evening
            Allover sequin mini dress on a soft jersey lining.
        Rosalie Tea Dress | Pink Blue Ivory | - | wedding summer cotton
            Floral cotton tea dress with puff sleeves and a button front.
        Harriet Shirt Dress | White Blue Olive | - | office casual cotton
            Crisp cotton poplin shirt dress with a removable belt.
        Calla Pleated Midi Dress | Navy Beige Red | - | office wedding
            Sunray-pleated midi dress with a fluid georgette skirt.
        """,
    ),
    Family(
        "Sable & Thread", "Gowns", "female", "dress", (199, 799),
        "Floor-length and cut true to size, with room to tailor the hem",
        """
        Aurora Satin Gown | Black Navy Red | 389.00 | black-tie evening satin
            Heavy duchess satin with a draped cowl neckline and a low back.
        Isolde Silk Column Gown | Black Ivory Green | - | black-tie evening silk
            A fluid silk column gown with a square neckline.
        Valentina Velvet Gown | Burgundy Black Green | - | black-tie winter velvet
            Silk velvet gown with long sleeves and a thigh-high slit.
        Celestine Sequin Gown | Gold Silver Black | - | prom party evening
            Hand-beaded sequin gown with a fishtail hem.
        Marguerite Bridal Gown | Ivory White | - | wedding satin silk
            Silk satin bridal gown with a sweeping train and covered buttons.
        """,
    ),
    Family(
        "Sable & Thread", "Gowns", "female", "us-dress", (229, 699),
        "Floor-length and sized in US dress sizes; true to size",
        """
        Genevieve Off-Shoulder Gown | Red Navy Black | - | black-tie evening satin
            Off-the-shoulder satin gown with a structured bodice.
        Ophelia Tulle Gown | Pink Blue Ivory | - | prom evening
            Layered tulle ball gown with a corseted bodice.
        Estelle One-Shoulder Gown | Black Green Red | - | black-tie formal silk
            One-shoulder silk crepe gown with a draped waist.
        """,
    ),
    Family(
        "Harrow", "Dress Shirts", "male", "neck", (39, 129),
        "Sized by collar; the slim body tapers through the waist",
        """
        Jermyn Poplin Dress Shirt | White Blue Pink | - | office business interview cotton
            Two-fold cotton poplin with a semi-cutaway collar and barrel cuffs.
        Marcella Dress Shirt | White Ivory | - | black-tie formal cotton
            Piqué cotton bib front, wing collar and double cuffs for white-tie or black-tie.
        Gerrard Pleated Tuxedo Shirt | White Black | - | black-tie formal wedding cotton
            Fine cotton with a pleated front, turn-down collar and double cuffs.
        Eton Oxford Button-Down | White Blue | - | office business cotton
            Soft Oxford cloth with a button-down collar that rolls just right.
        Belgravia Twill Dress Shirt | White Blue Grey | - | office wedding cotton
            A lustrous cotton twill with a spread collar and double cuffs.
        Piccadilly Striped Shirt | Blue Pink | - | office business cotton
            Bengal-stripe cotton poplin with a cutaway collar.
        Chancery Non-Iron Shirt | White Blue | - | business office interview cotton
            Non-iron cotton that comes out of the wash ready to wear.
        Cavendish Silk-Blend Shirt | Ivory White | - | wedding evening silk cotton
            A cotton and silk blend with a soft sheen and mother-of-pearl buttons.
        """,
        colour_option="Colour",
    ),
    Family(
        "Harrow", "Casual Shirts", "male", "letter", (49, 119),
        "Regular fit; size down for a closer fit",
        """
        Southwold Linen Shirt | White Blue Beige Olive | - | summer beach casual linen
            Garment-washed linen with a camp collar.
        Aldeburgh Flannel Shirt | Grey Red Green | - | winter weekend cotton
            Brushed cotton flannel in a muted check.
        Padstow Chambray Shirt | Blue Navy | - | casual weekend cotton
            Soft cotton chambray with two flap pockets.
        """,
    ),
    Family(
        "Camden Row", "Casual Shirts", "male", "letter", (39, 99),
        "Relaxed fit that runs generous; size down for a slimmer look",
        """
        Camden Oxford Shirt | White Blue Pink | - | casual weekend cotton
            Washed Oxford cotton with a button-down collar.
        Portobello Print Shirt | Navy Green | - | summer beach casual cotton
            Printed cotton voile with a camp collar.
        Brixton Corduroy Shirt | Tan Olive Navy | - | winter weekend cotton
            Needlecord cotton overshirt with snap pockets.
        Hoxton Linen Overshirt | Beige Olive Navy | - | summer casual linen
            Heavy linen overshirt with patch pockets.
        Peckham Denim Shirt | Blue Navy | - | casual weekend cotton
            Rinsed cotton denim that softens with every wash.
        """,
        layout="colour-size",
    ),
    Family(
        "Camden Row", "Trousers", "male", "waist", (59, 129),
        "Mid rise with a slim, tapered leg; sized by waist with a 32 in inside leg",
        """
        Camden Slim Chinos | Beige Navy Olive Black | - | casual office weekend cotton
            Stretch cotton twill chinos that hold their shape all day.
        Greenwich Pleated Chinos | Tan Grey Navy | - | office casual cotton
            Single-pleat cotton chinos with a relaxed thigh.
        Richmond Linen Trousers | Beige White Navy | - | summer beach linen
            Breezy linen trousers with a drawcord waist.
        Stockwell Cord Trousers | Brown Olive Navy | - | winter weekend cotton
            Eight-wale cotton corduroy with a straight leg.
        Putney Drawstring Chinos | Olive Beige | - | casual weekend summer cotton
            Lightweight cotton chinos with an elasticated drawstring waist.
        """,
    ),
    Family(
        "Lindqvist", "Ties", "male", "", (29, 69),
        "Hand-finished in 8 cm width",
        """
        Silk Grenadine Tie | Navy Black Burgundy | - | office wedding silk
            Open-weave Italian silk grenadine with a textured, matte finish.
        Satin Evening Tie | Black Silver | - | formal wedding evening satin
            Lustrous silk satin for when the invitation says formal, not black tie.
        Wool Knit Tie | Navy Green Burgundy Grey | - | office casual wool
            A square-ended knitted wool tie.
        Striped Repp Tie | Navy Red Green | - | office business silk
            Woven silk repp in classic diagonal stripes.
        Paisley Silk Tie | Blue Burgundy Pink | - | wedding party silk
            Printed twill silk in a bold paisley.
        Linen Summer Tie | Beige Blue | - | summer wedding linen
            Slubby Irish linen for hot-weather weddings.
        Skinny Silk Tie | Black Navy Silver | - | prom party silk
            A 6 cm slim silk tie with a subtle sheen.
        """,
        layout="colour",
    ),
    Family(
        "Lindqvist", "Bow Ties", "male", "", (25, 59),
        "Adjustable neckband fits collars 14 to 18 inches",
        """
        Silk Self-Tie Bow Tie | Black Burgundy Navy | 45.00 | black-tie formal silk
            A thistle-shaped bow tie in silk barathea, to be tied by hand.
        Velvet Pre-Tied Bow Tie | Black Burgundy Green Navy | - | black-tie evening velvet
            Silk velvet bow, pre-tied on an adjustable band.
        Satin Pre-Tied Bow Tie | Black Navy White | - | black-tie prom formal satin
            Silk satin bow that matches a tuxedo's satin lapels.
        Grosgrain Self-Tie Bow Tie | Black | - | black-tie formal silk
            Ribbed silk grosgrain, the traditional partner to grosgrain lapels.
        Paisley Silk Bow Tie | Navy Burgundy | - | wedding party silk
            Printed silk paisley bow tie, pre-tied.
        Linen Bow Tie | Beige Blue | - | summer wedding linen
            Relaxed Irish linen bow tie for summer ceremonies.
        """,
        layout="colour",
    ),
    Family(
        "Lindqvist", "Belts", "male", "belt", (35, 119),
        "Sized by trouser waist, with five holes for adjustment",
        """
        Classic Leather Dress Belt | Black Brown | - | formal office leather
            Polished calf leather with a slim silver-tone buckle, 30 mm wide.
        Reversible Dress Belt | Black | - | office business leather
            Black calf on one side, brown on the other, with a swivel buckle.
        Suede Casual Belt | Tan Brown Navy | - | casual weekend suede
            Soft suede with a brushed-brass buckle, 35 mm wide.
        Woven Leather Belt | Brown Tan Cognac | - | casual summer leather
            Braided leather that fastens anywhere along its length.
        Patent Evening Belt | Black | - | black-tie formal patent leather
            High-gloss patent leather with a discreet polished buckle.
        Canvas Webbing Belt | Navy Olive Beige | - | casual summer canvas
            Cotton canvas webbing with leather tabs.
        """,
    ),
    Family(
        "Lindqvist", "Bags", "male", "", (149, 499),
        "Made in Sweden with solid brass hardware",
        """
        Stockholm Leather Briefcase | Black Brown Cognac | - | business office leather
            Full-grain leather briefcase with a padded 15-inch laptop sleeve.
        Malmo Weekender Bag | Tan Brown | - | weekend canvas leather
            Waxed canvas holdall trimmed in leather, sized for cabin luggage.
        Uppsala Laptop Messenger | Black Grey | - | business office canvas
            Water-resistant canvas messenger with a leather flap.
        """,
        layout="colour",
    ),
    Family(
        "Lindqvist", "Bags", "female", "", (79, 449),
        "Made in Sweden with solid brass hardware",
        """
        Lund Satin Clutch | Black Gold Silver | - | evening black-tie party satin
            Silk satin clutch with a detachable chain strap.
        Visby Leather Tote | Black Tan Burgundy | - | office business leather
            Structured leather tote that fits a laptop and a pair of flats.
        Sigtuna Velvet Evening Bag | Black Burgundy Green | - | evening wedding velvet
            A small velvet frame bag with a kiss-lock clasp.
        Gotland Crossbody Bag | Black Tan Red | - | casual weekend leather
            Pebbled leather crossbody with an adjustable webbing strap.
        """,
        layout="colour",
    ),
    Family(
        "Lindqvist", "Bags", "unisex", "", (79, 299),
        "Made in Sweden with solid brass hardware",
        """
        Orebro Canvas Tote | Navy Olive Beige | - | casual beach summer canvas
            Heavy cotton canvas tote with leather handles.
        Kalmar Leather Backpack | Black Brown | - | office casual leather
            Slim leather backpack with a padded laptop pocket.
        """,
        layout="colour",
    ),
    Family(
        "Lindqvist", "Pocket Squares", "male", "", (19, 49),
        "Hand-rolled edges, 33 cm square",
        """
        Silk Pocket Square | White Navy Burgundy | - | formal wedding silk
            Pure silk twill in a solid colour.
        Linen Pocket Square | White Blue Beige | - | summer wedding linen
            Irish linen with hand-rolled edges.
        """,
        layout="colour",
        colour_option="Colour",
    ),
    Family(
        "Lindqvist", "Pocket Squares", "male", "", (19, 49),
        "Hand-rolled edges, 33 cm square",
        """
        Classic White Pocket Square | White | - | black-tie formal linen
            Crisp white linen for a straight TV fold with a dinner jacket.
        Burgundy Paisley Pocket Square | Burgundy | - | wedding party silk
            Burgundy silk printed with a traditional paisley.
        Navy Polka Dot Pocket Square | Navy | - | office wedding silk
            Navy silk twill with white polka dots.
        """,
        layout="default",
    ),
    Family(
        "Lindqvist", "Cufflinks", "male", "", (39, 149),
        "Presented in a Lindqvist gift box",
        """
        Onyx Silver Cufflinks | Silver | - | black-tie formal
            Black onyx set in sterling silver, with a swivel back.
        Mother-of-Pearl Cufflinks | Silver | - | black-tie wedding
            Mother-of-pearl faces in polished sterling silver.
        Gold Knot Cufflinks | Gold | - | wedding formal
            Gold-plated silver knots with a chain link.
        Engine-Turned Silver Cufflinks | Silver | - | office business
            Sterling silver ovals with a hand-engraved guilloché pattern.
        Navy Enamel Cufflinks | Navy | - | office business
            Navy enamel set in rhodium-plated silver.
        Black Tie Stud & Cufflink Set | Black | - | black-tie formal
            Four onyx shirt studs and matching cufflinks for a dress shirt.
        """,
        layout="default",
    ),
]  # fmt: skip

# Stock the demo and tests rely on: title -> {(colour, size as "US 10"/"EU 43"/"40R"...): qty}.
PINNED_STOCK = {
    "Windsor Patent Oxford": {("Black", "US 10"): 4, ("Black", "US 9"): 2, ("Black", "US 13"): 0},
    "Ashby Cap-Toe Oxford": {("Brown", "US 10"): 5, ("Brown", "US 9"): 3, ("Black", "US 10"): 0},
    "Savile Plain-Toe Oxford": {("Black", "US 10"): 6},
    "Regent Patent Derby": {("Black", "US 10"): 3},
    "Mayfair Double Monk": {("Black", "US 10"): 5, ("Brown", "US 10"): 4},
    "Albany Penny Loafer": {("Black", "US 10"): 7, ("Brown", "US 10"): 2},
    "Hartley Brogue Derby": {("Brown", "US 10"): 4},
    "Greville Semi-Brogue Oxford": {("Brown", "US 10"): 3},
    "Belgrave Velvet Loafer": {("Black", "US 10"): 3},
    "Kensington Shawl-Collar Tuxedo": {("Black", "40R"): 2, ("Black", "42R"): 3},
    "Aurora Satin Gown": {("Black", "M"): 2},
    "Portofino Suede Loafer": {("Tan", "EU 43"): 4},
    "Stratus Runner": {("White", "US 10"): 9},
    "Silk Self-Tie Bow Tie": {("Black", ""): 12},
    "Onyx Silver Cufflinks": {("Silver", ""): 6},
}
SOLD_OUT = {"Firenze Museum-Calf Oxford", "Nadia Sequin Dress", "Mother-of-Pearl Cufflinks"}
SOLD_OUT_RATE = 0.095  # chance that any other variant is out of stock
LOW_STOCK_RATE = 0.15  # chance that a popular shoe size is down to its last one or two
SALE_RATE = 0.14  # share of products without a fixed price that are marked down
SURCHARGE_RATE = 0.2  # share of those whose largest sizes cost $10 more


# --- Building the rows --------------------------------------------------------------------------


@dataclass(frozen=True)
class Product:
    family: Family
    title: str
    colours: tuple[str, ...]
    fixed_price: str | None
    tags: tuple[str, ...]
    detail: str

    @property
    def handle(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.title.lower().replace("&", "and")).strip("-")


@dataclass(frozen=True)
class Variant:
    options: tuple[str, ...]
    colour: str
    size: str


def parse_products(family: Family) -> list[Product]:
    """Read a family's ``products`` table."""
    records: list[list[str]] = []
    for line in filter(None, (line.strip() for line in family.products.splitlines())):
        if "|" in line:
            records.append([cell.strip() for cell in line.split("|")] + [""])
        else:
            records[-1][-1] = f"{records[-1][-1]} {line}".strip()
    products = []
    for title, colours, price, tags, detail in records:
        product = Product(
            family, title, tuple(colours.split()), None if price == "-" else price,
            tuple(tags.split()), detail,
        )  # fmt: skip
        check_vocabulary(product)
        products.append(product)
    return products


def check_vocabulary(product: Product) -> None:
    """Fail loudly on anything outside the shared vocabulary (the NLU data uses the same words)."""
    family = product.family
    problems = [f"colour {colour!r}" for colour in product.colours if colour not in COLOUR_CODES]
    problems += [f"tag {tag!r}" for tag in product.tags if tag not in OCCASIONS.keys() | MATERIALS]
    if family.vendor not in VENDOR_CODES:
        problems.append(f"vendor {family.vendor!r}")
    if family.type not in TYPES:
        problems.append(f"type {family.type!r}")
    if family.gender not in {"male", "female", "unisex"}:
        problems.append(f"gender {family.gender!r}")
    if family.layout not in {"size-colour", "colour-size", "colour", "default"}:
        problems.append(f"layout {family.layout!r}")
    if (family.layout in {"size-colour", "colour-size"}) != bool(family.sizes):
        problems.append("size run (only the size-colour and colour-size layouts have sizes)")
    if family.layout == "default" and len(product.colours) != 1:
        problems.append("colours (a Default Title product has exactly one)")
    if problems:
        raise ValueError(f"{product.title}: bad " + ", ".join(problems))


def option_axes(product: Product) -> list[tuple[str, tuple[str, ...]]]:
    """The product's options in column order: [(name, values), ...]."""
    family = product.family
    sizes = ("Size", SIZE_RUNS[family.sizes])
    colours = (family.colour_option, product.colours)
    return {
        "size-colour": [sizes, colours],
        "colour-size": [colours, sizes],
        "colour": [colours],
        "default": [("Title", ("Default Title",))],
    }[family.layout]


def variants_of(product: Product) -> list[Variant]:
    """Every combination of option values, first option outermost (as Shopify lists them)."""
    axes = option_axes(product)
    variants = []
    for values in itertools.product(*(values for _name, values in axes)):
        named = dict(zip((name for name, _values in axes), values, strict=True))
        colour = named.get(product.family.colour_option, product.colours[0])
        variants.append(Variant(values, colour, named.get("Size", "")))
    return variants


def pick_price(rng: random.Random, low: int, high: int) -> int:
    """A shop-like price in cents inside [low, high] dollars: 139.00, 89.95, 249.50..."""
    dollars = min(rng.randint(low, high) // 10 * 10 + 9, high)
    cents = 0 if dollars == high else rng.choice((0, 0, 0, 0, 50, 95))
    return dollars * 100 + cents


def money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def short_size(size: str) -> str:
    """'US 10 / EU 43' -> 'US 10' (how PINNED_STOCK names sizes)."""
    return size.split(" / ")[0]


def sku_size(size: str) -> str:
    """'US 9.5 / EU 42.5' -> '9.5', 'EU 43' -> '43', '40R' -> '40R'."""
    return short_size(size).split()[-1] if size else ""


def stock_level(rng: random.Random, product: Product, variant: Variant) -> int:
    """Mostly 3-25; about 10% sold out; popular men's sizes sometimes down to 1-2."""
    pinned = PINNED_STOCK.get(product.title, {})
    roll = rng.random()  # drawn for every variant, so pins don't shift the others
    level = round(rng.triangular(3, 25, 8))
    if (variant.colour, short_size(variant.size)) in pinned:
        return pinned[variant.colour, short_size(variant.size)]
    if product.title in SOLD_OUT or roll < SOLD_OUT_RATE:
        return 0
    if variant.size in POPULAR_SIZES and roll < SOLD_OUT_RATE + LOW_STOCK_RATE:
        return 1 if roll < SOLD_OUT_RATE + LOW_STOCK_RATE / 2 else 2
    return level


def describe(product: Product) -> str:
    """'<p>{detail} {family fit}; ideal for {up to three occasions from the tags}.</p>'"""
    occasions = [OCCASIONS[tag] for tag in product.tags if tag in OCCASIONS][:3]
    fit = product.family.fit
    if len(occasions) > 1:
        fit += f"; ideal for {', '.join(occasions[:-1])} and {occasions[-1]}"
    elif occasions:
        fit += f"; ideal for {occasions[0]}"
    return f"<p>{product.detail} {fit}.</p>"


def product_rows(product: Product, sku_code: str) -> list[list[str]]:
    """The product's CSV rows: the first carries the product fields, the rest only variant ones."""
    family, spec = product.family, TYPES[product.family.type]
    rng = random.Random(f"{SEED}:{product.handle}")
    price = pick_price(rng, *family.price)
    on_sale, surcharged = rng.random() < SALE_RATE, rng.random() < SURCHARGE_RATE
    markup = rng.choice((1.2, 1.25, 1.3, 1.4))  # a sale's "was" price, rounded up to whole dollars
    cost_share = rng.uniform(0.38, 0.42)  # cost per item is about 40% of the price
    heft = rng.uniform(0.9, 1.1)  # this product's weight relative to its type's
    if product.fixed_price:  # documented prices hold for every variant, never on sale
        price, on_sale, surcharged = round(float(product.fixed_price) * 100), False, False
    compare_at = (int(price * markup) // 100 + 1) * 100 if on_sale else None

    axes = option_axes(product)
    sizes = SIZE_RUNS[family.sizes]
    grams_of_base = spec.grams * heft
    rows = []
    for variant in variants_of(product):
        extra = 1000 if surcharged and variant.size in LARGE_SIZES else 0
        step = sizes.index(variant.size) - len(sizes) // 2 if variant.size else 0
        grams = round(grams_of_base + step * spec.grams_per_size)
        sku_parts = (VENDOR_CODES[family.vendor], sku_code, COLOUR_CODES[variant.colour])
        sku_parts += (sku_size(variant.size),) if variant.size else ()
        sku = "-".join(sku_parts)
        row = dict.fromkeys(COLUMNS, "")
        row |= {
            "Handle": product.handle,
            "Variant SKU": sku,
            "Variant Grams": str(grams),
            "Variant Inventory Tracker": "shopify",
            "Variant Inventory Qty": str(stock_level(rng, product, variant)),
            "Variant Inventory Policy": "deny",
            "Variant Fulfillment Service": "manual",
            "Variant Price": money(price + extra),
            "Variant Compare At Price": money(compare_at + extra) if compare_at else "",
            "Variant Requires Shipping": "TRUE",
            "Variant Taxable": "TRUE",
            "Variant Barcode": ean13(sku),
            "Variant Weight Unit": "kg" if grams_of_base >= 1000 else "g",
            "Cost per item": money(round((price + extra) * cost_share)),
        }
        for index, value in enumerate(variant.options, start=1):
            row[f"Option{index} Value"] = value
        if not rows:  # the product's first row carries the product fields
            row |= {
                "Title": product.title,
                "Body (HTML)": describe(product),
                "Vendor": family.vendor,
                "Product Category": spec.category,
                "Type": family.type,
                "Tags": ", ".join(product.tags),
                "Published": "TRUE",
                "Image Src": f"https://shop.example.com/images/{product.handle}.jpg",
                "Image Position": "1",
                "Image Alt Text": product.title,
                "Gift Card": "FALSE",
                "Google Shopping / Google Product Category": spec.category,
                "Google Shopping / Gender": family.gender,
                "Google Shopping / Age Group": "adult",
                "Status": "active",
            }
            for index, (name, _values) in enumerate(axes, start=1):
                row[f"Option{index} Name"] = name
        rows.append([row[column] for column in COLUMNS])
    return rows


def ean13(sku: str) -> str:
    """A stable 13-digit EAN for a SKU: valid check digit, in the 20-29 'in-store use' range."""
    serial = int(hashlib.sha256(sku.encode()).hexdigest(), 16) % 10**10
    body = f"20{serial:010d}"
    check = -sum(int(digit) * (3 if i % 2 else 1) for i, digit in enumerate(body)) % 10
    return body + str(check)


def sku_codes(products: list[Product]) -> list[str]:
    """A unique 3-letter code per product within its brand: WIN(dsor), ASH(by), SSE (collision)."""
    taken: set[tuple[str, str]] = set()
    codes = []
    for product in products:
        words = re.findall(r"[A-Z]+", product.title.upper())
        second = words[1] if len(words) > 1 else "X"
        candidates = [words[0][:3], words[0][0] + second[:2], words[0][:2] + second[0]]
        candidates += [f"{words[0][:2]}{n}" for n in range(2, 10)]
        code = next(c for c in candidates if (product.family.vendor, c) not in taken)
        taken.add((product.family.vendor, code))
        codes.append(code)
    return codes


def main() -> None:
    products = [product for family in FAMILIES for product in parse_products(family)]
    handles = Counter(product.handle for product in products)
    if duplicates := [handle for handle, count in handles.items() if count > 1]:
        raise ValueError(f"duplicate handles: {duplicates}")
    rows = []
    for product, code in zip(products, sku_codes(products), strict=True):
        rows += product_rows(product, code)
    for column in ("Variant SKU", "Variant Barcode"):
        values = Counter(row[COLUMNS.index(column)] for row in rows)
        if duplicates := [value for value, count in values.items() if count > 1]:
            raise ValueError(f"duplicate {column}: {duplicates}")

    with OUTPUT.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    sold_out = sum(row[COLUMNS.index("Variant Inventory Qty")] == "0" for row in rows)
    print(f"wrote {OUTPUT.name}: {len(products)} products, {len(rows)} variants")
    print(f"{sold_out} variants sold out")


if __name__ == "__main__":
    main()
