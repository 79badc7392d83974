"""Why a model gave no usable answer. Apart from the client so that a run with no
model never imports the openai package (slow to import)."""

from __future__ import annotations


class ModelError(Exception):
    """The model gave no usable answer; the message says why, for the user."""


class ModelAuthError(ModelError):
    pass


class UnknownModel(ModelError):
    pass


class ModelTimeout(ModelError):
    pass


class ModelUnavailable(ModelError):
    """Unreachable, rate limited or failing after every retry."""


class MalformedResponse(ModelError):
    pass


class TruncatedOutput(ModelError):
    pass


class RefusedOutput(ModelError):
    pass


class EmptyOutput(ModelError):
    pass
