"""The harness for curators and developers: the CLI, check, eval and review."""
