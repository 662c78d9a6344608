"""More splits of long Easy Read sentences, each with the near-misses that must stay whole.

The constructions are from news-dev: "X said A and that B", "A, with X doing
Y", and two verb phrases sharing a subject and a tense ("cut 300 jobs and
closed two plants", "has posted profits and predicted"). Each split case
gives the exact pieces; each kept-whole case is a sentence a looser rule
would have broken or made wrong.
"""

from __future__ import annotations

import pytest

from accessible.simplify import Level, facts_kept, simplify_sentence

SPLITS: list[tuple[str, str, Level, list[str], str]] = [
    (
        "and-that-believes",
        "The Commission believes these wholesale prices are too high and that the excess is "
        "passed on to consumers.",
        "easy",
        [
            "The Commission believes these wholesale prices are too high.",
            "The Commission believes that the excess is passed on to consumers.",
        ],
        "split-and-that",
    ),
    (
        "and-that-comma",
        "BP added that it was increasing its fourth-quarter dividend by 26% to 8.5 cents, and "
        "that it would continue with share buybacks.",
        "plain",
        [
            "BP added that it was increasing its fourth-quarter dividend by 26% to 8.5 cents.",
            "BP added that it would continue with share buybacks.",
        ],
        "split-and-that",
    ),
    (
        "but-that",
        "Swiss Re believes that the cost would be large but that it is unlikely to be in "
        "double-digit billions.",
        "plain",
        [
            "Swiss Re believes that the cost would be large.",
            "But Swiss Re believes that it is unlikely to be in double-digit billions.",
        ],
        "split-and-that",
    ),
    (
        "and-that-fronted",
        "Despite the concerns, analysts pointed out that France was outperforming most of its "
        "European counterparts and that its economy was looking stronger than in earlier years.",
        "plain",
        [
            "Despite the concerns, analysts pointed out that France was outperforming most of "
            "its European counterparts.",
            "Analysts pointed out that its economy was looking stronger than in earlier years.",
        ],
        "split-and-that",
    ),
    (
        "with-past",
        "Phytopharm shares jumped 10.7% on the news, with analysts saying sales of $600m a year "
        "were possible.",
        "easy",
        [
            "Phytopharm shares jumped 10.7% on the news.",
            "Analysts said sales of $600m a year were possible.",
        ],
        "split-with",
    ),
    (
        "with-past-of-phrase",
        "The acquisition meant its sales by volume grew 57% in 2004, with four months of Ambev "
        "sales accounting for almost all of the increase.",
        "easy",
        [
            "The acquisition meant its sales by volume grew 57% in 2004.",
            "4 months of Ambev sales accounted for almost all of the increase.",
        ],
        "split-with",
    ),
    (
        "verb-phrases-past-number",
        "The firm cut 300 jobs and closed two plants in Wales last year.",
        "easy",
        ["The firm cut 300 jobs.", "The firm closed 2 plants in Wales last year."],
        "split-verb-phrase",
    ),
    (
        "verb-phrases-past-after-date",
        "The 1977 Atlantic hurricane season officially began on June 1, 1977, and lasted until "
        "November 30, 1977.",
        "easy",
        [
            "The 1977 Atlantic hurricane season officially began on June 1, 1977.",
            "The 1977 Atlantic hurricane season lasted until November 30, 1977.",
        ],
        "split-verb-phrase",
    ),
    (
        "verb-phrases-perfect-then-modal",
        "The new low-cost mobile service has infringed its rights over the colour orange and "
        "could confuse customers.",
        "easy",
        [
            "The new low-cost mobile service has infringed its rights over the colour orange.",
            "The new low-cost mobile service could confuse customers.",
        ],
        "split-verb-phrase",
    ),
    (
        "verb-phrases-perfect",
        "UK advertising giant WPP has posted larger-than-expected annual profits and predicted "
        "that it will outperform the market in 2005.",
        "easy",
        [
            "UK advertising giant WPP has posted larger-than-expected annual profits.",
            "UK advertising giant WPP has predicted that it will outperform the market in 2005.",
        ],
        "split-verb-phrase",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "level", "expected", "kind"),
    [case[1:] for case in SPLITS],
    ids=[case[0] for case in SPLITS],
)
def test_splits(sentence: str, level: Level, expected: list[str], kind: str) -> None:
    sentences, changes = simplify_sentence(sentence, level)
    assert sentences == expected
    assert facts_kept(sentence, " ".join(sentences)) == 1.0
    assert any(c.kind == kind for c in changes)


