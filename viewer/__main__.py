"""`python -m viewer` runs the same entry point as `archive-viewer`."""

from viewer.cli import main

raise SystemExit(main())
