"""The ``tipline`` command.

With ``--json`` standard output holds only the JSON document (``score``: only JSON lines);
progress, notices and one-time secrets go to standard error. Every command opens (and, if
empty, initialises) ``TIPLINE_HOME`` by itself. Cases are named by their ``case_code``.
Exit codes: 0 ok, 1 a check failed (verify), 2 bad input, 70 internal error.

The admin commands (``evidence``, ``audit``, ``user``, ``platform``) are in cli_admin.py; what every command
shares (consoles, ``UserError``, opening the home, JSON output) is in cli_common.py.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from tipline.cli_admin import (  # noqa: F401 - the admin commands stay importable from here
    audit_app,
    audit_verify,
    evidence_app,
    evidence_verify,
    platform_app,
    user_add,
    user_app,
    user_reset,
)
from tipline.cli_link import clusters_app
from tipline.cli_platform import hashlist_app, webhooks_app
from tipline.cli_refer import cybertip_app, keys_app, preservation_app, referral_app
from tipline.cli_route import agencies_app, route_command
from tipline.cli_common import (
    UserError,
    _home,
    _now,
    _print_json,
    _validation_message,
    err,
    out,
    terminal_safe,
)

app = typer.Typer(
    help="Tipline: the Help button and the hotline back office.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(evidence_app, name="evidence")
app.add_typer(audit_app, name="audit")
app.add_typer(user_app, name="user")
app.add_typer(platform_app, name="platform")
app.add_typer(clusters_app, name="clusters")
app.add_typer(agencies_app, name="agencies")
app.command("route")(route_command)
app.add_typer(referral_app, name="referral")
app.add_typer(keys_app, name="keys")
app.add_typer(preservation_app, name="preservation")
app.add_typer(cybertip_app, name="cybertip")
app.add_typer(webhooks_app, name="webhooks")
app.add_typer(hashlist_app, name="hashlist")


@app.command()
def init(demo: Annotated[bool, typer.Option(help="Add a demo analyst (printing its password "
                                            "and TOTP secret once) and the demo platform "
                                            "that /demo/embed signs context for.")] = False):
    """Set up TIPLINE_HOME (database, blob folder, keys, agency directory). Safe to run twice."""
    from sqlalchemy import select

    from tipline.auth.accounts import create_user
    from tipline.embed.platforms import DEMO_PLATFORM_ID, add_platform
    from tipline.store.db import transaction
    from tipline.store.tables import Platform, User

    home = _home()
    out.print(f"Tipline home: {home.settings.resolved_home}")
    out.print(f"Database: {home.engine.url.render_as_string(hide_password=True)}")
    if demo:
        with transaction(home.sessions) as session:
            if session.get(Platform, DEMO_PLATFORM_ID) is None:
                add_platform(session, name="Demo game community", platform_id=DEMO_PLATFORM_ID,
                             now=_now())
                out.print("Demo platform 'demo' created (/demo/embed signs context with it).")
        with transaction(home.sessions) as session:
            if session.scalar(select(User).where(User.username == "demo-analyst")):
                out.print("Demo analyst 'demo-analyst' already exists (its password was "
                          "printed when it was created; `tipline user reset demo-analyst` "
                          "issues new credentials).")
                return
            _, password, secret = create_user(session, username="demo-analyst",
                                              role="analyst", now=_now())
        out.print("Demo analyst created. Shown once; keep them now:")
        out.print(f"  username:    demo-analyst\n  password:    {password}\n"
                  f"  TOTP secret: {secret}  (add it to an authenticator app)")


@app.command()
def serve(host: Annotated[str, typer.Option()] = "127.0.0.1",
          port: Annotated[int, typer.Option()] = 8000,
          workers: Annotated[int, typer.Option(
              min=1, help="Web processes (each opens TIPLINE_HOME itself; with SQLite they "
                          "share its one write lock, so more help most on PostgreSQL).")] = 1):
    """Serve the Help pages, the API and the console."""
    import uvicorn

    from tipline.web.app import create_app

    from tipline.ops import logs

    home = _home()
    logs.configure(home.settings.log_format)
    logs.say(f"Tipline starting on http://{host}:{port}/help (console: /console); ready "
             "when /readyz answers 200", home.settings.log_format)
    if workers > 1:
        # The processes share their counters through files (prometheus_client's
        # multiprocess mode), fresh for each start.
        shared = home.settings.resolved_home / "run" / "metrics"
        shutil.rmtree(shared, ignore_errors=True)
        shared.mkdir(parents=True, mode=0o700)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(shared)
        home.close()
        uvicorn.run("tipline.web.app:app_from_environment", factory=True, workers=workers,
                    host=host, port=port, log_level="warning", server_header=False,
                    log_config=None)
        return
    uvicorn.run(create_app(home), host=host, port=port, log_level="warning",
                server_header=False, log_config=None)


@app.command()
def worker(concurrency: Annotated[int, typer.Option(
               min=1, max=64, help="Jobs this process runs at once (each in a thread).")] = 2,
           burst: Annotated[bool, typer.Option(
               "--burst", help="Stop once the queue is empty instead of waiting for "
                               "more.")] = False):
    """Run background work from the PostgreSQL task queue (TIPLINE_TASK_QUEUE=procrastinate):
    webhook deliveries, escalations, on-call notices, hash-list re-matching. Start as many as
    needed, on any machine that reaches the database; SIGTERM lets the jobs in hand finish."""
    from tipline.jobs.queue import PROCRASTINATE, run_worker
    from tipline.ops import logs

    home = _home()
    if home.settings.task_queue != PROCRASTINATE:
        home.close()
        raise UserError("tipline worker runs the PostgreSQL task queue: set "
                        "TIPLINE_TASK_QUEUE=procrastinate (and TIPLINE_DATABASE_URL); with "
                        "the inline queue, tipline serve does the background work itself")
    logs.configure(home.settings.log_format)
    logs.say(f"Tipline worker: {concurrency} at once"
             f"{' until the queue is empty' if burst else ''}", home.settings.log_format)
    try:
        run_worker(home, concurrency=concurrency, wait=not burst)
    finally:
        home.close()


@app.command()
def purge(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Delete, beyond recovery, what the retention schedule says is due: closed cases past
    their time (unless on legal hold), the sealed originals no case holds any more, old sign-in
    and webhook logs. Each purged case is an audit entry. tipline serve or tipline worker runs
    this every TIPLINE_PURGE_CHECK_SECONDS too."""
    from tipline.retention import purge_due

    result = purge_due(_home(), _now(), actor="cli")
    document = {"cases": result.cases, "blobs": result.blobs,
                "blobs_still_locked": result.blobs_locked, "log_rows": result.log_rows}
    if as_json:
        _print_json(document)
        return
    out.print(f"{len(result.cases)} case(s) purged, {result.blobs} sealed original(s) deleted"
              + (f" ({result.blobs_locked} still under object lock: next run)"
                 if result.blobs_locked else "") + f", {result.log_rows} log row(s)")


