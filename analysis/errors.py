"""Errors the user can act on.

A :class:`UserError` means the input or the command line is wrong (a missing file, an
unknown side, an output folder that does not exist); its message is one sentence in the
words of the command line. The CLI shows it as one line and exits 2. Every other exception
is an internal error: exit 1, with the traceback written to a log file.
"""

from __future__ import annotations

__all__ = ["UserError", "ERROR_LOG"]

# Where ``briefing run`` writes the traceback of an internal error, in the output folder
# (a later run that succeeds drops it from the report).
ERROR_LOG = "briefing-error.log"


class UserError(ValueError):
    """A mistake in the input or the command line, explained in one sentence.

    It is a ``ValueError``, so code that caught the library's ``ValueError`` still works.
    """
