"""Rules the offline engine reads news with: no model, only patterns and small word lists.

- `sentences` — the article cut into headline, standfirst, body and embedded-post sentences, each
  with its exact span; furniture (datelines, sign-offs, captions, trailing site text) left out.
- `when` — the date a sentence's event happened or will happen, resolved against the
  publication date (which may be partial, or missing).
- `actors` — people (with the role the text gives them) and organisations.
- `figures` — percentages, money and counts, with their units.
- `attribution` — who is speaking: reporting verbs, direct quotes, pro-dropped subjects.
- `salience` — the kind of each fact and how much it is the news of its article.
"""
