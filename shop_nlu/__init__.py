"""Language understanding for the shop: catalog-aware entity extraction on spaCy.

`extraction` knows nothing of Rasa; `components` wraps it as Rasa NLU graph components.
"""
