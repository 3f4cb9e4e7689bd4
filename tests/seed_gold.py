"""The facts an analyst would want from the five seed articles, read by hand (issue 13).

Each gold fact is a few phrases that together identify it; a briefing covers the fact when one
statement of its body holds every phrase (case-insensitive). The seeds are ours, so this list is
test data; it was written from the articles, not from any briefing's output.
"""

from __future__ import annotations

GOLD: dict[str, list[tuple[str, ...]]] = {
    "000": [
        ("Rutte", "Trump", "Florida"),  # Rutte met president-elect Trump in Florida
        ("questioni di sicurezza",),  # they discussed security issues facing NATO
        ("Waltz",),  # also met Mike Waltz, Trump's national security adviser pick, a sceptic of aid
        ("calo del sostegno",),  # fear that a second Trump term means less support for Ukraine
        ("tutto quello che voleva",),  # February: Russia could do "whatever it wanted" to 2% laggards
        ("moderatamente ottimisti",),  # allies moderately optimistic
        ("Budapest",),  # 7 Nov, Budapest: Rutte backed Trump's push beyond the 2% target
        ("leadership",),  # 6 Nov on X: Trump's leadership key to keep the Alliance strong
    ],
    "001": [
        ("Rubio", "4 aprile"),  # Rubio in Brussels 2-4 April 2025 for the NATO foreign ministers
        ("oltre il 3%",),  # Rutte: spending well beyond 3% of GDP
        ("Cina",),  # the visit's focus: defence investment, Ukraine, China's influence
        ("5%",),  # Trump's call for 5% defence spending
        ("20 miliardi",),  # 20 billion of military aid promised to Kyiv in early 2024
        ("segnali concreti",),  # Europeans await concrete signals from Washington
        ("più letale",),  # Rutte: a stronger, fairer, more lethal NATO
        ("quattro livelli",),  # a four-level plan for a UN-monitored truce
        ("15 anni",),  # US pivot away from Europe signalled for 15 years
    ],
    "002": [
        ("12 aprile",),  # Rutte in Washington 8-12 April 2026
        ("8 aprile", "Trump"),  # meets Trump on 8 April
        ("Hegseth",),  # talks with Rubio and Hegseth
        ("ritirare gli Stati Uniti",),  # Trump's repeated threats to withdraw from NATO
    ],
    "003": [
        ("devastante",),  # reaction to an attack would be devastating
        ("infrastrutture critiche",),  # Russia targets the population's resilience
        ("da sola",),  # Ukraine cannot sustain the effort alone
        ("Consiglio Nato-Ucraina",),  # support through command, training, NATO-Ukraine Council
        ("cinque o dieci anni",),  # deterrence ready in five or ten years
    ],
    "004": [
        ("telefonica", "prossima settimana"),  # a new Trump-Putin call next week (Witkoff)
        ("12 febbraio",),  # continues the dialogue begun on 12 February
        ("tre o quattro ore",),  # Witkoff met Putin in Moscow for three or four hours
        ("irrealistica",),  # Hegseth: Ukraine in NATO "unrealistic"
        ("quattro regioni",),  # Peskov: Moscow's conditions, four regions
        ("senza l’Ucraina",),  # "nothing about Ukraine without Ukraine"
    ],
}


def covered(statements: list[str]) -> tuple[int, int, list[tuple[str, tuple[str, ...]]]]:
    """(gold facts covered, gold facts in all, those missed)."""
    folded = [s.casefold() for s in statements]
    missed = [
        (key, phrases)
        for key, facts in GOLD.items()
        for phrases in facts
        if not any(all(p.casefold() in s for p in phrases) for s in folded)
    ]
    total = sum(len(facts) for facts in GOLD.values())
    return total - len(missed), total, missed
