"""Parsing large chat exports: our streaming WhatsApp and Telegram parsers against PyPI peers.

Usage: .venv/bin/python bench/parse.py [--messages N] [--out FILE] [--peer-timeout S]

Generates, in a temporary folder, a WhatsApp Android export (24-hour clock, benign everyday
talk, one message in 50 on two lines) and a Telegram ``result.json`` of N messages each (default
1,000,000). Each parser then runs alone in a subprocess; the parent times the parse (measured in
the child, after its imports) and reads the child's peak resident memory from ``os.wait4``
(the whole process: interpreter, imports and data). Results, with the machine's description,
go to ``bench/results/parse-<date>.json`` (or ``--out``).

Peers on the same WhatsApp file in the same run: ``whatstk`` (format inferred, as ours is; and
again given the header format, its fastest use) and ``chat-miner`` (``chatminer``); chat-miner
also on the Telegram file. They are installed for the bench only (``pip install whatstk
chat-miner``), never as dependencies; a peer that is not installed is skipped and the results
say so. A peer that runs past ``--peer-timeout`` is stopped and recorded as such.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVERYDAY = ["how was school today", "ok i guess, we had a quiz", "did u finish the maths homework",
            "almost lol", "see u at practice", "mom says dinner at 6",
            "can you send me the notes from class?", "yes: pages 12 to 14"]
NAMES = ["Alex Kim", "Sam Rivera", "Jo Park"]

# name -> (module that must be importable, file kind, code run in the child on PATH).
# Each snippet sets ``count`` to the number of messages it got.
RUNNERS = {
    "tipline whatsapp iter_messages": ("tipline", "whatsapp", """
from tipline.chats.whatsapp import WhatsAppAndroidFormat
started = time.perf_counter()
count = sum(1 for _ in WhatsAppAndroidFormat().iter_messages(PATH))
"""),
    "tipline whatsapp parse (collects)": ("tipline", "whatsapp", """
from tipline.chats.whatsapp import WhatsAppAndroidFormat
started = time.perf_counter()
count = len(WhatsAppAndroidFormat().parse(PATH).messages)
"""),
    "whatstk (format inferred)": ("whatstk", "whatsapp", """
from whatstk import WhatsAppChat
started = time.perf_counter()
count = len(WhatsAppChat.from_source(filepath=str(PATH), max_size=None).df)
"""),
    "whatstk (hformat given)": ("whatstk", "whatsapp", """
from whatstk import WhatsAppChat
started = time.perf_counter()
count = len(WhatsAppChat.from_source(filepath=str(PATH), hformat="%d/%m/%Y, %H:%M - %name:",
                                     max_size=None).df)
"""),
    "chat-miner whatsapp": ("chatminer", "whatsapp", """
import logging
logging.disable(logging.CRITICAL)
from chatminer.chatparsers import WhatsAppParser
started = time.perf_counter()
parser = WhatsAppParser(str(PATH))
parser.parse_file()
count = len(parser.parsed_messages.get_df())
"""),
    "tipline telegram iter_messages": ("tipline", "telegram", """
from tipline.chats.telegram import TelegramFormat
started = time.perf_counter()
count = sum(1 for _ in TelegramFormat().iter_messages(PATH))
"""),
    "chat-miner telegram": ("chatminer", "telegram", """
