#!/usr/bin/env bash
# Installs the app into a virtual environment (.venv) and launches it on your archive
# (the first launch copies the bundled archive to your data directory).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/archive-viewer "$@"
