"""The 7,168 everyday conversations of the PyPI package ``chitchat-dataset`` (MIT; a test
dependency), as Conversations, for the false-alert rate of ``tipline eval``.

Each conversation's turns are lists of messages by one sender (an opaque id); timestamps are
UTC with ``Z``. Nobody in them is a child, so triage infers (or fails to infer) the child.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib.resources import files

from tipline.model import Conversation, Message


def available() -> bool:
    """Whether the package is installed."""
    try:
        import chitchat_dataset  # noqa: F401
    except ImportError:
        return False
    return True


def conversations(limit: int | None = None) -> Iterator[tuple[str, Conversation]]:
    """``(id, Conversation)`` for each conversation (the first ``limit`` when given).
    Raises ImportError when ``chitchat-dataset`` is not installed."""
    document = json.loads(files("chitchat_dataset").joinpath("dataset.json").read_text("utf-8"))
    for count, (key, value) in enumerate(document.items()):
        if limit is not None and count >= limit:
            return
        messages = tuple(
            Message(sender=utterance["sender"][:8], sent_at=utterance["timestamp"],
                    text=utterance["text"], source={"path": f"{key}.messages[{t}][{u}]"})
            for t, turn in enumerate(value["messages"]) for u, utterance in enumerate(turn)
        )
        yield key, Conversation(format="chitchat", messages=messages)
