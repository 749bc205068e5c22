"""`python -m narrator`."""

from narrator.cli import run

run()