@app.command()
def backup(out_dir: Annotated[Path, typer.Option("--out", help="A new, empty folder.")],
           as_json: Annotated[bool, typer.Option("--json")] = False):
    """Write a consistent, encrypted snapshot of the database, the sealed originals and the
    home's secrets into a new folder. The master key file is NOT in it: keep it elsewhere;
    `tipline restore DIR --key-file FILE` needs it."""
    from tipline.backup import BackupError
    from tipline.backup import backup as make_backup

    home = _home()
    try:
        manifest = make_backup(home, out_dir, _now())
    except (BackupError, OSError) as error:
        raise UserError(str(error)) from None
    if as_json:
        _print_json(manifest)
        return
    out.print(f"backup in {out_dir}: {sum(manifest['rows'].values())} rows, "
              f"{manifest['blobs']} sealed originals (encrypted under master key "
              f"{manifest['master_key']}; the key file is not in the backup)", markup=False)


@app.command()
def restore(folder: Path,
            key_file: Annotated[Path, typer.Option(help="The master key file the backup was "
                                                        "made with.")]):
    """Restore a backup into this TIPLINE_HOME, whose database must be new and empty; the key
    file becomes its master key. Check with `tipline evidence verify` and `tipline audit
    verify` afterwards."""
    from tipline.backup import BackupError, check_key, install_key
    from tipline.backup import restore as load_backup
    from tipline.crypto.keyring import Keyring, Kms, MasterKeyError
    from tipline.settings import Settings

    try:
        settings = Settings()
        check_key(Keyring(key_file, Kms(settings.master_key_kms_key_id,
                                        endpoint_url=settings.kms_endpoint_url,
                                        region=settings.kms_region)
                          if settings.master_key_kms_key_id else None), folder)
        install_key(key_file, settings.master_key_path)
        home = _home()
        manifest = load_backup(home, folder)
    except (BackupError, MasterKeyError) as error:
        raise UserError(str(error)) from None
    out.print(f"restored the backup of {manifest['created_at']}: "
              f"{sum(manifest['rows'].values())} rows, {manifest['blobs']} sealed originals",
              markup=False)


