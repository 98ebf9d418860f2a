"""The transcript of a referral package: every conversation's messages with triage's indicators,
as CSV rows (pure) and as a PDF (WeasyPrint, from ``routing/templates/transcript.html``).

Reported text is only ever data here: Jinja escapes it into the HTML, and the PDF renderer
fetches nothing (every URL is refused), so a message holding markup or a link to a tracking
image renders as the characters it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape


def transcript_csv_rows(reports: list[dict]) -> Iterator[list]:
    """One row per message: report, conversation, source file, index, sent_at, sender, text,
    and its indicators as ``category: why`` joined by " | "."""
    for report in reports:
        for conversation in report["conversations"]:
            for message in conversation["messages"]:
                yield [report["report_id"], conversation["id"], conversation["source"],
                       message["index"], message["sent_at"] or "", message["sender"] or "",
                       message["text"], " | ".join(f"{h['category']}: {h['why']}"
                                                   for h in message["indicators"])]


def _environment() -> Environment:
    return Environment(loader=PackageLoader("tipline", "routing/templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True))


def _refuse(url: str, *args, **kwargs):
    raise ValueError(f"the transcript fetches nothing ({url[:60]!r})")


def _no_fetcher():
    """A WeasyPrint URL fetcher that refuses every URL (the renderer then leaves it out)."""
    from weasyprint.urls import URLFetcher

    class NoFetch(URLFetcher):
        def fetch(self, url, headers=None):
            return _refuse(url)

    return NoFetch()


def transcript_html(reports: list[dict], *, case_code: str, agency: str, built_at: datetime,
                    pseudonymised: bool) -> str:
    return _environment().get_template("transcript.html").render(
        reports=reports, case_code=case_code, agency=agency, built_at=built_at,
        pseudonymised=pseudonymised)


PDF_MESSAGE_CHARS = 4_000
PDF_MESSAGES = 5_000
"""Per message and per conversation in the PDF: layout time grows fast with a long unbroken
text, and a PDF of tens of thousands of rows helps nobody. The CSV holds every message whole."""


def _for_pdf(reports: list[dict]) -> list[dict]:
    out = []
    for report in reports:
        conversations = []
        for c in report["conversations"]:
            messages = []
            for m in c["messages"][:PDF_MESSAGES]:
                text = m["text"] or ""
                if len(text) > PDF_MESSAGE_CHARS:
                    text = (text[:PDF_MESSAGE_CHARS] + f" [... {len(m['text']) - PDF_MESSAGE_CHARS:,} "
                            "more characters: see transcript.csv]")
                messages.append({**m, "text": text})
            if len(c["messages"]) > PDF_MESSAGES:
                messages.append({"index": "", "sent_at": "", "sender": "", "indicators": [],
                                 "text": f"[{len(c['messages']) - PDF_MESSAGES:,} more messages: "
                                         "see transcript.csv]"})
            conversations.append({**c, "messages": messages})
        out.append({**report, "conversations": conversations})
    return out


def transcript_pdf(reports: list[dict], *, case_code: str, agency: str, built_at: datetime,
                   pseudonymised: bool, path: Path) -> None:
    """Write the transcript PDF to ``path`` (WeasyPrint; fonts from the system's fontconfig);
    long messages and very long chats are cut (``PDF_MESSAGE_CHARS``, ``PDF_MESSAGES``)."""
    from weasyprint import HTML

    html = transcript_html(_for_pdf(reports), case_code=case_code, agency=agency, built_at=built_at,
                           pseudonymised=pseudonymised)
    HTML(string=html, url_fetcher=_no_fetcher()).write_pdf(path)
