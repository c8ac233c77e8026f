"""Shipping methods, their prices and delivery times, and business-day arithmetic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum


class ArrivalBy(Enum):
    """Whether an order shipped one way gets there by the day the shopper needs it."""

    IN_TIME = "in time"  # its last delivery day is that day or earlier
    MAY_MAKE_IT = "may make it"  # its first delivery day is, its last is not: no promise
    TOO_LATE = "too late"  # its first delivery day is after it


@dataclass(frozen=True)
class ShippingMethod:
    key: str
    label: str
    cost: Decimal
    free_from: Decimal | None  # orders of at least this much ship free
    min_business_days: int
    max_business_days: int

    def cost_for(self, subtotal: Decimal) -> Decimal:
        if self.free_from is not None and subtotal >= self.free_from:
            return Decimal("0.00")
        return self.cost

    def arrival(self, ordered: date) -> tuple[date, date]:
        """The first and the last day an order placed on `ordered` arrives (working days only)."""
        return (
            add_business_days(ordered, self.min_business_days),
            add_business_days(ordered, self.max_business_days),
        )

    def arrives_by(self, ordered: date, needed: date) -> ArrivalBy:
        """Whether an order placed on `ordered` gets there by `needed` (the one rule for "will it
        arrive by friday?", the note under a search and the order review)."""
        first, last = self.arrival(ordered)
        if last <= needed:
            return ArrivalBy.IN_TIME
        return ArrivalBy.MAY_MAKE_IT if first <= needed else ArrivalBy.TOO_LATE


SHIPPING_METHODS = {
    method.key: method
    for method in (
        ShippingMethod("standard", "Standard", Decimal("5.95"), Decimal("100.00"), 3, 5),
        ShippingMethod("express", "Express", Decimal("14.95"), None, 1, 2),
    )
}


def last_arrival_day(needed: date, leaving: bool = False) -> date:
    """The last day an order needed for `needed` may arrive: that day, or the day before when the
    shopper leaves on it (a trip: they are gone before the courier comes)."""
    return needed - timedelta(days=1) if leaving else needed


def method_for(needed: date, ordered: date) -> tuple[ShippingMethod, ArrivalBy]:
    """The shipping to suggest for a day: the cheapest that surely gets there in time, else the
    fastest (which may make it, or not), with how it fares."""
    for method in sorted(SHIPPING_METHODS.values(), key=lambda method: method.cost):
        if method.arrives_by(ordered, needed) == ArrivalBy.IN_TIME:
            return method, ArrivalBy.IN_TIME
    fastest = min(SHIPPING_METHODS.values(), key=lambda method: method.min_business_days)
    return fastest, fastest.arrives_by(ordered, needed)


def fastest_method() -> ShippingMethod:
    """The shipping that gets an order there soonest ("I need it asap"): by its last day, then
    its first, then the cheaper."""
    return min(
        SHIPPING_METHODS.values(),
        key=lambda method: (method.max_business_days, method.min_business_days, method.cost),
    )


def cheapest_method() -> ShippingMethod:
    """The shipping that costs least ("the cheaper one"): by its price, then the sooner."""
    return min(
        SHIPPING_METHODS.values(), key=lambda method: (method.cost, method.max_business_days)
    )


def exchange_method() -> ShippingMethod:
    """The shipping an exchange's new item goes with: it costs the shopper nothing extra, so the
    shop sends it the cheapest way."""
    return min(
        SHIPPING_METHODS.values(), key=lambda method: (method.cost, method.max_business_days)
    )


def better_method(chosen: ShippingMethod, needed: date, ordered: date) -> ShippingMethod | None:
    """Another shipping method that fares better by `needed` than `chosen` (in time where it
    may not make it, or may make it where it is too late), the surest and then the cheapest;
    None when there is none."""
    rank = list(ArrivalBy)
    fares = rank.index(chosen.arrives_by(ordered, needed))
    better = [
        (rank.index(method.arrives_by(ordered, needed)), method.cost, method.key)
        for method in SHIPPING_METHODS.values()
        if rank.index(method.arrives_by(ordered, needed)) < fares
    ]
    return SHIPPING_METHODS[min(better)[2]] if better else None


def sooner_method(chosen: ShippingMethod, ordered: date) -> ShippingMethod | None:
    """Another shipping method that gets an order placed on `ordered` there sooner than `chosen`
    (its last day earlier, its first no later), the soonest and then the cheapest; None when none
    does (so "no other shipping gets it there sooner" is said only when true)."""
    first, last = chosen.arrival(ordered)
    sooner = [
        (method.arrival(ordered)[1], method.cost, method.key)
        for method in SHIPPING_METHODS.values()
        if method.arrival(ordered)[1] < last and method.arrival(ordered)[0] <= first
    ]
    return SHIPPING_METHODS[min(sooner)[2]] if sooner else None


def add_business_days(start: date, days: int) -> date:
    """The date `days` working days (Monday to Friday) after `start`."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


# Countries a shopper may ask to ship to, as they say them -> the name to answer with. A country
# the settings' `ships_to` names (by any of its words) is one the shop delivers to.
_COUNTRIES = {
    "united states": "the United States", "usa": "the United States", "u.s.": "the United States",
    "america": "the United States", "the us": "the United States", "the states": "the United States",
    "canada": "Canada", "mexico": "Mexico", "uk": "the United Kingdom",
    "united kingdom": "the United Kingdom", "england": "the United Kingdom",
    "scotland": "the United Kingdom", "wales": "the United Kingdom", "britain": "the United Kingdom",
    "ireland": "Ireland", "australia": "Australia", "new zealand": "New Zealand",
    "germany": "Germany", "france": "France", "spain": "Spain", "italy": "Italy",
    "netherlands": "the Netherlands", "europe": "Europe", "the eu": "Europe", "japan": "Japan",
    "india": "India", "brazil": "Brazil", "puerto rico": "Puerto Rico", "austria": "Austria",
    "switzerland": "Switzerland",
    "belgium": "Belgium", "luxembourg": "Luxembourg", "portugal": "Portugal", "greece": "Greece",
    "poland": "Poland", "czech republic": "the Czech Republic", "czechia": "the Czech Republic",
    "slovakia": "Slovakia", "hungary": "Hungary", "slovenia": "Slovenia", "croatia": "Croatia",
    "romania": "Romania", "bulgaria": "Bulgaria", "denmark": "Denmark", "sweden": "Sweden",
    "norway": "Norway", "finland": "Finland", "iceland": "Iceland", "estonia": "Estonia",
    "latvia": "Latvia", "lithuania": "Lithuania", "holland": "the Netherlands", "malta": "Malta",
    "cyprus": "Cyprus", "turkey": "Turkey", "ukraine": "Ukraine", "russia": "Russia",
    "china": "China", "hong kong": "Hong Kong", "singapore": "Singapore",
    "south korea": "South Korea", "korea": "South Korea", "taiwan": "Taiwan",
    "philippines": "the Philippines", "indonesia": "Indonesia", "malaysia": "Malaysia",
    "thailand": "Thailand", "vietnam": "Vietnam", "pakistan": "Pakistan",
    "sri lanka": "Sri Lanka", "bangladesh": "Bangladesh", "uae": "the United Arab Emirates",
    "saudi arabia": "Saudi Arabia", "qatar": "Qatar",
    "israel": "Israel", "egypt": "Egypt", "south africa": "South Africa", "nigeria": "Nigeria",
    "ghana": "Ghana", "kenya": "Kenya", "argentina": "Argentina",
    "chile": "Chile", "colombia": "Colombia", "peru": "Peru",
}  # fmt: skip
# The major cities of those countries -> the country (stranger test 34: "I'm in Leeds" with a
# delivery question got US dates). The only list of cities: add one here.
_CITIES = {
    # The United Kingdom and Ireland.
    "london": "the United Kingdom", "manchester": "the United Kingdom",
    "leeds": "the United Kingdom", "birmingham": "the United Kingdom",
    "liverpool": "the United Kingdom", "sheffield": "the United Kingdom",
    "bristol": "the United Kingdom", "newcastle": "the United Kingdom",
    "nottingham": "the United Kingdom", "leicester": "the United Kingdom",
    "southampton": "the United Kingdom", "brighton": "the United Kingdom",
    "edinburgh": "the United Kingdom", "glasgow": "the United Kingdom",
    "aberdeen": "the United Kingdom", "cardiff": "the United Kingdom",
    "swansea": "the United Kingdom", "belfast": "the United Kingdom",
    "york": "the United Kingdom", "oxford": "the United Kingdom",
    "cambridge": "the United Kingdom", "bath": "the United Kingdom",
    "dublin": "Ireland", "cork": "Ireland", "galway": "Ireland", "limerick": "Ireland",
    # North America.
    "toronto": "Canada", "vancouver": "Canada", "montreal": "Canada", "calgary": "Canada",
    "ottawa": "Canada", "edmonton": "Canada", "winnipeg": "Canada", "quebec": "Canada",
    "mexico city": "Mexico", "guadalajara": "Mexico", "monterrey": "Mexico", "cancun": "Mexico",
    "new york": "the United States", "nyc": "the United States",
    "los angeles": "the United States", "chicago": "the United States",
    "houston": "the United States", "san francisco": "the United States",
    "seattle": "the United States", "boston": "the United States",
    "miami": "the United States", "atlanta": "the United States",
    "dallas": "the United States", "philadelphia": "the United States",
    # Europe.
    "vienna": "Austria", "wien": "Austria", "salzburg": "Austria",
    "berlin": "Germany", "munich": "Germany", "hamburg": "Germany", "frankfurt": "Germany",
    "cologne": "Germany", "paris": "France", "lyon": "France", "marseille": "France",
    "nice": "France", "madrid": "Spain", "barcelona": "Spain", "seville": "Spain",
    "valencia": "Spain", "rome": "Italy", "milan": "Italy", "florence": "Italy",
    "naples": "Italy", "venice": "Italy", "amsterdam": "the Netherlands",
    "rotterdam": "the Netherlands", "the hague": "the Netherlands",
    "zurich": "Switzerland", "geneva": "Switzerland", "brussels": "Belgium",
    "antwerp": "Belgium", "lisbon": "Portugal", "porto": "Portugal", "athens": "Greece",
    "warsaw": "Poland", "krakow": "Poland", "prague": "the Czech Republic",
    "budapest": "Hungary", "copenhagen": "Denmark", "stockholm": "Sweden", "oslo": "Norway",
    "helsinki": "Finland", "reykjavik": "Iceland", "istanbul": "Turkey", "kyiv": "Ukraine",
    "kiev": "Ukraine", "moscow": "Russia",
    # Elsewhere.
    "sydney": "Australia", "melbourne": "Australia", "brisbane": "Australia",
    "perth": "Australia", "adelaide": "Australia", "auckland": "New Zealand",
    "wellington": "New Zealand", "christchurch": "New Zealand", "tokyo": "Japan",
    "osaka": "Japan", "kyoto": "Japan", "mumbai": "India", "delhi": "India",
    "new delhi": "India", "bangalore": "India", "sao paulo": "Brazil", "são paulo": "Brazil",
    "rio": "Brazil", "rio de janeiro": "Brazil", "beijing": "China", "shanghai": "China",
    "seoul": "South Korea", "taipei": "Taiwan", "manila": "the Philippines",
    "jakarta": "Indonesia", "kuala lumpur": "Malaysia", "bangkok": "Thailand",
    "dubai": "the United Arab Emirates", "abu dhabi": "the United Arab Emirates",
    "riyadh": "Saudi Arabia", "doha": "Qatar", "tel aviv": "Israel", "cairo": "Egypt",
    "johannesburg": "South Africa", "cape town": "South Africa", "lagos": "Nigeria",
    "accra": "Ghana", "nairobi": "Kenya", "buenos aires": "Argentina", "santiago": "Chile",
    "bogota": "Colombia", "lima": "Peru",
}  # fmt: skip
# Cities whose names are also shoes, materials, people or words ("oxford shoes", "cork sole", "a
# gift for Sydney", "nice shoes"): a city only after "in", "to", "from", "near".
_CITIES_ALSO_WORDS = frozenset({
    "york", "oxford", "cambridge", "bath", "cork", "boston", "nice", "florence", "sydney",
    "perth", "adelaide", "wellington", "lima", "rio", "porto", "cologne", "santiago", "quebec",
    "valencia", "venice", "limerick", "nyc", "brighton", "dallas",
})  # fmt: skip
_PLACES = {**_COUNTRIES, **_CITIES}


def _any_of(names) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


_COUNTRY = re.compile(
    r"\b("
    + _any_of(name for name in _PLACES if name not in _CITIES_ALSO_WORDS)
    + r")(?!\w)"
    + r"|\b(?:in|to|from|near|outside|around|into)\s+("
    + _any_of(_CITIES_ALSO_WORDS)
    + r")(?!\w)"
)


# "I fly to London on 4 december", "travelling to Paris", "a trip to Amsterdam": where the shopper
# will be, not where the order goes (stranger test 42); "ship to London", "I'm in London" are.
_TRAVELS_TO = re.compile(
    r"\b(?:fly|flies|flying|flew|flight|travel\w*|going|heading|trip|journey|visit\w*"
    r"|leav\w* for)(?:\s+(?:out|over|back|away|home))?\s+(?:to|for|in)?\s*$"
)
# "getting married in Cape Town", "our holiday in Spain" (stranger test 92, B1): an event there,
# where the shopper will be; "ship it to the wedding in Mexico" is a delivery there all the same.
_EVENT = r"(?:married|marr(?:y|ies|ying)|maried|wedding|holidays?|vacation|vacay|honeymoon"
_EVENT += r"|conference|festival|getaway)(?:\s+(?:is|will be|was))?\s+(?:in|at)\s*$"
_AN_EVENT_IN = re.compile(rf"\b{_EVENT}")
_SENT_TO_THE_EVENT = re.compile(
    rf"\b(?:ship|send|deliver|post|mail)\w*\s+(?:\w+\s+){{0,3}}?to\s+(?:\S+\s+){{0,2}}?{_EVENT}"
)


def _travelled_to_after(before: str) -> bool:
    """Whether a place named after `before` is where the shopper travels or stays for an event."""
    if _TRAVELS_TO.search(before):
        return True
    return bool(_AN_EVENT_IN.search(before)) and not _SENT_TO_THE_EVENT.search(before)


def _places_named(words: str, travelled_to: bool = False) -> list[str]:
    """The countries a lowered message names, by country or city, in order: places to deliver to,
    never one the shopper travels to ("flying to London on the 4th"); with `travelled_to`, only
    those."""
    named, travelling, end = [], False, 0
    for match in _COUNTRY.finditer(words):
        # "going to Kyoto and Tokyo" (stranger test 47): every place of the list is travelled to.
        travelling = (
            travelling and bool(_NEXT_PLACE.match(words[end : match.start()]))
        ) or _travelled_to_after(words[: match.start()])
        end = match.end()
        if travelling == travelled_to:
            named.append(_PLACES[match.group(1) or match.group(2)])
    return named


_NEXT_PLACE = re.compile(r"^\s*[,&/]?\s*(?:(?:and|or)\s+)?(?:then\s+)?(?:to\s+)?$")


_ABROAD = re.compile(
    r"\b(?:internationally|international|overseas|abroad|outside (?:the )?(?:us|usa|states))\b"
)


def names_a_destination(text: str) -> bool:
    """Whether a message names a country or "abroad": a question about where the shop ships,
    whatever order the conversation was about ("and do you even ship to ireland")."""
    words = text.lower()
    return bool(_COUNTRY.search(words) or _ABROAD.search(words))


def destination_not_shipped_to(text: str, ships_to: str) -> str | None:
    """The place a shipping question names that the shop does not deliver to ("Canada"), or None.

    `ships_to` is the settings' country ("the United States"); "abroad" or "internationally"
    answers "another country".
    """
    words = text.lower()
    shipped = ships_to.lower().removeprefix("the ").strip()
    for name in _places_named(words):
        if name.lower().removeprefix("the ").strip() != shipped:
            return name
    if _ABROAD.search(words) and shipped:
        return "another country"
    return None


def destination_travelled_to(text: str, ships_to: str) -> str | None:
    """The place the shopper travels to ("I fly to London on 4 december": "the United Kingdom")
    where the shop does not deliver, or None: the order goes to their address before they leave."""
    shipped = ships_to.lower().removeprefix("the ").strip()
    for name in _places_named(text.lower(), travelled_to=True):
        if name.lower().removeprefix("the ").strip() != shipped:
            return name
    return None


def names_the_destination(text: str, ships_to: str) -> bool:
    """Whether a shipping question names the country the shop delivers to (`ships_to`, from the
    settings): "do you send also to Austria?" where the shop ships to Austria."""
    shipped = ships_to.lower().removeprefix("the ").strip()
    return any(
        name.lower().removeprefix("the ").strip() == shipped for name in _places_named(text.lower())
    )


# A US address's state and ZIP code ("GA 30601", "tx, 75460-1234"): Athens, Georgia is at home.
_US_STATE_AND_ZIP = re.compile(
    r"\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI"
    r"|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\.?,?\s+\d{5}(?:-\d{4})?\b",
    re.IGNORECASE,
)


def country_not_shipped_to(address: str, ships_to: str) -> str | None:
    """The country a delivery address is in, by the country or city it names, when the shop does
    not deliver there (`ships_to`, from the settings): "10115 Berlin" -> "Germany". None when it
    names the country shipped to, or no place known (docs/nlu/stranger-test-71.md, A12), or, for a
    shop in the United States, when it gives a state and ZIP code (Paris, TX 75460)."""
    shipped = ships_to.lower().removeprefix("the ").strip()
    if shipped == "united states" and _US_STATE_AND_ZIP.search(address):
        return None
    named = [name.lower().removeprefix("the ").strip() for name in _places_named(address.lower())]
    if not named or shipped in named:
        return None
    return next(name for name in _places_named(address.lower()))
