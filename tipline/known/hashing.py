"""The hashes hash lists are matched on: MD5, SHA-1 and SHA-256 of the bytes, and PDQ of an
image (Meta's perceptual hash, through the ``pdqhash`` library that the ThreatExchange library
also uses). PDQ is a 256-bit hash whose Hamming distance to the hash of a resized,
recompressed or lightly edited copy stays small (Meta's PDQ paper: 31 or less is a confident
match); ``quality`` (0 to 100) says how much detail the image had to hash, and a hash of
quality under 50 (a flat image) is not matched.
"""

from __future__ import annotations

import hashlib
import io
import threading
import warnings
from dataclasses import dataclass

import numpy as np
import pdqhash
from PIL import Image

# Magic numbers of the image formats Pillow reads that platforms send.
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"RIFF")
MIN_QUALITY = 50
# PDQ downsamples every image to 64x64 in the end; hashing at most 512 pixels a side, as
# Meta's reference hasher recommends, keeps a 50-megapixel upload to milliseconds.
MAX_SIDE = 512
# A larger image is sealed but not hashed: decoding it whole would cost hundreds of MB, and a
# few kilobytes of PNG can declare that many pixels (decompression bombs). 4096 x 4096 covers
# every phone camera's pictures once they have been through an app.
MAX_PIXELS = 16_777_216
# At most this many images are decoded at once in a process, whatever the number of requests.
_DECODING = threading.BoundedSemaphore(2)


@dataclass(frozen=True, slots=True)
class ImageHashes:
    """Digests of one file (hex); ``pdq`` None when it is not an image Pillow can read;
    ``sha1`` None where only the digests sealing made are known (a file that is no image)."""

    md5: str
    sha1: str | None
    sha256: str
    pdq: str | None = None
    pdq_quality: int | None = None


def looks_like_image(data: bytes) -> bool:
    if data.startswith(b"RIFF"):
        return data[8:12] == b"WEBP"
    return data.startswith(IMAGE_MAGIC)


def pdq_of(data: bytes) -> tuple[str, int] | None:
    """PDQ hash (64 hex characters) and quality of an image, or None when the bytes are not
    an image Pillow can decode, or one too large to decode safely."""
    try:
        with warnings.catch_warnings(), _DECODING:
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                return None
            image.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a reduced scale
            if image.mode.startswith("I;16") or image.mode == "I":
                # 16-bit greyscale: scale to 8 bits (converting clips), so a copy saved with
                # 16 bits hashes like the 8-bit original.
                wide = np.asarray(image, dtype=np.uint32)
                image = Image.fromarray((wide >> 8).clip(0, 255).astype(np.uint8), "L")
            if image.mode not in ("RGB", "L"):
                image = image.convert("RGB")
            image.thumbnail((MAX_SIDE, MAX_SIDE))  # before any widening to RGB
            image = image.convert("RGB")
            pixels = np.asarray(image)
    except Exception:  # noqa: BLE001 - any undecodable file is simply not an image here
        return None
    bits, quality = pdqhash.compute(pixels)
    packed = np.packbits(np.asarray(bits, dtype=np.uint8))
    return packed.tobytes().hex(), int(quality)


def hashes_of(data: bytes, *, sha256: str | None = None, md5: str | None = None) -> ImageHashes:
    """Every digest of ``data``; PDQ only for images. ``sha256`` and ``md5``, when the caller
    has them already (sealing computes both), are taken as given."""
    pdq = pdq_of(data) if looks_like_image(data) else None
    return ImageHashes(
        md5=md5 or hashlib.md5(data, usedforsecurity=False).hexdigest(),
        sha1=hashlib.sha1(data, usedforsecurity=False).hexdigest(),
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        pdq=pdq[0] if pdq else None, pdq_quality=pdq[1] if pdq else None,
    )


def pdq_distance(a: str, b: str) -> int:
    """Hamming distance of two PDQ hashes in hex (0 to 256)."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
