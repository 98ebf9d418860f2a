"""``tipline referral`` and ``tipline keys``: signed referral packages and the hotline's signing
keys (issue 7, item 5).

- ``tipline referral build CASE --agency ID --out DIR``: write and sign the package.
- ``tipline referral verify DIR [--keys FILE]``: check it; exit 1 naming the first problem.
  Without ``--keys`` the key ring of this home is used; an agency gives the hotline's
  published ring (``/.well-known/tipline-keys.json``).
- ``tipline keys public``: the key ring as published.
- ``tipline keys rotate-signing``: a new signing key; packages signed before still verify.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from tipline.cli_common import UserError, _home, _now, _print_json, err, out

referral_app = typer.Typer(help="Signed referral packages for agencies.", no_args_is_help=True)
keys_app = typer.Typer(help="The hotline's keys: the master key that encrypts data at rest, and the keys that sign referral packages.", no_args_is_help=True)


@referral_app.command("build")
def referral_build(
    case_code: str,
    agency: Annotated[str, typer.Option("--agency", help="The agency's id (`tipline agencies`).")],
    out_dir: Annotated[Path, typer.Option("--out", help="A new or empty folder.")],
    reason: Annotated[Optional[str], typer.Option("--reason", help="Why, when routing does not "
                                                  "name this agency (required then; audited).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Write the referral package of a case for an agency, signed with the hotline's key. An
    agency that routing (`tipline route`) does not name needs --reason."""
    from tipline.casework import CaseNotFound, find_case, referred_elsewhere
    from tipline.routing.package import PackageError, build_package
    from tipline.routing.route import route_case
    from tipline.store.db import transaction
    from tipline.store.tables import Agency

    home = _home()
    try:
        with transaction(home.sessions) as session:
            try:
                case = find_case(session, None, case_code, for_update=True)
            except CaseNotFound:
                raise UserError(f"no case {case_code!r} in TIPLINE_HOME="
                                f"{home.settings.resolved_home}") from None
            target = session.get(Agency, agency.strip())
            if target is None or not target.active:
                raise UserError(f"no agency {agency!r} in the directory (see `tipline agencies`)")
            built = build_package(session, home, case, target, route_case(session, case),
                                  referred_elsewhere(session, case), out=out_dir, actor="cli",
                                  now=_now(), reason=reason)
    except PackageError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"cannot write {out_dir}: {error.strerror or error}") from None
    summary = {"folder": str(built.folder), "manifest_sha256": built.manifest_sha256,
               "key_id": built.key_id, "files": len(built.manifest["files"]),
               "child_details": built.manifest["child_details"]}
    if as_json:
        _print_json(summary)
    else:
        out.print(f"package written to {built.folder} ({summary['files']} files, child's details "
                  f"{summary['child_details']}), signed with key {built.key_id}", markup=False)


def _keys_from(path: Optional[Path]):
    from tipline.routing import signing

    if path is None:
        return _home().signing.public_keys()
    try:
        if not path.is_file():
            raise UserError(f"{path} is not a file")
        if path.stat().st_size > 1024 * 1024:
            raise UserError(f"{path} is larger than a key ring can be (1 MiB)")
        return signing.parse_ring(json.loads(path.read_text("utf-8")))
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from None
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise UserError(f"{path}: not JSON: {str(error)[:200]}") from None
    except signing.SigningError as error:
        raise UserError(f"{path}: {error}") from None


