"""docs/embed.md's signing examples, run as written: the Python one (and the Node.js one where
node is installed) make tokens that Tipline verifies."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime

import pytest
from support import REPO

from tipline.embed.context import verify_context

DOC = (REPO / "docs" / "embed.md").read_text()
KEY_HEX = "ab" * 32


def _example(heading: str, language: str) -> str:
    section = DOC.split(heading, 1)[1]
    return re.search(rf"```{language}\n(.*?)```", section, re.DOTALL).group(1)


def _check(token: str) -> None:
    check = verify_context(token, lambda p: bytes.fromhex(KEY_HEX) if p == "pixel-quest"
                           else None, datetime.now(UTC))
    assert check.status == "verified", check.note
    assert check.context["reported_account"] == "@dark_wolf.77"
    assert check.context["conversation_id"] == "conv-8812"


def test_the_python_example_signs_a_token_tipline_verifies():
    namespace = {"EMBED_KEY": KEY_HEX}
    exec(_example("### Python", "python"), namespace)  # noqa: S102 - our own documentation
    _check(namespace["token"])


def test_the_node_example_signs_a_token_tipline_verifies():
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed")
    code = _example("### Node.js", "js") + "\nprocess.stdout.write(token);\n"
    result = subprocess.run([node, "-e", code], capture_output=True, text=True, timeout=30, check=False,
                            env={"TIPLINE_EMBED_KEY": KEY_HEX})
    assert result.returncode == 0, result.stderr
    _check(result.stdout)
