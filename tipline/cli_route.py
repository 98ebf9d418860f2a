"""``tipline route`` and ``tipline agencies``: where a case must go, and the agency directory
(issue 7, items 3 and 4).

- ``tipline route CASE --json``: the routing decision (``tipline.routing.route``), recorded in
  the audit log as ``case.routed``.
- ``tipline agencies --json``: the directory in force, ``{"number", "version", "note",
  "agencies": [...]}``.
- ``tipline agencies import FILE --reason "..."``: make FILE (the same JSON) the directory in
  force, as a new version; a bad file is refused with the agency and field at fault.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from tipline.cli_common import UserError, _home, _now, _print_json, out, terminal_safe

agencies_app = typer.Typer(help="The agency directory.", invoke_without_command=True)


def route_command(case_code: str, as_json: Annotated[bool, typer.Option("--json")] = False):
    """Where a case must go: the jurisdiction of each child, its basis and confidence, and the
    agencies that serve it (recorded in the audit log)."""
    from tipline import audit
    from tipline.casework import CaseNotFound, find_case
    from tipline.routing.route import route_case
    from tipline.store.db import transaction

    home = _home()
    with transaction(home.sessions) as session:
        try:
            case = find_case(session, None, case_code)
        except CaseNotFound:
            raise UserError(f"no case {case_code!r} in TIPLINE_HOME={home.settings.resolved_home}") from None
        decision = route_case(session, case)
        audit.append(session, actor="cli", action="case.routed", at=_now(), case_id=case.id,
                     source="cli", detail={k: decision[k] for k in (
                         "jurisdiction", "region", "basis", "confidence", "directory_version")}
                     | {"agencies": [a["id"] for a in decision["agencies"]]})
    if as_json:
        _print_json(decision)
        return
    for group in decision["jurisdictions"]:
        place = group["jurisdiction"] or "unknown"
        region = f" {group['region']}" if group["region"] else ""
        out.print(terminal_safe(f"{place}{region}: {group['detail']} "
                                f"(confidence {group['confidence']})"), markup=False)
        for agency in group["agencies"]:
            out.print(terminal_safe(f"  -> {agency['name']} [{agency['id']}]"), markup=False)


@agencies_app.callback()
def agencies_list(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False):
    """The agency directory in force."""
    if ctx.invoked_subcommand is not None:
        return
    from tipline.routing import directory
    from tipline.store.db import transaction

    home = _home()
    with transaction(home.sessions, write=False) as session:
        number, current = directory.current(session)
    document = {"number": number, **current.model_dump(mode="json")}
    if as_json:
        _print_json(document)
        return
    out.print(f"Directory version {number} ({current.version})")
    table = Table("id", "name", "kind", "serves", "formats")
    table.columns[0].no_wrap = True  # the id is what commands take: never cut
    for agency in current.agencies:
        serves = "any (fallback)" if agency.fallback else " ".join(agency.jurisdictions[:8]) + (
            " ..." if len(agency.jurisdictions) > 8 else "")
        table.add_row(*(Text(terminal_safe(cell)) for cell in (  # never read as Rich markup
            agency.id, agency.name, agency.kind, serves, " ".join(agency.formats))))
    out.print(table)


@agencies_app.command("import")
def agencies_import(
    file: Annotated[Path, typer.Argument(help="A directory in the JSON of `tipline agencies --json`.")],
    reason: Annotated[str, typer.Option("--reason", help="Why (audited).")],
):
    """Make FILE the directory in force (a new version; the old ones are kept)."""
    from tipline.routing import directory
    from tipline.store.db import transaction

    try:
        if not file.is_file():
            raise UserError(f"{file} is not a file")
        if file.stat().st_size > 16 * 1024 * 1024:
            raise UserError(f"{file} is larger than a directory can be (16 MiB)")
        document = json.loads(file.read_text("utf-8"))
    except OSError as error:
        raise UserError(f"cannot read {file}: {error.strerror or error}") from None
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise UserError(f"{file}: not JSON: {str(error)[:200]}") from None
    if isinstance(document, dict):
        document.pop("number", None)  # as `agencies --json` printed it
    home = _home()
    try:
        parsed = directory.parse_directory(document)
        with transaction(home.sessions) as session:
            number = directory.save(session, parsed, actor="cli", reason=reason, now=_now())
    except directory.DirectoryError as error:
        raise UserError(f"{file}: {error}") from None
    out.print(f"directory version {number} in force ({len(parsed.agencies)} agencies)")
