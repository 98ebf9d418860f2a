"""Intake of a large chat export: seal, parse, triage and commit, on SQLite and PostgreSQL.

Usage: .venv/bin/python bench/intake_export.py [--messages N] [--pg URL] [--out FILE]

Generates a WhatsApp Android export of N messages (everyday talk with a few contact tactics),
submits it through ``submit_report`` into a fresh home on each database, and records the time
of each stage and in all, with the machine's description, as JSON (default
``bench/results/intake-export-<date>.json``). Peers in one run: the two databases.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tipline.chats import parse_file
from tipline.home import open_home
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.settings import Settings
from tipline.triage import assess

EVERYDAY = ["how was school", "ok i guess", "did u finish the maths homework", "almost lol",
            "see u at practice", "mom says dinner at 6"]
TACTICS = ["how old r u btw", "dont tell ur parents about me ok", "lets meet saturday at the mall"]


def export(messages: int) -> bytes:
    lines = []
    for i in range(messages):
        sender = "Sam" if i % 2 else "Kid"
        text = TACTICS[(i // 1000) % 3] if i % 1000 == 999 else EVERYDAY[i % len(EVERYDAY)]
        lines.append(f"{1 + (i // 1440) % 28:02d}/03/2026, {(i // 60) % 24:02d}:{i % 60:02d}"
                     f" - {sender}: {text}")
    return ("\n".join(lines) + "\n").encode()


def machine() -> dict:
    return {"platform": platform.platform(), "python": platform.python_version(),
            "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine()}


def run(database_url: str | None, data: bytes) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        home = open_home(Settings(home=Path(folder), database_url=database_url))
        path = Path(folder) / "chat.txt"
        path.write_bytes(data)
        started = time.perf_counter()
        conversation = parse_file(path)
        parsed = time.perf_counter()
        assess(conversation, child="Kid")
        triaged = time.perf_counter()
        submit_report(home, ReportCreate(about="bench", child={"name_in_chat": "Kid"}),
                      [IncomingFile("chat.txt", data, "text/plain")], via="cli",
                      now=datetime.now(UTC))
        done = time.perf_counter()
        home.close()
    return {"database": "postgresql" if database_url else "sqlite",
            "parse_s": round(parsed - started, 3), "triage_s": round(triaged - parsed, 3),
            "submit_total_s": round(done - triaged, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=45_000)
    parser.add_argument("--pg", default=os.environ.get("TIPLINE_TEST_DATABASE_URL"))
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    data = export(args.messages)
    results = [run(None, data)]
    if args.pg:
        results.append(run(args.pg, data))
    document = {"bench": "intake", "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "messages": args.messages, "bytes": len(data), "machine": machine(),
                "results": results}
    out = args.out or Path(__file__).parent / "results" / f"intake-export-{document['date'][:10]}.json"
    out.write_text(json.dumps(document, indent=2) + "\n")
    print(json.dumps(document, indent=2))


if __name__ == "__main__":
    main()