@app.command()
def hold(case_code: str,
         reason: Annotated[str, typer.Option(help="The order or request behind it.")],
         release: Annotated[bool, typer.Option("--release", help="End the hold.")] = False):
    """Put a case under a legal hold (it is never purged while held), or release it."""
    from sqlalchemy import select

    from tipline.retention import set_hold
    from tipline.store.db import transaction
    from tipline.store.tables import Case

    home = _home()
    with transaction(home.sessions) as session:
        case = session.scalar(select(Case).where(Case.case_code == case_code.strip().upper()))
        if case is None:
            raise UserError(f"no case {case_code.strip()[:40]!r}")
        try:
            set_hold(session, case, hold=not release, reason=reason, actor="cli", now=_now())
        except ValueError as error:
            raise UserError(str(error)) from None
    out.print(f"{case.case_code}: {'hold released' if release else 'under legal hold'}",
              markup=False)


@app.command()
def parse(file: Annotated[Path, typer.Argument(help="A chat export: a file, a .zip, or a "
                                             "folder holding one export.")],
          as_json: Annotated[bool, typer.Option("--json")] = False,
          format_name: Annotated[Optional[str], typer.Option(
              "--format", help="The export's format, instead of detecting it.")] = None,
          channel: Annotated[Optional[str], typer.Option(
              "--channel", help="In a package holding several chats: the Discord channel "
                                "(c123, 123 or its name), thread folder or chat file.")] = None):
    """Parse a chat export into messages (format detected from the content, unless --format).

    Says on standard error which format was found and how sure the detection is; with --json
    the document carries the same as "format" and "confidence". Every problem with the export
    is one line and exit code 2.
    """
    from tipline.chats import ParseError, parse_path_with_confidence

    try:
        conversation, confidence = parse_path_with_confidence(file, format=format_name,
                                                              channel=channel)
    except ParseError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"{file}: {error.strerror or error}") from None
    document = conversation_json(conversation, confidence)
    if as_json:
        _print_json(document)
        return
    how = "given with --format" if format_name else "detected"
    err.print(f"{file}: {conversation.format} (confidence {confidence:.2f}, {how})",
              markup=False)
    out.print(f"{file}: {conversation.format}, {len(conversation.messages)} messages, "
              f"participants: {terminal_safe(', '.join(conversation.participants))}",
              markup=False)
    for message in conversation.messages:
        out.print(f"[{message.sent_at}] {terminal_safe(message.sender or '(system)')}: "
                  f"{terminal_safe(message.text)}", markup=False)
    for warning in conversation.warnings:
        err.print(f"warning: {terminal_safe(warning)}", markup=False)


