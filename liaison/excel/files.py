"""Writing workbooks safely: into a temporary file beside the target, moved into place at the end.

A failed or cancelled write then leaves neither a half-written workbook nor a damaged earlier
one behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from liaison.i18n import Catalog, LiaisonError

_ = Catalog(
    {
        "export.cannot_write": (
            'Cannot write "{path}" ({detail}). Close it in Excel or WPS, or choose another folder.',
            "无法写入“{path}”（{detail}）。请在 Excel 或 WPS 中关闭该文件，或换一个文件夹。",
        ),
    }
)


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that becomes ``path`` when the block succeeds."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".liaison-", suffix=".xlsx", dir=path.parent)
        os.close(fd)
    except OSError as error:
        raise LiaisonError(
            "export.cannot_write", path=str(path), detail=error.strerror or error
        ) from None
    temporary = Path(name)
    try:
        yield temporary
        try:
            os.replace(temporary, path)
        except OSError as error:
            raise LiaisonError(
                "export.cannot_write", path=str(path), detail=error.strerror or error
            ) from None
    finally:
        temporary.unlink(missing_ok=True)
