"""Italian: the words the pipeline reads and writes news with."""

from __future__ import annotations

# What a figure measures, by the words beside it (compose/figures.py): a series joins only numbers
# of the same measure. The phrase nearest the number wins (figures.measure_near).
MEASURES: dict[str, tuple[str, ...]] = {
    "defence_spending": (
        "spesa militare",
        "spese militari",
        "spesa per la difesa",
        "spese per la difesa",
        "spesa nella difesa",
        "spesa della difesa",
        "bilancio della difesa",
        "per la difesa",
        "in difesa",
    ),
    "public_spending": ("spesa pubblica", "spesa primaria", "spesa netta"),
    "deficit": ("deficit", "disavanzo"),
    "debt": ("debito",),
    "growth": ("crescita", "crescerà", "crescere", "pil reale"),
    "inflation": ("inflazione", "prezzi al consumo"),
    "vote_share": ("dei voti", "dei consensi", "delle preferenze"),
    "unemployment": ("disoccupazione", "disoccupati"),
    "interest_rate": ("tassi", "tasso di interesse", "tasso d'interesse"),
    "tariffs": ("dazi", "dazio", "tariffe doganali"),
}
