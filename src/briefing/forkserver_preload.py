"""Imported by the `--jobs` forkserver before it forks any worker: what each worker needs, loaded
once and shared (see `briefing.workers`)."""

from briefing import workers
from briefing.collector import collect_less

collect_less()  # the workers' collector as the CLI's (forked from here, they inherit it)
workers.warm_up()
