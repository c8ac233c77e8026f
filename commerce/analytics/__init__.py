"""The shop owner's analytics: `shop report` reads Rasa's SQL tracker store (its `events` table,
with SQLAlchemy, not through Rasa) and the store, and writes an HTML report and CSV files.

Importing this package costs nothing: the actions import `markers` from it, and the plotting
libraries load only when a report is rendered.
"""
