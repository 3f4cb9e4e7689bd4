"""How often Python's cycle collector runs in a `briefing` process: the CLI's, and the `--jobs`
workers' (set in their server, `briefing.forkserver_preload`, which they are forked from).

A build keeps hundreds of thousands of small objects to its end (the facts and their evidence,
composition's caches) while it makes and drops millions more. At the default thresholds (700,
10, 10) the collector walks the young ones every 700 allocations and the old ones again and
again; with a young generation of 50,000, most temporaries are gone before it looks, and it
walks the old ones far less often (a 1,000-article offline build: about 4 % less CPU in one
process, 7 % less in the main process of `--jobs 2`). Only when memory is reclaimed changes,
never what a build writes.
"""

from __future__ import annotations

import gc

THRESHOLDS = (50_000, 20, 100)


def collect_less() -> None:
    """Set this process's collector thresholds (`THRESHOLDS`)."""
    gc.set_threshold(*THRESHOLDS)
