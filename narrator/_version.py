"""The package's version, in a module of its own so that any stage can read it without the rest."""

__version__ = "0.1.0"
