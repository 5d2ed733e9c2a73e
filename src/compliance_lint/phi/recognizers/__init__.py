"""Recognizers, one module per family of identifiers; the engine lists them explicitly."""
