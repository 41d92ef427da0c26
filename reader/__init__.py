"""Lantern: a private, offline psychoeducation reader."""

import sys

# First statement on purpose: running from source must not leave __pycache__ behind.
sys.dont_write_bytecode = True

__version__ = "0.1.0"
