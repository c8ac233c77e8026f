"""Rasa custom actions: thin translations between the conversation and the commerce core.

`rasa run actions` imports this package; importing the modules below registers their actions.
"""

from actions import checkout, chitchat, discovery, service  # noqa: F401
