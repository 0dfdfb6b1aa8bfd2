"""Typed options shared by the library API and the CLI."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional

OcrMode = Literal["auto", "always", "never"]
RestoreMode = Literal["auto", "always", "never"]

DEFAULT_MAX_PIXELS = 200_000_000  # ~ A0 at 300 dpi; larger images are refused as bombs
DEFAULT_MAX_TEXT_BYTES = 32 * 1024 * 1024


@dataclass
class ReadOptions:
    ocr: OcrMode = "auto"
    lang: str = "vie"
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    password: Optional[str] = None
    page_timeout: Optional[float] = None  # seconds per page of OCR; None = no limit
    max_pixels: int = DEFAULT_MAX_PIXELS
    max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES
    encoding: Optional[str] = None  # force a text encoding (utf-8, tcvn3, vni, cp1258, ...)
    progress: bool = False  # show rich progress on stderr


@dataclass
class RestoreOptions:
    mode: RestoreMode = "auto"
    lexicon: Optional[Path] = None  # user lexicon file (one entry per line)


@dataclass
class Options:
    read: ReadOptions = field(default_factory=ReadOptions)
    restore: RestoreOptions = field(default_factory=RestoreOptions)
