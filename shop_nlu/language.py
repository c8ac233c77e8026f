"""Which language a message is written in, when it is clearly not English.

The assistant understands English only. A message in another language gets an honest answer in
that language rather than an English fallback or, worse, a guess: so this errs towards English
and names another language only on clear evidence (its script, or several of its common words and
more of them than English ones). No model is downloaded: scripts and word lists suffice for the
languages a shop's customers most often write in.
"""

from __future__ import annotations

import re
import unicodedata

# Languages told apart by their script alone.
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # kana: Japanese (before Han, which Japanese also uses)
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)

# Common words of each language written in Latin script, none of which is an English word a
# shopper would type. Words shared with English ("a", "me", "no", "son", "pie") are left out.
_WORDS = {
    "es": """hola gracias necesito quiero busco tienen tienes zapatos zapato vestido vestidos camisa
        pantalones talla tallas negro negros negra negras blanco rojo azul verde marrón marron
        cuánto cuanto cuesta dónde donde está esta están estan pedido envío envio devolver para
        por favor con los las una unos unas del que qué cómo como puedo tengo también tambien
        buenos buenas días dias tardes hay algo muy más mas barato caro mi mis tu su es está
        zapatillas bolso cinturón cinturon corbata traje boda fiesta mujer hombre adiós adios""",
    "fr": """bonjour bonsoir merci je voudrais cherche besoin chaussures chaussure robe chemise
        pantalon taille noir noire blanc blanche rouge bleu vert marron combien coûte coute où
        est commande livraison retour pour avec les des une je suis vous avez pouvez est-ce
        c'est aussi très tres moins cher mon ma mes sac ceinture cravate costume mariage soirée
        femme homme au revoir s'il vous plaît plait""",
    "de": """hallo danke bitte ich brauche suche möchte mochte schuhe schuh kleid hemd hose größe
        grosse schwarz schwarze weiß weiss rot blau grün grun braun wie viel kostet wo ist meine
        bestellung lieferung rücksendung für mit und die der das ein eine habt haben sie auch
        sehr billiger teuer tasche gürtel krawatte anzug hochzeit frau herren damen tschüss
        guten tag morgen abend""",
    "pt": """olá ola obrigado obrigada preciso quero procuro sapatos sapato vestido camisa calça
        calças tamanho preto preta branco vermelho azul verde marrom quanto custa onde está meu
        pedido entrega devolução devolucao para com uma vocês voces têm tem também muito mais
        barato caro bolsa cinto gravata terno casamento festa mulher homem tchau bom dia""",
    "it": """ciao grazie buongiorno buonasera vorrei cerco bisogno scarpe scarpa vestito camicia
        pantaloni taglia nero nera bianco rosso blu verde marrone quanto costa dove mio ordine
        spedizione reso per con una avete anche molto più piu economico caro borsa cintura
        cravatta abito matrimonio festa donna uomo arrivederci""",
    "nl": """hallo dank bedankt alsjeblieft ik zoek wil graag nodig schoenen schoen jurk overhemd
        broek maat zwart wit rood blauw groen bruin hoeveel kost waar mijn bestelling levering
        retour voor met een jullie hebben ook heel goedkoper duur tas riem stropdas pak bruiloft
        vrouw heren dames doei""",
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LANGUAGE_WORDS = {language: _words(words) for language, words in _WORDS.items()}
# Words of these lists that English shoppers also type (brand-like or borrowed words).
_ALSO_ENGLISH = _words(
    "es de la le est con para por mas more tan azul ola tu mi su die das ma mes sac "
    "pantalon vestido blu verde rosso moins tres gala bolsa"
)
_ENGLISH = _words(
    """the a an i you me my we it is are was do does have has need want looking for with and or
    to of in on at this that what which how much where when can could would please pls thanks
    thank shoes shoe dress shirt size black white red blue green brown order my your yes no hi
    hello hey show find any some under over cheap price buy get got want wanna im i'm"""
)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code when `text` is clearly written in another language than English, else None."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    for language, script in _SCRIPTS:
        if len(script.findall(text)) >= max(1, len(letters) // 3):
            return language
    words = [_fold(word) for word in _TOKEN.findall(text.lower())]
    if not words:
        return None
    english = sum(word in _ENGLISH for word in words)
    best, best_hits = None, 0
    for language, vocabulary in _LANGUAGE_WORDS.items():
        hits = sum(
            word in vocabulary and word not in _ALSO_ENGLISH and word not in _ENGLISH
            for word in words
        )
        if hits > best_hits:
            best, best_hits = language, hits
    # One foreign word is enough in a message of one or two words ("hola", "gracias");
    # otherwise two, and more of them than English words.
    needed = 1 if len(words) <= 2 else 2
    if best_hits >= needed and best_hits > english:
        return best
    return None


def _fold(word: str) -> str:
    """Lowercase with the apostrophe normalised; accents are kept (they tell languages apart)."""
    return unicodedata.normalize("NFC", word.replace("’", "'"))
