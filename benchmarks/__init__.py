"""Benchmarks comparing Lantern with a bare Qt window in the same run (python -m benchmarks)."""