@referral_app.command("verify")
def referral_verify(
    folder: Path,
    keys: Annotated[Optional[Path], typer.Option("--keys", help="The hotline's key ring "
                                                 "(tipline-keys.json); default: this home's.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Check a package: signature, every file's SHA-256, nothing missing, nothing unlisted.
    Exit 1 naming the first problem."""
    from tipline.routing.package import verify_package

    result = verify_package(folder, _keys_from(keys))
    if as_json:
        _print_json({"ok": result.ok, "problem": result.problem, "key_id": result.key_id,
                     "key_retired_at": result.key_retired_at, "files": result.files})
    elif result.ok:
        retired = (f" (a key retired on {result.key_retired_at[:10]}: check the package was "
                   "built before then)" if result.key_retired_at else "")
        out.print(f"package intact: {result.files} files match the manifest, signed with key "
                  f"{result.key_id}{retired}", markup=False)
    else:
        err.print(f"package NOT intact: {result.problem}", markup=False)
    if not result.ok:
        raise typer.Exit(1)


@keys_app.command("public")
def keys_public():
    """The hotline's public signing keys, as /.well-known/tipline-keys.json publishes them."""
    home = _home()
    home.signing.ensure(_now())
    _print_json(home.signing.document())


@keys_app.command("rotate-signing")
def keys_rotate_signing(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Make a new signing key; the old one is retired (it still verifies) and its private key
    deleted."""
    from tipline import audit
    from tipline.store.db import transaction

    home = _home()
    home.signing.ensure(_now())
    fresh = home.signing.rotate(_now())
    with transaction(home.sessions) as session:
        audit.append(session, actor="cli", action="keys.signing_rotated", at=_now(),
                     detail={"key_id": fresh.key_id})
    if as_json:
        _print_json(fresh.as_json())
    else:
        out.print(f"signing key {fresh.key_id} in force; older keys still verify", markup=False)


preservation_app = typer.Typer(help="Preservation requests to platforms.", no_args_is_help=True)


def _case_for_update(session, home, case_code: str):
    from tipline.casework import CaseNotFound, find_case

    try:
        return find_case(session, None, case_code, for_update=True)
    except CaseNotFound:
        raise UserError(f"no case {case_code!r} in TIPLINE_HOME={home.settings.resolved_home}") from None


@preservation_app.command("letter")
def preservation_letter(
    case_code: str,
    platform: Annotated[str, typer.Option("--platform", help="The platform to ask (e.g. snapchat).")],
    account: Annotated[str, typer.Option("--account", help="The account on it.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for letter.txt and letter.pdf.")],
    agency: Annotated[Optional[str], typer.Option("--agency", help="Whose legal basis to cite "
                                                  "(default: the case's referral, else routing).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Draft a preservation letter (text and PDF) naming the accounts, the dates and the legal
    basis from the agency directory; record it (not yet sent)."""
    from tipline.routing import preservation
    from tipline.routing.route import route_case
    from tipline.store.db import transaction
    from tipline.store.tables import Agency, Referral
    from sqlalchemy import select

    home = _home()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with transaction(home.sessions) as session:
            case = _case_for_update(session, home, case_code)
            on_behalf = agency is not None
            if agency is None:
                agency = session.scalar(select(Referral.agency_id).where(
                    Referral.case_id == case.id).order_by(Referral.id.desc()).limit(1))
                on_behalf = agency is not None  # routing lends its legal basis, not its name
                routed = route_case(session, case)["agencies"]
                agency = agency or (routed[0]["id"] if routed else None)
            target = session.get(Agency, agency) if agency else None
            if agency and target is None:
                raise UserError(f"no agency {agency!r} in the directory (see `tipline agencies`)")
            request, text = preservation.draft(
                session, case, platform=platform, account=account, agency=target,
                hotline=home.settings.hotline_name, contact=home.settings.hotline_contact,
                actor="cli", now=_now(), on_behalf=on_behalf)
            stem = out_dir / f"preservation-{case.case_code}-{request.id}"
            stem.with_suffix(".txt").write_text(text, "utf-8")
            preservation.letter_pdf(text, stem.with_suffix(".pdf"))
            summary = {"request": request.id, "letter_sha256": request.letter_sha256,
                       "accounts": request.accounts, "agency": request.agency_id,
                       "text": str(stem.with_suffix(".txt")), "pdf": str(stem.with_suffix(".pdf"))}
    except preservation.PreservationError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"cannot write {out_dir}: {error.strerror or error}") from None
    if not home.settings.hotline_contact:
        err.print("note: TIPLINE_HOTLINE_CONTACT is not set, so the letter gives the platform "
                  "no address to reply to", markup=False)
    if as_json:
        _print_json(summary)
    else:
        out.print(f"preservation request {summary['request']} drafted: {summary['text']} and "
                  f"{summary['pdf']} (record it as sent with `tipline preservation sent`)",
                  markup=False)


@preservation_app.command("list")
def preservation_list(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Every preservation request: case, platform, accounts, drafted or sent, and when the
    platform's 90 days run out (counted from sending)."""
    from datetime import timedelta

    from sqlalchemy import select

    from tipline.routing.preservation import RETENTION_DAYS
    from tipline.store.db import transaction
    from tipline.store.tables import Case, PreservationRequest

    home = _home()
    with transaction(home.sessions, write=False) as session:
        rows = [{
            "request": r.id, "case_code": code, "platform": r.platform,
            "accounts": [a["value"] for a in (r.accounts or [])] or [r.account],
            "status": r.status, "drafted_at": r.created_at.isoformat(),
            "sent_at": r.sent_at.isoformat() if r.sent_at else None, "sent_via": r.sent_via,
            "kept_until": (r.sent_at + timedelta(days=RETENTION_DAYS)).date().isoformat()
            if r.sent_at else None,
        } for r, code in session.execute(select(PreservationRequest, Case.case_code)
                                         .join(Case, Case.id == PreservationRequest.case_id)
                                         .order_by(PreservationRequest.id))]
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        state = (f"sent {row['sent_at'][:10]}, kept until {row['kept_until']}"
                 if row["status"] == "sent" else "drafted, not sent")
        out.print(f"{row['request']}  {row['case_code']}  {row['platform']}: "
                  f"{', '.join(row['accounts'])} ({state})", markup=False)


@preservation_app.command("sent")
def preservation_sent(
    case_code: str,
    request_id: int,
    via: Annotated[str, typer.Option("--via", help="How: e-mail address, portal, post.")],
):
    """Record that a preservation letter was sent, and how."""
    from tipline.routing import preservation
    from tipline.store.db import transaction
    from tipline.store.tables import PreservationRequest

    home = _home()
    try:
        with transaction(home.sessions) as session:
            case = _case_for_update(session, home, case_code)
            request = session.get(PreservationRequest, request_id)
            if request is None or request.case_id != case.id:
                raise UserError(f"no preservation request {request_id} on case {case.case_code}")
            preservation.mark_sent(session, request, via=via, actor="cli", now=_now())
    except preservation.PreservationError as error:
        raise UserError(str(error)) from None
    out.print(f"preservation request {request_id} recorded as sent ({via.strip()[:200]})",
              markup=False)


cybertip_app = typer.Typer(help="Reports to the NCMEC CyberTipline (US electronic service "
                           "providers).", no_args_is_help=True)


@cybertip_app.command("xml")
def cybertip_xml_command(
    case_code: str,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for report.xml and one "
                                          "file details document per evidence file.")],
):
    """Write the CyberTipline report XML and file details of a case, without sending them."""
    from tipline.routing.cybertip import export_documents
    from tipline.routing.cybertip_xml import CyberTipExportError, file_details_xml
    from tipline.store.db import transaction

    home = _home()
    try:
        with transaction(home.sessions, write=False) as session:
            case = _case_for_update(session, home, case_code)
            xml, files = export_documents(session, case,
                                          reporter_email=home.settings.cybertip_reporter_email)
            out_dir.mkdir(parents=True, exist_ok=True)
            (out_dir / "report.xml").write_bytes(xml)
            for number, (_attachment, item) in enumerate(files, 1):
                (out_dir / f"file-{number:03d}.xml").write_bytes(
                    file_details_xml("REPORT_ID", "FILE_ID", item))
    except CyberTipExportError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"cannot write {out_dir}: {error.strerror or error}") from None
    out.print(f"wrote {out_dir / 'report.xml'} and {len(files)} file details document(s) "
              "(REPORT_ID and FILE_ID are filled in when filing)", markup=False)


@cybertip_app.command("file")
def cybertip_file_command(case_code: str, as_json: Annotated[bool, typer.Option("--json")] = False):
    """File a case with the CyberTipline (TIPLINE_CYBERTIP_URL, _USERNAME, _PASSWORD,
    _REPORTER_EMAIL): submit, upload each evidence file with its details, finish. A failure
    after submit retracts the report."""
    from tipline.routing.cybertip import CyberTipClient, CyberTipError, file_case
    from tipline.routing.cybertip_xml import CyberTipExportError
    from tipline.store.db import transaction

    home = _home()
    settings = home.settings
    if not (settings.cybertip_username and settings.cybertip_password):
        raise UserError("set TIPLINE_CYBERTIP_USERNAME and TIPLINE_CYBERTIP_PASSWORD (NCMEC "
                        "issues them to registered providers)")
    client = CyberTipClient(settings.cybertip_url, settings.cybertip_username,
                            settings.cybertip_password)
    try:
        with transaction(home.sessions) as session:
            case = _case_for_update(session, home, case_code)
            filed = file_case(session, home, case, client,
                              reporter_email=settings.cybertip_reporter_email, actor="cli",
                              now=_now())
    except (CyberTipError, CyberTipExportError) as error:
        raise UserError(str(error)) from None
    finally:
        client.close()
    if as_json:
        _print_json(filed)
    else:
        out.print(f"CyberTipline report {filed['report_id']} filed with "
                  f"{len(filed['files'])} file(s)", markup=False)


@keys_app.command("rotate")
def keys_rotate(wait: Annotated[float, typer.Option(
                    min=0, help="Seconds to let running servers and workers notice the new "
                                "key before re-wrapping (they re-read the key file every 5).")] = 6,
                as_json: Annotated[bool, typer.Option("--json")] = False):
    """Rotate the master key that encrypts data at rest: add a new key, re-wrap every value and
    blob under it while everything keeps running, then retire the old key. Audited."""
    from tipline import audit
    from tipline.crypto.rotate import rotate
    from tipline.store.db import transaction

    home = _home()
    try:
        done = rotate(home, wait=wait)
    except RuntimeError as error:
        raise UserError(str(error)) from None
    with transaction(home.sessions) as session:
        audit.append(session, actor="cli", action="keys.master_rotated", at=_now(),
                     detail={"new_key": done.new_key, "retired": done.retired,
                             "values": done.values, "blobs": done.blobs})
    document = {"new_key": done.new_key, "retired": done.retired, "values": done.values,
                "blobs": done.blobs, "passes": done.passes}
    if as_json:
        _print_json(document)
    else:
        out.print(f"master key {done.new_key} in force: {done.values} values and {done.blobs} "
                  f"blobs re-wrapped; retired {', '.join(done.retired) or 'none'}", markup=False)
