"""What an analyst sees of an image before deciding to look: a small greyscale thumbnail, blurred
so that shapes show and nothing else (Pillow). Revealed, the same thumbnail in colour and sharp.

Made from the sealed original on each request and never stored: a derived view, as DESIGN.md
asks, that changes nothing in the evidence. Only raster formats Pillow reads safely are
previewed; anything else, or an image too large to decode (decompression bombs), gets no
preview, and the analyst downloads nothing from the case page.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageFilter, UnidentifiedImageError

PREVIEWED = {"image/png", "image/jpeg", "image/gif", "image/webp"}
MAX_PIXELS = 25_000_000  # refuse to decode more than this (checked before decoding)
SIZE = 320
BLUR_RADIUS = 14


class NoPreview(ValueError):
    """The file is not an image Tipline previews, or could not be decoded safely."""


def thumbnail(data: bytes, *, revealed: bool) -> bytes:
    """A JPEG of at most ``SIZE`` x ``SIZE`` pixels: greyscale and blurred unless ``revealed``.
    Raises NoPreview."""
    try:
        with warnings.catch_warnings():  # the size is checked below, before any decoding
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
        with image:
            if image.format not in {"PNG", "JPEG", "GIF", "WEBP"}:
                raise NoPreview(f"not a previewed format: {image.format}")
            width, height = image.size  # read from the header: nothing is decoded yet
            if width * height > MAX_PIXELS:
                # Pillow itself only warns up to twice its limit; a small file can declare a
                # huge canvas and take hundreds of MB to decode.
                raise NoPreview(f"{width} x {height} pixels is more than {MAX_PIXELS:,}")
            image.seek(0)
            image.thumbnail((SIZE, SIZE))
            small = image.convert("RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as exc:
        raise NoPreview(str(exc)) from None
    if not revealed:
        small = small.convert("L").filter(ImageFilter.GaussianBlur(BLUR_RADIUS))
    out = io.BytesIO()
    small.save(out, "JPEG", quality=80)
    return out.getvalue()
