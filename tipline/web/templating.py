"""Jinja2 templates with autoescaping on: every reported string is rendered as text."""

from importlib.resources import files

from fastapi.templating import Jinja2Templates

from tipline.web import i18n

templates = Jinja2Templates(directory=str(files("tipline") / "web" / "templates"))
assert templates.env.autoescape, "templates must escape reported text"
i18n.install(templates.env)

# Plain words for the codes an analyst sees (DESIGN.md vocabulary).
LABELS = {
    "online_enticement": "Online enticement", "sextortion": "Sextortion",
    "csam": "Child sexual abuse material",
    "self_generated_image_shared": "Self-generated image shared",
    "obscene_material_sent_to_child": "Obscene material sent to a child",
    "trafficking": "Trafficking", "other_harm": "Other harm",
    "self": "The child", "friend": "A friend", "parent": "Parent or carer",
    "other_adult": "Another adult", "platform": "A platform",
    "under_13": "under 13", "13_17": "13 to 17", "adult_for_child": "reported by an adult",
    "received": "Received", "in_review": "In review", "referred": "Referred", "closed": "Closed",
    "escalated": "Escalated to a supervisor", "merged": "Merged into another case",
}


def label(code) -> str:
    """The plain label of a vocabulary code, or the code itself."""
    return LABELS.get(code, code) if code else ""


templates.env.filters["label"] = label

# Bidirectional controls can make "photo<U+202E>gpj.exe" read as "photoexe.jpg". In names
# (files, senders, identifiers) an analyst must see them, so they are shown as code points.
BIDI_CONTROLS = {cp: f"\u27e8U+{cp:04X}\u27e9" for cp in
                 (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)}


def reveal_controls(value) -> str:
    """``value`` with bidirectional control characters written out as ``⟨U+202E⟩``."""
    return str(value).translate(BIDI_CONTROLS) if value is not None else ""


templates.env.filters["reveal"] = reveal_controls


def duration(value) -> str:
    """A ``timedelta`` the way a queue says it: "45 s", "12 min", "3 h 05 min", "2 d 4 h"."""
    seconds = int(value.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if minutes < 60:
        return f"{minutes} min"
    if hours < 48:
        return f"{hours} h {minutes % 60:02d} min"
    return f"{days} d {hours % 24} h"


templates.env.filters["duration"] = duration