def conversation_json(conversation, confidence: float | None = None) -> dict:
    """The ``tipline parse --json`` document (shape: issue 2, "Output shapes"): format,
    confidence, participants, messages, warnings. Per message, ``attachments``, ``deleted``,
    ``edited``, ``reactions``, ``reply_to`` and ``forwarded_from`` appear only when set."""
    return {
        "format": conversation.format,
        **({"confidence": round(confidence, 2)} if confidence is not None else {}),
        "participants": conversation.participants,
        "messages": [
            {
                "sender": m.sender, "sent_at": m.sent_at, "text": m.text, "source": m.source,
                **({"attachments": [{"kind": a.kind, "name": a.name} for a in m.attachments]}
                   if m.attachments else {}),
                **({"deleted": True} if m.deleted else {}),
                **({"edited": True} if m.edited else {}),
                **({"reactions": [
                    {"actor": r.actor, "reaction": r.reaction,
                     **({"count": r.count} if r.count != 1 else {})} for r in m.reactions]}
                   if m.reactions else {}),
                **({"reply_to": m.reply_to} if m.reply_to is not None else {}),
                **({"forwarded_from": m.forwarded_from}
                   if m.forwarded_from is not None else {}),
            }
            for m in conversation.messages
        ],
        "warnings": list(conversation.warnings),
    }


@app.command()
def score(jsonl: Annotated[Path, typer.Option("--jsonl", help="Conversations in the "
                                              "triage-dev SCHEMA.md format.")]):
    """Assess each conversation of a JSONL file; writes one JSON line per conversation."""
    from tipline.triage import assess, assessment_to_json, load_conversations

    try:
        for item in load_conversations(jsonl):
            assessment = assess(item.conversation, child=item.child, child_age=item.child_age)
            sys.stdout.write(json.dumps(assessment_to_json(item.id, assessment),
                                        ensure_ascii=False) + "\n")
    except ValueError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"{jsonl}: {error.strerror or error}") from None


@app.command("eval")
def eval_command(
    jsonl: Annotated[Path, typer.Argument(help="Labelled conversations in the triage-dev "
                                        "SCHEMA.md format.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    chitchat: Annotated[bool, typer.Option(help="Also measure false alerts on the everyday "
                                           "conversations of chitchat-dataset.")] = True,
):
    """Evaluate triage on labelled conversations: per-class precision, recall and F1, macro-F1,
    the urgency confusion matrix, immediate precision and recall, the median alert delay, and
    false alerts on everyday talk (chitchat-dataset, when installed)."""
    from tipline.triage import assess, load_conversations
    from tipline.triage import chitchat as everyday
    from tipline.triage.evaluate import evaluate, everyday_talk

    try:
        pairs, languages = [], []
        for item in load_conversations(jsonl):
            if item.label is None:
                line = item.conversation.messages[0].source.get("line") if item.conversation.messages else None
                where = f", line {line}" if line else ""
                raise UserError(f"{jsonl}{where}: conversation {item.id!r} has no label")
            pairs.append((item.label, assess(item.conversation, child=item.child,
                                             child_age=item.child_age)))
            languages.append(item.lang or "unknown")
        figures = evaluate(pairs)
        by_language = {lang: round(evaluate([p for p, l in zip(pairs, languages) if l == lang]).macro_f1, 4)
                       for lang in sorted(set(languages))}
    except ValueError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"{jsonl}: {error.strerror or error}") from None
    talk = None
    if chitchat and everyday.available():
        talk = everyday_talk(assess(c) for _, c in everyday.conversations())
    elif chitchat:
        err.print("chitchat-dataset is not installed: false alerts on everyday talk not "
                  "measured (pip install chitchat-dataset)")
    document = {**figures.as_json(), "macro_f1_by_language": by_language,
                "everyday_talk": talk.as_json() if talk else None}
    if as_json:
        _print_json(document)
        return
    table = Table("risk", "precision", "recall", "F1", "support")
    for name, scores in figures.risk.items():
        table.add_row(name, f"{scores.precision:.3f}", f"{scores.recall:.3f}",
                      f"{scores.f1:.3f}", str(scores.support))
    out.print(table)
    out.print(f"macro-F1 {figures.macro_f1:.3f} over {figures.conversations} conversations"
              + (" (" + ", ".join(f"{lang} {f1:.3f}" for lang, f1 in by_language.items()) + ")"
                 if len(by_language) > 1 else ""))
    confusion = Table("label \\ assessed", *figures.confusion)
    for label, row in figures.confusion.items():
        confusion.add_row(label, *(str(n) for n in row.values()))
    out.print(confusion)
    immediate = figures.immediate
    out.print(f"immediate: precision {immediate.precision:.3f}, recall {immediate.recall:.3f}")
    out.print(f"median alert delay: {figures.median_alert_delay} messages "
              f"({figures.missed_alerts} risky conversations never alerted)")
    if talk:
        out.print(f"everyday talk: {talk.false_alerts} false alerts in {talk.conversations} "
                  f"conversations ({talk.false_alert_rate:.2%}); self-harm hits (hyperbole): "
                  f"{talk.self_harm_hits}; early alerts: {talk.early_alerts}")


