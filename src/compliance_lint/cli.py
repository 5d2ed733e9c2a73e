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
FORMATS = ("text", "json", "sarif", "junit", "github", "gitlab")


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


def _settings(config: str | None) -> Any:
    from compliance_lint.config import ConfigError, load_settings

    try:
        return load_settings(Path.cwd(), Path(config) if config else None)
    except ConfigError as exc:
        _usage_error(str(exc))


def _refuse_show_phi_in_ci(show_phi: bool) -> None:
    """`--show-phi` is for a developer's own terminal; in CI it would write PHI into build logs."""
    if show_phi and os.environ.get("CI"):
        _usage_error("--show-phi is refused when the CI environment variable is set: PHI must never reach CI logs")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "formats", type=click.Choice(FORMATS), multiple=True,
              help="Output format: text, json, sarif, junit, github, gitlab (repeatable; default text).")
@click.option("-o", "--output", "outputs", type=click.Path(dir_okay=False), multiple=True,
              help="Write a report to FILE (repeatable). Outputs pair with the formats in order; with one -o "
              "fewer than --format, the first format goes to standard output.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
              help="Report only findings not in this baseline file (see `compliance-lint baseline`).")
@click.option("--show-baselined", is_flag=True, help="Also list the findings the baseline or suppressions hide.")
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
@click.option("--show-phi", is_flag=True, help="Show the PHI found, unmasked (local use only; refused when CI is set).")
def check(paths: tuple[str, ...], formats: tuple[str, ...], outputs: tuple[str, ...], config: str | None,
          rule_dirs: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...], fail_on: str | None,
          exit_zero: bool, hipaa: bool | None, region: str | None, exclude: tuple[str, ...], force_exclude: bool,
          stdin_filename: str | None, strict: bool | None, show_kinds: bool, verbose: bool,
          color: bool | None, show_phi: bool, baseline_file: str | None, show_baselined: bool) -> None:
    """Lint PATHS (files or directories; '-' reads standard input)."""
    from compliance_lint.api import StdinInput, lint
    from compliance_lint.config import ConfigError
    from compliance_lint.engine.packs import PackError

    _refuse_show_phi_in_ci(show_phi)
    settings = _run_settings(config, rule_dirs=rule_dirs, select=select, ignore=ignore, hipaa=hipaa, region=region,
                             exclude=exclude, fail_on=fail_on, strict=strict)
    if baseline_file:
        settings = settings.with_cli(baseline=Path(baseline_file).resolve())
    reports = _pair_outputs(formats or ("text",), outputs)
    targets = list(paths) or ["."]
    stdin = None
    if "-" in targets:
        stdin = StdinInput(sys.stdin.buffer.read(), stdin_filename or "<stdin>")
    try:
        result = lint(targets, settings, stdin=stdin, force_exclude=force_exclude, options={"show_phi": show_phi})
    except (ConfigError, PackError) as exc:
        _usage_error(str(exc))

    if show_kinds:
        _print_kinds(result)
        sys.exit(EXIT_CLEAN)
    _write_reports(result, reports, color=color, verbose=verbose, show_hidden=show_baselined)
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


def _run_settings(config: str | None, *, rule_dirs: tuple[str, ...], select: tuple[str, ...],
                  ignore: tuple[str, ...], hipaa: bool | None, region: str | None, exclude: tuple[str, ...],
                  fail_on: str | None = None, strict: bool | None = None) -> Any:
    """The config file's settings with the command line's on top (shared by `check` and `baseline`)."""
    from compliance_lint.model import Context, Severity

    settings = _settings(config)
    context = Context(
        hipaa=settings.context.hipaa if hipaa is None else hipaa,
        region=region or settings.context.region,
    )
    return settings.with_cli(
        context=context,
        select=_split(select) or None,
        ignore=(settings.ignore + _split(ignore)) if ignore else None,
        fail_on=Severity.parse(fail_on) if fail_on else None,
        exclude=settings.exclude + exclude if exclude else None,
        rule_dirs=settings.rule_dirs + tuple(Path(d).resolve() for d in rule_dirs) if rule_dirs else None,
        strict=strict,
    )


