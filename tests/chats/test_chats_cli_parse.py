"""``tipline parse PATH``: files, zips and folders; says the format and how sure on standard
error; ``--json`` carries "confidence"; ``--format`` overrides; every ParseError is one line and
exit code 2."""

from __future__ import annotations

import json
import shutil

from chats_samples import sample

from tests.support import cli_env, run_cli


def test_parse_says_the_format_and_confidence_on_stderr(tmp_path, whatsapp_export):
    result = run_cli("parse", str(whatsapp_export),
                     env=cli_env(tmp_path / "home"))
    assert "whatsapp-ios (confidence 0.95, detected)" in result.stderr
    assert "[2026-01-05T17:29:10] Léa: are you coming to the bake sale?" in result.stdout


def test_parse_json_of_a_zip_has_the_skeleton_and_confidence(tmp_path, whatsapp_export):
    archive = shutil.make_archive(str(tmp_path / "chat"), "zip", whatsapp_export)
    document = json.loads(run_cli("parse", archive, "--json", env=cli_env(tmp_path / "h")).stdout)
    assert list(document) == ["format", "confidence", "participants", "messages", "warnings"]
    assert (document["format"], document["confidence"]) == ("whatsapp-ios", 0.95)
    assert document["messages"][1]["attachments"] == [
        {"kind": "image", "name": "00000003-PHOTO-2026-01-05-17-30-00.jpg"}]
    assert document["messages"][0]["source"] == {"line": 1, "file": "_chat.txt"}


def test_parse_json_has_reactions_and_replies(tmp_path):
    document = json.loads(run_cli("parse", str(sample("selfmade_discord_reactions.json")),
                                  "--json", env=cli_env(tmp_path / "h")).stdout)
    assert document["messages"][0]["reactions"][0] == {"actor": "Zoé", "reaction": "👍"}
    assert document["messages"][1]["reply_to"] == "220000000000000001"


def test_format_and_channel_options(tmp_path):
    env = cli_env(tmp_path / "h")
    result = run_cli("parse", str(sample("selfmade_discord_package")), "--channel", "homework",
                     "--format", "discord-package", env=env)
    assert "discord-package (confidence 0.95, given with --format)" in result.stderr
    assert "who has the worksheet?" in result.stdout
    bad = run_cli("parse", str(sample("selfmade_discord_dce.csv")), "--format", "myspace",
                  env=env, check=False)
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.count("\n") == 1 and "known formats: discord," in bad.stderr


def test_every_parse_error_is_one_line_and_exit_2(tmp_path):
    env = cli_env(tmp_path / "h")
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"PK\x03\x04 truncated")
    for target in (fake, tmp_path / "missing.txt", sample("selfmade_discord_package") / "nope"):
        result = run_cli("parse", str(target), "--json", env=env, check=False)
        assert result.returncode == 2, target
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    several = run_cli("parse", "--json", str(sample("selfmade_discord_package")), "--channel",
                      "nope", env=env, check=False)
    assert several.returncode == 2 and "channels: c200000000000000001" in several.stderr
