"""The command line as a user runs it: JSON on stdout only, clean errors, cases by case code."""

from __future__ import annotations

import json

from support import cli_env, run_cli

GROOMING_CHAT = (
    "12/03/2026, 19:02 - Sam: hey how old r u?\n"
    "12/03/2026, 19:03 - Kid: 12\n"
    "12/03/2026, 19:04 - Sam: dont tell ur parents about me ok? its our secret\n"
    "12/03/2026, 19:05 - Sam: lets meet tomorrow after school at the park, i'll pick u up\n"
)


def test_init_is_safe_twice_and_demo_prints_its_secrets_once(tmp_path):
    env = cli_env(tmp_path / "home")
    first = run_cli("init", "--demo", env=env)
    assert "password:" in first.stdout and "TOTP secret:" in first.stdout
    second = run_cli("init", "--demo", env=env)
    assert "password:" not in second.stdout and "already exists" in second.stdout
    assert (tmp_path / "home" / "tipline.db").exists()
    assert (tmp_path / "home" / "blobs").is_dir()


def test_every_command_initialises_an_empty_home_by_itself(tmp_path):
    env = cli_env(tmp_path / "fresh")
    result = run_cli("queue", "--json", env=env)
    assert json.loads(result.stdout) == []


def test_submit_json_prints_only_json_with_case_code_risk_urgency_and_hits(tmp_path):
    env = cli_env(tmp_path / "home")
    chat = tmp_path / "chat.txt"
    chat.write_text(GROOMING_CHAT)
    result = run_cli("submit", "--chat", str(chat), "--child-age", "12", "--country", "CA",
                     "--json", env=env)
    document = json.loads(result.stdout)  # stdout is exactly one JSON document
    assert document["case_code"].startswith("TL-")
    assert document["risk"] in ("grooming", "sextortion")
    assert document["urgency"] == "immediate"
    categories = {hit["category"] for hit in document["hits"]}
    assert {"age_probe", "secrecy", "meeting_proposal"} <= categories

    shown = json.loads(run_cli("case", document["case_code"], "--json", env=env).stdout)
    assert shown["case_code"] == document["case_code"]
    assert shown["reports"][0]["conversations"][0]["messages"] == 4


def test_submit_needs_a_chat_or_an_about(tmp_path):
    result = run_cli("submit", env=cli_env(tmp_path / "home"), check=False)
    assert result.returncode == 2
    assert "--chat" in result.stderr and "Traceback" not in result.stderr


def test_submit_of_a_missing_file_names_it_without_a_traceback(tmp_path):
    result = run_cli("submit", "--chat", str(tmp_path / "nope.txt"),
                     env=cli_env(tmp_path / "home"), check=False)
    assert result.returncode == 2 and "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_queue_json_is_in_priority_order(tmp_path):
    env = cli_env(tmp_path / "home")
    run_cli("submit", "--about", "we talked about homework", "--json", env=env)
    chat = tmp_path / "chat.txt"
    chat.write_text(GROOMING_CHAT)
    urgent = json.loads(run_cli("submit", "--chat", str(chat), "--child-age", "12", "--json",
                                env=env).stdout)
    queue = json.loads(run_cli("queue", "--json", env=env).stdout)
    assert [row["case_code"] for row in queue][0] == urgent["case_code"]
    ranks = {"immediate": 0, "high": 1, "routine": 2}
    keys = [(ranks[row["urgency"]], -row["score"]) for row in queue]
    assert keys == sorted(keys)


def test_parse_json_has_the_documented_shape(tmp_path):
    chat = tmp_path / "chat.txt"
    chat.write_text(GROOMING_CHAT)
    document = json.loads(run_cli("parse", str(chat), "--json",
                                  env=cli_env(tmp_path / "home")).stdout)
    assert document["format"] == "whatsapp-android"
    assert document["participants"] == ["Sam", "Kid"]
    first = document["messages"][0]
    assert first == {"sender": "Sam", "sent_at": "2026-03-12T19:02:00",
                     "text": "hey how old r u?", "source": {"line": 1}}
    assert document["warnings"] == [] or isinstance(document["warnings"], list)