def _pair_outputs(formats: tuple[str, ...], outputs: tuple[str, ...]) -> list[tuple[str, str | None]]:
    """Which report goes where: `(format, file)`, file None for standard output.

    `-o` options pair with `--format` options in the order given. With as many of each, every report
    goes to its file; with one `-o` fewer, the first format goes to standard output and the others to
    the files (`--format text --format sarif -o results.sarif`). Anything else is ambiguous: two
    reports interleaved on standard output are useless to both readers.
    """
    if len(outputs) == len(formats):
        pairs: list[tuple[str, str | None]] = list(zip(formats, outputs, strict=True))
    elif len(outputs) == len(formats) - 1:
        pairs = [(formats[0], None), *zip(formats[1:], outputs, strict=True)]
    else:
        _usage_error(f"{len(formats)} --format and {len(outputs)} -o/--output: give one -o FILE for each --format, "
                     "or for each but the first, which then goes to standard output")
    files = [Path(target).resolve() for _, target in pairs if target is not None]
    if len(set(files)) != len(files):
        _usage_error("two reports cannot be written to the same -o/--output file")
    return pairs


def _write_reports(result: Any, reports: list[tuple[str, str | None]], *, color: bool | None, verbose: bool,
                   show_hidden: bool) -> None:
    for fmt, target in reports:
        if target is None:
            _render(result, fmt, sys.stdout, color=color, verbose=verbose, show_hidden=show_hidden)
            continue
        try:
            with open(target, "w", encoding="utf-8") as stream:
                _render(result, fmt, stream, color=False, verbose=verbose, show_hidden=show_hidden)
        except OSError as exc:
            _usage_error(f"cannot write {target}: {exc.strerror or exc}")


def _render(result: Any, fmt: str, stream: Any, *, color: bool | None, verbose: bool, show_hidden: bool) -> None:
    # Each formatter is imported only when its format is asked for (start-up time of pre-commit runs).
    if fmt == "json":
        from compliance_lint.report import jsonreport

        jsonreport.render(result, stream)
    elif fmt == "sarif":
        from compliance_lint.report import sarif

        sarif.render(result, stream, show_hidden=show_hidden)
    elif fmt == "junit":
        from compliance_lint.report import junit

        junit.render(result, stream)
    elif fmt == "github":
        from compliance_lint.report import github

        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        github.render(result, stream, summary_path=Path(summary) if summary else None)
    elif fmt == "gitlab":
        from compliance_lint.report import gitlab

        gitlab.render(result, stream)
    else:
        from compliance_lint.report import text

        if color is None and ("NO_COLOR" in os.environ or not stream.isatty()):
            color = False
        text.render(result, stream, color=color, verbose=verbose, show_hidden=show_hidden)


def _catalog(rule_dirs: tuple[str, ...], config: str | None) -> Any:
    from compliance_lint.engine.packs import PackError, load_catalog

    settings = _settings(config)
    try:
        return load_catalog(settings.rule_dirs + tuple(Path(d).resolve() for d in rule_dirs))
    except PackError as exc:
        _usage_error(str(exc))


def _baseline_options(command: Any) -> Any:
    """The options `baseline create` and `baseline update` share: where the file is, and what to lint."""
    options = [
        click.argument("paths", nargs=-1, type=click.Path()),
        click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
                     help="Baseline file (default: `baseline:` in the config file, else "
                     ".compliance-lint-baseline.json in the working directory)."),
        click.option("--config", type=click.Path(dir_okay=False), help="Config file."),
        click.option("--rules", "rule_dirs", type=click.Path(), multiple=True, help="Extra rule pack directory."),
        click.option("--select", multiple=True, help="Only these rules (as for `check`)."),
        click.option("--ignore", multiple=True, help="Skip these rules (as for `check`)."),
        click.option("--hipaa/--no-hipaa", default=None, help="HIPAA workload (default) or not."),
        click.option("--region", type=click.Choice(["us", "eu", "in", "sg"]), help="Data-residency region."),
        click.option("--exclude", multiple=True, help="Glob of paths to skip (repeatable)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _baseline_run(paths: tuple[str, ...], baseline_file: str | None, config: str | None, *,
                  use_baseline: bool, **selection: Any) -> tuple[Any, Path]:
    """Lint for a baseline command; returns the result and the baseline file's path."""
    from dataclasses import replace

    from compliance_lint.api import lint
    from compliance_lint.baseline import DEFAULT_NAME
    from compliance_lint.config import ConfigError
    from compliance_lint.engine.packs import PackError

    settings = _run_settings(config, **selection)
    target = Path(baseline_file).resolve() if baseline_file else settings.baseline or Path.cwd() / DEFAULT_NAME
    try:
        result = lint(list(paths) or ["."], replace(settings, baseline=target if use_baseline else None))
    except (ConfigError, PackError) as exc:
        _usage_error(str(exc))
    return result, target


