"""The child's details on the case page, hidden until someone reveals them with a reason.

Hidden: the contact details the reporter gave (the child's own, when the child reports), and
the child's name in each conversation (as a participant, a sender, in reactions and
forwards, and in triage's notes). Kept: the child's age and country (the queue ranks and routes by them), and the
reported person's identifiers. Names the child or the reporter typed inside a message or the
report's words are not found and stay as written (docs/security.md).

A reveal is per person and per case, lasts ``REVEAL_MINUTES``, and is an audit entry with its
reason (``casework.reveal_child``); that entry is also how the page knows it was revealed.
"""

from __future__ import annotations

CHILD_LABEL = "the child (name hidden)"
HIDDEN = "hidden"


def pseudonymise(reports: list[dict]) -> list[dict]:
    """The case page's report views (``console.case_page``) with the child's details hidden;
    returns new dicts, the input is left as it was."""
    return [_report(report) for report in reports]


def _report(report: dict) -> dict:
    out = dict(report)
    out["contact"] = {kind: HIDDEN for kind in report.get("contact", {})}
    out["conversations"] = [_conversation(c) for c in report.get("conversations", [])]
    return out


def _conversation(conversation: dict) -> dict:
    child = conversation.get("child")
    if not child:
        return conversation
    out = dict(conversation)
    folded = child.strip().casefold()  # cases stored before intake kept the report's spelling

    def name(value):
        return CHILD_LABEL if isinstance(value, str) and value.strip().casefold() == folded else value

    out["child"] = CHILD_LABEL
    spellings = {child} | {p for p in conversation.get("participants", []) if name(p) == CHILD_LABEL}
    notes = list(conversation.get("notes", []))
    for spelling in sorted(spellings, key=len, reverse=True):
        notes = [note.replace(spelling, CHILD_LABEL) for note in notes]
    out["notes"] = notes
    out["participants"] = [name(p) for p in conversation.get("participants", [])]
    out["messages"] = [{
        **m, "sender": name(m.get("sender")), "forwarded_from": name(m.get("forwarded_from")),
        "reactions": [{**r, "actor": name(r.get("actor"))} if isinstance(r, dict) else r
                      for r in (m.get("reactions") or [])],
    } for m in conversation.get("messages", [])]
    return out
