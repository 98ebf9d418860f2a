"""The platform API's commands: ``platform key add|rotate|revoke|list``, ``platform webhook``
(URL and secret), ``platform expire``, ``webhooks deliver|log``, and the hash lists of known
material: ``hashlist import|list|remove|match``. cli.py adds the sub-apps."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional
from urllib.parse import urlsplit

import typer
from rich.table import Table
from rich.text import Text

from tipline.cli_admin import platform_app
from tipline.cli_common import UserError, _home, _now, _print_json, out, terminal_safe

key_app = typer.Typer(help="API keys of a platform.", no_args_is_help=True)
webhooks_app = typer.Typer(help="Webhooks to platforms: deliver due ones, read the log.",
                           no_args_is_help=True)
hashlist_app = typer.Typer(help="Hash lists of known material (MD5, SHA-1, SHA-256, PDQ).",
                           no_args_is_help=True)
platform_app.add_typer(key_app, name="key")


def checked_webhook_url(url: str) -> str:
    """An http(s) URL with a host, at most 2,000 characters; raises UserError otherwise.
    (Set by an administrator only, never through the API: a URL the server posts to must not
    be chosen by whoever holds a key.)"""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname or len(url) > 2000:
        raise UserError(f"not a webhook URL: {url[:200]!r} (give https://host/path)")
    return url.strip()


def _audit(session, action: str, **detail) -> None:
    from tipline import audit

    audit.append(session, actor="cli", action=action, at=_now(), detail=detail)


@key_app.command("add")
def key_add(platform_id: str,
            scope: Annotated[Optional[list[str]], typer.Option(
                "--scope", help="reports:write, reports:read, webhooks (default: all)")] = None,
            as_json: Annotated[bool, typer.Option("--json")] = False):
    """Issue another API key for a platform (shown once)."""
    from tipline.platform_api.keys import SCOPES, ApiKeyError, issue_key
    from tipline.store.db import transaction

    home = _home()
    try:
        with transaction(home.sessions) as session:
            key = issue_key(session, platform_id, _now(), tuple(scope or SCOPES))
            _audit(session, "platform.key_added", platform=platform_id, key=key.split("_")[1])
    except ApiKeyError as error:
        raise UserError(str(error)) from None
    _print_json({"platform": platform_id, "api_key": key}) if as_json else out.print(
        f"API key (shown once): {key}", markup=False)


@key_app.command("rotate")
def key_rotate(key_id: str,
               grace_hours: Annotated[float, typer.Option(
                   "--grace-hours", min=0, help="how long the old key keeps working")] = 24.0,
               as_json: Annotated[bool, typer.Option("--json")] = False):
    """Issue a new key with the same scopes; the old one works for the grace period."""
    from datetime import timedelta

    from tipline.platform_api.keys import ApiKeyError, rotate_key
    from tipline.store.db import transaction

    home = _home()
    try:
        with transaction(home.sessions) as session:
            key, until = rotate_key(session, key_id, _now(), timedelta(hours=grace_hours))
            _audit(session, "platform.key_rotated", key=key_id, new_key=key.split("_")[1],
                   old_key_until=until.isoformat())
    except ApiKeyError as error:
        raise UserError(str(error)) from None
    if as_json:
        _print_json({"api_key": key, "old_key": key_id, "old_key_until": until.isoformat()})
    else:
        out.print(f"new API key (shown once): {key}\n{key_id} stops at {until:%Y-%m-%d %H:%M} "
                  "UTC", markup=False)


@key_app.command("revoke")
def key_revoke(key_id: str):
    """Stop a key at once."""
    from tipline.platform_api.keys import ApiKeyError, revoke_key
    from tipline.store.db import transaction

    home = _home()
    try:
        with transaction(home.sessions) as session:
            revoke_key(session, key_id, _now())
            _audit(session, "platform.key_revoked", key=key_id)
    except ApiKeyError as error:
        raise UserError(str(error)) from None
    out.print(f"key {key_id} revoked", markup=False)


@key_app.command("list")
def key_list(platform_id: str, as_json: Annotated[bool, typer.Option("--json")] = False):
    """A platform's keys (ids, scopes, when they stop; never the secrets)."""
    from tipline.platform_api.keys import keys_of
    from tipline.store.db import transaction

    home = _home()
    with transaction(home.sessions, write=False) as session:
        rows = [{"id": k.id, "scopes": k.scopes, "created_at": k.created_at.isoformat(),
                 "expires_at": k.expires_at.isoformat() if k.expires_at else None,
                 "revoked_at": k.revoked_at.isoformat() if k.revoked_at else None}
                for k in keys_of(session, platform_id)]
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        state = "revoked" if row["revoked_at"] else (
            f"until {row['expires_at'][:16]}" if row["expires_at"] else "active")
        out.print(f"{row['id']}  {' '.join(row['scopes'])}  {state}", markup=False)


