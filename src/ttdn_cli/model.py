"""The one document model that flows through ttdn's stages: read -> restore -> structure -> emit.

A reader fills `Document.pages` with `Line`s in reading order. Each line carries the block it belongs
to, so later stages know a header column from body text or a table row:

    header-left, header-right   the two columns of the header (issuer | quốc hiệu, place, date)
    body                        everything between header and footer
    table                       one row of a ruled table, cells joined by " | "
    footer-left, footer-right   Nơi nhận | signer
    None                        unknown (plain text input: structure must infer it)

Restoration rewrites `Line.text` in place and keeps what the reader produced in `Line.raw`.
Structuring fills `Document.record` (the `document`, `sections`, `tasks` ... parts of the record).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Optional

Block = Optional[Literal["header-left", "header-right", "body", "table", "footer-left", "footer-right"]]
TextFrom = Literal["text-layer", "ocr", "text", "failed"]


@dataclass
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float = -1.0

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass
class Line:
    text: str
    block: Block = None
    page: int = 1
    bbox: Optional[tuple[float, float, float, float]] = None  # x0, y0, x1, y1 in page pixels/points
    raw: Optional[str] = None  # the text as read, before restoration; None when unchanged
    # A table row's cells; text is then " | ".join(cells).
    cells: Optional[list[str]] = None


@dataclass
class Page:
    number: int  # 1-based
    text_from: TextFrom
    lines: list[Line] = field(default_factory=list)
    width: Optional[float] = None
    height: Optional[float] = None
    dpi: Optional[int] = None
    failed: Optional[str] = None  # why reading this page failed
    # How restoration treated the page: none | restored | re-ocr (text layer replaced by vie OCR)
    restoration: str = "none"
    note: Optional[str] = None

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class Uncertain:
    line: int  # 1-based line number in the document's full text
    token: str  # what restoration chose
    original: str  # what the OCR said
    alternatives: list[str] = field(default_factory=list)


@dataclass
class Quality:
    syllables: int = 0
    changed: int = 0
    uncertain: list[Uncertain] = field(default_factory=list)
    failed_pages: list[int] = field(default_factory=list)


@dataclass
class Document:
    name: str  # file name as given ("-" for stdin)
    sha256: str
    kind: Literal["pdf", "image", "text"]
    pages: list[Page] = field(default_factory=list)
    ocr_engine: Optional[dict[str, str]] = None  # {"name": "tesseract", "version": "5.3.0", "lang": "vie"}
    encoding: Optional[str] = None  # text inputs: the encoding detected / converted from
    quality: Quality = field(default_factory=Quality)
    record: dict[str, Any] = field(default_factory=dict)

    @property
    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]

    @property
    def text(self) -> str:
        """Full text, pages separated by a form feed (like OCRmyPDF's sidecar)."""
        return "\f".join(page.text for page in self.pages)
