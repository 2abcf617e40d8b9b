"""The one error the parsers raise: input that cannot be read as mail."""


class MalformedMessageError(ValueError):
    """The bytes are not a message we can read; the caller quarantines them."""