@app.command()
def submit(
    chat: Annotated[Optional[list[Path]], typer.Option("--chat", help="A chat export to "
                                                       "attach (repeatable).")] = None,
    about: Annotated[Optional[str], typer.Option(help="What happened, in words.")] = None,
    child_age: Annotated[Optional[int], typer.Option(help="The child's age in years.")] = None,
    country: Annotated[Optional[str], typer.Option(help="The child's country "
                                                   "(ISO 3166-1 alpha-2).")] = None,
    child_name: Annotated[Optional[str], typer.Option(help="The child's name in the "
                                                      "attached chats.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """File a report through the same intake as the API; prints the case code, risk,
    urgency and indicator hits."""
    from pydantic import ValidationError

    from tipline.intake.schemas import ReportCreate
    from tipline.intake.service import IncomingFile, IntakeError, submit_report

    chats = chat or []
    if not chats and not about:
        raise UserError("give at least one of --chat FILE and --about TEXT")
    files = []
    for path in chats:
        if not path.is_file():  # a folder, or a pipe that would block the read forever
            raise UserError(f"{path}: not a file (attach a chat export file or a .zip)")
        try:
            files.append(IncomingFile(path.name, path.read_bytes(), "application/octet-stream"))
        except OSError as error:
            raise UserError(f"{path}: {error.strerror or error}") from None
    try:
        report = ReportCreate(
            reporter="other_adult", about=about or "",
            child={"age": child_age, "country": country, "name_in_chat": child_name},
        )
    except ValidationError as error:
        raise UserError(_validation_message(error)) from None
    home = _home()
    try:
        result = submit_report(home, report, files, via="cli", now=_now(), actor="cli")
    except IntakeError as error:
        raise UserError(str(error)) from None
    document = {
        "case_code": result.receipt.case_code, "pin": result.receipt.pin,
        "risk": result.risk, "score": round(result.risk_score, 3),
        "urgency": result.urgency, "urgency_reasons": result.urgency_reasons,
        "hits": result.hits, "warnings": result.receipt.warnings,
    }
    if as_json:
        _print_json(document)
        return
    out.print(f"case {document['case_code']}  PIN {document['pin']}")
    out.print(f"risk {result.risk} ({result.risk_score:.2f})  urgency {result.urgency}"
              + (f" ({', '.join(result.urgency_reasons)})" if result.urgency_reasons else ""))
    for hit in result.hits:
        out.print(f"  message {hit['index']}: {hit['category']}: {terminal_safe(hit['why'])}",
                  markup=False)
    for warning in result.receipt.warnings:
        err.print(f"warning: {terminal_safe(warning)}", markup=False)


@app.command("escalate")
def escalate_command():
    """Escalate immediate cases nobody claimed within TIPLINE_ESCALATE_AFTER_MINUTES (15) and
    tell the supervisors; for cron, where the server's own checks are off. Prints each case."""
    from tipline.notify import escalate_unclaimed

    home = _home()
    escalated = escalate_unclaimed(home, _now())
    for code in escalated:
        out.print(f"escalated {code}")
    out.print(f"{len(escalated)} case(s) escalated")


@app.command("queue")
def queue_command(as_json: Annotated[bool, typer.Option("--json")] = False):
    """Open cases in priority order."""
    from tipline.casework import queue
    from tipline.store.db import transaction

    home = _home()
    with transaction(home.sessions, write=False) as session:
        rows = [{
            "case_code": c.case_code, "urgency": c.urgency, "urgency_reasons": c.urgency_reasons,
            "risk": c.risk, "score": round(c.risk_score, 3), "status": c.status,
            "child_age": c.child_age, "country": c.child_country,
            "received_at": c.received_at.isoformat(), "priority": c.priority,
        } for c in queue(session, None)]
    if as_json:
        _print_json(rows)
        return
    table = Table("case", "urgency", "risk", "score", "age", "received")
    for row in rows:
        table.add_row(row["case_code"], row["urgency"], row["risk"], f"{row['score']:.2f}",
                      str(row["child_age"] or ""), row["received_at"][:16])
    out.print(table)


@app.command("case")
def case_command(case_code: str, as_json: Annotated[bool, typer.Option("--json")] = False):
    """One case: status, triage, and its conversations' hits."""
    from tipline.casework import CaseNotFound, find_case
    from tipline.store.db import transaction

    home = _home()
    with transaction(home.sessions, write=False) as session:
        try:
            case = find_case(session, None, case_code)
        except CaseNotFound:
            raise UserError(f"no case {case_code!r} in TIPLINE_HOME={home.settings.resolved_home} "
                            "(set TIPLINE_HOME to the home the server uses)") from None
        document = {
            "case_code": case.case_code, "status": case.status, "risk": case.risk,
            "score": round(case.risk_score, 3), "urgency": case.urgency,
            "urgency_reasons": case.urgency_reasons,
            "reports": [{
                "received_at": r.received_at.isoformat(), "via": r.submitted_via,
                "platform_context": r.platform_context or {},
                "attachments": [{"filename": a.filename, "sha256": a.blob_sha256,
                                 "size": a.size} for a in r.attachments],
                "conversations": [{
                    "format": c.format, "messages": len(c.messages), "risk": c.risk,
                    "urgency": c.urgency, "hits": [
                        {"index": h.message_index, "category": h.category,
                         "span": [h.span_start, h.span_end], "why": h.why} for h in c.hits],
                } for c in r.conversations],
            } for r in case.reports],
        }
    if as_json:
        _print_json(document)
    else:
        out.print_json(data=document)


def main() -> None:
    """Entry point: user errors print one line (exit 2); nothing prints a traceback unless
    TIPLINE_DEBUG is set."""
    try:
        # Outside standalone mode click returns the code of typer.Exit instead of exiting.
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except UserError as error:
        err.print(f"tipline: {error}", markup=False)
        sys.exit(2)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        err.print("tipline: interrupted")
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - the last line of defence
        # Usage errors (unknown option, missing argument) come from Typer's own click.
        if hasattr(error, "show") and isinstance(getattr(error, "exit_code", None), int):
            error.show()
            sys.exit(2)
        if os.environ.get("TIPLINE_DEBUG"):
            raise
        err.print(f"tipline: internal error: {type(error).__name__}: {error} "
                  "(set TIPLINE_DEBUG=1 for details)", markup=False)
        sys.exit(70)