import logging
logging.disable(logging.CRITICAL)
from chatminer.chatparsers import TelegramJsonParser
started = time.perf_counter()
parser = TelegramJsonParser(str(PATH))
parser.parse_file()
count = len(parser.parsed_messages.get_df())
"""),
}

CHILD = """
import json, sys, time
from pathlib import Path
PATH = Path(sys.argv[1])
{code}
print(json.dumps({{"count": count, "seconds": time.perf_counter() - started}}))
"""


def whatsapp_export(path: Path, messages: int) -> None:
    """Android, 24-hour, day first; three messages a minute; one in 50 has a second line."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for i in range(messages):
            minute = i // 3
            day = 1 + (minute // 1440) % 28
            month = 1 + (minute // (1440 * 28)) % 12
            year = 2020 + minute // (1440 * 28 * 12)
            out.write(f"{day:02d}/{month:02d}/{year}, {(minute // 60) % 24:02d}:{minute % 60:02d}"
                      f" - {NAMES[i % 3]}: {EVERYDAY[i % len(EVERYDAY)]}\n")
            if i % 50 == 0:
                out.write("and a second line\n")


def telegram_export(path: Path, messages: int) -> None:
    """A single-chat result.json as Telegram Desktop writes it, with replies now and then."""
    with open(path, "w", encoding="utf-8") as out:
        out.write('{\n "name": "Bench",\n "type": "private_group",\n "id": 1,\n "messages": [\n')
        for i in range(messages):
            text = EVERYDAY[i % len(EVERYDAY)]
            record = {"id": i + 1, "type": "message",
                      "date": f"2020-01-{1 + (i // 86400) % 28:02d}T{(i // 3600) % 24:02d}:"
                              f"{(i // 60) % 60:02d}:{i % 60:02d}",
                      "date_unixtime": str(1577836800 + i), "from": NAMES[i % 3],
                      "from_id": f"user{i % 3}", "text": text,
                      "text_entities": [{"type": "plain", "text": text}]}
            if i % 10 == 9:
                record["reply_to_message_id"] = i
            out.write("  " + json.dumps(record, ensure_ascii=False)
                      + (",\n" if i < messages - 1 else "\n"))
        out.write(" ]\n}\n")


def machine() -> dict:
    return {"platform": platform.platform(), "python": platform.python_version(),
            "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine()}


def run_child(code: str, path: Path, timeout: float) -> dict:
    """Run ``code`` on ``path`` in a fresh interpreter; its result, wall time and peak RSS."""
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(code=code), str(path)], cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            process.kill()
            os.wait4(process.pid, 0)
            return {"status": f"stopped after {timeout:.0f} s"}
        time.sleep(0.05)
    out, err = process.stdout.read(), process.stderr.read()
    peak_mb = round(usage.ru_maxrss / 1024, 1)  # KiB on Linux
    if os.waitstatus_to_exitcode(status) != 0:
        return {"status": "failed", "error": err.strip().splitlines()[-1:] or ["?"],
                "peak_rss_mb": peak_mb}
    result = json.loads(out.strip().splitlines()[-1])
    return {"status": "ok", "messages": result["count"], "seconds": round(result["seconds"], 2),
            "msgs_per_s": round(result["count"] / result["seconds"]), "peak_rss_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--peer-timeout", type=float, default=600)
    parser.add_argument("--only", nargs="*", help="run only these runners (names as listed)")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        files = {"whatsapp": Path(folder) / "chat.txt", "telegram": Path(folder) / "result.json"}
        whatsapp_export(files["whatsapp"], args.messages)
        telegram_export(files["telegram"], args.messages)
        sizes = {kind: path.stat().st_size for kind, path in files.items()}
        for name, (module, kind, code) in RUNNERS.items():
            if args.only and name not in args.only:
                continue
            row = {"parser": name, "file": kind}
            if importlib.util.find_spec(module) is None:
                row["status"] = f"skipped: {module} is not installed (pip install it to compare)"
            else:
                row.update(run_child(code, files[kind], args.peer_timeout))
            print(json.dumps(row), flush=True)
            results.append(row)
    document = {"bench": "parse", "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "messages": args.messages, "bytes": sizes, "machine": machine(),
                "results": results, "summary": summary(results)}
    out = args.out or REPO / "bench" / "results" / f"parse-{datetime.now(UTC):%Y-%m-%d}.json"
    out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(document["summary"], indent=2))
    print(f"written to {out}")


def summary(results: list[dict]) -> dict:
    """Our WhatsApp speed against each WhatsApp peer that ran: how many times faster."""
    rate = {r["parser"]: r.get("msgs_per_s") for r in results if r.get("status") == "ok"}
    ours = rate.get("tipline whatsapp iter_messages")
    peers = {name: value for name, value in rate.items()
             if name in ("whatstk (format inferred)", "whatstk (hformat given)",
                         "chat-miner whatsapp") and value}
    if not ours or not peers:
        return {"note": "ours or every WhatsApp peer missing: no comparison"}
    return {"ours_msgs_per_s": ours,
            "times_faster_than": {name: round(ours / value, 2) for name, value in peers.items()}}


if __name__ == "__main__":
    main()
