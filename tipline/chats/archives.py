"""Safe, read-only access to the files of a zip or folder (the containers of containers.py).

A zip is hostile input: nothing is ever written to disk; members are read into memory, one at a
time, each at most DEFAULT_MAX_BYTES. A zip is refused whole (ChatParseError naming the zip and
the member) when it has more than MAX_MEMBERS members, declares more than MAX_TOTAL_BYTES
uncompressed, has a member compressed more than MAX_RATIO times (zip bombs; members under
RATIO_FLOOR are exempt), an absolute name, a drive letter, a ``..`` component, a NUL, a symbolic
link, encryption, or two members with the same name. A member whose real size is not the one
declared fails when read. Folders: symbolic links are skipped (with a warning), at most
MAX_MEMBERS entries, MAX_DEPTH levels deep.
"""

from __future__ import annotations

import os
import re
import stat
import struct
import zipfile
import zlib
from pathlib import Path

from tipline.chats.base import DEFAULT_MAX_BYTES, ChatParseError, read_bytes

MAX_MEMBERS = 10_000
"""Most members (files and folders) a zip or folder may hold."""
MAX_TOTAL_BYTES = 200 * 1024 * 1024
"""Most bytes a zip may declare uncompressed, all members together (200 MiB)."""
MAX_TOTAL_RATIO = 50
"""Most the whole zip may expand (declared uncompressed bytes / bytes of the zip file), once
it declares more than RATIO_FLOOR: many small, highly compressed members are a bomb too."""
MAX_RATIO = 200
"""Most a member may be compressed (uncompressed / compressed size); text rarely passes 20."""
RATIO_FLOOR = 1024 * 1024
"""Members smaller than this (1 MiB) are not checked for their ratio."""
MAX_DEPTH = 32
"""Most folder levels read in a folder, and path components in a member name."""
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
           struct.error, NotImplementedError, RuntimeError, zlib.error, KeyError, IndexError,
           OverflowError, MemoryError)


def is_zip(path: Path, head: bytes) -> bool:
    """Whether ``path`` is a zip: its first bytes or, for an empty file, its name."""
    return head.startswith(ZIP_MAGIC) or path.suffix.lower() == ".zip"


class Container:
    """Read-only access to the files of a zip or folder. ``names`` are POSIX paths."""

    kind: str

    def __init__(self, path: Path) -> None:
        self.path = path
        self.names: list[str] = []
        self.warnings: list[str] = []

    def read(self, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
        raise NotImplementedError

    def fail(self, member: str | None, detail: str) -> ChatParseError:
        return ChatParseError(self.path, f"{member}: {detail}" if member else detail)

    def wrap(self, member: str, error: ChatParseError) -> ChatParseError:
        """``error`` (raised for ``member`` on its own) restated as naming the container."""
        text = str(error)
        prefix = f"{error.file.name}: "
        problem = self.fail(member, text[len(prefix):] if text.startswith(prefix) else text)
        problem.line, problem.path = error.line, error.path
        problem.member = member  # type: ignore[attr-defined]
        return problem

    def close(self) -> None:
        pass

    def __enter__(self) -> Container:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def safe_name(name: str) -> str | None:
    """``name`` as a clean relative POSIX path, or None if it is absolute, has a drive letter,
    a ``..`` component or a NUL (``a\\b/./c`` -> ``a/b/c``)."""
    name = name.replace("\\", "/")
    if "\x00" in name or name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return None
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if ".." in parts or len(parts) > MAX_DEPTH:
        return None
    return "/".join(parts)


class ZipContainer(Container):
    kind = "zip"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except _ERRORS as error:
            raise ChatParseError(path, f"not a readable zip file ({_why(error)})") from None
        try:
            self._check(infos)
        except BaseException:
            self.close()
            raise

    def _check(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > MAX_MEMBERS:
            raise self.fail(None, f"zip has {len(infos):,} members, over the limit of "
                                  f"{MAX_MEMBERS:,}")
        self._infos: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            raw = info.filename
            name = safe_name(raw)
            if name is None:
                raise self.fail(raw[:200], "unsafe member name (absolute, drive letter, '..' "
                                           "or NUL); zip refused")
            if stat.S_ISLNK(info.external_attr >> 16):
                raise self.fail(name, "member is a symbolic link; zip refused")
            if info.flag_bits & 0x1:
                raise self.fail(name, "member is encrypted; zip refused")
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise self.fail(None, f"zip declares more than {MAX_TOTAL_BYTES:,} bytes "
                                      "uncompressed; refused")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1):
                raise self.fail(name, f"member is compressed more than {MAX_RATIO} times "
                                      "(a zip bomb?); zip refused")
            if info.is_dir() or not name:
                continue
            if name in self._infos:
                raise self.fail(name, "two members have this name; zip refused")
            self._infos[name] = info
        self.names = list(self._infos)
        size = self.path.stat().st_size
        if total > RATIO_FLOOR and total > MAX_TOTAL_RATIO * max(size, 1):
            raise self.fail(None, f"zip expands {total // max(size, 1)} times its size "
                                  f"(more than {MAX_TOTAL_RATIO}; a zip bomb?); refused")

    def read(self, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
        info = self._infos[name]
        if info.file_size > max_bytes:
            raise self.fail(name, f"member is larger than the {max_bytes:,}-byte limit")
        try:
            with self._zip.open(info) as handle:
                data = handle.read(max_bytes + 1)
        except _ERRORS as error:
            raise self.fail(name, f"cannot read member ({_why(error)})") from None
        if len(data) > max_bytes:
            raise self.fail(name, f"member is larger than the {max_bytes:,}-byte limit")
        return data

    def close(self) -> None:
        zip_file = getattr(self, "_zip", None)
        if zip_file is not None:
            zip_file.close()


class FolderContainer(Container):
    kind = "folder"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        seen = 0
        stack: list[tuple[Path, str, int]] = [(path, "", 0)]
        try:
            while stack:
                folder, prefix, depth = stack.pop()
                with os.scandir(folder) as entries:
                    for entry in sorted(entries, key=lambda e: e.name):
                        seen += 1
                        if seen > MAX_MEMBERS:
                            raise self.fail(None, f"folder holds more than {MAX_MEMBERS:,} "
                                                  "files and folders")
                        relative = f"{prefix}{entry.name}"
                        if entry.is_symlink():
                            self.warnings.append(f"{relative}: symbolic link skipped")
                        elif entry.is_dir(follow_symlinks=False):
                            if depth + 1 < MAX_DEPTH:
                                stack.append((Path(entry.path), f"{relative}/", depth + 1))
                        elif entry.is_file(follow_symlinks=False):
                            self.names.append(relative)
        except OSError as error:
            raise self.fail(None, f"cannot read folder: {error.strerror or error}") from None
        self.names.sort()

    def read(self, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
        target = self.path / name
        if target.is_symlink():
            raise self.fail(name, "is a symbolic link")
        try:
            return read_bytes(target, max_bytes)
        except ChatParseError as error:
            raise self.wrap(name, error) from None


def open_container(path: Path) -> Container:
    """A FolderContainer for a folder, else a ZipContainer (ChatParseError if not a zip)."""
    return FolderContainer(path) if path.is_dir() else ZipContainer(path)


def _why(error: BaseException) -> str:
    text = str(error).splitlines()[0][:120] if str(error) else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


