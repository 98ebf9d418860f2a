"""Media inside an archive export (a WhatsApp ``.zip``): the files its messages point to,
read safely so that intake can seal each one as evidence of its own.

The archive itself stays sealed exactly as sent; members are read through the chat
package's zip reader (no path traversal, no symlinks, size and ratio limits).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tipline.chats import ParseError
from tipline.chats.archives import ZipContainer, is_zip
from tipline.model import Conversation

MAX_MEMBERS = 200  # media files sealed per archive; the rest are named in a warning


@dataclass(frozen=True, slots=True)
class Member:
    """One media file read out of an archive: its name there and its bytes."""

    name: str
    data: bytes


def media_members(archive: Path, conversation: Conversation, *, max_bytes: int,
                  ) -> tuple[list[Member], list[str]]:
    """The members of ``archive`` that the conversation's messages refer to, each at most
    ``max_bytes``, and warnings naming those that could not be taken (missing, too big, over
    the count). Returns nothing when ``archive`` is not a zip."""
    with archive.open("rb") as handle:
        if not is_zip(archive, handle.read(4)):
            return [], []
    wanted = list(dict.fromkeys(
        ref.name for message in conversation.messages for ref in message.attachments
        if ref.name))
    members: list[Member] = []
    warnings: list[str] = []
    try:
        with ZipContainer(archive) as box:
            present = set(box.names)
            for name in wanted:
                if name not in present:
                    continue  # the parser already warned that the export lacks it
                if len(members) == MAX_MEMBERS:
                    warnings.append(f"only the first {MAX_MEMBERS} media files were sealed "
                                    "separately; the rest stay inside the sealed archive")
                    break
                try:
                    members.append(Member(name, box.read(name, max_bytes)))
                except ParseError as error:
                    warnings.append(f"{name}: stays inside the sealed archive ({error.detail})")
    except ParseError as error:
        warnings.append(f"media not sealed separately: {error.detail}")
    return members, warnings
