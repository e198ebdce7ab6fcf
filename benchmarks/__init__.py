"""Performance benchmarks, run by hand: ``python -m benchmarks <name> [options]``."""
