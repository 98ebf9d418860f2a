"""Rate limits for the public pages, without keeping anyone's IP address.

The key of a limit is a keyed hash (HMAC-SHA256 with a server secret) of the address *prefix*:
the /24 of an IPv4 address, the /48 of an IPv6 one. The address itself is never stored or
logged, the hash cannot be reversed without the key, and one household or school network shares
one allowance, which is what a limit against floods needs. Counting is the ``limits`` library's
moving window, in memory by default; ``TIPLINE_RATE_LIMIT_STORAGE`` (``redis://...``) shares the
counts between web processes.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress

from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter


def address_prefix(address: str | None) -> str:
    """The network an address belongs to: ``203.0.113.0/24``, ``2001:db8:1::/48``; "unknown"
    when there is none or it does not parse (a test client, a Unix socket)."""
    try:
        ip = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return "unknown"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    bits = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{bits}", strict=False))


class PublicRateLimit:
    """``allow(address, rule_name)``: whether one more request fits under the named rule.

    ``rules`` maps a name to a ``limits`` string such as ``"120/10 minutes"``."""

    def __init__(self, key: bytes, rules: dict[str, str], storage_uri: str = "memory://"):
        self._key = key
        self._rules = {name: parse(text) for name, text in rules.items()}
        self._limiter = MovingWindowRateLimiter(storage_from_string(storage_uri))

    def bucket(self, address: str | None) -> str:
        """The keyed hash that stands for the address's network (hex, 32 characters)."""
        prefix = address_prefix(address).encode()
        return hmac.new(self._key, b"rate limit " + prefix, hashlib.sha256).hexdigest()[:32]

    def allow(self, address: str | None, rule: str) -> bool:
        return self._limiter.hit(self._rules[rule], "tipline", rule, self.bucket(address))

    def reset(self) -> None:
        """Forget every count (tests, and an operator after a false alarm)."""
        self._limiter.storage.reset()
