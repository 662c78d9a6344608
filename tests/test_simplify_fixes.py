"""Known wrong outputs, each pinned to what the simplifier writes now.

Every case is a real sentence (news-dev or ASSET validation) that once came
out wrong: a contrast the writer never drew, a time phrase moved off the noun
it described, an "It" with no clear antecedent, or a word swapped for one that
does not fit. The expected output is either the sentence as it stands or a
rewrite that keeps its meaning.
"""

from __future__ import annotations

import pytest

from accessible.simplify import Level, simplify_sentence

CASES: list[tuple[str, Level, list[str]]] = [
    # A trailing "while" means "at the same time", never a "But" the writer did not write.
    (
        "US crude rose 50 cents to $45 a barrel, while Brent crude gained 40 cents to $43.",
        "easy",
        [
            "US crude rose 50 cents to $45 a barrel.",
            "At the same time, Brent crude gained 40 cents to $43.",
        ],
    ),
    (
        "US light crude rose $1.64 to $47.10, while Brent crude in London gained $1.32 to $44.45.",
        "plain",
        [
            "US light crude rose $1.64 to $47.10.",
            "At the same time, Brent crude in London gained $1.32 to $44.45.",
        ],
    ),
    # "after ..." describing a noun in a prepositional phrase stays with it.
    (
        "Republicans have blamed the size of the deficit on slow economic conditions after the "
        "11 September attacks and ongoing military operations in Iraq and Afghanistan.",
        "easy",
        [
            "Republicans have blamed the size of the deficit on slow economic conditions after "
            "the 11 September attacks and ongoing military operations in Iraq and Afghanistan."
        ],
    ),
    # "which have" cannot be "It have"; "countries like Korea" leaves "which" open.
    (
        "In countries like Korea, which have high levels of fast net connections, "
        "people watch TV online.",
        "easy",
        [
            "In countries like Korea, which have high levels of fast net connections, "
            "people watch TV online."
        ],
    ),
    # When another clause comes between, the antecedent is repeated, not "It".
    (
        "However, he was criticised for the UN's failure to act during the 1994 Rwandan "
        "Genocide, which officially left over 1 million people dead, and he appeared unable to "
        "muster support in the UN for intervention in the continuing Angolan Civil War.",
        "easy",
        [
            "But he was criticised for the UN's failure to act.",
            "This was during the 1994 Rwandan Genocide.",
            "He appeared unable to muster support in the United Nations (UN) for intervention "
            "in the continuing Angolan Civil War.",
            "The 1994 Rwandan Genocide officially left over 1 million people dead.",
        ],
    ),
    # ... but not a noun after "of": the deal is the takeover, not UFJ.
    (
        "Mitsubishi's takeover of UFJ, which will be Japan's largest-ever takeover deal, will "
        "still have to be approved by shareholders of the two firms.",
        "easy",
        [
            "Mitsubishi's takeover of UFJ will still have to be approved by shareholders of the "
            "2 firms.",
            "It will be Japan's largest-ever takeover deal.",
        ],
    ),
    # A pair of dashes closes the clause; what follows stays in the main sentence.
    (
        "Easymobile will allow customers to go online to order SIM cards and airtime - which "
        "will be rented from T-Mobile - for their existing handsets.",
        "easy",
        [
            "Easymobile will allow customers to go online to order SIM cards and airtime for "
            "their existing handsets.",
            "It will be rented from T-Mobile.",
        ],
    ),
    # ", and X" after the clause may be the end of a list the clause interrupts.
    (
        "He also has substantial stakes in Fairmont Hotels & Resorts, which will manage the "
        "Savoy and Simpson's in the Strand, and Four Seasons.",
        "easy",
        [
            "He has large stakes in Fairmont Hotels & Resorts, which will manage the Savoy and "
            "Simpson's in the Strand, and Four Seasons."
        ],
    ),
    # The main clause must keep a verb.
    (
        "The State Administration of Radio, Film and Television (SARFT), which regulates "
        "broadcasting, plans to move all programmes to digital by 2015.",
        "easy",
        [
            "The State Administration of Radio, Film and Television (SARFT), which regulates "
            "broadcasting, plans to move all programmes to digital by 2015."
        ],
    ),
    # "which is why" points at the whole clause: "This", not "It".
    (
        "Consumer spending accounts for 66% of US economic activity and is viewed as a gauge of "
        "the health of the economy, which is why the Michigan data is closely observed.",
        "easy",
        [
            "Consumer spending accounts for 66% of US economic activity and is viewed as a gauge "
            "of the health of the economy.",
            "This is why the Michigan data is closely observed.",
        ],
    ),
    # "who" after "X of Y" may mean X: left whole.
    (
        "SAIC says none of its money will be paid to the four owners of Rover, who have been "
        "accused by unions of awarding themselves exorbitant salaries, the FT reports.",
        "easy",
        [
            "SAIC says none of its money will be paid to the 4 owners of Rover, who have been "
            "accused by unions of awarding themselves exorbitant salaries, the FT reports."
        ],
    ),
    # "could cut" speaks of now: the appositive is "is", not "was".
    (
        "Mittal Steel, one of the world's largest steel producers, could cut up to 45,000 jobs "
        "over the next five years, its chief executive has said.",
        "easy",
        [
            "Mittal Steel could cut up to 45,000 jobs over the next 5 years, its chief executive "
            "has said.",
            "Mittal Steel is one of the world's largest steel producers.",
        ],
    ),
    # A dash after a figure describes the event, not the number.
    (
        "The KSE index closed at 6709.93 - an overall gain of nearly 400 points in the first "
        "two trading days of the week.",
        "easy",
        [
            "The KSE index closed at 6709.93 - an overall gain of nearly 400 points in the first "
            "2 trading days of the week."
        ],
    ),
    # "In terms of ..." frames; it says no time or place.
    (
        "In terms of gameplay, I marginally preferred EA's NBA Live 2005 for basketball, "
        "and was more satisfied ice hockey-wise by ESPN's NHL 2K5.",
        "easy",
        [
            "In terms of gameplay, I marginally preferred EA's NBA Live 2005 for basketball, "
            "and was more satisfied ice hockey-wise by ESPN's NHL 2K5."
        ],
    ),
]

