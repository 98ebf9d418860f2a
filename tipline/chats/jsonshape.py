"""Shared code for the JSON formats: loading, typed access with JSON paths in errors, detection.

Every accessor takes the JSON path of the value (``messages[3].text``) so that a wrong shape
becomes ``ChatParseError("result.json: messages[3].text: expected a string, got a number")``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tipline.chats.base import ChatFormat, ChatParseError
from tipline.model import Conversation

_ISO_LOCAL = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?")
_ISO_WITH_OFFSET = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


def type_name(value: Any) -> str:
    """The JSON name of a Python value's type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def load_json(file: Path, data: bytes) -> Any:
    """Decode ``data`` (UTF-8, with or without a BOM) as JSON.

    Raises ChatParseError: empty file, not UTF-8, not valid JSON (with line and column), nested
    too deeply, or numbers Python refuses.
    """
    if not data.strip():
        raise ChatParseError(file, "empty file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ChatParseError(
            file, f"not UTF-8 text (byte 0x{data[error.start]:02x})", line=line
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        problem = ChatParseError(
            file, f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        problem.line = error.lineno
        raise problem from None
    except RecursionError:
        raise ChatParseError(file, "not valid JSON: nested too deeply") from None
    except ValueError as error:  # e.g. an integer with more digits than Python allows
        raise ChatParseError(file, f"not valid JSON: {error}") from None


class Shape:
    """Typed access to a decoded JSON document, raising ChatParseError with the JSON path."""

    def __init__(self, file: Path) -> None:
        self.file = file

    def fail(self, path: str, detail: str) -> ChatParseError:
        return ChatParseError(self.file, detail, path=path or "(top level)")

    def obj(self, value: Any, path: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected an object, got {type_name(value)}")
        return value

    def arr(self, value: Any, path: str) -> list:
        if not isinstance(value, list):
            raise self.fail(path, f"expected a list, got {type_name(value)}")
        return value

    def key(self, obj: dict, key: str, path: str) -> Any:
        """``obj[key]``; ChatParseError ``missing key`` if absent."""
        if key not in obj:
            raise self.fail(path, f"missing key {key!r}")
        return obj[key]

    def opt_str(self, obj: dict, key: str, path: str) -> str | None:
        """``obj[key]`` as a string, None if absent or null; ChatParseError for another type."""
        value = obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", f"expected a string, got {type_name(value)}")
        return value

    def opt_int(self, obj: dict, key: str, path: str) -> int | None:
        """``obj[key]`` as an integer (or a string of digits), None if absent or null."""
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, str) and re.fullmatch(r"-?[0-9]{1,29}", value.strip()):
            return int(value.strip())
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise self.fail(f"{path}.{key}", f"expected an integer, got {type_name(value)}")

    def opt_list(self, obj: dict, key: str, path: str) -> list:
        """``obj[key]`` as a list, [] if absent or null."""
        value = obj.get(key)
        if value is None:
            return []
        return self.arr(value, f"{path}.{key}")

    def timestamp(self, value: str | None, path: str, *, offset: bool) -> str | None:
        """An ISO 8601 string kept exactly as the export wrote it, after checking its shape:
        with an offset (or Z) when ``offset``, naive local time otherwise."""
        if value is None:
            return None
        pattern = _ISO_WITH_OFFSET if offset else _ISO_LOCAL
        if not pattern.fullmatch(value):
            raise self.fail(path, f"not an ISO 8601 timestamp: {value[:40]!r}")
        return value


def head_text(head: bytes) -> str | None:
    """The head as text if it looks like the start of a JSON object, else None."""
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    return text if text.startswith("{") else None


def has_key(text: str, key: str) -> bool:
    """Whether ``"key":`` occurs in (the head of) a JSON text."""
    return re.search(r'"' + re.escape(key) + r'"\s*:', text) is not None


class JsonChatFormat(ChatFormat):
    """Base for the JSON formats: ``parse`` loads the document and calls ``build``."""

    def parse(self, path: Path, data: bytes | None = None) -> Conversation:
        path = Path(path)
        document = load_json(path, self.read(path, data))
        return self.build(document, Shape(path))

    def build(self, document: Any, shape: Shape) -> Conversation:  # pragma: no cover - abstract
        raise NotImplementedError
