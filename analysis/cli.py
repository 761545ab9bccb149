"""The ``briefing`` command.

``briefing findings PATHS... [--sides A B] [-o FILE]`` prints the findings JSON;
``briefing run PATHS... [--out DIR] [--sides A B] [--title T]`` renders the HTML briefing.

Exit codes: 0 when at least one article was read (and, for ``run``, every notebook
rendered); 1 when some notebook failed (the others are still written) or on an unexpected
error; 2 when no article could be read or the command line is wrong; 130 when interrupted
(Ctrl-C: running kernels are stopped, earlier reports kept). Skipped files and
warnings are one line each on stderr; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from analysis.findings import DEFAULT_SIDES, build_findings, write_atomic
from analysis.ingest import DEFAULT_MAX_BYTES

__all__ = ["main", "build_parser"]

EXIT_OK, EXIT_PARTIAL, EXIT_NO_INPUT = 0, 1, 2


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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to document the CLI)."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Briefings on a folder of news articles: sides, versions, dates.",
    )
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

    findings = sub.add_parser("findings", help="print the findings as JSON")
    common(findings)
    findings.add_argument("-o", "--output", metavar="FILE",
                          help="write the JSON to FILE (atomically) instead of stdout")

    run = sub.add_parser("run", help="run the notebooks and render the HTML briefing")
    common(run)
    run.add_argument("--out", default="reports", metavar="DIR", help="output folder (default reports/)")
    run.add_argument("--title", default="Briefing", help="title of the briefing")
    run.add_argument("--notebooks", metavar="DIR", default=None,
                     help="folder of NN-name.ipynb notebooks (default: this checkout's notebooks/)")
    run.add_argument("--jobs", "-j", type=_positive("notebooks at once"), default=None, metavar="N",
                     help="run N notebooks at once, each in its own kernel (default: one per CPU; "
                          "1 runs them one by one)")
    run.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    return parser


def _setup_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("briefing: %(message)s"))
    root = logging.getLogger("analysis")
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    root.propagate = False


def _cmd_findings(args: argparse.Namespace) -> int:
    findings = build_findings(args.paths, sides=args.sides, max_bytes=args.max_bytes,
                              gazetteer=args.gazetteer, cues=args.cues)
    text = findings.to_json()
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    if not findings.articles:
        print("briefing: no article could be read", file=sys.stderr)
        return EXIT_NO_INPUT
    return EXIT_OK


def _cmd_run(args: argparse.Namespace) -> int:
    from analysis.runner import run_briefing

    result = run_briefing(
        args.paths,
        out_dir=args.out,
        sides=args.sides,
        title=args.title,
        max_bytes=args.max_bytes,
        gazetteer=args.gazetteer,
        cues=args.cues,
        notebooks_dir=args.notebooks,
        progress=not args.no_progress,
        jobs=args.jobs,
        on_error=lambda message: print(f"briefing: {message}", file=sys.stderr),
    )
    if not result.findings.articles:
        print("briefing: no article could be read", file=sys.stderr)
        return EXIT_NO_INPUT
    print(f"briefing: wrote {result.index_html}", file=sys.stderr)
    return EXIT_PARTIAL if result.failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging()
    try:
        if args.command == "findings":
            return _cmd_findings(args)
        return _cmd_run(args)
    except ValueError as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return EXIT_NO_INPUT
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # no traceback reaches a user
        print(f"briefing: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_PARTIAL


if __name__ == "__main__":
    sys.exit(main())
