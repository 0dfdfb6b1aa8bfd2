"""Exceptions that carry their exit code. The table is stable and documented in the README."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    DIFFERENT = 1  # ttdn diff: the two plans differ
    USAGE = 2  # bad command line
    MISSING_DEPENDENCY = 3  # tesseract or its language data not installed
    INPUT_NOT_FOUND = 4  # no such file, or a directory where a file was expected
    ENCRYPTED = 5  # encrypted PDF without (the right) --password
    BAD_INPUT = 6  # corrupt, truncated or unsupported input
    EMPTY_INPUT = 7  # no text at all (empty file, blank pages)
    TOO_LARGE = 8  # image above --max-pixels, text above the size limit
    OUTPUT_ERROR = 9  # cannot write the output (or it would overwrite the input)
    PARTIAL = 10  # some pages (or batch inputs) failed; the rest was processed
    BAD_RECORD = 11  # a record that is not valid YAML/JSON or not a ttdn record
    ALL_FAILED = 12  # every page / every batch input failed
    INTERNAL = 15  # a bug in ttdn: please report it
    INTERRUPTED = 130  # Ctrl-C


EXIT_CODE_DOC = {
    ExitCode.OK: "success",
    ExitCode.DIFFERENT: "ttdn diff only: the two plans differ",
    ExitCode.USAGE: "bad command line (unknown option, missing argument)",
    ExitCode.MISSING_DEPENDENCY: "tesseract or its language data (tesseract-ocr-vie) is not installed",
    ExitCode.INPUT_NOT_FOUND: "input file missing, or a directory given where a file is expected",
    ExitCode.ENCRYPTED: "PDF is encrypted: give --password",
    ExitCode.BAD_INPUT: "input is corrupt, truncated, or not a PDF / image / text file",
    ExitCode.EMPTY_INPUT: "input holds no text (empty file, blank pages)",
    ExitCode.TOO_LARGE: "input too large (image above --max-pixels, text above the size limit)",
    ExitCode.OUTPUT_ERROR: "output cannot be written, or would overwrite the input",
    ExitCode.PARTIAL: "partial result: some pages (batch: some inputs) failed, the rest is written",
    ExitCode.BAD_RECORD: "a record given to diff/tasks/validate is not a valid ttdn record",
    ExitCode.ALL_FAILED: "every page (batch: every input) failed",
    ExitCode.INTERNAL: "internal error (a bug: run again with --debug and report it)",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
}


class TtdnError(Exception):
    """An error a user can act on: a one-line message and an exit code."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str, exit_code: ExitCode | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


class MissingDependencyError(TtdnError):
    exit_code = ExitCode.MISSING_DEPENDENCY


class InputNotFoundError(TtdnError):
    exit_code = ExitCode.INPUT_NOT_FOUND


class EncryptedPdfError(TtdnError):
    exit_code = ExitCode.ENCRYPTED


class BadInputError(TtdnError):
    exit_code = ExitCode.BAD_INPUT


class EmptyInputError(TtdnError):
    exit_code = ExitCode.EMPTY_INPUT


class InputTooLargeError(TtdnError):
    exit_code = ExitCode.TOO_LARGE


class OutputError(TtdnError):
    exit_code = ExitCode.OUTPUT_ERROR


class BadRecordError(TtdnError):
    exit_code = ExitCode.BAD_RECORD


class OcrFailedError(TtdnError):
    """Raised for a single page; the pipeline records it and goes on."""

    exit_code = ExitCode.ALL_FAILED
