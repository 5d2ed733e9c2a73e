"""The pydantic model of the config file. Imported only when a config file exists."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from compliance_lint.config import ConfigError, PathOverride, Settings, Suppression
from compliance_lint.model import Context, Severity

SeverityName = Literal["error", "warning", "info"]
Region = Literal["us", "eu", "in", "sg"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ContextModel(_Strict):
    hipaa: bool | None = None
    region: Region | None = None


class AllowlistModel(_Strict):
    extend: list[str] = Field(default_factory=list)
    remove: list[str] = Field(default_factory=list)


class OverrideModel(_Strict):
    files: list[str] = Field(min_length=1)
    context: ContextModel | None = None
    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, SeverityName] = Field(default_factory=dict)


class SuppressionModel(_Strict):
    rule: str
    path: str
    reason: str = Field(min_length=1)
    pointer: str | None = None
    expires: date | None = None


class PhiModel(_Strict):
    allow: list[str] = Field(default_factory=list)
    allow_patterns: list[str] = Field(default_factory=list)


class ConfigModel(_Strict):
    packs: list[str] = Field(default_factory=list)
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, SeverityName] = Field(default_factory=dict)
    fail_on: SeverityName | None = None
    context: ContextModel = Field(default_factory=ContextModel)
    overrides: list[OverrideModel] = Field(default_factory=list)
    allowlists: dict[str, AllowlistModel] = Field(default_factory=dict)
    exclude: list[str] = Field(default_factory=list)
    suppressions: list[SuppressionModel] = Field(default_factory=list)
    baseline: str | None = None
    phi: PhiModel = Field(default_factory=PhiModel)
    strict: bool = False


def _explain(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top level)"
    if first["type"] == "extra_forbidden":
        return f"unknown key '{where}'"
    return f"key '{where}': {first['msg']}"


def parse_config(raw: dict[str, Any], path: Path) -> Settings:
    try:
        model = ConfigModel.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {_explain(exc)}") from None
    root = path.parent
    context = Context(
        hipaa=model.context.hipaa if model.context.hipaa is not None else True,
        region=model.context.region or "us",
    )
    return Settings(
        context=context,
        select=tuple(model.select),
        ignore=tuple(model.ignore),
        severity={k: Severity.parse(v) for k, v in model.severity.items()},
        fail_on=Severity.parse(model.fail_on) if model.fail_on else Severity.ERROR,
        exclude=tuple(model.exclude),
        rule_dirs=tuple((root / p).resolve() for p in model.packs),
        allowlists={k: (tuple(v.extend), tuple(v.remove)) for k, v in model.allowlists.items()},
        overrides=tuple(
            PathOverride(
                files=tuple(o.files), root=root,
                hipaa=o.context.hipaa if o.context else None, region=o.context.region if o.context else None,
                select=tuple(o.select) if o.select is not None else None, ignore=tuple(o.ignore),
                severity={k: Severity.parse(v) for k, v in o.severity.items()},
            )
            for o in model.overrides
        ),
        suppressions=tuple(
            Suppression(s.rule, s.path, s.reason, s.pointer, s.expires.isoformat() if s.expires else None)
            for s in model.suppressions
        ),
        baseline=(root / model.baseline).resolve() if model.baseline else None,
        phi_allow=tuple(model.phi.allow),
        phi_allow_patterns=tuple(model.phi.allow_patterns),
        strict=model.strict,
        config_path=path,
        root=root,
    )
