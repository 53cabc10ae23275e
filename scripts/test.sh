#!/usr/bin/env bash
# Installs the project with its test extras into a fresh virtual environment ($VENV, default
# .venv) and runs the checks: ruff, the import contracts, then the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e ".[test]"
"$VENV/bin/ruff" check viewer tests benchmarks
"$VENV/bin/ruff" format --check viewer tests benchmarks
"$VENV/bin/lint-imports"
"$VENV/bin/python" -m pytest "$@"
