"""The ``briefing`` command.

``briefing findings PATHS... [--sides A B] [-o FILE]`` prints the findings JSON;
``briefing run PATHS... [--out DIR] [--sides A B] [--title T]`` renders the HTML briefing.

Exit codes: 0 when at least one article was read (and, for ``run``, every notebook
rendered); 1 when some notebook failed (the others are still written) or on an internal
error (one line on stderr naming the log file that holds the traceback); 2 when no article
could be read or the command line is wrong (one line saying what to change); 130 when
interrupted (Ctrl-C), 143 when terminated (SIGTERM): running kernels are stopped, the
earlier report is kept whole. Skipped files and warnings are one line each on stderr.

Only the standard library is imported until the arguments are parsed, so ``--help``,
``--version`` and argument errors answer at once.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import NoReturn

__all__ = ["main", "build_parser", "one_line"]

EXIT_OK, EXIT_PARTIAL, EXIT_NO_INPUT = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143

# The library's defaults, repeated here so that parsing imports nothing heavy
# (tests/test_cli.py checks they agree with analysis.findings and analysis.ingest).
DEFAULT_SIDES: tuple[str, str] = ("US", "UK")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# The library's Python words, as the command line says them.
_CLI_WORDS = (
    (" (gazetteer= in Python)", ""),
    ("max_bytes must", "--max-bytes must"),
    ("jobs must", "--jobs must"),
    ("sides must", "--sides must"),
)



class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C (a KeyboardInterrupt, so running kernels are stopped)."""


def one_line(text: object) -> str:
    """``text`` on one line: control characters (newlines, escapes) shown as ``\\n``, ``\\x1b``."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in str(text))


def _say(message: str) -> None:
    print(f"briefing: {one_line(message)}", file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (and exit 2)."""

    def error(self, message: str) -> NoReturn:
        _say(f"error: {message} (see {self.prog} --help)")
        raise SystemExit(EXIT_NO_INPUT)


def _positive(what: str) -> Callable[[str], int]:
    """An argparse type for a whole number of ``what`` that is 1 or more."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number of {what}, got {text!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be 1 or more {what}, got {value}")
        return value

    return parse


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefing")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to document the CLI)."""
    parser = _Parser(
        prog="briefing",
        description="Briefings on a folder of news articles: sides, versions, dates.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="+", help="article files or folders (searched recursively)")
        p.add_argument("--sides", nargs=2, metavar=("A", "B"), default=list(DEFAULT_SIDES),
                       help="the two sides to compare (default: US UK)")
        p.add_argument("--max-bytes", type=_positive("bytes"), default=DEFAULT_MAX_BYTES,
                       help=f"skip files larger than this (default {DEFAULT_MAX_BYTES:,})")
        p.add_argument("--gazetteer", metavar="FILE", action="append", default=None,
                       help="a YAML gazetteer of actors that extends the shipped one (repeatable)")
        p.add_argument("--cues", metavar="FILE", action="append", default=None,
                       help="a YAML file of stance cue words that extends the shipped one (repeatable)")
        p.add_argument("--no-cache", action="store_true",
                       help="parse every article again instead of reading the parse cache")

    findings = sub.add_parser("findings", help="print the findings as JSON")
    common(findings)
    findings.add_argument("--no-progress", action="store_true",
                          help="hide the progress bars (shown only on a terminal)")
    findings.add_argument("-o", "--output", metavar="FILE",
                          help="write the JSON to FILE (atomically) instead of stdout")

    run = sub.add_parser("run", help="run the notebooks and render the HTML briefing")
    common(run)
    run.add_argument("--out", default="reports", metavar="DIR", help="output folder (default reports/)")
    run.add_argument("--title", default=None,
                     help="title of the briefing (default: the story's headline, from its main version family)")
    run.add_argument("--notebooks", metavar="DIR", default=None,
                     help="folder of NN-name.ipynb notebooks (default: this checkout's notebooks/)")
    run.add_argument("--jobs", "-j", type=_positive("notebooks at once"), default=None, metavar="N",
                     help="run N notebooks at once, each in its own kernel (default: one per CPU; "
                          "1 runs them one by one)")
    run.add_argument("--no-progress", action="store_true", help="hide the progress bars")
    run.add_argument("--no-pdf", action="store_true",
                     help="do not print briefing.pdf (briefing.html, the whole briefing in one page, is still written)")
    return parser


class _OneLineFormatter(logging.Formatter):
    """``briefing: message``, with control characters in file names escaped."""

    def format(self, record: logging.LogRecord) -> str:
        return one_line(super().format(record))


def _setup_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLineFormatter("briefing: %(message)s"))
    root = logging.getLogger("analysis")
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    root.propagate = False
    # papermill logs kernel deaths ("Kernel died while waiting for execute reply.") through
    # Python's last-resort handler; the runner reports each failure itself, on one line
    quiet = logging.getLogger("papermill")
    quiet.handlers[:] = [logging.NullHandler()]
    quiet.propagate = False


def _user_error(message: str) -> Exception:
    from analysis.errors import UserError

    return UserError(message)


def _check_readable(option: str, files: Sequence[str] | None) -> None:
    """Each ``--gazetteer``/``--cues`` FILE can be opened, or a UserError says which cannot."""
    for name in files or ():
        try:
            with open(name, "rb"):
                pass
        except OSError as exc:
            raise _user_error(f"cannot read {option} FILE {name!r}: {exc.strerror or exc}") from None


