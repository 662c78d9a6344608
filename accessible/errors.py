"""The exceptions users see. Each message says what went wrong and what to do.

Only the CLI prints them (one line, exit code 1); library callers catch
:class:`AccessibleError` to handle every expected failure in one place.
"""


class AccessibleError(Exception):
    """Base class for every error caused by input, settings or the environment."""


class InputError(AccessibleError):
    """An article that cannot be read: missing, empty, binary, undecodable, too large."""


class LanguageError(InputError):
    """An article in a language a step has no rules for: rewriting is English only.

    Scoring and narration work in other languages, so a render catches this
    and writes the rest; ``simplify`` and ``render --easy`` report it.
    """


class ConfigError(AccessibleError):
    """A voice profile or setting that is invalid or names something that does not exist."""


class EngineError(AccessibleError):
    """The speech engine failed, hung or is not available."""
