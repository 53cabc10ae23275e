"""Sub-commands of `archive-viewer`, one module each; `run` dispatches and maps errors."""

from __future__ import annotations

import argparse
import importlib
import sys

_MODULES = {
    "extract": "viewer.commands.extract",
    "build": "viewer.commands.build",
    "import": "viewer.commands.importing",
    "search": "viewer.commands.search",
    "export": "viewer.commands.export",
}


def run(args: argparse.Namespace) -> int:
    """Run one sub-command; a known error becomes one line on stderr and exit code 2."""
    from viewer.archive import ArchiveError
    from viewer.errors import InputRefused

    module = importlib.import_module(_MODULES[args.command])
    try:
        return int(module.run(args))
    except (InputRefused, ArchiveError) as exc:
        print(f"archive-viewer: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (e.g. piped into `head`): nothing left to tell anyone.
        sys.stderr.close()
        return 0
    except OSError as exc:
        name = exc.filename or ""
        print(f"archive-viewer: {name}: {exc.strerror or exc}", file=sys.stderr)
        return 2
