"""Where ttdn's data files live: inside the installed package, or the repo's dictionaries/."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def dictionaries_dir() -> Path:
    """The dictionaries folder: $TTDN_DICTIONARIES, the wheel's copy, or the source tree's."""
    env = os.environ.get("TTDN_DICTIONARIES")
    if env:
        return Path(env)
    packaged = _PACKAGE_DIR / "dictionaries"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / "dictionaries"


def dictionary_path(*parts: str) -> Path:
    return dictionaries_dir().joinpath(*parts)
