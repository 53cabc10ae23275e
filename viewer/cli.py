"""Command line: `archive-viewer` opens the app; sub-commands work on files and archives.

Every sub-command lives in `viewer/commands/`; this module only parses arguments, turns
known errors into one-line messages with exit code 2, and launches the GUI, which is the
only place Qt is imported from outside `viewer.gui`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from viewer import __version__
from viewer.model import Script

SCRIPT_CHOICES = [s.value for s in Script]
VIEW_CHOICES = ["reader"] + [f"overview-{v}" for v in ("facts", "network", "places", "timeline")]


def _add_archive_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--archive", type=Path, help="archive file (default: your own archive)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="archive-viewer",
        description="Read an archive of Chinese news reports offline. "
        "Without a sub-command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_archive_option(parser)
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="render the main window offscreen, save it as PNG and exit",
    )
    parser.add_argument("--article", help="article id to select (with --screenshot)")
    parser.add_argument("--script", choices=SCRIPT_CHOICES, help="script mode to show")
    parser.add_argument(
        "--fact",
        type=int,
        metavar="N",
        help="highlight the article's N-th fact (with --screenshot)",
    )
    parser.add_argument("--size", default="1400x900", help="window size WxH (with --screenshot)")
    parser.add_argument(
        "--view",
        choices=VIEW_CHOICES,
        default="reader",
        help="what the picture shows (with --screenshot): the reader or an overview view",
    )
    parser.add_argument(
        "--lang",
        choices=["system", "en", "zh_CN", "zh_TW"],
        help="interface language (remembered, like the Preferences)",
    )
    parser.add_argument(
        "--theme",
        choices=["system", "light", "dark"],
        help="colour scheme (remembered, like the Preferences)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="clean one or more files and print what was found")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="one JSON object (default)")
    fmt.add_argument("--jsonl", action="store_true", help="one JSON object per line")

    p = sub.add_parser("build", help="build an archive from a folder of source documents")
    p.add_argument("raw_dir", type=Path, metavar="RAW_DIR")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")

    p = sub.add_parser("import", help="import files or folders (.txt, .html, .htm) into an archive")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _add_archive_option(p)
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="the paths are JSON-lines files written by `extract --jsonl`",
    )

    p = sub.add_parser("search", help="search the archive in either script")
    p.add_argument("query", metavar="QUERY")
    _add_archive_option(p)
    p.add_argument("--json", action="store_true", help="print results as JSON")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--source")
    p.add_argument("--province")
    p.add_argument("--year", type=int)

    p = sub.add_parser("export", help="export facts with their article title, source and date")
    _add_archive_option(p)
    p.add_argument("--format", choices=["csv", "json", "md"], default="csv")
    p.add_argument("--script", choices=SCRIPT_CHOICES, default="original")
    p.add_argument("--kind", help="only facts of this kind (quantity, money, date, place, ...)")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            return _launch_gui(args)
        from viewer.commands import run

        return run(args)
    except KeyboardInterrupt:
        print("archive-viewer: interrupted", file=sys.stderr)
        return 130


def _launch_gui(args: argparse.Namespace) -> int:
    """Imports Qt only here, so that every sub-command runs without it."""
    from viewer.gui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
