"""Backups: a consistent, encrypted snapshot of a home, and its restore into a fresh one.

``tipline backup --out DIR`` writes:

- ``database.tlb``: every table's rows, read in one snapshot transaction (REPEATABLE READ on
  PostgreSQL, a WAL read transaction on SQLite), as JSON lines; sensitive columns exactly as
  stored (already encrypted); the whole file encrypted again under the master key (the
  segmented format of ``tipline.crypto.blobs``);
- ``secrets.tlb``: the PIN key, the form key, the signing keys and the audit anchor,
  encrypted the same way (without them, restored receipts would no longer open);
- ``blobs/<sha256>``: every sealed original the snapshot holds, copied as stored (encrypted);
- ``manifest.json``: format, time, schema revision, row counts, and the SHA-256 of every file.

Nothing in the folder is readable without the master key file, which is NOT in it: keep the
key elsewhere. ``tipline restore DIR --key-file FILE`` checks the manifest, installs the key
file as the new home's master key, loads the rows into its empty database (SQLite or
PostgreSQL, whichever it uses), copies the blobs into its store and restores the secrets.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import String, func, insert, select, text, type_coerce
from sqlalchemy.sql import column as sql_column
from sqlalchemy.sql import table as sql_table

from tipline.crypto.blobs import decrypt_chunks, encrypt_blob
from tipline.crypto.columns import BlindKey, EncryptedJSON, EncryptedText
from tipline.evidence.blobs import checked_name
from tipline.store import migrate
from tipline.store.tables import Base

FORMAT = "tipline-backup/1"
RAW_TYPES = (EncryptedText, EncryptedJSON, BlindKey)


class BackupError(ValueError):
    """A backup that cannot be made or restored (says what and where)."""


def _stored(column):
    """The column as stored: ciphertext stays ciphertext on the way out and in."""
    return type_coerce(column, String) if isinstance(column.type, RAW_TYPES) else column


def _to_json(value):
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode()}
    return value


def _from_json(value):
    if isinstance(value, dict) and len(value) == 1:
        if "$dt" in value:
            return datetime.fromisoformat(value["$dt"])
        if "$date" in value:
            return date.fromisoformat(value["$date"])
        if "$b64" in value:
            return base64.b64decode(value["$b64"])
    return value


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _secret_files(home) -> dict[str, str]:
    """Relative name -> base64 content of the home's secrets and the audit anchor."""
    found = {}
    for path in sorted(home.settings.secrets_dir.rglob("*")):
        if path.is_file():
            found[f"secrets/{path.relative_to(home.settings.secrets_dir).as_posix()}"] = \
                base64.b64encode(path.read_bytes()).decode()
    anchor = home.settings.audit_anchor_path
    if anchor.exists():
        found["audit-anchor.json"] = base64.b64encode(anchor.read_bytes()).decode()
    return found


def backup(home, out: Path, now: datetime) -> dict:
    """Write a backup of ``home`` into the empty or new folder ``out``; returns the manifest.
    Raises BackupError when ``out`` holds files already."""
    if out.exists() and any(out.iterdir()):
        raise BackupError(f"{out} is not empty: give a new folder for each backup")
    (out / "blobs").mkdir(parents=True, exist_ok=True)
    os.chmod(out, 0o700)
    counts: dict[str, int] = {}
    lines: list[bytes] = []
    with home.engine.connect() as connection, connection.begin():
        if connection.dialect.name == "postgresql":  # one snapshot for every table
            connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        for table in Base.metadata.sorted_tables:
            rows = connection.execute(select(*[_stored(c).label(c.name)
                                               for c in table.columns])).mappings()
            counts[table.name] = 0
            for row in rows:
                counts[table.name] += 1
                lines.append(json.dumps({"t": table.name, "r": {
                    k: _to_json(v) for k, v in row.items()}}, ensure_ascii=False).encode())
        shas = [row[0] for row in connection.execute(text("SELECT sha256 FROM blobs"))]
    (out / "database.tlb").write_bytes(encrypt_blob(home.keyring, "database.tlb",
                                                    b"\n".join(lines)))
    (out / "secrets.tlb").write_bytes(encrypt_blob(home.keyring, "secrets.tlb", json.dumps(
        _secret_files(home)).encode()))
    for sha256 in shas:  # write-once: what the snapshot names cannot have changed since
        with (out / "blobs" / sha256).open("wb") as handle:
            for chunk in home.blobs.backend.chunks(sha256):
                handle.write(chunk)
    for path in out.rglob("*"):  # readable by the hotline's account only, like the home
        os.chmod(path, 0o600 if path.is_file() else 0o700)
    files = {path.relative_to(out).as_posix(): _sha256_file(path)
             for path in sorted(out.rglob("*")) if path.is_file()}
    manifest = {"format": FORMAT, "created_at": now.isoformat(), "revision": revision,
                "database": home.engine.dialect.name, "master_key": home.keyring.current,
                "rows": counts, "blobs": len(shas), "files": files}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    os.chmod(out / "manifest.json", 0o600)
    return manifest


