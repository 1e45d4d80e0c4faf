"""`python -m cli` runs the `catalogue` command."""

from cli.main import main

main()
