"""The command line: arguments in, `api` call, formats out, exit codes (0 clean, 1 findings, 2 usage).

No linting logic lives here. Heavy imports happen inside the commands so `--version` and a one-file
pre-commit run start quickly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from compliance_lint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "json")


class DefaultCommandGroup(click.Group):
    """`compliance-lint PATH...` means `compliance-lint check PATH...`.

    Only an exact subcommand name is a subcommand: to lint a directory called `rules`, write
    `rules/` or `./rules`.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)


def _usage_error(message: str) -> NoReturn:
    click.echo(f"compliance-lint: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


@click.group(cls=DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="compliance-lint")
def main() -> None:
    """Lint Vapi and ElevenLabs voice-agent configs for HIPAA, Zero Retention Mode, PHI and data residency.

    \b
    compliance-lint PATH...          lint files and directories (same as `check PATH...`)
    compliance-lint rules            list every rule
    compliance-lint explain RULE     what a rule checks, why, and how to fix it

    A first argument that is exactly a command name runs that command. To lint a directory that has a
    command's name (this repository has `rules/`), write `rules/` or `./rules`.
    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error.
    """


def _settings(config: str | None, **cli: Any) -> Any:
    from compliance_lint.config import ConfigError, load_settings

    try:
        settings = load_settings(Path.cwd(), Path(config) if config else None)
    except ConfigError as exc:
        _usage_error(str(exc))
    return settings.with_cli(**cli)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "formats", type=click.Choice(FORMATS), multiple=True,
              help="Output format (text, json). Default: text.")
@click.option("-o", "--output", "outputs", type=click.Path(dir_okay=False), multiple=True,
              help="Write the report to FILE instead of standard output.")
@click.option("--config", type=click.Path(dir_okay=False), help="Config file (default: nearest .compliance-lint.yaml "
              "or pyproject.toml [tool.compliance-lint]).")
@click.option("--rules", "rule_dirs", type=click.Path(), multiple=True, help="Extra rule pack directory or file.")
@click.option("--select", multiple=True, help="Only these rules (id, name, pack, tag or id prefix; comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rules (same selectors as --select).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
              help="Lowest severity that fails (default error).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--hipaa/--no-hipaa", default=None, help="HIPAA workload (default) or not.")
@click.option("--region", type=click.Choice(["us", "eu", "in", "sg"]), help="Data-residency region (default us).")
@click.option("--exclude", multiple=True, help="Glob of paths to skip (repeatable).")
@click.option("--force-exclude", is_flag=True, help="Apply excludes to paths named on the command line too.")
@click.option("--stdin-filename", help="File name to report for input read from '-'.")
@click.option("--strict", is_flag=True, default=None, help="Unrecognised files are findings (exit 1).")
@click.option("--show-kinds", is_flag=True, help="Print what each file was recognised as, and exit.")
@click.option("-v", "--verbose", is_flag=True, help="List every input file with its status.")
@click.option("--color/--no-color", default=None, help="Force colour on or off (default: only on a terminal).")
def check(paths: tuple[str, ...], formats: tuple[str, ...], outputs: tuple[str, ...], config: str | None,
          rule_dirs: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...], fail_on: str | None,
          exit_zero: bool, hipaa: bool | None, region: str | None, exclude: tuple[str, ...], force_exclude: bool,
          stdin_filename: str | None, strict: bool | None, show_kinds: bool, verbose: bool,
          color: bool | None) -> None:
    """Lint PATHS (files or directories; '-' reads standard input)."""
    from compliance_lint.api import StdinInput, lint
    from compliance_lint.config import ConfigError
    from compliance_lint.engine.packs import PackError
    from compliance_lint.model import Context, Severity

    settings = _settings(config)
    context = Context(
        hipaa=settings.context.hipaa if hipaa is None else hipaa,
        region=region or settings.context.region,
    )
    settings = settings.with_cli(
        context=context,
        select=_split(select) or None,
        ignore=(settings.ignore + _split(ignore)) if ignore else None,
        fail_on=Severity.parse(fail_on) if fail_on else None,
        exclude=settings.exclude + exclude if exclude else None,
        rule_dirs=settings.rule_dirs + tuple(Path(d).resolve() for d in rule_dirs) if rule_dirs else None,
        strict=strict,
    )
    if len(outputs) > max(len(formats), 1):
        _usage_error("give one --format for each -o/--output")
    targets = list(paths) or ["."]
    stdin = None
    if "-" in targets:
        stdin = StdinInput(sys.stdin.buffer.read(), stdin_filename or "<stdin>")
    try:
        result = lint(targets, settings, stdin=stdin, force_exclude=force_exclude)
    except (ConfigError, PackError) as exc:
        _usage_error(str(exc))

    if show_kinds:
        _print_kinds(result)
        sys.exit(EXIT_CLEAN)
    _write_reports(result, formats or ("text",), outputs, color=color, verbose=verbose)
    if exit_zero:
        sys.exit(EXIT_CLEAN)
    sys.exit(EXIT_FINDINGS if result.failed(settings.fail_on) else EXIT_CLEAN)


