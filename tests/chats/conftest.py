"""Paths to the chat-export samples used by the tests in this folder."""

from __future__ import annotations

import sys
from pathlib import Path


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # so test modules can import chats_contract / chats_samples