@platform_app.command("webhook")
def platform_webhook(platform_id: str,
                     url: Annotated[Optional[str], typer.Argument(
                         help="where to post status changes; omit to keep it")] = None,
                     new_secret: Annotated[bool, typer.Option(
                         "--new-secret", help="issue a new webhook secret (shown once)")] = False,
                     clear: Annotated[bool, typer.Option("--clear", help="stop webhooks")] = False):
    """Set where a platform's webhooks go, or give it a new signing secret."""
    from tipline.platform_api.keys import ApiKeyError, new_webhook_secret
    from tipline.store.db import transaction
    from tipline.store.tables import Platform

    checked = checked_webhook_url(url) if url else None
    home = _home()
    with transaction(home.sessions) as session:
        platform = session.get(Platform, platform_id)
        if platform is None:
            raise UserError(f"no platform {platform_id!r}")
        if checked or clear:
            platform.webhook_url = None if clear else checked
        secret = None
        if new_secret or (platform.webhook_url and not platform.webhook_secret):
            try:
                secret = new_webhook_secret(session, platform_id)
            except ApiKeyError as error:
                raise UserError(str(error)) from None
        _audit(session, "platform.webhook_set", platform=platform_id,
               url=platform.webhook_url, new_secret=secret is not None)
        url_now = platform.webhook_url
    out.print(f"{platform_id}: webhooks {'to ' + url_now if url_now else 'off'}", markup=False)
    if secret:
        out.print(f"  webhook secret (shown once): {secret}", markup=False)


@platform_app.command("expire")
def platform_expire():
    """Expire every open platform report past its time (the server does this by itself)."""
    from tipline.platform_api.lifecycle import expire_due

    expired = expire_due(_home(), _now())
    out.print(f"{len(expired)} report(s) expired", markup=False)


@webhooks_app.command("deliver")
def webhooks_deliver():
    """Post every due webhook once (the server does this every few seconds by itself)."""
    from tipline.platform_api.webhooks import deliver_due

    counts = deliver_due(_home(), _now())
    out.print(", ".join(f"{v} {k}" for k, v in counts.items()), markup=False)


@webhooks_app.command("log")
def webhooks_log(platform_id: str, limit: Annotated[int, typer.Option(min=1)] = 50,
                 as_json: Annotated[bool, typer.Option("--json")] = False):
    """A platform's newest webhook deliveries and their tries."""
    from tipline.platform_api.webhooks import delivery_log
    from tipline.store.db import transaction

    home = _home()
    with transaction(home.sessions, write=False) as session:
        rows = delivery_log(session, platform_id, limit)
    if as_json:
        _print_json(rows)
        return
    table = Table("id", "report", "status", "tries", "last error")
    for row in rows:
        table.add_row(str(row["deliveryId"]), Text(terminal_safe(row["payload"].get("reportId", ""))),
                      Text(f"{row['payload'].get('status')} ({row['status']})"),
                      str(row["attempts"]), Text(terminal_safe(row["lastError"])))
    out.print(table)


