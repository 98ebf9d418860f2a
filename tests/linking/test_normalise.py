"""One account written many ways is one canonical identifier; anything else is refused, never
raised (tipline/linking/normalise.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from tipline.linking.normalise import normalise


@pytest.mark.parametrize("kind, value, platform", [
    ("username", "@dark_wolf.77", "Instagram"),
    ("username", "DARK_WOLF.77", "insta"),
    ("username", "dark_wolf.77", "IG"),
    ("username", "ｄａｒｋ＿ｗｏｌｆ.77", "instagram"),  # fullwidth: NFKC
    ("username", "dаrk_wolf.77", "instagram"),  # a Cyrillic "а" among the Latin letters
    ("url", "https://www.instagram.com/dark_wolf.77/", None),
    ("url", "instagram.com/Dark_Wolf.77?igsh=abc", None),
])
def test_one_instagram_account_written_many_ways_is_one(kind, value, platform):
    found = normalise(kind, value, platform)
    assert found is not None and found.key == ("username", "instagram", "dark_wolf.77")
    assert found.confidence == 1.0


def test_a_username_without_a_platform_is_weaker_and_a_display_name_weaker_still():
    assert normalise("username", "@dark_wolf.77").confidence == 0.5
    assert normalise("display_name", "  Dark   Wolf ").value == "dark wolf"
    assert normalise("display_name", "Dark Wolf").confidence == 0.3


@pytest.mark.parametrize("a, b", [
    ("Jane.Doe+games@gmail.com", "janedoe@googlemail.com"),
    ("JANE.DOE@GMAIL.COM", "jane.doe@gmail.com"),
    ("kid+x@outlook.com", "kid@outlook.com"),
])
def test_emails_the_provider_delivers_alike_are_one(a, b):
    assert normalise("email", a).value == normalise("email", b).value


def test_dots_matter_where_the_provider_keeps_them():
    assert normalise("email", "jane.doe@example.org").value == "jane.doe@example.org"
    assert normalise("email", "not an email") is None


def test_phone_numbers_become_e164_in_the_childs_country():
    assert normalise("phone", "+1 000 000 0000") is None  # no such area code
    assert normalise("phone", "+1 416 967 1111").value == "+14169671111"
    assert normalise("phone", "416-967-1111", region="CA").value == "+14169671111"
    assert normalise("phone", "06 12 34 56 78", region="FR").value == "+33612345678"
    assert normalise("phone", "12") is None


def test_other_urls_and_ip_addresses():
    assert normalise("url", "HTTPS://Example.COM/path/").value == "example.com/path"
    assert normalise("url", "https://www.instagram.com/p/abc123/").kind == "url"  # a post, not a profile
    assert normalise("url", "https://snapchat.com/add/Dark_Wolf").key == ("username", "snapchat", "dark_wolf")
    assert normalise("ip", " 2001:DB8::0001 ").value == "2001:db8::1"
    assert normalise("ip", "300.1.1.1") is None


KINDS = st.sampled_from(["username", "display_name", "email", "phone", "url", "ip", "platform_user_id",
                         "device_id", "nonsense"])


@settings(max_examples=500, deadline=None)
@given(KINDS, st.text(max_size=80), st.one_of(st.none(), st.text(max_size=20)), st.one_of(st.none(), st.text(max_size=3)))
def test_any_input_is_normalised_or_refused_never_raised(kind, value, platform, region):
    found = normalise(kind, value, platform, region=region)
    if found is not None:
        assert found.value and 0 < found.confidence <= 1
        assert normalise(found.kind, found.value, found.platform) is not None or found.kind != "username"
