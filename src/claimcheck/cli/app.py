"""The ``claimcheck`` command group, its shared options and its error handling.

Errors a user can act on print one line on stderr and exit with 2; ``--debug`` shows
the traceback instead.
"""

from __future__ import annotations

import os
import sys
import traceback
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import click

from claimcheck.config import Config
from claimcheck.core import settings_file
from claimcheck.errors import ClaimcheckError


def _version() -> str:
    try:
        return version("claimcheck")
    except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
        return "unknown"


class _Group(click.Group):
    """Turns ClaimcheckError (and, without --debug, any crash) into one line and exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except ClaimcheckError as exc:
            if _debug(ctx):
                traceback.print_exc()
            _fail(str(exc))
        except KeyboardInterrupt:
            _fail("interrupted")
        except BrokenPipeError:
            # the reader went away (| head): not an error; keep Python's exit noise quiet
            sys.stderr.close()
            sys.exit(0)
        except Exception as exc:
            if _debug(ctx):
                traceback.print_exc()
            _fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")


def _debug(ctx: click.Context) -> bool:
    return bool(ctx.params.get("debug")) or bool(os.environ.get("CLAIMCHECK_DEBUG"))


def _fail(message: str) -> None:
    click.echo(f"claimcheck: error: {message.splitlines()[0] if message else 'failed'}", err=True)
    sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", prog_name="claimcheck")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def cli(debug: bool) -> None:
    """Line up several accounts of the same events: where they agree, where their figures
    and dates disagree, and where their wording takes a side."""


#: The checks ``_config`` makes of what options hold: (option, check) by field.
_CHECKS: dict[str, tuple[str, Any]] = {
    "encoding": ("--encoding", settings_file.check_encoding),
    "reference": ("--reference", settings_file.check_reference),
    "approx_tolerance": ("--tolerance", settings_file.check_tolerance),
    "slant_categories": ("--slant-categories", settings_file.check_categories),
}


def _config(encoding: str | None = None, **options: Any) -> Config:
    """A Config from CLI options: known fields by name, the rest (None dropped) as options.

    Every known field is checked first: a value that makes no sense (``--tolerance nan``,
    ``--reference 99999-01-01``, ``--encoding rot13``, an unknown slant category) is one
    line naming the option, not a silent change to the report.
    """
    kwargs: dict[str, Any] = {"encoding": encoding}
    if options.get("aliases"):
        kwargs["aliases"] = tuple((c, tuple(a)) for c, a in options.pop("aliases"))
    options.pop("aliases", None)
    for name in ("reference", "approx_tolerance", "slant_categories"):
        if options.get(name) is not None:
            kwargs[name] = options.pop(name)
        else:
            options.pop(name, None)
    for name, (option, check) in _CHECKS.items():
        if kwargs.get(name) is not None:
            try:
                kwargs[name] = check(kwargs[name])
            except ValueError as exc:
                raise ClaimcheckError(settings_file.problem(option, exc)) from None
    return Config(**kwargs, options={k: v for k, v in options.items() if v is not None})


_encoding = click.option(
    "--encoding", metavar="NAME", help="Read sources in this encoding (default UTF-8)."
)


def main() -> None:
    cli(prog_name="claimcheck")