def _print_kinds(result: Any) -> None:
    kinds: dict[str, list[str]] = {}
    for document in result.documents:
        label = f"{document.kind} ({document.variant})" if document.variant else str(document.kind)
        if document.embedded:
            label = f"  {document.base}: {label}"
        kinds.setdefault(document.source.display, []).append(label)
    for source in result.files:
        found = kinds.get(source.display)
        if found:
            click.echo(f"{source.display}: {found[0]}")
            for extra in found[1:]:
                click.echo(f"{source.display}: {extra}")
        else:
            reason = f" ({source.reason})" if source.reason else ""
            click.echo(f"{source.display}: {source.status.value}{reason}")


def _write_reports(result: Any, formats: tuple[str, ...], outputs: tuple[str, ...], *, color: bool | None,
                   verbose: bool) -> None:
    for index, fmt in enumerate(formats):
        target = outputs[index] if index < len(outputs) else None
        if target is None:
            _render(result, fmt, sys.stdout, color=color, verbose=verbose)
            continue
        try:
            with open(target, "w", encoding="utf-8") as stream:
                _render(result, fmt, stream, color=False, verbose=verbose)
        except OSError as exc:
            _usage_error(f"cannot write {target}: {exc.strerror or exc}")


def _render(result: Any, fmt: str, stream: Any, *, color: bool | None, verbose: bool) -> None:
    if fmt == "json":
        from compliance_lint.report import jsonreport

        jsonreport.render(result, stream)
    else:
        from compliance_lint.report import text

        if color is None and ("NO_COLOR" in os.environ or not stream.isatty()):
            color = False
        text.render(result, stream, color=color, verbose=verbose)


def _catalog(rule_dirs: tuple[str, ...], config: str | None) -> Any:
    from compliance_lint.engine.packs import PackError, load_catalog

    settings = _settings(config)
    try:
        return load_catalog(settings.rule_dirs + tuple(Path(d).resolve() for d in rule_dirs))
    except PackError as exc:
        _usage_error(str(exc))


@main.command("rules")
@click.option("--rules", "rule_dirs", type=click.Path(), multiple=True, help="Extra rule pack directory or file.")
@click.option("--config", type=click.Path(dir_okay=False), help="Config file.")
def rules_command(rule_dirs: tuple[str, ...], config: str | None) -> None:
    """List every rule: id, name, severity and pack."""
    from compliance_lint.report.ruledocs import list_rules

    list_rules(_catalog(rule_dirs, config), sys.stdout)


@main.command()
@click.argument("rule")
@click.option("--rules", "rule_dirs", type=click.Path(), multiple=True, help="Extra rule pack directory or file.")
@click.option("--config", type=click.Path(dir_okay=False), help="Config file.")
def explain(rule: str, rule_dirs: tuple[str, ...], config: str | None) -> None:
    """Explain RULE (id or name): what it checks, why, examples, fix and references."""
    from compliance_lint.report.ruledocs import explain as explain_rule

    catalog = _catalog(rule_dirs, config)
    found = catalog.rules.get(rule.upper()) or next((r for r in catalog.rules.values() if r.name == rule), None)
    if found is None:
        _usage_error(f"unknown rule '{rule}' (see `compliance-lint rules`)")
    explain_rule(found, catalog, sys.stdout)


if __name__ == "__main__":  # pragma: no cover
    main()
