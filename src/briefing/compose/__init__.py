"""Compose: facts → a `Briefing` (see `core`); key points can be written by any `KeyPointWriter`."""

from briefing.compose.core import ComposeOptions, compose, default_as_of
from briefing.compose.keypoints import (
    KeyPointRequest,
    KeyPointWriter,
    SalienceKeyPoints,
    WrittenKeyPoint,
    validate_key_points,
)

__all__ = [
    "ComposeOptions",
    "KeyPointRequest",
    "KeyPointWriter",
    "SalienceKeyPoints",
    "WrittenKeyPoint",
    "compose",
    "default_as_of",
    "validate_key_points",
]
