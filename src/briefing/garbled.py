"""Mojibake: text a wrong encoding garbled before the file was saved (`prenderÃ `, `perchÃ©`).

The briefing/1 contract counts a citation's characters in the file's bytes decoded as they are
(`ARCHITECTURE.md`, "Contract 1"), so the text cannot be repaired where it is read: a repaired
text would put every later quote at other offsets than an outside check finds. A fact whose quote
holds garbled words is left out instead, and the file is named with how to repair it. `ftfy`
tells garbled text from text that merely holds rare letters (`SÃO PAULO` is no mojibake), and
repairs a file from the command line."""

from __future__ import annotations

import re

from ftfy.badness import is_bad

from briefing.models import Article, DroppedFact, Extraction

REASON = "its quote is garbled by a wrong encoding (mojibake)"


def leave_out_garbled(article: Article, extraction: Extraction) -> tuple[Extraction, str | None]:
    """The extraction without the facts whose quotes are garbled, and a warning naming the file
    and how to repair it (or None: the text is not garbled, which is one look at it)."""
    if not article.encoding.lower().startswith("utf") or not is_bad(article.text):
        # (a file read in a legacy code page garbles its own accents, which `ingest` warns of:
        # its quotes are the file's as decoded, and the only text there is to cite)
        return extraction, None
    kept = []
    dropped = list(extraction.dropped)
    for fact in extraction.facts:
        garbled = next((e.quote for e in fact.evidence if is_bad(e.quote)), None)
        if garbled is None:
            kept.append(fact)
        else:
            dropped.append(DroppedFact(reason=REASON, statement=fact.statement, quote=garbled))
    left_out = len(dropped) - len(extraction.dropped)
    warning = (
        f"{article.source}: its text was garbled by a wrong encoding before it was saved "
        f"(mojibake such as {_sample(article.text)!r}); {left_out} statement(s) with garbled words "
        f"left out. Repair the file (`ftfy {article.source} -o fixed.txt`, or save it again as "
        "UTF-8 from its original) and build again"
    )
    return extraction.model_copy(update={"facts": kept, "dropped": dropped}), warning


def _sample(text: str) -> str:
    """A garbled word of `text` for the warning: the first that holds a letter UTF-8's lead bytes
    turn into when they are read as Latin-1 (`prenderÃ`), or nothing."""
    found = _LEAD_BYTE_WORD.search(text)
    return found.group() if found else ""


_LEAD_BYTE_WORD = re.compile(r"\w*[ÂÃÄÅÐÑâ]\S{0,20}")
