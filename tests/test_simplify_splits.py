"""Clause-level splits: each construction with the sentences it must become.

Every case is a real news construction (most from the news-dev worst list).
The "kept whole" cases matter as much as the splits: a condition must not
become a statement, "while" meaning "during" must not gain a "But", a "not"
must not lose its reach, and a pronoun must not come before its name.
"""

from __future__ import annotations

import pytest

from accessible.simplify import Level, facts_kept, simplify_sentence

SPLITS: list[tuple[str, str, Level, list[str]]] = [
    (
        "while-contrast-compared",
        "While the UK's jobless rate rose to 4.7% from 4.6% in the earlier quarter, the rate "
        "still remains one of the lowest in the world, compared with 12.1% in Germany, 10.4% "
        "in Spain and 9.7% in France.",
        "easy",
        [
            "The UK's jobless rate rose to 4.7% from 4.6% in the earlier quarter.",
            "But the rate still remains one of the lowest in the world.",
            "This compares with 12.1% in Germany, 10.4% in Spain and 9.7% in France.",
        ],
    ),
    (
        "fronted-when",
        "When the firm collapsed in 2001, thousands of workers lost their pensions.",
        "easy",
        ["Thousands of workers lost their pensions.", "This was when the firm collapsed in 2001."],
    ),
    (
        "fronted-after",
        "After the deal was signed, shares in the company rose by 5% in early trading.",
        "easy",
        ["The deal was signed.", "After that, shares in the company rose by 5% in early trading."],
    ),
    (
        "fronted-because",
        "Because oil prices have risen, airlines are not making money this year.",
        "easy",
        ["Oil prices have risen.", "So airlines are not making money this year."],
    ),
    (
        "fronted-before",
        "Before the shop opened in 1990, the building was used as a warehouse by the council.",
        "easy",
        [
            "The building was used as a warehouse by the council.",
            "This was before the shop opened in 1990.",
        ],
    ),
    (
        "fronted-although-plain",
        "Although sales rose by 5% in the last three months of the year, the company still "
        "made a loss of £3m.",
        "plain",
        [
            "Sales rose by 5% in the last three months of the year.",
            "But the company still made a loss of £3m.",
        ],
    ),
    (
        "titled-name-said",
        "But PwC's global chief executive, Samuel DiPiazza, said a growing number of "
        "companies were concerned about the quality of service.",
        "easy",
        [
            "But a growing number of companies were concerned about the quality of service.",
            "Samuel DiPiazza said this.",
            "Samuel DiPiazza was PwC's global chief executive.",
        ],
    ),
    (
        "said-after-time-phrase",
        "In January the independent Institute for Fiscal Studies said Mr Brown would need to "
        "raise taxes next year.",
        "easy",
        [
            "Mr Brown would need to raise taxes next year.",
            "In January the independent Institute for Fiscal Studies said this.",
        ],
    ),
    (
        "said-on-sunday",
        "Jeremy de Souza said on Sunday the Treasury was planning to invest £7.5bn in the "
        "railways.",
        "easy",
        [
            "The Treasury was planning to invest £7.5bn in the railways.",
            "Jeremy de Souza said this on Sunday.",
        ],
    ),
    (
        "trailing-reported",
        "Germany's Chancellor Gerhard Schroeder began a visit to Beijing on Monday by signing "
        "a deal for Airbus, the Deutsche Welle radio station reported.",
        "easy",
        [
            "Germany's Chancellor Gerhard Schroeder began a visit to Beijing on Monday by "
            "signing a deal for Airbus.",
            "The Deutsche Welle radio station reported this.",
        ],
    ),
    (
        "one-of-appositive",
        "France Telecom, one of the world's largest telecoms providers, saw its sales rise "
        "2.2% in 2004.",
        "easy",
        [
            "France Telecom saw its sales rise 2.2% in 2004.",
            "France Telecom was one of the world's largest telecoms providers.",
        ],
    ),
    (
        "modal-both-and",
        "A growing number of companies could both hurt their reputation in their home markets "
        "and harm the quality of their service.",
        "easy",
        [
            "A growing number of companies could hurt their reputation in their home markets.",
            "They could harm the quality of their service.",
        ],
    ),
    (
        "bare-but",
        "It was on course for a 10% rise in net income this year but operating profits are "
        "set to fall.",
        "easy",
        [
            "It was on course for a 10% rise in net income this year.",
            "But operating profits are set to fall.",
        ],
    ),
    (
        "but-said",
        "AOL backed the price cuts but said regulation was still needed to ensure a level "
        "playing field.",
        "easy",
        [
            "AOL backed the price cuts.",
            "But regulation was still needed to make sure a level playing field.",
            "AOL said this.",
        ],
    ),
    (
        "including-list",
        "The club is funding its move to the new ground through some sources, including debt "
        "from banks, savings and the sale of land.",
        "easy",
        [
            "The club is funding its move to the new ground through some sources.",
            "These sources include debt from banks, savings and the sale of land.",
        ],
    ),
    (
        "up-from",
        "Consumer spending grew at 4.6% in the third quarter of the year, up from just 1.6% "
        "in the second.",
        "easy",
        [
            "Consumer spending grew at 4.6% in the third quarter of the year.",
            "This was up from just 1.6% in the second.",
        ],
    ),
    (
        "acronym-subject",
        "The US dollar has continued its record-breaking slide and has fallen to a new low "
        "against the euro.",
        "easy",
        [
            "The US dollar has continued its record-breaking slide.",
            "The US dollar has fallen to a new low against the euro.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "level", "expected"),
    [case[1:] for case in SPLITS],
    ids=[case[0] for case in SPLITS],
)
def test_splits(sentence: str, level: Level, expected: list[str]) -> None:
    sentences, changes = simplify_sentence(sentence, level)
    assert sentences == expected
    assert facts_kept(sentence, " ".join(sentences)) == 1.0
    assert any(c.kind.startswith("split-") for c in changes)


KEPT_WHOLE: list[tuple[str, str]] = [
    (
        "condition",
        "If the deal goes ahead, the firm will cut 500 jobs in its home town next year.",
    ),
    (
        "while-during",
        "While he was working in Paris, the singer wrote most of the songs on the new album.",
    ),
    (
        "pronoun-before-name",
        "When the firm collapsed in 2001, it owed more than £5m to its many suppliers.",
    ),
    (
        "pronoun-claim",
        "Jeremy de Souza said on Sunday he could not confirm whether the Treasury was "
        "planning to invest.",
    ),
    (
        "negated-speaker",
        "Analysts never said that the company would lose money on the deal this year or next year.",
    ),
    (
        "negated-modal-verbs",
        "The firm will not cut 500 jobs in its home town and close 3 plants in Germany next year.",
    ),
    (
        "speaker-adds",
        "The extra three-day stoppage will mean a production loss of up to 3,600 vehicles, "
        "BMW said, adding that it was confident.",
    ),
    (
        "two-participles",
        "UK retail sales fell in December, failing to meet expectations and making it the "
        "worst Christmas since 1981.",
    ),
    (
        "claim-and-that",
        "The EU stressed that Thursday's meeting was only a first step and that other "
        "proposals were under consideration.",
    ),
    (
        "told-whom",
        "But he told the BBC's Talking Point programme what was needed was one approach.",
    ),
    (
        "role-of-a-named-thing",
        "Three senior executives of Ireland's state-owned airline, Aer Lingus, have resigned "
        "from their posts this week.",
    ),
    (
        "noun-not-participle",
        "The club is funding its move to the new ground through a loan from the banks.",
    ),
]
"""Sentences a split would make wrong; they must come out unsplit."""


@pytest.mark.parametrize(
    "sentence", [case[1] for case in KEPT_WHOLE], ids=[c[0] for c in KEPT_WHOLE]
)
def test_kept_whole(sentence: str) -> None:
    sentences, changes = simplify_sentence(sentence, "easy")
    assert len(sentences) == 1
    assert not any(c.kind.startswith("split-") for c in changes)