def check(folder: Path) -> dict:
    """The backup's manifest, once every file it names is there with its SHA-256. Raises
    BackupError naming the first file missing or changed."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text())
        if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict):
            raise ValueError("no file list")
    except (OSError, ValueError, RecursionError) as error:
        raise BackupError(f"{folder}/manifest.json: not a Tipline backup "
                          f"({type(error).__name__})") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{folder}: format {manifest.get('format')!r}, expected {FORMAT}")
    for name, digest in manifest["files"].items():
        parts = Path(str(name)).parts
        if (Path(str(name)).is_absolute() or ".." in parts or not parts
                or not (parts in (("database.tlb",), ("secrets.tlb",))
                        or (len(parts) == 2 and parts[0] == "blobs"))):
            raise BackupError(f"{folder}: the manifest names {str(name)[:120]!r}, which no "
                              "backup holds")
        if parts[0] == "blobs":
            try:
                checked_name(parts[1])
            except ValueError:
                raise BackupError(f"{folder}: {str(name)[:120]!r} is not a sealed original's "
                                  "name") from None
        path = folder / name
        if path.is_symlink() or not path.is_file():
            raise BackupError(f"{folder}/{name}: missing from the backup")
        if _sha256_file(path) != digest:
            raise BackupError(f"{folder}/{name}: changed since the backup was made")
    return manifest


def _open_file(keyring, path: Path, name: str) -> bytes:
    def chunks():
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                yield chunk
    try:
        return b"".join(decrypt_chunks(keyring, name, chunks()))
    except ValueError as error:
        raise BackupError(f"{path}: cannot be opened with this key file ({error})") from None


def restore(home, folder: Path) -> dict:
    """Load the backup in ``folder`` into ``home``, whose database must hold no case, report
    or user yet (a fresh home); returns the manifest. Raises BackupError."""
    manifest = check(folder)
    if manifest["revision"] != migrate.head_revision(home.engine):
        raise BackupError(f"the backup is at schema {manifest['revision']}, this Tipline at "
                          f"{migrate.head_revision(home.engine)}: restore with the same version, "
                          "then upgrade")
    rows = _open_file(home.keyring, folder / "database.tlb", "database.tlb")
    secrets = json.loads(_open_file(home.keyring, folder / "secrets.tlb", "secrets.tlb"))
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    with home.engine.begin() as connection:
        for name in ("cases", "reports", "users"):
            if connection.execute(select(func.count()).select_from(tables[name])).scalar():
                raise BackupError(f"this home's database already holds {name}: restore into "
                                  "a new TIPLINE_HOME and an empty database")
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())  # the seeded directory and keys are replaced
        raw = {name: sql_table(name, *[sql_column(c.name, String() if isinstance(
            c.type, RAW_TYPES) else c.type) for c in table.columns])
            for name, table in tables.items()}
        batch: dict[str, list] = {}
        for line in rows.split(b"\n") if rows else []:
            try:
                item = json.loads(line)
            except (ValueError, RecursionError):
                raise BackupError(f"{folder}/database.tlb: a row that is not JSON") from None
            batch.setdefault(item["t"], []).append(
                {k: _from_json(v) for k, v in item["r"].items()})
        for name in tables:  # sorted: parents before children
            if batch.get(name):
                connection.execute(insert(raw[name]), batch[name])
        if connection.dialect.name == "postgresql":
            for table in tables.values():
                key = list(table.primary_key.columns)
                if len(key) == 1 and key[0].autoincrement is not False and \
                        key[0].type.python_type is int:
                    connection.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'),"
                        f" COALESCE((SELECT max({key[0].name}) FROM {table.name}), 0) + 1, false)"))
    for name in sorted(manifest["files"]):  # only what the manifest names (checked above)
        if name.startswith("blobs/"):
            home.blobs.backend.write_once(checked_name(name[len("blobs/"):]),
                                          (folder / name).read_bytes())
    for name, content in secrets.items():
        target = (home.settings.audit_anchor_path if name == "audit-anchor.json"
                  else home.settings.secrets_dir / name.removeprefix("secrets/"))
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = target.with_name(target.name + ".restoring")
        temp.write_bytes(base64.b64decode(content))
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    return manifest


def check_key(keyring, folder: Path) -> None:
    """Raise BackupError unless ``keyring`` opens the backup in ``folder`` (checked before
    anything is written into the new home)."""
    manifest = check(folder)
    try:
        _open_file(keyring, folder / "secrets.tlb", "secrets.tlb")
    except BackupError:
        raise BackupError(
            f"{folder}: made under master key {manifest.get('master_key')}, which this key "
            f"file does not hold (it holds {', '.join(keyring.key_ids)}): give the key file "
            "as it was when the backup was made") from None


def install_key(key_file: Path, target: Path) -> None:
    """Put the backup's master key file where the new home reads it (mode 0600). Raises
    BackupError when a different key file is there already."""
    if not key_file.is_file():
        raise BackupError(f"{key_file}: no such key file")
    if target.exists():
        if target.read_bytes() != key_file.read_bytes():
            raise BackupError(f"{target} exists and is another key: restore into a new "
                              "TIPLINE_HOME")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(key_file, target)
    os.chmod(target, 0o600)
