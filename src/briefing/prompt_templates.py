"""The prompts the LLM engines send: jinja2 templates in `prompts/`, each with a declared version.

A template's first line declares it: `{# version: extract-2 #}`. The version that enters the
extraction cache key is that declaration plus a short hash of the template's text, so editing a
prompt re-extracts even when nobody remembered to bump the number.

The folder is `prompts/` at the repository root in a checkout, `briefing/prompts` in a wheel.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

_VERSION_RE = re.compile(r"\{#\s*version:\s*([\w.-]+)\s*#\}")


def prompts_dir() -> Path:
    packaged = Path(__file__).resolve().parent / "prompts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "prompts"


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    template: jinja2.Template

    def render(self, **values: Any) -> str:
        return self.template.render(**values).strip()


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(prompts_dir()),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain text for a model, not HTML
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=16)
def load_prompt(name: str) -> Prompt:
    """`name` is a file in the prompts folder, e.g. `extract_system.j2`."""
    path = prompts_dir() / name
    source = path.read_text(encoding="utf-8")
    declared = _VERSION_RE.search(source)
    if declared is None:
        raise ValueError(f"{path}: the first line must declare a version: {{# version: NAME-N #}}")
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()[:8]
    version = f"{declared.group(1)}+{digest}"
    return Prompt(name=name, version=version, template=_environment().get_template(name))
