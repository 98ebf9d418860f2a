"""Where the samples are: self-contained fixtures in tests/fixtures/chats, and the larger set in
the sibling folder ../shared (absent from a fresh clone: tests using it skip, saying why)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "chats"
SHARED = (REPO / ".." / "shared").resolve()
EXPORTS = SHARED / "chat-exports"
TRIAGE = SHARED / "triage-dev"

needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason=f"sample folder {SHARED} (../shared next to the repo) is absent"
)


def shared(relative: str) -> Path:
    """A file under ../shared, skipping the calling test when the folder is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"sample {path} is absent (../shared is not part of a fresh clone)")
    return path


def sample(name: str) -> Path:
    """A fixture under tests/fixtures/chats."""
    return FIXTURES / name


OWN_SAMPLES = {
    "whatsapp-android": [sample("chat-miner_test_ddmmyy_24hrs.txt"),
                         sample("chatistics_android_odd_names.txt")],
    "whatsapp-ios": [sample("pustur_example_ios_lrm_2019.txt"),
                     sample("chatistics_ios_unicode_stress.txt")],
    "telegram": [sample("telegram_chat-miner_test_batch_export.json"),
                 sample("selfmade_telegram_personal.json")],
    "discord": [sample("selfmade_discord_dm.json"), sample("selfmade_discord_reactions.json")],
    "discord-csv": [sample("selfmade_discord_dce.csv")],
    "discord-package": [
        sample("selfmade_discord_package/messages/c200000000000000001/messages.csv"),
        sample("selfmade_discord_package/messages/c300000000000000001/messages.json"),
    ],
    "instagram": [sample("instagram_chat-miner_test_export.json"),
                  sample("selfmade_instagram_mojibake.json")],
}
"""Samples that ship with the repo, by the format each must be detected as."""

SHARED_SAMPLES = {
    "whatsapp-android": ["triage-dev/exports/dev-032.whatsapp-android.txt",
                         "chat-exports/whatsapp/whatstk_pokemon.txt"],
    "whatsapp-ios": ["triage-dev/exports/dev-004.whatsapp-ios.txt",
                     "chat-exports/whatsapp/whatsr_germanios24h.txt"],
    "telegram": ["triage-dev/exports/dev-063.telegram.json",
                 "chat-exports/telegram/chat-analytics_DM_2A_7M.json"],
    "discord": ["triage-dev/exports/dev-005.discord.json",
                "chat-exports/discord/dcef_example_general.json"],
    "instagram": ["triage-dev/exports/dev-044.instagram.json",
                  "chat-exports/messenger/chat-analytics_2A_7M.json"],
}
"""Samples in ../shared, by format (relative to ../shared)."""


def samples_of(name: str) -> list[Path]:
    """Every available sample of format ``name`` (shared ones only when ../shared exists)."""
    found = list(OWN_SAMPLES[name])
    if SHARED.is_dir():
        found += [SHARED / rel for rel in SHARED_SAMPLES.get(name, [])
                  if (SHARED / rel).exists()]
    return found