@main.group()
def baseline() -> None:
    """Accept the findings a repository has today, so that only new ones fail.

    \b
    compliance-lint baseline create [PATH...]   write every current finding to the baseline file
    compliance-lint baseline update [PATH...]   drop entries that no longer match a finding
    compliance-lint check --baseline FILE ...   report only findings not in the file

    The file holds rule ids, file paths and fingerprints (digests), never the offending values.
    Findings of rules marked non-suppressible are never written to it.
    """


@baseline.command("create")
@_baseline_options
def baseline_create(paths: tuple[str, ...], baseline_file: str | None, config: str | None, **selection: Any) -> None:
    """Lint PATHS and write every finding to the baseline file (replacing it)."""
    from compliance_lint.baseline import entry_for, write
    from compliance_lint.config import ConfigError

    result, target = _baseline_run(paths, baseline_file, config, use_baseline=False, **selection)
    suppressible = {rule.id for rule in result.rules if rule.suppressible}
    entries = [entry_for(f) for f in result.findings if f.rule_id in suppressible]
    try:
        write(target, entries)
    except ConfigError as exc:
        _usage_error(str(exc))
    click.echo(f"wrote {len(entries)} finding{'s' if len(entries) != 1 else ''} to {target}")


@baseline.command("update")
@_baseline_options
def baseline_update(paths: tuple[str, ...], baseline_file: str | None, config: str | None, **selection: Any) -> None:
    """Drop entries that no longer match a finding. New findings are never added: fix them, or re-create."""
    from collections import Counter

    from compliance_lint.baseline import read, write
    from compliance_lint.config import ConfigError

    result, target = _baseline_run(paths, baseline_file, config, use_baseline=True, **selection)
    stale = Counter(result.filtered.stale)
    kept = []
    try:
        for entry in read(target):
            if stale[entry]:
                stale[entry] -= 1
            else:
                kept.append(entry)
        write(target, kept)
    except ConfigError as exc:
        _usage_error(str(exc))
    dropped = len(result.filtered.stale)
    click.echo(f"dropped {dropped} stale entr{'ies' if dropped != 1 else 'y'}; {len(kept)} left in {target}")


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


@main.command("phi")
@click.argument("file", required=False, default="-", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--jsonl", is_flag=True,
              help='Read JSON lines {"id","text","field"[,"key"]}; write {"id","phi","spans"} per line.')
@click.option("--field", type=click.Choice(["prompt", "label", "value", "url"]), help="Field class (text mode).")
@click.option("--key", help="JSON key / variable name / file stem the text sits under (text mode).")
@click.option("--allow", "allow_values", multiple=True,
              help="A value that is never PHI here (repeatable): the clinic's phone, domain, staff names.")
@click.option("--show-phi", is_flag=True, help="Print matches unmasked (text mode; refused when CI is set).")
def phi_command(file: str, jsonl: bool, field: str | None, key: str | None, allow_values: tuple[str, ...],
                show_phi: bool) -> None:
    """Print the PHI found in a text (FILE, or - for standard input); --jsonl scores a batch."""
    from compliance_lint.phi import PhiAllowList
    from compliance_lint.phi.textscan import scan_jsonl_stream, scan_text_stream

    _refuse_show_phi_in_ci(show_phi)
    allow = PhiAllowList(values=allow_values) if allow_values else None
    with click.open_file(file, "r", encoding="utf-8") as stream:
        if jsonl:
            try:
                scan_jsonl_stream(stream, sys.stdout, allow=allow)
            except ValueError as exc:
                _usage_error(str(exc))
            return  # JSON lines carry the verdicts; exit 0
        found = scan_text_stream(stream, sys.stdout, field=field, key=key, allow=allow, unmasked=show_phi)
    sys.exit(EXIT_FINDINGS if found else EXIT_CLEAN)


def entry() -> None:
    """Console entry point: the CLI, with any unexpected crash reduced to one line and exit code 2.

    A traceback would be noise in a CI log (and could quote file content); set COMPLIANCE_LINT_DEBUG=1
    to see it.
    """
    try:
        main(prog_name="compliance-lint")
    except Exception as exc:  # click handles its own errors and SystemExit inside main()
        if os.environ.get("COMPLIANCE_LINT_DEBUG"):
            raise
        click.echo(f"compliance-lint: internal error: {type(exc).__name__}: {exc} "
                   "(rerun with COMPLIANCE_LINT_DEBUG=1 for details, and please report it)", err=True)
        sys.exit(EXIT_USAGE)


if __name__ == "__main__":  # pragma: no cover
    entry()
