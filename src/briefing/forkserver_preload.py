"""Imported by the `--jobs` forkserver before it forks any worker: what each worker needs, loaded
once and shared (see `briefing.workers`)."""

from briefing import workers

workers.warm_up()
