"""The admin commands of ``tipline``: ``evidence verify`` (re-hash sealed blobs), ``audit verify``
(walk the audit hash chain to its anchor), ``audit anchor`` (print the anchor), ``user add`` and
``user reset``, ``user disable`` and ``user enable`` (console accounts), ``platform add``, ``platform list`` and ``platform revoke``
(sites and apps that embed the button). Each lives on its
sub-app here; cli.py adds the sub-apps to the ``tipline`` command, whose output and exit-code
rules they follow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from tipline.cli_common import UserError, _home, _now, _print_json, out, terminal_safe

evidence_app = typer.Typer(help="Sealed evidence.", no_args_is_help=True)
audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)
user_app = typer.Typer(help="Console accounts.", no_args_is_help=True)
platform_app = typer.Typer(help="Platforms that embed the Help button or file reports.",
                           no_args_is_help=True)


@evidence_app.command("verify")
def evidence_verify():
    """Re-hash every sealed blob; exit 1 and print the SHA-256 of each one that no longer
    matches (or is missing)."""
    from tipline.evidence.custody import verify_all
    from tipline.store.db import transaction

    home = _home()
    with transaction(home.sessions) as session:
        result = verify_all(session, home.blobs, actor="cli", at=_now())
    for sha256 in result.mismatched:
        out.print(f"MISMATCH {sha256}")
    for sha256 in result.missing:
        out.print(f"MISSING {sha256}")
    bad = len(result.mismatched) + len(result.missing)
    out.print(f"{result.checked} blobs checked, {bad} failed")
    if bad:
        raise typer.Exit(1)


@audit_app.command("verify")
def audit_verify(
    anchor_file: Annotated[Optional[Path], typer.Option(
        "--anchor", help="an anchor kept elsewhere (from `tipline audit anchor --json`); "
                         "default: the one Tipline keeps beside its data")] = None,
):
    """Walk the hash chain and check it reaches the anchor unchanged; exit 1 at the first
    broken link, or when entries were deleted from the end or the chain was rewritten."""
    from tipline import audit
    from tipline.store.db import transaction

    home = _home()
    path = anchor_file or home.settings.audit_anchor_path
    try:
        anchor = audit.read_anchor(path)
    except audit.AnchorError as exc:
        raise UserError(str(exc)) from None
    if anchor_file is not None and anchor is None:
        raise UserError(f"{anchor_file}: no such anchor file")
    with transaction(home.sessions, write=False) as session:
        check = audit.verify(session, anchor)
    if check.broken_at is not None:
        out.print(f"BROKEN at entry {check.broken_at}: {check.problem}")
        raise typer.Exit(1)
    if anchor is None and check.entries:
        # Without an anchor nobody can tell whether entries were deleted from the end.
        out.print(f"UNANCHORED: {check.entries} entries link, but there is no anchor at {path} to "
                  "show none were deleted from the end; check against a kept copy with --anchor FILE")
        raise typer.Exit(1)
    anchored = f"; reaches the anchor (entry {anchor.entry_id})" if anchor else ""
    out.print(f"audit chain intact: {check.entries} entries{anchored}")


@audit_app.command("anchor")
def audit_anchor(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Print the chain's newest entry (id and hash), to keep somewhere the database's
    administrators cannot write; `tipline audit verify --anchor FILE` checks against it."""
    from tipline import audit
    from tipline.store.db import transaction

    home = _home()
    try:
        kept = audit.read_anchor(home.settings.audit_anchor_path)
    except audit.AnchorError as exc:
        raise UserError(str(exc)) from None
    with transaction(home.sessions, write=False) as session:
        check = audit.verify(session, kept)
        anchor, count = audit.head(session)
    if check.broken_at is not None:  # never hand out a head that would bless tampering
        out.print(f"BROKEN at entry {check.broken_at}: {check.problem}; nothing printed to keep")
        raise typer.Exit(1)
    if anchor is None:
        raise UserError("the audit log is empty: nothing to anchor yet")
    if as_json:
        _print_json(anchor.to_json())
    else:
        out.print(f"entry {anchor.entry_id} of {count}: {anchor.entry_hash}")


