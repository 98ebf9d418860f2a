"""Triage: explainable indicators per message, a risk assessment per conversation, an urgency
with its reasons, and a priority for the analysts' queue. Pure functions: no database, no
web, no clock, no randomness (times come from message timestamps)."""

from tipline.triage.assess import ALERT_THRESHOLD, RISK_THRESHOLD, alerts, assess
from tipline.triage.child import infer_child
from tipline.triage.indicators import find_hits
from tipline.triage.priority import priority_key, priority_text
from tipline.triage.schema_io import LabelledConversation, SchemaError, assessment_to_json, load_conversations

__all__ = [
    "ALERT_THRESHOLD",
    "LabelledConversation",
    "RISK_THRESHOLD",
    "SchemaError",
    "alerts",
    "assess",
    "assessment_to_json",
    "find_hits",
    "infer_child",
    "load_conversations",
    "priority_key",
    "priority_text",
]
