"""Tooling for tests and benchmarks: running the assistant's real servers as processes."""
