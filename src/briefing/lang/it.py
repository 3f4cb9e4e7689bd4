"""Italian: the words the pipeline reads and writes news with."""

from __future__ import annotations
