"""Settings: defaults, then the config file, then the command line.

The config file is `.compliance-lint.yaml` or `[tool.compliance-lint]` in `pyproject.toml`, whichever
is found first walking up from the working directory. Paths and globs in it are relative to the file.
pydantic validates it (unknown keys are errors naming the key) and is imported only when a file exists.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from compliance_lint.model import REGIONS, Context, Severity

CONFIG_NAMES = (".compliance-lint.yaml", ".compliance-lint.yml", "pyproject.toml")


class ConfigError(Exception):
    """The config file or a command-line setting is unusable (exit code 2)."""


@dataclass(frozen=True, slots=True)
class PathOverride:
    files: tuple[str, ...]  # globs relative to `root`
    root: Path
    hipaa: bool | None = None
    region: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Suppression:
    rule: str
    path: str
    reason: str
    pointer: str | None = None
    expires: str | None = None  # ISO date


@dataclass(frozen=True, slots=True)
class Settings:
    context: Context = field(default_factory=Context)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.ERROR
    exclude: tuple[str, ...] = ()
    rule_dirs: tuple[Path, ...] = ()
    allowlists: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)  # extend, remove
    overrides: tuple[PathOverride, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    baseline: Path | None = None  # baseline file; only new findings are reported
    phi_allow: tuple[str, ...] = ()
    phi_allow_patterns: tuple[str, ...] = ()
    strict: bool = False
    config_path: Path | None = None
    root: Path = Path(".")  # the config file's directory (or the working directory)

    def with_cli(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def find_config(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml" or "[tool.compliance-lint]" in candidate.read_text(errors="replace"):
                return candidate
    return None


def _read_raw(path: Path) -> dict[str, Any]:
    try:
        if path.name == "pyproject.toml":
            if sys.version_info >= (3, 11):
                import tomllib
            else:  # pragma: no cover - exercised on 3.10 only
                import tomli as tomllib
            with path.open("rb") as handle:
                data = tomllib.load(handle).get("tool", {}).get("compliance-lint", {})
        else:
            import yaml

            from compliance_lint.sources.yamlsafe import ConfigLoader

            data = yaml.load(path.read_text(encoding="utf-8"), Loader=ConfigLoader) or {}
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from None
    except Exception as exc:  # yaml.YAMLError and tomllib.TOMLDecodeError share no public base
        raise ConfigError(f"{path}: invalid config file: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the config file must be a mapping of settings")
    return data


def load_settings(cwd: Path, explicit: Path | None = None) -> Settings:
    path = explicit or find_config(cwd)
    if path is None:
        return Settings(root=cwd)
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    from compliance_lint.config_model import parse_config

    return parse_config(_read_raw(path), path)


def check_region(region: str) -> str:
    if region not in REGIONS:
        raise ConfigError(f"unknown region {region!r} (use one of: {', '.join(REGIONS)})")
    return region
