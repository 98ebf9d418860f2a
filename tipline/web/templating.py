"""Jinja2 templates with autoescaping on: every reported string is rendered as text."""

from importlib.resources import files

from fastapi.templating import Jinja2Templates

templates = Jinja2Templates(directory=str(files("tipline") / "web" / "templates"))
assert templates.env.autoescape, "templates must escape reported text"
