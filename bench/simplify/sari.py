"""Corpus-level SARI, computed the way EASSE does.

SARI (Xu et al., 2016) scores a simplification against the source and several
references by what it ADDs, KEEPs and DELETEs. Published numbers for ASSET are
EASSE's corpus SARI, so this module reproduces EASSE's exact arithmetic rather
than the original sentence-averaged script: lowercase, sacrebleu's 13a
tokenizer, n-grams of order 1-4, ADD from n-gram *sets*, KEEP and DELETE from
counts multiplied by the number of references, counts summed over the whole
corpus per order, F1 per order averaged over the four orders, then the mean of
the three operations. It is validated against EASSE's README
example (33.1747) in tests/test_simplify.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

NGRAM_ORDER = 4


@cache
def _tokenizer() -> Any:
    """Build sacrebleu's 13a tokenizer once; imported lazily because sacrebleu is a dev extra."""
    from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a

    return Tokenizer13a()


def normalize(sentence: str) -> str:
    """Lowercase and 13a-tokenise, as EASSE's ``normalize(sent, lowercase=True, '13a')``."""
    return str(_tokenizer()(sentence.lower()))


def _ngrams(tokens: Sequence[str]) -> list[Counter[str]]:
    """Count n-grams of each order 1..4 (index 0 holds unigrams)."""
    out: list[Counter[str]] = []
    for n in range(1, NGRAM_ORDER + 1):
        out.append(Counter(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)))
    return out


def _scaled(counter: Counter[str], factor: int) -> Counter[str]:
    return Counter({k: v * factor for k, v in counter.items()})


@dataclass
class _Tally:
    """Corpus-wide (correct, system total, reference total) per n-gram order for one operation."""

    correct: list[int] = field(default_factory=lambda: [0] * NGRAM_ORDER)
    sys_total: list[int] = field(default_factory=lambda: [0] * NGRAM_ORDER)
    ref_total: list[int] = field(default_factory=lambda: [0] * NGRAM_ORDER)

    def f1(self) -> float:
        """F1 per n-gram order, averaged over the orders (EASSE's default "macro" SARI).

        EASSE's ``compute_micro_sari`` (average precision and recall first) is
        the paper's variant; its default and the published ASSET numbers use
        this per-order F1, which is what reproduces 33.1747 and 22.53.
        """
        total = 0.0
        for correct, sys_total, ref_total in zip(
            self.correct, self.sys_total, self.ref_total, strict=True
        ):
            precision = correct / sys_total if sys_total > 0 else 0.0
            recall = correct / ref_total if ref_total > 0 else 0.0
            if precision > 0 and recall > 0:
                total += 2 * precision * recall / (precision + recall)
        return total / NGRAM_ORDER


@dataclass(frozen=True)
class SariScore:
    """Corpus SARI and its three operation scores, all on a 0-100 scale."""

    sari: float
    add: float
    keep: float
    delete: float


def corpus_sari(
    orig_sents: Sequence[str],
    sys_sents: Sequence[str],
    refs_sents: Sequence[Sequence[str]],
) -> SariScore:
    """Score ``sys_sents`` against ``orig_sents`` and references.

    ``refs_sents`` is laid out as in EASSE: one list per reference *set*, each
    aligned with ``orig_sents`` (``refs_sents[j][i]`` is reference j of line i).
    """
    if len(sys_sents) != len(orig_sents) or any(len(r) != len(orig_sents) for r in refs_sents):
        raise ValueError("system output and every reference set must align with the sources")
    num_refs = len(refs_sents)
    add, keep, delete = _Tally(), _Tally(), _Tally()
    for i, orig in enumerate(orig_sents):
        orig_ng = _ngrams(normalize(orig).split())
        sys_ng = _ngrams(normalize(sys_sents[i]).split())
        refs_ng: list[Counter[str]] = [Counter() for _ in range(NGRAM_ORDER)]
        for refs in refs_sents:
            for n, counts in enumerate(_ngrams(normalize(refs[i]).split())):
                refs_ng[n] += counts
        for n in range(NGRAM_ORDER):
            o, s, r = orig_ng[n], sys_ng[n], refs_ng[n]
            # ADD: binary, new n-grams only.
            sys_new = set(s) - set(o)
            ref_new = set(r) - set(o)
            add.sys_total[n] += len(sys_new)
            add.ref_total[n] += len(ref_new)
            add.correct[n] += len(sys_new & set(r))
            # KEEP and DELETE: counts weighted by the number of references.
            o_w, s_w = _scaled(o, num_refs), _scaled(s, num_refs)
            kept_sys, kept_ref = o_w & s_w, o_w & r
            keep.sys_total[n] += sum(kept_sys.values())
            keep.ref_total[n] += sum(kept_ref.values())
            keep.correct[n] += sum((kept_sys & kept_ref).values())
            del_sys, del_ref = o_w - s_w, o_w - r
            delete.sys_total[n] += sum(del_sys.values())
            delete.ref_total[n] += sum(del_ref.values())
            delete.correct[n] += sum((del_sys & del_ref).values())
    a, k, d = add.f1(), keep.f1(), delete.f1()
    return SariScore(sari=100 * (a + k + d) / 3, add=100 * a, keep=100 * k, delete=100 * d)