KEPT_WHOLE: list[tuple[str, str, str]] = [
    (
        "passive-verb-list",
        "It is caught, smoked and sold widely in markets around the lake and further afield in "
        "the region.",
        "split-verb-phrase",
    ),
    (
        "passive-then-past-with-name-object",
        "It was released on January 21, 2003 and garnered DVDX awards for best animated "
        "feature and best director.",
        "split-verb-phrase",
    ),
    (
        "perfect-shared-object",
        "He has composed and arranged scores for more than 500 film and television productions "
        "in his long career.",
        "split-verb-phrase",
    ),
    (
        "perfect-base-form-list",
        "He has wowed audiences around the world with his ability to walk upstairs, recognise "
        "faces and come when beckoned.",
        "split-verb-phrase",
    ),
    (
        "perfect-base-form-infinitive",
        "Analysts had expected February's figure to be stronger than January's and come in at 57.",
        "split-verb-phrase",
    ),
    (
        "verb-phrases-trailing-source",
        "The EU's own institutions have noted the uneven way customs rules are applied but "
        "failed to act, the US Trade Representative's Office said.",
        "split-verb-phrase",
    ),
    (
        "with-present-progressive-main",
        "Getting involved is becoming more popular though, with 12% saying they had posted "
        "material on other people's blogs.",
        "split-with",
    ),
    (
        "and-that-first-claim-without-subject",
        "His brother Anil said had not been consulted and that the buy-back was completely "
        "inappropriate and unnecessary.",
        "split-and-that",
    ),
    (
        "with-present-main",
        "Its pilots are reportedly among the best paid in the industry, with senior members of "
        "staff earning more than $234,000 a year.",
        "split-with",
    ),
    (
        "with-present-number-subject",
        "Americans are becoming avid blog readers, with 32 million getting hooked in 2004, "
        "according to new research.",
        "split-with",
    ),
    (
        "with-modal-main",
        "Mobiles could soon double up as travel cards, with Nokia planning to try out a "
        "wireless ticket system on German buses.",
        "split-with",
    ),
    (
        "with-noun-ing",
        "Iran had only one heavily congested mobile network last year, with long waiting lists "
        "for new subscribers.",
        "split-with",
    ),
    (
        "perfect-passive-pair",
        "Many German consumers have been spooked and unsettled by government attempts to "
        "reform the welfare state.",
        "split-verb-phrase",
    ),
    (
        "and-that-demonstrative",
        "He said the price of oil rose sharply in the first week of the year and that figure "
        "was a record for the month.",
        "split-and-that",
    ),
    (
        "and-that-negated",
        "Analysts did not say that the firm would lose money this year and that its shares "
        "would fall.",
        "split-and-that",
    ),
    (
        "and-that-inner-verb",
        "The regulator found that Disney did not disclose that a subsidiary employed the wife "
        "of a director, and that she earned more than $1m a year.",
        "split-and-that",
    ),
    (
        "and-that-not-a-claim-verb",
        "When the query is passed on to a second person rates rise to about 70%, but that is "
        "still well below the industry target.",
        "split-and-that",
    ),
    (
        "with-two-absolutes",
        "Travel companies took a hit, with Japan's Kinki Nippon sliding 1.5% and HIS dropping "
        "3.3%.",
        "split-with",
    ),
    (
        "with-verb-complement",
        "The firm agreed a deal to merge its shops next year, with a rival operating in Asia.",
        "split-with",
    ),
    (
        "with-being",
        "Shares in the bank rose sharply in early trading on Monday, with the shares being "
        "valued at more than £3bn.",
        "split-with",
    ),
    (
        "with-no-comma",
        "The bank is to merge with a rival operating in Asia and Europe in a deal worth £3bn.",
        "split-with",
    ),
    (
        "with-perfect-main",
        "GM's European units Opel and Saab have both had trouble, with Opel management "
        "threatening to cut 12,000 jobs.",
        "split-with",
    ),
    (
        "with-reported",
        "Officials pointed out that industrial growth had slowed, with services giving much of "
        "the impetus.",
        "split-with",
    ),
    (
        "with-then-relative",
        "Call centres had a high churn rate, with nearly a quarter of workers leaving every "
        "year, which in turn forces companies to pay for training.",
        "split-with",
    ),
    (
        "passive-or-active",
        "The company was founded in 1990 and sold its first product in Germany two years later.",
        "split-verb-phrase",
    ),
    (
        "passive-then-past-object",
        "Growth was driven by export sales and lost some of its momentum in the last three "
        "months of the year.",
        "split-verb-phrase",
    ),
    (
        "adjective-object",
        "The firm sold new cars and used vehicles to dealers across the whole of the country "
        "last year.",
        "split-verb-phrase",
    ),
    (
        "perfect-negated-second",
        "The firm has cut 300 jobs in its home town and not closed any of its plants in Wales.",
        "split-verb-phrase",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [case[1:] for case in KEPT_WHOLE],
    ids=[case[0] for case in KEPT_WHOLE],
)
@pytest.mark.parametrize("level", ["plain", "easy"])
def test_kept_whole(sentence: str, kind: str, level: Level) -> None:
    _, changes = simplify_sentence(sentence, level)
    assert not any(c.kind == kind for c in changes)
