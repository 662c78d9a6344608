"""Spoken forms: what the narrator says for what is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessible.config import load_profile
from accessible.errors import ConfigError
from accessible.speech import Lexicon, load_lexicon, spoken


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("It cost £1.5m.", "It cost 1.5 million pounds."),
        ("Shell is to pay $1m (£522,000).", "Shell is to pay 1 million dollars, 522,000 pounds."),
        ("A £1 coin and €30bn.", "A 1 pound coin and 30 billion euros."),
        ("It cost £5-10m.", "It cost 5 to 10 million pounds."),
        ("It was 50p.", "It was 50 pence."),
        ("Rates rose 2.5% to 4.75%.", "Rates rose 2.5 percent to 4.75 percent."),
        ("In 1990 and the 1990s.", "In 19 90 and the 19 90s."),
        ("In 1905 and 1800 and 2004.", "In 19 oh 5 and 18 hundred and 2004."),
        ("In 2004-05.", "In 2004 to 2005."),
        ("It had 20-25 units.", "It had 20 to 25 units."),
        ("After the 7/7 bombings and 9/11.", "After the 7 7 bombings and 9 11."),
        ("Three quarters, or 3/4, and ½.", "Three quarters, or three quarters, and a half."),
        ("Mr Blair met Dr Smith at No. 10.", "Mister Blair met Doctor Smith at number 10."),
        ("St Paul's Road, near Baker St.", "Saint Paul's Road, near Baker Street."),
        ("At 10:30am and 3.30pm.", "At 10 30 a m and 3 30 p m."),
        ("The MoJ, the NHS, NATO and the BBC.", "The M O J, the N H S, Nato and the B B C."),
        ("The U.S. and U.K. talks.", "The U S and U K talks."),
        ("Email press@justice.gov.uk now.", "Email press at justice dot gov dot uk now."),
        ("See www.bbc.co.uk/news today.", "See w w w dot bbc dot co dot uk slash news today."),
        ('He said: "It is - not an event."', "He said: It is, not an event."),
        ("Cheap, e.g. 30km at 70mph.", "Cheap, for example 30 kilometres at 70 miles per hour."),
        ("Marks & Spencer", "Marks and Spencer"),
        ("It was 2,500.", "It was 2,500."),
    ],
)
def test_spoken_forms(written: str, said: str) -> None:
    assert spoken(written) == said


def test_apostrophes_in_words_stay() -> None:
    assert spoken("It's the terrorists' beliefs, don't you see?") == (
        "It's the terrorists beliefs, don't you see?"
    )


def test_user_lexicon_words_and_patterns(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.toml"
    path.write_text(
        '[words]\nIBTimes = "I B Times"\n[patterns]\n"\\\\b(\\\\d+)mn\\\\b" = "\\\\1 million"\n'
    )
    lexicon = load_lexicon(path)
    assert spoken("He told IBTimes UK of 5mn users.", lexicon) == (
        "He told I B Times U K of 5 million users."
    )


def test_bad_lexicon_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.toml"
    path.write_text('[patterns]\n"(" = "x"\n')
    with pytest.raises(ConfigError, match="invalid pronunciation lexicon"):
        load_lexicon(path)


def test_default_profile_ships_a_lexicon() -> None:
    profile = load_profile("default")
    assert profile.lexicon is not None
    assert isinstance(load_lexicon(profile.lexicon), Lexicon)