@user_app.command("add")
def user_add(
    username: str,
    role: Annotated[str, typer.Option(help="analyst, supervisor, agency_officer or admin")],
    agency: Annotated[Optional[str], typer.Option(help="Agency id (agency officers).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Create a console account; prints its one-time password and TOTP secret."""
    from tipline import audit
    from tipline.auth.accounts import AccountError, create_user
    from tipline.store.db import transaction
    from tipline.store.tables import Agency

    home = _home()
    try:
        with transaction(home.sessions) as session:
            if agency and session.get(Agency, agency) is None:
                raise UserError(f"unknown agency {agency!r}")
            _, password, secret = create_user(session, username=username, role=role,
                                              agency_id=agency, now=_now())
            audit.append(session, actor="cli", action="user.added", at=_now(),
                         detail={"username": username, "role": role, "agency": agency})
    except AccountError as error:
        raise UserError(str(error)) from None
    if as_json:
        _print_json({"username": username, "role": role, "agency": agency,
                     "password": password, "totp_secret": secret})
    else:
        out.print(f"{username} ({role}) created. Shown once:\n  password:    {password}\n"
                  f"  TOTP secret: {secret}")


def _change_account(username: str, change, action: str, said: str) -> None:
    """Apply ``change`` (``tipline.auth.accounts``) to an account, audited as ``action``."""
    from tipline import audit
    from tipline.auth.accounts import AccountError
    from tipline.store.db import transaction

    home = _home()
    try:
        with transaction(home.sessions) as session:
            change(session, username=username)
            audit.append(session, actor="cli", action=action, at=_now(),
                         detail={"username": username})
    except AccountError as exc:
        raise UserError(str(exc)) from None
    out.print(f"account {terminal_safe(username)} {said}")


@user_app.command("disable")
def user_disable(username: str):
    """Disable an account: it cannot sign in again, and its open sessions end at once."""
    from tipline.auth.accounts import disable_user

    _change_account(username, disable_user, "user.disabled",
                    "disabled; its sessions have ended")


@user_app.command("enable")
def user_enable(username: str):
    """Let a disabled account sign in again (audited)."""
    from tipline.auth.accounts import enable_user

    _change_account(username, enable_user, "user.enabled", "enabled")


@user_app.command("reset")
def user_reset(username: str, as_json: Annotated[bool, typer.Option("--json")] = False):
    """Give an account a new one-time password and TOTP secret (ends its sessions)."""
    from tipline import audit
    from tipline.auth.accounts import AccountError, reset_credentials
    from tipline.store.db import transaction

    home = _home()
    try:
        with transaction(home.sessions) as session:
            password, secret = reset_credentials(session, username=username)
            audit.append(session, actor="cli", action="user.reset", at=_now(),
                         detail={"username": username})
    except AccountError as error:
        raise UserError(str(error)) from None
    if as_json:
        _print_json({"username": username, "password": password, "totp_secret": secret})
    else:
        out.print(f"{username}: new credentials. Shown once:\n  password:    {password}\n"
                  f"  TOTP secret: {secret}")


def _platform_json(platform, **secrets: str) -> dict:
    """A platform as ``platform add`` and ``platform list`` print it; ``secrets`` (only from
    ``add``: ``embed_key``) are added to the document."""
    return {"id": platform.id, "name": platform.name, **secrets,
            "webhook_url": platform.webhook_url,
            "created_at": platform.created_at.isoformat(),
            "revoked_at": platform.revoked_at.isoformat() if platform.revoked_at else None}


@platform_app.command("add")
def platform_add(
    name: str,
    platform_id: Annotated[Optional[str], typer.Option(
        "--id", help="Platform id (default: from the name, e.g. 'Demo Games' -> demo-games).")
    ] = None,
    webhook_url: Annotated[Optional[str], typer.Option(
        "--webhook-url", help="Where status changes of its API reports are posted (https).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Add a platform; prints its id, its API key (for the platform API), its webhook secret
    (which signs the webhooks it receives) and its embed key (the HMAC key it signs button
    context with). Shown once: keep them secret, on the platform's servers only."""
    from tipline import audit
    from tipline.cli_platform import checked_webhook_url
    from tipline.embed.platforms import PlatformError, add_platform
    from tipline.platform_api.keys import issue_key, new_webhook_secret
    from tipline.store.db import transaction

    url = checked_webhook_url(webhook_url) if webhook_url else None
    home = _home()
    try:
        with transaction(home.sessions) as session:
            platform = add_platform(session, name=name, platform_id=platform_id, now=_now())
            api_key = issue_key(session, platform.id, _now())
            webhook_secret = new_webhook_secret(session, platform.id)
            platform.webhook_url = url
            audit.append(session, actor="cli", action="platform.added", at=_now(),
                         detail={"platform": platform.id, "key": api_key.split("_")[1],
                                 "webhook_url": url})
            document = _platform_json(platform, api_key=api_key, webhook_secret=webhook_secret,
                                      embed_key=platform.embed_key)
    except PlatformError as error:
        raise UserError(str(error)) from None
    if as_json:
        _print_json(document)
    else:
        out.print(f"platform {document['id']} ({terminal_safe(document['name'])}) added. "
                  "Shown once, keep them secret:\n"
                  f"  API key:        {api_key}  (Authorization: Bearer ...; "
                  "docs/platform-api.md)\n"
                  f"  webhook secret: {webhook_secret}  (checks the Tipline-Signature of "
                  "webhooks)\n"
                  f"  embed key:      {document['embed_key']}  (signs button context; "
                  "docs/embed.md)", markup=False)


@platform_app.command("list")
def platform_list(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Platforms, with when each was added and revoked (keys are not shown)."""
    from tipline.embed.platforms import list_platforms
    from tipline.store.db import transaction

    home = _home()
    with transaction(home.sessions, write=False) as session:
        rows = [_platform_json(p) for p in list_platforms(session)]
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        state = f"revoked {row['revoked_at'][:16]}" if row["revoked_at"] else "active"
        hook = f"  webhooks to {terminal_safe(row['webhook_url'])}" if row["webhook_url"] else ""
        out.print(f"{row['id']}  {terminal_safe(row['name'])}  added {row['created_at'][:16]}  "
                  f"{state}{hook}", markup=False)


@platform_app.command("revoke")
def platform_revoke(platform_id: str, as_json: Annotated[bool, typer.Option("--json")] = False):
    """Stop accepting context signed with a platform's key (reports already made keep their
    verdict)."""
    from tipline import audit
    from tipline.embed.platforms import PlatformError, revoke_platform
    from tipline.store.db import transaction

    home = _home()
    try:
        with transaction(home.sessions) as session:
            platform = revoke_platform(session, platform_id, _now())
            audit.append(session, actor="cli", action="platform.revoked", at=_now(),
                         detail={"platform": platform.id})
            document = _platform_json(platform)
    except PlatformError as error:
        raise UserError(str(error)) from None
    if as_json:
        _print_json(document)
    else:
        out.print(f"platform {document['id']} revoked", markup=False)
