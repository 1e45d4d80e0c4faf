"""The command line: the one package that may import every layer (see docs/architecture.md)."""
