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

from tipline.cli_common import UserError, _home, _now, _print_json, err, out, terminal_safe

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
    table = Table("cluster", "reports", "countries", "platforms", "linked by")
    for cluster in document["clusters"]:
        table.add_row(
            str(cluster["id"]), " ".join(r["case_code"] for r in cluster["reports"]),
            " ".join(cluster["countries"]), " ".join(cluster["platforms"]),
            terminal_safe("; ".join(_label(s) for s in cluster["shared_identifiers"])),
        )
    out.print(table)
    if document["suggestions"]:
        out.print("Suggested links (weak; confirm with `tipline clusters confirm`):")
        for s in document["suggestions"]:
            out.print(terminal_safe(f"  {s['kind']} {s['value']!r}: "
                                    + " ".join(r["case_code"] for r in s["reports"])),
                      markup=False)


def _label(shared: dict) -> str:
    where = f" on {shared['platform']}" if shared["platform"] else ""
    return f"{shared['kind']} {shared['value']}{where}"


Reason = Annotated[str, typer.Option("--reason", help="Why (at least 10 characters; audited).")]


@clusters_app.command("split")
def clusters_split(
    cluster: Annotated[int, typer.Argument(help="The cluster id.")],
    kind: Annotated[str, typer.Option("--kind")],
    value: Annotated[str, typer.Option("--value", help="The identifier as the cluster shows it.")],
    reason: Reason,
    platform: Annotated[Optional[str], typer.Option("--platform")] = None,
    report: Annotated[Optional[int], typer.Option("--report", help="Only for this report id "
                                                  "(default: the identifier links nowhere).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Split a wrong link: the identifier stops linking (everywhere, or for one report). The
    decision stands for reports that arrive later."""
    from tipline.linking.service import LinkError, split
    from tipline.store.db import transaction

    home = _home()
    try:
        with transaction(home.sessions) as session:
            result = split(session, cluster_id=cluster, kind=kind, platform=platform, value=value,
                           report_id=report, actor="cli", reason=reason, now=_now())
    except LinkError as error:
        raise UserError(str(error)) from None
    if as_json:
        _print_json({"clusters": result})
    else:
        out.print(f"cluster {cluster} is now: {', '.join(map(str, result))}")


@clusters_app.command("confirm")
def clusters_confirm(
    reports: Annotated[list[int], typer.Argument(help="Report ids (two or more).")],
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
            cluster = confirm(session, report_ids=reports, kind=kind, value=value, actor="cli",
                              reason=reason, now=_now())
    except LinkError as error:
        raise UserError(str(error)) from None
    if as_json:
        _print_json({"cluster": cluster})
    else:
        out.print(f"reports {', '.join(map(str, reports))} are in cluster {cluster}")