def test_parse_of_junk_is_a_clear_error_not_a_traceback(tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\xff\xfe garbage \x01" * 20)
    result = run_cli("parse", str(junk), "--json", env=cli_env(tmp_path / "home"), check=False)
    assert result.returncode == 2
    assert "junk.bin" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_score_writes_one_assessment_per_line(tmp_path):
    conversations = tmp_path / "in.jsonl"
    conversations.write_text(json.dumps({
        "id": "t-1", "lang": "en",
        "participants": {"A": {"role": "child", "age": 12}, "B": {"role": "contact"}},
        "messages": [
            {"from": "B", "t": "2026-03-01T19:02:00-05:00", "text": "how old are you?"},
            {"from": "A", "t": "2026-03-01T19:03:00-05:00", "text": "12"},
            {"from": "B", "t": "2026-03-01T19:04:00-05:00",
             "text": "don't tell anyone we talk, delete this chat"},
        ],
    }) + "\n")
    result = run_cli("score", "--jsonl", str(conversations), env=cli_env(tmp_path / "home"))
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    line = json.loads(lines[0])
    assert set(line) == {"id", "risk", "score", "urgency", "urgency_reasons",
                         "first_alert_index", "hits"}
    assert line["id"] == "t-1" and 0.0 <= line["score"] <= 1.0
    assert {"index", "category", "span", "why"} == set(line["hits"][0])


def test_score_of_a_broken_line_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "participants": {}, "messages": []}\n{not json\n')
    result = run_cli("score", "--jsonl", str(bad), env=cli_env(tmp_path / "home"), check=False)
    assert result.returncode == 2
    assert "bad.jsonl" in result.stderr and "line 2" in result.stderr
    assert "Traceback" not in result.stderr


def test_user_add_json_prints_password_and_totp_secret(tmp_path):
    env = cli_env(tmp_path / "home")
    result = run_cli("user", "add", "ana", "--role", "analyst", "--json", env=env)
    document = json.loads(result.stdout)
    assert document["password"] and len(document["totp_secret"]) >= 16
    dup = run_cli("user", "add", "ana", "--role", "analyst", env=env, check=False)
    assert dup.returncode == 2 and "taken" in dup.stderr
    officer = run_cli("user", "add", "cop", "--role", "agency_officer", "--agency", "nowhere",
                      env=env, check=False)
    assert officer.returncode == 2 and "unknown agency" in officer.stderr


def test_usage_errors_exit_2_with_click_s_message(tmp_path):
    env = cli_env(tmp_path / "home")
    missing = run_cli("case", env=env, check=False)
    assert missing.returncode == 2 and "Missing argument" in missing.stderr
    unknown = run_cli("evidence", "verify", "--nope", env=env, check=False)
    assert unknown.returncode == 2 and "No such option" in unknown.stderr
    assert "internal error" not in missing.stderr + unknown.stderr


def test_user_reset_issues_new_credentials(tmp_path):
    env = cli_env(tmp_path / "home")
    before = json.loads(run_cli("user", "add", "ana", "--role", "analyst", "--json",
                                env=env).stdout)
    after = json.loads(run_cli("user", "reset", "ana", "--json", env=env).stdout)
    assert after["password"] != before["password"]
    assert after["totp_secret"] != before["totp_secret"]
    nobody = run_cli("user", "reset", "nobody", env=env, check=False)
    assert nobody.returncode == 2 and "no account" in nobody.stderr


def test_a_disabled_account_is_enabled_again(tmp_path):
    import sqlite3

    env = cli_env(tmp_path / "home")
    run_cli("user", "add", "ana", "--role", "analyst", env=env)

    def disabled() -> int:
        with sqlite3.connect(tmp_path / "home" / "tipline.db") as db:
            return db.execute("SELECT disabled FROM users WHERE username = 'ana'").fetchone()[0]

    run_cli("user", "disable", "ana", env=env)
    assert disabled() == 1
    assert "ana enabled" in run_cli("user", "enable", "ana", env=env).stdout
    assert disabled() == 0
    nobody = run_cli("user", "enable", "nobody", env=env, check=False)
    assert nobody.returncode == 2 and "no account" in nobody.stderr
    with sqlite3.connect(tmp_path / "home" / "tipline.db") as db:
        actions = [row[0] for row in db.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-2:] == ["user.disabled", "user.enabled"]


def test_audit_verify_exits_1_when_entries_are_deleted_from_the_end(tmp_path):
    import sqlite3

    env = cli_env(tmp_path / "home")
    database = tmp_path / "home" / "tipline.db"

    def sql(statement):  # direct database access, as a database administrator has
        with sqlite3.connect(database) as db:
            db.execute(statement)

    run_cli("user", "add", "ana", "--role", "analyst", env=env)  # audited, as is each reset
    run_cli("user", "reset", "ana", env=env)
    intact = run_cli("audit", "verify", env=env)
    assert "audit chain intact: 2 entries; reaches the anchor (entry 2)" in intact.stdout
    kept = tmp_path / "kept-anchor.json"
    kept.write_text(run_cli("audit", "anchor", "--json", env=env).stdout)
    assert json.loads(kept.read_text())["entry_id"] == 2

    run_cli("user", "reset", "ana", env=env)
    sql("DELETE FROM audit_log WHERE id = 3")
    broken = run_cli("audit", "verify", env=env, check=False)
    assert broken.returncode == 1 and "BROKEN at entry 3" in broken.stdout and "deleted" in broken.stdout
    head = run_cli("audit", "anchor", "--json", env=env, check=False)
    assert head.returncode == 1 and "nothing printed to keep" in head.stdout
    # New entries (SQLite reuses the deleted id) do not paper over it: the anchor stays put.
    run_cli("user", "reset", "ana", env=env)
    still = run_cli("audit", "verify", env=env, check=False)
    assert still.returncode == 1 and "BROKEN at entry 3" in still.stdout

    # With the anchor beside the data gone, verify cannot vouch for the end of the log...
    (tmp_path / "home" / "audit-anchor.json").unlink()
    unanchored = run_cli("audit", "verify", env=env, check=False)
    assert unanchored.returncode == 1 and "UNANCHORED" in unanchored.stdout
    # ... and a copy kept elsewhere still tells what happened.
    assert run_cli("audit", "verify", "--anchor", str(kept), env=env).returncode == 0
    sql("DELETE FROM audit_log")
    elsewhere = run_cli("audit", "verify", "--anchor", str(kept), env=env, check=False)
    assert elsewhere.returncode == 1 and "deleted" in elsewhere.stdout
    missing = run_cli("audit", "verify", "--anchor", str(tmp_path / "nope.json"), env=env, check=False)
    assert missing.returncode == 2 and "no such anchor file" in missing.stderr
    empty = run_cli("audit", "anchor", env=env, check=False)
    assert empty.returncode == 2 and "empty" in empty.stderr