def _check_output(path: str) -> None:
    """``-o FILE`` can be written: its folder exists (no folders are made) and it is no folder."""
    target = Path(path)
    if target.is_dir():
        raise _user_error(f"cannot write -o FILE {path!r}: it is a folder")
    folder = target.parent
    if not folder.is_dir():
        raise _user_error(f"cannot write -o FILE {path!r}: the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise _user_error(f"cannot write -o FILE {path!r}: the folder {str(folder)!r} is not writable")


# What a findings run imports: brought in at once, then set aside from garbage collection.
_ANALYSIS_MODULES = ("spacy.matcher", "analysis.findings", "analysis.split.core", "analysis.versions.core")


def _import_analysis() -> None:
    """Import the analysis, then freeze what is alive: the modules and their tables live as
    long as the process, so the collector need never walk them again. This takes about a
    sixth off a short command (`benchmarks/briefing_speed.py`); garbage made later is still
    collected as usual."""
    for name in _ANALYSIS_MODULES:
        importlib.import_module(name)
    gc.freeze()


def _cmd_findings(args: argparse.Namespace) -> int:
    if args.output:
        _check_output(args.output)
    _import_analysis()
    from analysis.findings import build_findings, write_atomic
    from analysis.progress import TerminalBars

    bars = TerminalBars(enabled=not args.no_progress)
    try:
        findings = build_findings(args.paths, sides=args.sides, max_bytes=args.max_bytes,
                                  gazetteer=args.gazetteer, cues=args.cues, cache=not args.no_cache,
                                  progress=bars)
    finally:
        bars.close()
    text = findings.to_json()
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    if not findings.articles:
        _say("no article could be read")
        return EXIT_NO_INPUT
    return EXIT_OK


def _cmd_run(args: argparse.Namespace) -> int:
    _import_analysis()
    from analysis.progress import TerminalBars
    from analysis.runner import run_briefing

    bars = TerminalBars(enabled=not args.no_progress)
    try:
        result = run_briefing(
            args.paths,
            out_dir=args.out,
            sides=args.sides,
            title=args.title,
            max_bytes=args.max_bytes,
            gazetteer=args.gazetteer,
            cues=args.cues,
            cache=not args.no_cache,
            findings_progress=bars,
            notebooks_dir=args.notebooks,
            progress=not args.no_progress,
            jobs=args.jobs,
            on_error=_say,
            pdf=not args.no_pdf,
            on_note=_say,
        )
    finally:
        bars.close()
    if not result.findings.articles:
        _say("no article could be read")
        return EXIT_NO_INPUT
    _say(f"wrote {result.index_html}")
    return EXIT_PARTIAL if result.failed else EXIT_OK


def _is_user_error(exc: BaseException) -> bool:
    """Whether ``exc`` is about the user's input (exit 2) rather than a bug (exit 1).

    The library raises :class:`analysis.errors.UserError` for every input mistake; any
    other exception, a bare ``ValueError`` included, is an internal error.
    """
    from analysis.errors import UserError

    return isinstance(exc, UserError)


def _cli_words(message: str) -> str:
    """The library's message in the words of the command line, on one line."""
    for python, cli in _CLI_WORDS:
        message = message.replace(python, cli)
    return " ".join(message.split())


def _log_traceback(exc: BaseException, args: argparse.Namespace) -> str | None:
    """Write ``exc``'s traceback to a log file and return its path (None if nowhere would do).

    For ``run`` the log goes into the output folder (``briefing-error.log``, dropped by the
    next run that succeeds), else into the temporary folder (``briefing-error-*.log``).
    """
    import tempfile

    from analysis.errors import ERROR_LOG

    text = "".join(traceback.format_exception(exc))
    out = getattr(args, "out", None)
    if out and os.path.isdir(out):
        path = os.path.join(out, ERROR_LOG)
        try:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            return os.path.abspath(path)
        except OSError:
            pass
    try:
        fd, path = tempfile.mkstemp(prefix="briefing-error-", suffix=".log")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path
    except OSError:
        return None


def _where(exc: BaseException) -> str:
    """The innermost frame of ``exc``'s traceback: ``module.function``."""
    tb = exc.__traceback__
    if tb is None:
        return "?"
    while tb.tb_next is not None:
        tb = tb.tb_next
    module = tb.tb_frame.f_globals.get("__name__", "?")
    return f"{module}.{tb.tb_frame.f_code.co_name}"


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated()


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While the command runs, SIGTERM raises :class:`Terminated` (like Ctrl-C)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` console script; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version (0) or a wrong command line (2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_NO_INPUT
    _setup_logging()
    try:
        with _sigterm_as_interrupt():
            try:
                _check_readable("--gazetteer", args.gazetteer)
                _check_readable("--cues", args.cues)
                if args.command == "findings":
                    return _cmd_findings(args)
                return _cmd_run(args)
            except KeyboardInterrupt as stop:
                kept = ": the earlier report is kept" if args.command == "run" else ""
                if isinstance(stop, Terminated):
                    _say(f"terminated (SIGTERM){kept}")
                    return EXIT_TERMINATED
                _say(f"interrupted{kept}")
                return EXIT_INTERRUPTED
    except Terminated:  # a second signal while reporting the first
        return EXIT_TERMINATED
    except Exception as exc:  # no traceback reaches a user
        if _is_user_error(exc):
            _say(f"error: {_cli_words(str(exc))}")
            return EXIT_NO_INPUT
        log = _log_traceback(exc, args)
        first = (str(exc).strip().splitlines() or [""])[0]
        where = f"; the traceback is in {log}" if log else ""
        _say(f"internal error in {_where(exc)}: {type(exc).__name__}: {first}{where}")
        return EXIT_PARTIAL


if __name__ == "__main__":
    sys.exit(main())
