"""Read the labelled-conversation JSONL of ``triage-dev/SCHEMA.md``; write assessments as JSON.

One JSON object per line: ``id``, ``participants`` (key -> ``{"role", "age"}``), ``messages``
(``from``, ``t``, ``text``) and an optional ``label``. Each message becomes a ``Message`` whose
sender is the participant key ("A"), ``sent_at`` the ``t`` field and ``source``
``{"line": N, "path": "messages[i]"}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tipline.model import Conversation, Message, RiskAssessment

FORMAT = "schema-jsonl"


class SchemaError(ValueError):
    """A line of a SCHEMA JSONL file that cannot be read; names the file, line and field."""

    def __init__(self, path: str | Path, line: int, field: str, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.field = field
        super().__init__(f"{self.path}, line {line}, field {field}: {problem}")


@dataclass(frozen=True, slots=True)
class LabelledConversation:
    """One line of the file: its id, the parsed Conversation, the child's participant key and
    age where given, the label dict (None if absent) and the language tag."""

    id: str
    conversation: Conversation
    child: str | None
    child_age: int | None
    label: dict | None
    lang: str | None = None


def _need(obj: dict, key: str, kind: type | tuple[type, ...], path: Path, line: int, field: str):
    if key not in obj:
        raise SchemaError(path, line, field, "missing")
    value = obj[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise SchemaError(path, line, field, f"expected {getattr(kind, '__name__', kind)}, got {type(value).__name__}")
    return value


def parse_line(raw: str, path: str | Path = "<string>", line: int = 1) -> LabelledConversation:
    """Parse one JSONL line; raise SchemaError naming the field at fault."""
    path = Path(path)
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SchemaError(path, line, "(json)", f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise SchemaError(path, line, "(json)", "expected a JSON object")
    conv_id = _need(obj, "id", str, path, line, "id")
    participants = _need(obj, "participants", dict, path, line, "participants")
    child = None
    child_age = None
    for key, info in participants.items():
        if not isinstance(info, dict):
            raise SchemaError(path, line, f"participants.{key}", "expected an object")
        age = info.get("age")
        if age is not None and (not isinstance(age, int) or isinstance(age, bool) or age < 0):
            raise SchemaError(path, line, f"participants.{key}.age", "expected a non-negative integer")
        if info.get("role") == "child" and child is None:
            child, child_age = key, age
    raw_messages = _need(obj, "messages", list, path, line, "messages")
    messages = []
    for i, item in enumerate(raw_messages):
        where = f"messages[{i}]"
        if not isinstance(item, dict):
            raise SchemaError(path, line, where, "expected an object")
        sender = item.get("from")
        if sender is not None:
            if not isinstance(sender, str):
                raise SchemaError(path, line, f"{where}.from", "expected a participant key")
            if sender not in participants:
                raise SchemaError(path, line, f"{where}.from", f"{sender!r} is not in participants")
        sent_at = _need(item, "t", str, path, line, f"{where}.t")
        try:
            datetime.fromisoformat(sent_at.replace("Z", "+00:00"))
        except ValueError:
            raise SchemaError(path, line, f"{where}.t", f"not an ISO 8601 time: {sent_at!r}") from None
        text = _need(item, "text", str, path, line, f"{where}.text")
        messages.append(Message(sender=sender, sent_at=sent_at, text=text, source={"line": line, "path": where}))
    label = obj.get("label")
    if label is not None:
        _check_label(label, path, line)
    lang = obj.get("lang") if isinstance(obj.get("lang"), str) else None
    conversation = Conversation(format=FORMAT, messages=tuple(messages), title=conv_id)
    return LabelledConversation(conv_id, conversation, child, child_age, label, lang)


_RISKS = ("grooming", "sextortion", "benign")
_URGENCIES = ("immediate", "high", "routine")


def _check_label(label, path: Path, line: int) -> None:
    """A label's shape (SCHEMA.md): risk and urgency from their lists, first_risk_index an
    integer or null. Raises SchemaError naming the field."""
    if not isinstance(label, dict):
        raise SchemaError(path, line, "label", "expected an object or null")
    if label.get("risk") not in _RISKS:
        raise SchemaError(path, line, "label.risk", f"expected one of {', '.join(_RISKS)}")
    if label.get("urgency") not in _URGENCIES:
        raise SchemaError(path, line, "label.urgency", f"expected one of {', '.join(_URGENCIES)}")
    first = label.get("first_risk_index")
    if first is not None and (not isinstance(first, int) or isinstance(first, bool) or first < 0):
        raise SchemaError(path, line, "label.first_risk_index", "expected a non-negative integer or null")


def load_conversations(path: str | Path) -> Iterator[LabelledConversation]:
    """Yield each conversation of a SCHEMA JSONL file; blank lines are skipped. Raises
    SchemaError (a ValueError) naming the file and line for a line that breaks the schema or is
    not UTF-8, and OSError when the file cannot be read."""
    path = Path(path)
    with path.open("rb") as handle:
        for number, data in enumerate(handle, start=1):
            try:
                raw = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise SchemaError(path, number, "(text)", f"not UTF-8 text (byte {exc.start + 1} of the line)") from None
            if raw.strip():
                yield parse_line(raw, path, number)


def assessment_to_json(conversation_id: str, assessment: RiskAssessment) -> dict:
    """The assessment in the SCHEMA output shape (JSON-serialisable, keys in a fixed order)."""
    return {
        "id": conversation_id,
        "risk": assessment.risk.value,
        "score": round(float(assessment.score), 3),
        "urgency": assessment.urgency.value,
        "urgency_reasons": [reason.value for reason in assessment.urgency_reasons],
        "first_alert_index": assessment.first_alert_index,
        "hits": [
            {"index": h.index, "category": h.category.value, "span": [h.span[0], h.span[1]], "why": h.why}
            for h in assessment.hits
        ],
    }
