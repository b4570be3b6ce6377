"""The ``claimcheck`` command: compare, claims, segments, plugins, hooks.

It parses arguments, calls the library and prints; what a report says is the library's.
``app`` holds the command group, one module per family of commands registers on it.
"""

from __future__ import annotations

from claimcheck.cli import compare as _compare  # noqa: F401  (registers the command)
from claimcheck.cli import inspect as _inspect  # noqa: F401  (registers the commands)
from claimcheck.cli.app import cli, main
from claimcheck.cli.compare import expand_sources
from claimcheck.cli.output import ProgressBar, want_colour, write_atomically

__all__ = ["ProgressBar", "cli", "expand_sources", "main", "want_colour", "write_atomically"]
