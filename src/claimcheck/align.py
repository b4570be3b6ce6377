"""Line claims up across documents: blocking keys, comparison, one-to-one matching.

Comparing every claim with every other grows with the square of the claims; blocking
keeps the work near linear: two claims meet only when they share a key (the kind and
subject, or keys that plugins add through ``blocking_keys``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

import pluggy

from .config import DEFAULT, Config
from .manager import call_hook
from .model import Claim, Finding

#: The order in which a claim's candidate findings are preferred when it can keep only one.
_PREFERENCE = {"agreement": 0, "discrepancy": 1, "not_comparable": 2}

#: A block larger than this on both sides says nothing specific; it is skipped.
MAX_BLOCK = 500


def default_keys(claim: Claim) -> list[str]:
    """Claims of one kind about one subject may meet."""
    if claim.subject_key:
        return [f"{claim.kind}|{claim.subject_key}"]
    return []


def keys_for(claim: Claim, pm: pluggy.PluginManager, config: Config) -> set[str]:
    keys = set(default_keys(claim))
    for batch in call_hook(pm, "blocking_keys", claim=claim, config=config):
        keys.update(batch or ())
    return keys


def candidate_pairs(
    left: list[Claim], right: list[Claim], pm: pluggy.PluginManager, config: Config
) -> list[tuple[Claim, Claim]]:
    """Pairs that share at least one blocking key, each pair once, in reading order."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for j, claim in enumerate(right):
        for key in keys_for(claim, pm, config):
            blocks[key].append(j)
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[Claim, Claim]] = []
    left_blocks: dict[str, int] = defaultdict(int)
    left_keys = [keys_for(claim, pm, config) for claim in left]
    for keys in left_keys:
        for key in keys:
            left_blocks[key] += 1
    for i, keys in enumerate(left_keys):
        for key in sorted(keys):
            members = blocks.get(key, ())
            if len(members) > MAX_BLOCK and left_blocks[key] > MAX_BLOCK:
                continue
            for j in members:
                if (i, j) not in seen:
                    seen.add((i, j))
                    pairs.append((left[i], right[j]))
    return pairs


def compare_pair(
    left: list[Claim], right: list[Claim], *, pm: pluggy.PluginManager, config: Config = DEFAULT
) -> list[Finding]:
    """Findings for two documents' claims, each claim used in at most one finding."""
    scored: list[tuple[int, int, Finding, Claim, Claim]] = []
    for n, (a, b) in enumerate(candidate_pairs(left, right, pm, config)):
        finding = call_hook(pm, "compare_claims", left=a, right=b, config=config)
        if finding is not None:
            scored.append((_PREFERENCE.get(finding.kind, 9), n, finding, a, b))
    scored.sort(key=lambda item: (item[0], item[1]))
    used: set[str] = set()
    findings = []
    for _, _, finding, a, b in scored:
        if a.id in used or b.id in used:
            continue
        used.update((a.id, b.id))
        findings.append(finding)
    return findings


def compare_documents(
    claims_by_doc: Mapping[str, list[Claim]],
    *,
    pm: pluggy.PluginManager,
    config: Config = DEFAULT,
) -> Iterable[Finding]:
    """Every pair of documents, in the order given."""
    doc_ids = list(claims_by_doc)
    for i, a in enumerate(doc_ids):
        for b in doc_ids[i + 1 :]:
            yield from compare_pair(claims_by_doc[a], claims_by_doc[b], pm=pm, config=config)
