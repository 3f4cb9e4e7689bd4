"""English: the words the pipeline reads and writes news with."""

from __future__ import annotations

# What a figure measures, by the words beside it (compose/figures.py): a series joins only numbers
# of the same measure; the phrase nearest the number wins
# (figures.measure_near).
MEASURES: dict[str, tuple[str, ...]] = {
    "defence_spending": (
        "defense spending",
        "defence spending",
        "military spending",
        "spending on defense",
        "spending on defence",
        "on defense",
        "on defence",
        "defense budget",
        "defence budget",
    ),
    "public_spending": ("public spending", "government spending", "federal spending"),
    "deficit": ("deficit",),
    "debt": ("debt",),
    "growth": ("growth", "grew", "economy expanded"),
    "inflation": ("inflation", "consumer prices"),
    "vote_share": ("of the vote", "of votes"),
    "unemployment": ("unemployment", "jobless"),
    "interest_rate": ("interest rate", "rates"),
    "tariffs": ("tariff", "tariffs", "duties"),
}
