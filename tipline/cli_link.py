"""``tipline clusters``: reports linked by shared identifiers, the weak matches for an analyst to
confirm, and the analyst's splits and confirmations (issue 7, item 2).

``tipline clusters --json`` prints ``{"clusters": [...], "suggestions": [...]}``; each cluster
has its reports (with case codes), countries, platforms, the shared identifiers that link it,
confirmed links and the referrals of its cases.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.table import Table
from rich.text import Text

from tipline.cli_common import UserError, _home, _now, _print_json, err, out, terminal_safe

MAX_ID = 2**62  # larger numbers are no row's id (and overflow the database's integers)
clusters_app = typer.Typer(help="Reports linked by shared identifiers.", invoke_without_command=True)


@clusters_app.callback()
def clusters_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Read every report again and "
                                          "re-link them (keeps splits and confirmations).")] = False,
):
    """List clusters of two or more reports, and suggested links."""
    if ctx.invoked_subcommand is not None:
        return
    from tipline.linking.service import cluster_ids, cluster_view, rebuild as rebuild_links
    from tipline.linking.service import suggestions
    from tipline.store.db import transaction

    home = _home()
    if rebuild:
        with transaction(home.sessions) as session:
            count = rebuild_links(session, actor="cli", now=_now())
        (err if as_json else out).print(f"re-linked every report: {count} cluster(s)")
    with transaction(home.sessions, write=False) as session:
        document = {
            "clusters": [cluster_view(session, cid).as_json() for cid in cluster_ids(session)],
            "suggestions": [s.as_json() for s in suggestions(session)],
        }
    if as_json:
        _print_json(document)
        return
    table = Table("cluster", "reports (id: case)", "countries", "platforms", "linked by")
    for cluster in document["clusters"]:
        table.add_row(*(Text(terminal_safe(cell)) for cell in (  # never read as Rich markup
            str(cluster["id"]), "\n".join(f"{r['report_id']}: {r['case_code']}"
                                          for r in cluster["reports"]),
            " ".join(cluster["countries"]), " ".join(cluster["platforms"]),
            "; ".join(_label(s) for s in cluster["shared_identifiers"]))))
    out.print(table)
    if document["suggestions"]:
        out.print("Suggested links (weak; confirm with `tipline clusters confirm`):")
        for s in document["suggestions"]:
            out.print(terminal_safe(f"  {s['kind']} {s['value']!r}: " + ", ".join(
                f"report {r['report_id']} ({r['case_code']})" for r in s["reports"])),
                      markup=False)


def _label(shared: dict) -> str:
    where = f" on {shared['platform']}" if shared["platform"] else ""
    return f"{shared['kind']} {shared['value']}{where}"


Reason = Annotated[str, typer.Option("--reason", help="Why (at least 10 characters; audited).")]


def _report_ids(session, refs: list[str]) -> list[int]:
    """Report ids from what the user typed: a report id, or a case code (its reports)."""
    from sqlalchemy import select

    from tipline.receipts import normalise_case_code
    from tipline.store.tables import Case, Report

    ids = []
    for ref in refs:
        if ref.strip().isdigit():
            if not 1 <= int(ref) <= MAX_ID:
                raise UserError(f"no report {ref.strip()[:20]}")
            ids.append(int(ref))
            continue
        found = session.scalars(select(Report.id).join(Case).where(
            Case.case_code == normalise_case_code(ref))).all()
        if not found:
            raise UserError(f"{ref!r} is neither a report id nor a case code "
                            "(`tipline clusters` lists both)")
        ids.extend(found)
    return ids


@clusters_app.command("split")
def clusters_split(
    cluster: Annotated[int, typer.Argument(help="The cluster id.")],
    kind: Annotated[str, typer.Option("--kind")],
    value: Annotated[str, typer.Option("--value", help="The identifier as the cluster shows it.")],
    reason: Reason,
    platform: Annotated[Optional[str], typer.Option("--platform")] = None,
    report: Annotated[Optional[str], typer.Option("--report", help="Only for this report (its id "
                                                  "or case code); default: the identifier links "
                                                  "nowhere.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Split a wrong link: the identifier stops linking (everywhere, or for one report). The
    decision stands for reports that arrive later."""
    if not 1 <= cluster <= MAX_ID:
        raise UserError(f"no cluster {cluster}")
    from tipline.linking.service import LinkError, split
    from tipline.store.db import transaction

    from tipline.linking.service import cluster_view

    home = _home()
    try:
        with transaction(home.sessions) as session:
            only = None
            if report is not None:
                chosen = _report_ids(session, [report])
                if len(chosen) != 1:
                    raise UserError(f"case {report} has {len(chosen)} reports: give a report id")
                only = chosen[0]
            result = split(session, cluster_id=cluster, kind=kind, platform=platform, value=value,
                           report_id=only, actor="cli", reason=reason, now=_now())
            members = {cid: [r["report_id"] for r in cluster_view(session, cid).reports]
                       for cid in result}
    except LinkError as error:
        raise UserError(str(error)) from None
    if as_json:
        _print_json({"clusters": result, "reports": members})
    else:
        out.print("split; now " + "; ".join(f"cluster {cid}: reports {', '.join(map(str, ids))}"
                                          for cid, ids in members.items()))


@clusters_app.command("confirm")
def clusters_confirm(
    reports: Annotated[list[str], typer.Argument(help="Report ids or case codes (two or more).")],
    kind: Annotated[str, typer.Option("--kind")],
    value: Annotated[str, typer.Option("--value")],
    reason: Reason,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Confirm a suggested link: these reports become one cluster."""
    from tipline.linking.service import LinkError, confirm
    from tipline.store.db import transaction

    home = _home()
    try:
        with transaction(home.sessions) as session:
            cluster = confirm(session, report_ids=_report_ids(session, reports), kind=kind,
                              value=value, actor="cli", reason=reason, now=_now())
    except LinkError as error:
        raise UserError(str(error)) from None
    if as_json:
        _print_json({"cluster": cluster})
    else:
        out.print(f"reports {', '.join(map(str, reports))} are in cluster {cluster}")
