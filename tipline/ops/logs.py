"""Logs an operator can ship anywhere: one JSON object per line (``TIPLINE_LOG_FORMAT=json``)
or plain text, with secrets and addresses taken out.

What is never logged: a reporter's or caller's network address, an API key or bearer token,
a password in a database URL, request bodies, query strings. Requests are logged by their
route template (``/api/v1/platform/reports/{report_id}``), not the path, so case codes and
report ids stay out too. Every record passes ``Redact`` before it is written, whoever wrote it
(Tipline or a library).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
from datetime import UTC, datetime

_SECRETS = [
    (re.compile(r"tpk_[A-Za-z0-9]{8,}_[A-Za-z0-9_-]{8,}"), "tpk_[redacted]"),
    (re.compile(r"(?i)\b(bearer|basic|token|apikey|api-key)(\s+|=)[A-Za-z0-9._~+/=-]{8,}"),
     r"\1\2[redacted]"),
    # user:password@ in a URL; the password may hold '/' or '@' (up to the last '@').
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]*):\S*@"), r"\1:[redacted]@"),
    # Secrets in query strings.
    (re.compile(r"(?i)([?&;](?:access_token|token|api_key|apikey|key|secret|password|passwd|"
                r"pwd|signature|sig|auth|code|pin)=)[^&\s#;]+"), r"\1[redacted]"),
    (re.compile(r"(?i)(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
]
# Anything shaped like an address is checked with ipaddress: "18:26:47" is a time, not IPv6.
_ADDRESS_LIKE = re.compile(
    r"(?<!\w)[0-9A-Fa-f.:]*[.:][0-9A-Fa-f.:]*[.:][0-9A-Fa-f.:]*(?:%\w+)?(?!\w)")
# Fields of a record that never leave, whoever set them.
_DROPPED = {"client", "client_addr", "remote_addr", "ip", "headers", "body", "query"}
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


def redact(text: str) -> str:
    """``text`` with API keys, bearer tokens, URL passwords and IP addresses replaced."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return _ADDRESS_LIKE.sub(_address, text)


def _address(match: re.Match) -> str:
    """The token with the address in it replaced, keeping punctuation around it and a port."""
    token = match.group()
    for core in dict.fromkeys((token, token.rstrip(".:"), token.lstrip(".:"), token.strip(".:"))):
        if not core:
            continue
        at = token.index(core)
        lead, trail = token[:at], token[at + len(core):]
        hosts = [(core, "")] + ([tuple(core.split(":"))] if core.count(":") == 1 else [])
        for host, port in hosts:
            try:
                ipaddress.ip_address(host.split("%")[0])
            except ValueError:
                continue
            return f"{lead}[address]{':' + port if port else ''}{trail}"
    return token


class Redact(logging.Filter):
    """Rewrites each record's message (arguments merged) with ``redact``; drops address and
    header fields a library may have attached."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record is still logged, as its template
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        for name in _DROPPED & set(vars(record)):
            delattr(record, name)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``at`` (UTC, ISO 8601), ``level``, ``logger``, ``message``,
    the record's extra fields (JSON values or their text), ``error`` with the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        document = {"at": datetime.fromtimestamp(record.created, UTC).isoformat(
                        timespec="milliseconds"),
                    "level": record.levelname.lower(), "logger": record.name,
                    "message": record.getMessage()}
        for name, value in vars(record).items():
            if name not in _STANDARD and name not in _DROPPED and not name.startswith("_"):
                document[name] = value if _is_json(value) else redact(str(value))
        if record.exc_text:
            document["error"] = record.exc_text
        return json.dumps(document, ensure_ascii=False, default=str)


def _is_json(value) -> bool:
    return isinstance(value, (str, int, float, bool, type(None))) and not (
        isinstance(value, str) and redact(value) != value)


def configure(fmt: str = "text", level: int = logging.INFO) -> None:
    """Send every logger's records through ``Redact`` to standard error, as JSON lines or
    text. Quietens libraries that log URLs at INFO (httpx: a webhook URL may hold a token),
    and faiss, whose loader reports at INFO each optional CPU build it did not find."""
    handler = logging.StreamHandler()
    handler.addFilter(Redact())
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "uvicorn.access", "faiss.loader"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def say(message: str, fmt: str) -> None:
    """A notice for the operator on standard error: a log record when logs are JSON (the
    stream stays one object per line), a plain line otherwise."""
    if fmt == "json":
        logging.getLogger("tipline").info(message)
    else:
        import sys

        print(message, file=sys.stderr, flush=True)
