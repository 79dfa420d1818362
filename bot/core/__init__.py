"""The pure core: normalise, match, the harm boundary, decide and compose replies. No I/O."""
