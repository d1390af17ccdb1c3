"""Known errors of the core. Each carries a bilingual message; the CLI and the app show it."""

from __future__ import annotations

from typing import Any

from liaison.i18n import Catalog, LiaisonError

_ = Catalog(
    {
        "error.not_found": ("{entity} #{ref} was not found", "未找到{entity}“{ref}”"),
        "error.validation": ("{field}: {reason}", "{field}：{reason}"),
    }
)


class NotFound(LiaisonError):
    def __init__(self, entity: str, ref: object) -> None:
        super().__init__("error.not_found", entity=entity, ref=ref)


class ValidationError(LiaisonError):
    """A value the officer entered is not acceptable; ``field`` names the field at fault."""

    def __init__(self, field: str, key: str, **params: Any) -> None:
        self.field = field
        super().__init__(key, **params)


class ValidationErrors(LiaisonError):
    """Several fields at fault at once (an editor shows each next to its field)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.key, **first.params)
        self.field = first.field

    def message(self, lang: str | None = None) -> str:
        return "; ".join(f"{e.field}: {e.message(lang)}" for e in self.errors)
