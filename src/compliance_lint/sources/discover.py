"""Expand command-line paths into input files, honouring excludes.

Every path the user gave ends up accounted for: a file to lint, or a SourceFile already marked
skipped/failed with the reason, so the summary can name every input.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from compliance_lint.model import FileStatus, SourceFile

CONFIG_SUFFIXES = (".json", ".yaml", ".yml", ".md")
# Directories that never hold exported agent configs and are expensive to walk.
DEFAULT_EXCLUDED_DIRS = frozenset(
    {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache",
     ".ruff_cache", ".pytest_cache"}
)


@dataclass(frozen=True, slots=True)
class DiscoveryOptions:
    excludes: tuple[str, ...] = ()
    force_exclude: bool = False
    cwd: Path = Path(".")


def display_path(path: Path, cwd: Path) -> str:
    """Relative to the working directory when possible, always with '/' separators."""
    try:
        rel = os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        rel = str(path)
    return PurePosixPath(*Path(rel).parts).as_posix() if rel != "." else "."


def is_excluded(display: str, patterns: Iterable[str]) -> bool:
    """Match a glob against the whole relative path and against each trailing sub-path.

    `fixtures/**` and `*.lock.json` both work, and a bare directory name such as `build` excludes
    everything below any directory of that name.
    """
    parts = display.split("/")
    for pattern in patterns:
        pat = pattern.rstrip("/")
        if fnmatch.fnmatchcase(display, pat) or fnmatch.fnmatchcase(display, pat + "/*"):
            return True
        if pat.startswith("**/"):
            pat = pat[3:]
        for i in range(len(parts)):
            tail = "/".join(parts[i:])
            if fnmatch.fnmatchcase(tail, pat) or fnmatch.fnmatchcase(parts[i], pat):
                return True
    return False


def discover(paths: Iterable[str], options: DiscoveryOptions) -> Iterator[SourceFile]:
    """Yield one SourceFile per input; directories are walked recursively, links to dirs not followed."""
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        full = path if path.is_absolute() else options.cwd / path
        shown = display_path(full, options.cwd)
        if not full.exists():
            yield SourceFile(full, shown, status=FileStatus.FAILED, reason="no such file or directory",
                             explicit=True)
            continue
        if full.is_dir():
            yield from _walk(full, options, seen)
            continue
        resolved = full.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        if options.force_exclude and is_excluded(shown, options.excludes):
            yield SourceFile(full, shown, status=FileStatus.SKIPPED, reason="excluded", explicit=True)
            continue
        yield SourceFile(full, shown, explicit=True)


def _walk(root: Path, options: DiscoveryOptions, seen: set[Path]) -> Iterator[SourceFile]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        kept = []
        for name in sorted(dirnames):
            if name in DEFAULT_EXCLUDED_DIRS:
                continue
            if is_excluded(display_path(here / name, options.cwd), options.excludes):
                continue
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if not name.lower().endswith(CONFIG_SUFFIXES):
                continue
            full = here / name
            shown = display_path(full, options.cwd)
            if is_excluded(shown, options.excludes):
                yield SourceFile(full, shown, status=FileStatus.SKIPPED, reason="excluded")
                continue
            resolved = full.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            yield SourceFile(full, shown)
