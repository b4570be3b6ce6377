"""Errors a user sees as one line on stderr: what went wrong and with which file or plugin."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """A failure the user can act on; the CLI prints it as one line and exits with 2."""


class LoadError(ClaimcheckError):
    """A source could not be read as text (missing, a directory, binary, undecodable)."""


class PluginError(ClaimcheckError):
    """A plugin raised; the message names the plugin and the hook."""
