"""Split message text into plain and highlighted segments for the case page.

The template renders each segment as escaped text (inside ``<mark>`` for hits), so reported
text never becomes markup. Overlapping hits are split at every boundary.
"""

from __future__ import annotations


def segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[dict]:
    """``spans``: (start, end, category, why). Returns ``[{"text", "hits": [(category, why)]}]``
    covering ``text`` exactly, in order."""
    cuts = {0, len(text)}
    for start, end, _, _ in spans:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    ordered = sorted(cuts)
    out = []
    for left, right in zip(ordered, ordered[1:]):
        if left == right:
            continue
        hits = [(cat, why) for start, end, cat, why in spans if start <= left and right <= end]
        out.append({"text": text[left:right], "hits": hits})
    return out


def highlighted_messages(messages, hits) -> list[dict]:
    """Message rows with their segments and the reasons of every hit on them."""
    by_index: dict[int, list] = {}
    for hit in hits:
        by_index.setdefault(hit.message_index, []).append(
            (hit.span_start, hit.span_end, hit.category, hit.why))
    return [{
        "index": m.index, "sender": m.sender, "sent_at": m.sent_at or "", "source": m.source,
        "deleted": m.deleted, "edited": m.edited, "attachments": m.attachments,
        "reactions": m.reactions, "reply_to": m.reply_to, "forwarded_from": m.forwarded_from,
        "segments": segments(m.text, by_index.get(m.index, [])),
        "reasons": [(cat, why) for _, _, cat, why in by_index.get(m.index, [])],
    } for m in messages]
