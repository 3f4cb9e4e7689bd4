"""briefing: dated policy briefings whose every statement cites a verified quote."""

__version__ = "0.1.0"