WORDS: list[tuple[str, Level, str]] = [
    # A participle before "by" stays a participle.
    (
        "The data provided by the ministry showed a big rise in the number of people out of work.",
        "easy",
        "The data given by the ministry showed a big rise in the number of people out of work.",
    ),
    ("The data provided to the ministry showed a rise.", "easy",
     "The data provided to the ministry showed a rise."),
    ("The firm provided loans to the town.", "easy", "The firm gave loans to the town."),
    (
        "It is also able to recognise multiple clicking on a mouse button caused by shaky digits.",
        "plain",
        "It can recognise multiple clicking on a mouse button caused by shaky digits.",
    ),
    (
        "It is also eliminating a Saturday-night stay requirement on discount fares.",
        "plain",
        "It is removing a Saturday-night stay requirement on discount fares.",
    ),
    # "so-called" doubts a common noun; before a name it only names.
    (
        "Satan represents all of the so-called sins, as they all lead to physical, mental, "
        "or emotional gratification.",
        "plain",
        "Satan represents all of the so-called sins, as they all lead to physical, mental, "
        "or emotional gratification.",
    ),
    (
        "Only 40 people have engaged with the so-called Contest programme.",
        "plain",
        "Only 40 people have joined the Contest programme.",
    ),
    (
        "In common law legal systems, a precedent or authority is a legal case establishing a "
        "principle or rule that a court or other judicial body utilizes when deciding subsequent "
        "cases with similar issues or facts.",
        "plain",
        "In common law legal systems, a precedent or authority is a legal case establishing a "
        "principle or rule that a court or other judicial body uses when deciding later cases "
        "with similar issues or facts.",
    ),
    (
        "National symbols intend to unite people by creating visual, verbal, or iconic "
        "representations of the national people, values, goals, or history.",
        "plain",
        "National symbols aim to unite people by creating visual, verbal, or iconic "
        "representations of the national people, values, goals, or history.",
    ),
    (
        "The phasing out of the franc was intended to distance the country from its past.",
        "plain",
        "The phasing out of the franc was intended to distance the country from its past.",
    ),
    (
        "Today the garden is divided into sections containing the botanical school, gardens, "
        "ponds, greenhouses, and various buildings.",
        "easy",
        "Today the garden is divided into sections containing the botanical school, gardens, "
        "ponds, greenhouses, and many buildings.",
    ),
    (
        "The link to the website is contained in a spam e-mail that is currently circulating.",
        "easy",
        "The link to the website is contained in a spam e-mail that is now circulating.",
    ),
    ("The box contained toys and books for the children of the town.", "easy",
     "The box had toys and books for the children of the town."),
    (
        "Verizon plans to swap 0.41 of its shares and $1.50 in cash for each MCI share, "
        "as well as offering special dividends of $4.50 a share.",
        "easy",
        "Verizon plans to swap 0.41 of its shares and $1.50 in cash for each MCI share, "
        "as well as offering special dividends of $4.50 a share.",
    ),
    (
        "E-government initiatives over the last decade have very much been about putting basic "
        "information and service guides online as well as letting people interact with "
        "government via the web.",
        "easy",
        "E-government initiatives over the last decade have very much been about putting basic "
        "information and service guides online as well as letting people interact with "
        "government via the web.",
    ),
    (
        "The teamwork is designed to add atmosphere rather than affect the gameplay at all.",
        "plain",
        "The teamwork aims to add atmosphere rather than affect the gameplay at all.",
    ),
    ("It was a joystick rather than the keypad.", "plain",
     "It was a joystick instead of the keypad."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "level", "expected"), CASES)
def test_fixed_splits(text: str, level: Level, expected: list[str]) -> None:
    sentences, _ = simplify_sentence(text, level)
    assert sentences == expected


@pytest.mark.parametrize(("text", "level", "expected"), WORDS)
def test_fixed_words(text: str, level: Level, expected: str) -> None:
    sentences, _ = simplify_sentence(text, level)
    assert " ".join(sentences) == expected
