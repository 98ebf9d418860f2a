"""Signed platform context: a platform's token round-trips; tampered, foreign, stale, future,
unknown, revoked and hostile tokens are never trusted, and checking them never raises."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tipline.embed.context import (
    CLOCK_SKEW,
    MAX_TOKEN_CHARS,
    STATUSES,
    ContextCheck,
    ContextError,
    context_record,
    context_summary,
    sign_context,
    verify_context,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
CONTEXT = {"platform": "demo", "reported_account": "@dark_wolf.77",
           "conversation_id": "demo-conv-1"}


def keys(**known: bytes):
    return lambda platform: known.get(platform)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def signed_by_hand(payload: dict, key: bytes = KEY) -> str:
    """A token built the way docs/embed.md tells a platform to build one."""
    body = b64(json.dumps(payload).encode())
    return f"{body}.{b64(hmac.new(key, body.encode(), hashlib.sha256).digest())}"


def test_a_signed_context_verifies_with_its_fields_and_issue_time():
    token = sign_context(KEY, CONTEXT, NOW - timedelta(minutes=3))
    check = verify_context(token, keys(demo=KEY), NOW)
    assert check.status == "verified" and check.platform == "demo"
    assert check.context == {**CONTEXT, "issued_at": "2026-11-30T11:57:00Z"}
    assert context_record(check) == {"status": "verified", "note": check.note,
                                     "context": check.context}
    assert (context_summary(context_record(check)) == "Platform context: verified (platform "
            "demo, account @dark_wolf.77, conversation demo-conv-1)")


def test_the_token_is_compact_and_the_payload_is_plain_json():
    token = sign_context(KEY, {"platform": "demo"}, NOW)
    body, signature = token.split(".")
    assert json.loads(unb64(body)) == {"platform": "demo", "iat": int(NOW.timestamp())}
    assert len(unb64(signature)) == 32 and "=" not in token


def test_a_token_a_platform_builds_by_hand_verifies():
    token = signed_by_hand({"platform": "demo", "iat": int(NOW.timestamp()),
                            "reported_account": "ünïcode 🐺"})
    check = verify_context(token, keys(demo=KEY), NOW)
    assert check.status == "verified" and check.context["reported_account"] == "ünïcode 🐺"


def test_a_tampered_payload_is_a_bad_signature():
    body, signature = sign_context(KEY, CONTEXT, NOW).split(".")
    payload = json.loads(unb64(body))
    payload["reported_account"] = "@someone_else"
    check = verify_context(f"{b64(json.dumps(payload).encode())}.{signature}",
                           keys(demo=KEY), NOW)
    assert check.status == "bad_signature" and check.context is None
    assert context_record(check) == {"status": "bad_signature", "note": check.note,
                                     "context": None}
    assert context_summary(context_record(check)).startswith(
        "Platform context ignored: bad signature")


def test_a_tampered_signature_is_a_bad_signature():
    body, signature = sign_context(KEY, CONTEXT, NOW).split(".")
    flipped = bytearray(unb64(signature))
    flipped[0] ^= 1
    assert verify_context(f"{body}.{b64(bytes(flipped))}", keys(demo=KEY),
                          NOW).status == "bad_signature"
    assert verify_context(f"{body}.{b64(bytes(flipped[:16]))}", keys(demo=KEY),
                          NOW).status == "bad_signature"


def test_a_token_signed_with_another_key_is_a_bad_signature():
    token = sign_context(OTHER_KEY, CONTEXT, NOW)
    assert verify_context(token, keys(demo=KEY), NOW).status == "bad_signature"


def test_a_token_older_than_the_maximum_age_has_expired():
    token = sign_context(KEY, CONTEXT, NOW - timedelta(hours=24, seconds=1))
    check = verify_context(token, keys(demo=KEY), NOW)
    assert check.status == "expired" and check.context is None
    assert verify_context(token, keys(demo=KEY), NOW,
                          max_age=timedelta(hours=25)).status == "verified"
    fresh = sign_context(KEY, CONTEXT, NOW - timedelta(minutes=10))
    assert verify_context(fresh, keys(demo=KEY), NOW,
                          max_age=timedelta(minutes=5)).status == "expired"


def test_a_token_from_the_future_is_refused_beyond_a_small_clock_skew():
    within = sign_context(KEY, CONTEXT, NOW + CLOCK_SKEW - timedelta(seconds=1))
    beyond = sign_context(KEY, CONTEXT, NOW + CLOCK_SKEW + timedelta(seconds=2))
    assert verify_context(within, keys(demo=KEY), NOW).status == "verified"
    check = verify_context(beyond, keys(demo=KEY), NOW)
    assert check.status == "expired" and "future" in check.note


def test_an_unknown_or_revoked_platform_is_reported_by_its_claimed_id():
    token = sign_context(KEY, {**CONTEXT, "platform": "elsewhere"}, NOW)
    check = verify_context(token, keys(demo=KEY), NOW)
    assert check.status == "unknown_platform" and check.platform == "elsewhere"
    assert context_summary(context_record(check)).startswith(
        "Platform context ignored: unknown platform")


def test_no_token_is_absent_and_fields_without_a_token_are_unsigned():
    assert verify_context(None, keys(), NOW).status == "absent"
    assert verify_context("", keys(), NOW).status == "absent"
    assert context_summary(context_record(verify_context(None, keys(), NOW))) == ""
    unsigned = verify_context(None, keys(), NOW, unsigned_fields=True)
    assert unsigned.status == "unsigned" and unsigned.context is None
    assert context_summary(context_record(unsigned)).startswith(
        "Platform context ignored: unsigned")


@pytest.mark.parametrize("payload, why", [
    ({"platform": "demo", "iat": "1795000000"}, "iat must be an integer"),
    ({"platform": "demo", "iat": 1.5e9}, "iat must be an integer"),
    ({"platform": "demo", "iat": True}, "iat must be an integer"),
    ({"platform": "demo"}, "iat must be an integer"),
    ({"platform": "demo", "iat": 10**30}, "out of range"),
    ({"platform": "demo", "iat": 1795000000, "reported_account": ["@x"]}, "must be a string"),
    ({"platform": "demo", "iat": 1795000000, "conversation_id": 7}, "must be a string"),
    ({"platform": "demo", "iat": 1795000000, "reported_account": "x" * 501}, "1 to 500"),
    ({"platform": "demo", "iat": 1795000000, "reported_account": "a\x1b[2J"}, "control"),
    ({"platform": "demo", "iat": 1795000000, "admin": True}, "unexpected field"),
])
def test_a_signed_payload_with_bad_fields_is_malformed(payload, why):
    check = verify_context(signed_by_hand(payload), keys(demo=KEY), NOW)
    assert check.status == "malformed" and why in check.note and check.context is None


@pytest.mark.parametrize("token", [
    "x", ".", "..", "a.b.c", "not base64!.abc", "e30.", ".e30", "bnVsbA.AAAA", "W10.AAAA",
    b64(b'{"platform": "DEMO", "iat": 1}') + ".AAAA",
    b64(b'{"platform": 7, "iat": 1}') + ".AAAA",
    b64(b"\xff\xfe") + ".AAAA",
    b64(b"[" * 3000) + ".AAAA",
    "A" * (MAX_TOKEN_CHARS + 1),
])
def test_hostile_tokens_are_malformed(token):
    assert verify_context(token, keys(demo=KEY), NOW).status == "malformed"


def test_key_lookup_is_never_asked_about_an_invalid_platform_id():
    asked = []
    verify_context(b64(json.dumps({"platform": "../../etc", "iat": 1}).encode()) + ".AAAA",
                   lambda p: asked.append(p), NOW)
    assert asked == []


def test_the_signer_refuses_what_the_verifier_would_refuse():
    with pytest.raises(ContextError, match="platform"):
        sign_context(KEY, {"reported_account": "@x"}, NOW)
    with pytest.raises(ContextError, match="reported_account"):
        sign_context(KEY, {"platform": "demo", "reported_account": 5}, NOW)
    with pytest.raises(ContextError, match="unexpected"):
        sign_context(KEY, {"platform": "demo", "role": "admin"}, NOW)
    with pytest.raises(ValueError, match="aware"):
        sign_context(KEY, {"platform": "demo"}, NOW.replace(tzinfo=None))


def test_a_check_is_a_frozen_value():
    check = ContextCheck("absent")
    with pytest.raises(AttributeError):
        check.status = "verified"  # type: ignore[misc]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=300), st.binary(max_size=300).map(
    lambda b: b.decode("latin-1")), st.integers(), st.lists(st.text(max_size=5))))
def test_any_input_gives_a_verdict_and_never_raises(token):
    check = verify_context(token, keys(demo=KEY), NOW)
    assert check.status in STATUSES and check.status != "verified"


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=20), st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=50),
    st.lists(st.integers(), max_size=3)), max_size=6))
def test_any_signed_json_object_gives_a_verdict_and_never_raises(payload):
    check = verify_context(signed_by_hand({"platform": "demo", **payload}), keys(demo=KEY), NOW)
    assert check.status in STATUSES
    assert (check.context is not None) == (check.status == "verified")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=255))
def test_changing_any_byte_of_a_token_never_verifies(position, value):
    token = sign_context(KEY, CONTEXT, NOW)
    position %= len(token)
    changed = token[:position] + chr(value) + token[position + 1:]
    if changed != token:
        assert verify_context(changed, keys(demo=KEY), NOW).status != "verified"
