"""Identifiers found in what a child or a reporter writes (tipline/linking/extract.py)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from tipline.linking.extract import extract


def _keys(text, region=None):
    return [f.identifier.key for f in extract(text, region=region)]


def test_the_same_account_however_it_is_written():
    one = ("username", "instagram", "dark_wolf.77")
    assert _keys("he said add me @dark_wolf.77 on Instagram") == [one]
    assert _keys("his profile instagram.com/Dark_Wolf.77 keeps messaging me") == [one]
    assert _keys("DARK_WOLF.77 on insta asked for pics") == [one]
    assert _keys("his insta is dark_wolf.77") == [one]


def test_emails_phones_urls_and_ips():
    text = ("email me at Jane.Doe+x@gmail.com or call 416-967-1111, "
            "see https://example.com/page. ip 203.0.113.7 and 2001:db8::1")
    keys = _keys(text, region="CA")
    assert ("email", None, "janedoe@gmail.com") in keys
    assert ("phone", None, "+14169671111") in keys
    assert ("url", None, "example.com/page") in keys
    assert ("ip", None, "203.0.113.7") in keys and ("ip", None, "2001:db8::1") in keys


def test_a_handle_without_a_platform_is_kept_weak_and_words_are_not_handles():
    found = extract("he is @sk8r_boi and he wants to meet me on snapchat")
    assert [(f.identifier.key, f.identifier.confidence) for f in found] == [
        (("username", None, "sk8r_boi"), 0.5)]
    assert extract("talk to me on instagram") == []
    assert extract("i have 3 dogs and 12.5 cats, version 1.2.3") == []


def test_spans_point_at_the_text():
    text = "add @dark_wolf.77 now"
    (found,) = extract(text)
    assert text[found.span[0]:found.span[1]].startswith("@dark_wolf.77")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.sampled_from(["CA", "FR", "GB", "zz", ""])))
def test_any_text_gives_identifiers_or_nothing_never_an_error(text, region):
    for found in extract(text, region=region):
        assert 0 <= found.span[0] < found.span[1] <= len(text)
