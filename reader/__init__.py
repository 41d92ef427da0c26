"""Lantern: a private, offline psychoeducation reader."""

__version__ = "0.1.0"
