"""The shop's outside services, each behind one small wrapper that imports neither Rasa nor
rasa-sdk, so the Rasa server (channels) and the action server (actions) share them.

- `slack`: Slack's Web API client, request signatures, mrkdwn escaping.
- `agent_slack`: the agents' Slack channel, where people take over from the bot.
- `replay`: remembering deliveries already handled, for webhooks that re-send.
"""
