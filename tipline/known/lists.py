"""Hash lists of known material: read from CSV or the ThreatExchange formats, stored, listed.

Formats (``FORMATS``):

- ``csv``: a header row naming a hash column (``hash``, ``signal``, ``value`` or
  ``indicator``) and, optionally, a type column (``type``, ``signal_type`` or ``kind``); a
  hash without a type is typed by its length (32 hex md5, 40 sha1), and a 64-hex one needs
  a type column or ``--kind`` (SHA-256 and PDQ are both 64 hex characters).
- ``te``: the ThreatExchange library's signal file (its ``LocalFileSignalExchangeAPI``): one
  ``<signal_type> <signal>`` per line, types ``pdq``, ``video_md5``/``photo_md5``/``md5``,
  ``sha1``, ``sha256``; or bare signals with ``--kind``.
- ``te-json``: a ThreatExchange Graph API descriptor export (``{"data": [{"raw_indicator":
  ..., "type": "HASH_PDQ"}, ...]}``, or one such object per line); types ``HASH_PDQ``,
  ``HASH_MD5``, ``HASH_SHA1``, ``HASH_SHA256``.

A file with bad lines is refused whole, with up to 20 of them named by line; a list loaded again
under the same name replaces its hashes in one transaction.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from tipline.store.tables import HashList, ListHash

FORMATS = ("csv", "te", "te-json")
KINDS = ("md5", "sha1", "sha256", "pdq")
LENGTHS = {"md5": 32, "sha1": 40, "sha256": 64, "pdq": 64}
_TYPE_NAMES = {
    "md5": "md5", "video_md5": "md5", "photo_md5": "md5", "hash_md5": "md5",
    "sha1": "sha1", "hash_sha1": "sha1", "sha256": "sha256", "hash_sha256": "sha256",
    "pdq": "pdq", "hash_pdq": "pdq",
}
_HASH_COLUMNS = ("hash", "signal", "value", "indicator")
_TYPE_COLUMNS = ("type", "signal_type", "kind")
_HEX = re.compile(r"[0-9a-f]+")
MAX_ERRORS = 20
MAX_LIST_BYTES = 512 * 1024 * 1024
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class HashListError(ValueError):
    """A list that cannot be loaded; the message names the file, line and what is wrong."""


def _typed(raw_type: str | None, value: str, default: str | None) -> tuple[str, str]:
    """(kind, value) or ValueError with the reason, in words."""
    value = value.strip().lower()
    if raw_type:
        kind = _TYPE_NAMES.get(raw_type.strip().lower())
        if kind is None:
            raise ValueError(f"unknown hash type {raw_type.strip()[:40]!r} (known: "
                             f"{', '.join(sorted(_TYPE_NAMES))})")
    else:
        kind = default or {32: "md5", 40: "sha1"}.get(len(value))
        if kind is None:
            raise ValueError(f"a {len(value)}-character hash without a type: give a type "
                             "column or --kind (sha256 and pdq are both 64 characters)")
    if len(value) != LENGTHS[kind] or not _HEX.fullmatch(value):
        raise ValueError(f"not a {kind} hash: {value[:80]!r} (expected {LENGTHS[kind]} hex "
                         "characters)")
    return kind, value


def _rows_csv(text: str, default: str | None):
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        raise HashListError("the file is empty")
    names = [h.strip().lower() for h in header]
    hash_at = next((names.index(c) for c in _HASH_COLUMNS if c in names), None)
    if hash_at is None:
        raise HashListError(f"line 1: no hash column; name one of {', '.join(_HASH_COLUMNS)} "
                            f"(the header reads {', '.join(header)[:200]!r})")
    type_at = next((names.index(c) for c in _TYPE_COLUMNS if c in names), None)
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= hash_at:
            yield line, None, "the row has no hash column"
            continue
        yield line, (row[type_at] if type_at is not None and type_at < len(row) else None,
                     row[hash_at]), None


def _rows_te(text: str, default: str | None):
    for line, raw in enumerate(text.splitlines(), 1):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        if default:
            yield line, (None, raw), None
            continue
        signal_type, _, signal = raw.partition(" ")
        if not signal.strip():
            yield line, None, "expected '<signal_type> <signal>' (or give --kind)"
            continue
        yield line, (signal_type, signal), None


def _descriptors(document, line: int):
    if isinstance(document, dict) and isinstance(document.get("data"), list):
        items = document["data"]
    elif isinstance(document, list):
        items = document
    else:
        items = [document]
    for item in items:
        if not isinstance(item, dict):
            yield line, None, "expected a descriptor object"
            continue
        raw = item.get("raw_indicator")
        if raw is None and isinstance(item.get("indicator"), dict):
            raw = item["indicator"].get("indicator")
        kind = item.get("type") or (item.get("indicator") or {}).get("type")
        if not isinstance(raw, str) or not isinstance(kind, str):
            yield line, None, "a descriptor needs raw_indicator and type strings"
            continue
        yield line, (kind, raw), None


def _rows_te_json(text: str, default: str | None):
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        document = None
    except (RecursionError, ValueError) as error:
        raise HashListError(f"line 1: not a descriptor export ({type(error).__name__}: "
                            "nested too deeply or a number too long)") from None
    if document is not None:
        yield from _descriptors(document, 1)
        return
    for line, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            yield from _descriptors(json.loads(raw), line)
        except json.JSONDecodeError as error:
            yield line, None, f"not JSON ({error.msg}, column {error.colno})"
        except (RecursionError, ValueError):
            yield line, None, "not a descriptor (nested too deeply or a number too long)"


_READERS = {"csv": _rows_csv, "te": _rows_te, "te-json": _rows_te_json}


def parse_list(data: bytes, fmt: str, *, kind: str | None = None,
               source: str = "the file") -> list[tuple[str, str]]:
    """The (kind, lowercase hex) pairs of a list file, duplicates dropped. Raises
    HashListError naming ``source`` and each bad line (up to 20)."""
    if fmt not in FORMATS:
        raise HashListError(f"unknown format {fmt!r}; formats are {', '.join(FORMATS)}")
    if kind is not None and kind not in KINDS:
        raise HashListError(f"unknown kind {kind!r}; kinds are {', '.join(KINDS)}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise HashListError(f"{source}: not UTF-8 text (byte {error.start})") from None
    pairs: dict[tuple[str, str], None] = {}
    errors: list[str] = []
    try:
        for line, row, problem in _READERS[fmt](text, kind):
            if row is not None:
                try:
                    pairs[_typed(row[0], row[1], kind)] = None
                    continue
                except ValueError as error:
                    problem = str(error)
            errors.append(f"{source}: line {line}: {problem}")
            if len(errors) >= MAX_ERRORS:
                break
    except (HashListError, csv.Error) as error:
        raise HashListError(f"{source}: {error}") from None
    if errors:
        raise HashListError("the list was not loaded:\n" + "\n".join(errors))
    if not pairs:
        raise HashListError(f"{source}: no hashes found")
    return list(pairs)


def load_list(session: Session, *, name: str, label: str, pairs: list[tuple[str, str]],
              fmt: str, source: str, actor: str, now: datetime) -> HashList:
    """Store a parsed list under ``name`` (replacing its hashes if it exists). Raises
    HashListError for a bad name or label."""
    if not _NAME.fullmatch(name):
        raise HashListError(f"bad list name {name[:100]!r}: 1 to 100 of letters, digits, "
                            "'.', '_' and '-', starting with a letter or digit")
    label = label.strip()
    if not label or len(label) > 200:
        raise HashListError("the label (what a match is shown as) must be 1 to 200 characters")
    row = session.scalar(select(HashList).where(HashList.name == name))
    if row is None:
        row = HashList(name=name, label=label, source=source[:2000], format=fmt, entries=0,
                       loaded_at=now, loaded_by=actor)
        session.add(row)
        session.flush()
    else:
        session.execute(delete(ListHash).where(ListHash.list_id == row.id))
        row.label, row.source, row.format = label, source[:2000], fmt
        row.loaded_at, row.loaded_by = now, actor
    for start in range(0, len(pairs), 20_000):
        session.execute(insert(ListHash), [{"list_id": row.id, "kind": k, "value": v}
                                           for k, v in pairs[start:start + 20_000]])
    row.entries = len(pairs)
    row.rematched_at = None  # the files already sealed wait to be matched (known.rematch)
    return row


def read_list_file(path: Path) -> bytes:
    """The bytes of a list file. Raises HashListError (missing, a folder, too large)."""
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise HashListError(f"{path}: larger than {MAX_LIST_BYTES} bytes")
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, PermissionError) as error:
        raise HashListError(f"{path}: {error.strerror}") from None


def lists(session: Session) -> list[HashList]:
    return list(session.scalars(select(HashList).order_by(HashList.name)))


def remove_list(session: Session, name: str) -> HashList:
    """Delete a list's hashes and the list (matches already recorded stay, with the label
    they were made under). Raises HashListError for an unknown name."""
    row = session.scalar(select(HashList).where(HashList.name == name))
    if row is None:
        raise HashListError(f"no hash list {name[:100]!r}")
    session.execute(delete(ListHash).where(ListHash.list_id == row.id))
    row.entries = 0
    return row


def signature(session: Session) -> tuple:
    """Changes whenever any list is loaded, reloaded or removed (the PDQ index's cache key)."""
    return tuple(session.execute(select(func.count(HashList.id), func.max(HashList.loaded_at),
                                        func.sum(HashList.entries))).one())
