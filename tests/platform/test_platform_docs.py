"""docs/platform-api.md's examples, run as written against a live `tipline serve` on loopback:
the Python client files a report with a file in resumable chunks; the webhook check accepts
Tipline's signature."""

from __future__ import annotations

import json
import re

from platform_support import REPORT, encoded, noise_image

from support import REPO, cli_env, run_cli, served
from tipline.platform_api.webhooks import sign

DOC = (REPO / "docs" / "platform-api.md").read_text()


def _python(heading: str) -> str:
    section = DOC.split(heading, 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)


def test_the_python_walkthrough_files_a_report_with_a_chunked_file(tmp_path):
    home = tmp_path / "home"
    env = cli_env(home)
    key = json.loads(run_cli("platform", "add", "Demo Games", "--json", env=env).stdout)
    namespace: dict = {}
    exec(_python("## 3. The same in Python"), namespace)  # noqa: S102 - our own documentation
    image = encoded(noise_image(5))
    with served(home, env) as server:
        state = namespace["file_report"](server.base_url, key["api_key"], REPORT,
                                         {"evidence.png": image}, "docs-example-0000001",
                                         chunk_size=len(image) // 3)
    assert state["status"] == "received" and state["caseCode"].startswith("TL-")
    assert state["files"][0]["status"] == "sealed" and len(state["files"][0]["chunkSha256"]) >= 3


def test_the_webhook_check_accepts_tiplines_signature():
    import time

    namespace: dict = {}
    exec(_python("## 6. Webhooks"), namespace)  # noqa: S102
    body = b'{"event":"report.status_changed"}'
    header = sign("s3cret", body, int(time.time()))
    assert namespace["verify"]("s3cret", header, body)
    assert not namespace["verify"]("s3cret", header, body.replace(b"changed", b"chaNged"))
    assert not namespace["verify"]("s3cret", sign("s3cret", body, int(time.time()) - 900), body)