@hashlist_app.command("import")
def hashlist_import(
    file: Path,
    name: Annotated[str, typer.Option(help="the list's name (loading again replaces it)")],
    label: Annotated[str, typer.Option(help="what a match is shown as, e.g. 'known CSAM (NCMEC)'")],
    fmt: Annotated[str, typer.Option("--format", help="csv, te or te-json")] = "csv",
    kind: Annotated[Optional[str], typer.Option(
        help="md5, sha1, sha256 or pdq, for rows that do not say")] = None,
    source: Annotated[str, typer.Option(help="where the list came from")] = "",
):
    """Load a hash list of known material from CSV or a ThreatExchange format.

    csv: a header naming the hash column (hash, signal, value or indicator) and optionally a
    type column (type, signal_type or kind); te: lines of '<signal_type> <signal>'; te-json:
    ThreatExchange descriptors. 64-character hashes need a type or --kind (sha256 or pdq).
    See docs/platform-api.md, section 9."""
    from tipline.known.lists import HashListError, load_list, parse_list, read_list_file
    from tipline.store.db import transaction

    try:
        pairs = parse_list(read_list_file(file), fmt, kind=kind, source=str(file))
        home = _home()
        with transaction(home.sessions) as session:
            row = load_list(session, name=name, label=label, pairs=pairs, fmt=fmt,
                            source=source or str(file), actor="cli", now=_now())
            _audit(session, "hashlist.loaded", name=name, entries=len(pairs), format=fmt)
    except HashListError as error:
        raise UserError(str(error)) from None
    kinds = {}
    for k, _ in pairs:
        kinds[k] = kinds.get(k, 0) + 1
    out.print(f"{row.name}: {len(pairs)} hashes loaded ("
              + ", ".join(f"{v} {k}" for k, v in sorted(kinds.items())) + ")", markup=False)
    out.print("Files sealed before now are matched against it by the next re-match sweep "
              "(tipline serve or tipline worker), or at once by `tipline hashlist rematch`.")


@hashlist_app.command("rematch")
def hashlist_rematch(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Match the files already sealed against every list loaded since they were last matched:
    new matches are recorded and their cases marked known_material (audited)."""
    from tipline.known.rematch import rematch_pending

    found = rematch_pending(_home(), _now())
    if as_json:
        _print_json({"new_matches": found})
        return
    if not found:
        out.print("No list waits to be matched.")
    for name, count in found.items():
        out.print(f"{name}: {count} new match(es) among the files already sealed", markup=False)


@hashlist_app.command("list")
def hashlist_list(as_json: Annotated[bool, typer.Option("--json")] = False):
    """The loaded lists."""
    from tipline.known.lists import lists
    from tipline.store.db import transaction

    home = _home()
    with transaction(home.sessions, write=False) as session:
        rows = [{"name": r.name, "label": r.label, "entries": r.entries, "format": r.format,
                 "source": r.source, "loaded_at": r.loaded_at.isoformat()}
                for r in lists(session)]
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        out.print(f"{row['name']}  {row['entries']} hashes  {terminal_safe(row['label'])}  "
                  f"loaded {row['loaded_at'][:16]}", markup=False)


@hashlist_app.command("remove")
def hashlist_remove(name: str):
    """Remove a list's hashes (matches already recorded keep their label)."""
    from tipline.known.lists import HashListError, remove_list
    from tipline.store.db import transaction

    home = _home()
    try:
        with transaction(home.sessions) as session:
            remove_list(session, name)
            _audit(session, "hashlist.removed", name=name)
    except HashListError as error:
        raise UserError(str(error)) from None
    out.print(f"{name}: removed", markup=False)


@hashlist_app.command("match")
def hashlist_match(file: Path, as_json: Annotated[bool, typer.Option("--json")] = False):
    """Hash a file and look it up in the lists (nothing is stored)."""
    from tipline.known.hashing import hashes_of
    from tipline.known.match import find_matches
    from tipline.store.db import transaction

    try:
        data = file.read_bytes()
    except OSError as error:
        raise UserError(f"{file}: {error.strerror}") from None
    hashes = hashes_of(data)
    home = _home()
    with transaction(home.sessions, write=False) as session:
        found = find_matches(session, hashes, home.settings.pdq_match_distance)
    document = {"md5": hashes.md5, "sha1": hashes.sha1, "sha256": hashes.sha256,
                "pdq": hashes.pdq, "pdq_quality": hashes.pdq_quality, "matches": found}
    if as_json:
        _print_json(document)
        return
    out.print(f"md5    {hashes.md5}\nsha1   {hashes.sha1}\nsha256 {hashes.sha256}\n"
              f"pdq    {hashes.pdq or '(not an image)'}", markup=False)
    for match in found:
        out.print(f"KNOWN  {terminal_safe(match['label'])} ({match['kind']}, distance "
                  f"{match['distance']})", markup=False)
    if not found:
        out.print("no list matches", markup=False)
