"""What every ``tipline`` command shares: the two consoles (standard output and standard error),
``UserError`` (a problem the user can fix: one line, exit code 2), opening ``TIPLINE_HOME`` with
setup problems turned into such errors, the clock, JSON output and pydantic's validation messages
as one line. cli.py and cli_admin.py both import these from here.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime

from rich.console import Console

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


def _now() -> datetime:
    return datetime.now(UTC)


def _home():
    """Open TIPLINE_HOME, turning setup problems into one clear line (exit 2)."""
    from pydantic import ValidationError
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from tipline.home import open_home
    from tipline.settings import Settings

    try:
        settings = Settings()
    except ValidationError as error:
        raise UserError(f"bad setting: {_validation_message(error)}") from None
    try:
        return open_home(settings)
    except OSError as error:
        raise UserError(f"cannot use TIPLINE_HOME {settings.home}: "
                        f"{error.strerror or error}") from None
    except ArgumentError as error:
        raise UserError(f"TIPLINE_DATABASE_URL is not a database URL: {error}") from None
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise UserError(f"cannot open the database: {reason}") from None
    except ValueError as error:
        raise UserError(str(error)) from None


def _print_json(document) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _validation_message(error) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in item['loc'])}: {item['msg']}" for item in error.errors()
    )


# C0 and C1 control characters other than newline and tab: reported text could otherwise
# drive the analyst's terminal (clear the screen, hide text, retitle the window).
_CONTROLS = {cp: f"\\x{cp:02x}" for cp in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F,
                                              *range(0x80, 0xA0))}


def terminal_safe(text: str | None) -> str:
    """``text`` with control characters written out as ``\\x1b`` and so on."""
    return (text or "").translate(_CONTROLS)
