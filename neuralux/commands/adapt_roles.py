"""Which of a request's paths goes where: "copy every pdf from ~/Downloads into ~/Documents".

Values are otherwise paired with the example's samples in order of appearance, which swaps
source and destination whenever the request names them in the other order than the
example's command. A value the request puts after "to/into" takes the sample the example's
request put after "to/into"; one after "from" takes the "from" sample. A value the command
already holds (`~/.ssh/id_ed25519`) is in place and pairs with nothing.
"""

from __future__ import annotations

import re

_TO = re.compile(r"\b(?:to|into|onto|in to|inside|under|as)\s+(?:the |my |a )?"
                 r"(?:(?:new |empty )?(?:folder|directory|dir|file)\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"\b(?:from|out of|off|of)\s+(?:the |my |a )?(?:(?:folder|directory|dir|file)"
                   r"\s+)?$", re.IGNORECASE)


def role(text: str, value: str) -> str:
    """"to", "from" or "" for where the text names the value."""
    m = re.search(rf"(?<![\w/~.-]){re.escape(value.rstrip('/'))}/?(?![\w.-])", text)
    if m is None:
        return ""
    before = text[:m.start()]
    if _TO.search(before):
        return "to"
    if _FROM.search(before):
        return "from"
    return ""


def pair_by_role(samples: list[str], values: list[str], example_request: str,
                 request: str) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Pairs settled by role or by already being in place, and the samples and values
    left for the in-order pairing."""
    in_place = [v for v in values if v in samples]
    pairs = [(v, v) for v in in_place]
    values = [v for v in values if v not in in_place]
    samples = [s for s in samples if s not in in_place]
    value_roles = {v: role(request, v) for v in values}
    if not any(value_roles.values()):
        return pairs, samples, values
    left_samples = []
    for sample in samples:
        wanted = role(example_request, sample)
        match = next((v for v in values if wanted and value_roles[v] == wanted), None)
        if match is None:
            left_samples.append(sample)
            continue
        pairs.append((sample, match))
        values.remove(match)
    return pairs, left_samples, values
