"""Counterpoint's domain: the case store, the case-file format and the edits, free of Qt."""

__version__ = "0.1.0"
