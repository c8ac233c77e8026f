"""The shop's commerce core: catalog, import, search and availability.

Plain Python over SQLAlchemy. Nothing here imports Rasa; the Rasa actions and the NLU component
are thin layers on top of this package.
"""
