"""``python -m claimcheck.cli``: the same command as the ``claimcheck`` script."""

from claimcheck.cli import main

main()
