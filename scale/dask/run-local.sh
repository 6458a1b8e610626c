#!/usr/bin/env bash
# The NewsLens Dask job on this machine: a LocalCluster of N worker processes (one thread each).
#   scale/dask/run-local.sh INPUT.jsonl OUT_DIR [--workers N] [other newslens_job.py options]
#   scale/dask/run-local.sh --ensure     # only install what is missing; prints the python3 to use
# Installs Debian's python3-distributed, python3-dask and python3-pandas when missing (as root; otherwise it
# prints the apt-get command and exits 1) and builds dist/ when missing (node esbuild.mjs).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PACKAGES="python3-distributed python3-dask python3-pandas"
# Recommends would add about 110 packages (bokeh, matplotlib, ...) that the job does not use.
INSTALL="apt-get install -y --no-install-recommends $PACKAGES"

usage() {
  echo "usage: $0 INPUT.jsonl OUT_DIR [--workers N] [newslens_job.py options]   (or: $0 --ensure)" >&2
  exit 2
}

# The python3 that imports dask.distributed: $NEWSLENS_PYTHON, the python3 on PATH, or Debian's own
# /usr/bin/python3 (where apt installs; a pyenv or venv python3 earlier on PATH does not see those).
find_python() {
  local p
  for p in "${NEWSLENS_PYTHON:-}" python3 /usr/bin/python3; do
    [ -n "$p" ] && command -v "$p" >/dev/null 2>&1 || continue
    if "$p" -c 'import dask.distributed, pandas' >/dev/null 2>&1; then
      command -v "$p"
      return 0
    fi
  done
  return 1
}

ensure_python() {
  if PY="$(find_python)"; then return 0; fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "run-local.sh: dask.distributed is missing. Install it as root:" >&2
    echo "    sudo sh -c 'apt-get update && $INSTALL'" >&2
    exit 1
  fi
  echo "run-local.sh: installing $PACKAGES (Debian)" >&2
  export DEBIAN_FRONTEND=noninteractive
  # Without package lists (a fresh machine) or with stale ones the install fails: update, then try again.
  apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends $PACKAGES >/dev/null 2>&1 || {
    apt-get update -qq -o DPkg::Lock::Timeout=300 >/dev/null
    apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends $PACKAGES >/dev/null
  }
  PY="$(find_python)" || { echo "run-local.sh: installed $PACKAGES but no python3 imports dask.distributed" >&2; exit 1; }
}

if [ "${1:-}" = "--ensure" ]; then
  ensure_python
  echo "$PY"
  exit 0
fi
[ $# -ge 2 ] || usage
INPUT="$1"
OUT="$2"
shift 2

ensure_python
command -v node >/dev/null 2>&1 || { echo "run-local.sh: node (>= 20) is not on PATH" >&2; exit 1; }
if [ ! -f "$ROOT/dist/cli.js" ]; then
  echo "run-local.sh: building dist/ (node esbuild.mjs)" >&2
  (cd "$ROOT" && node esbuild.mjs)
fi
exec "$PY" "$HERE/newslens_job.py" "$INPUT" --out "$OUT" "$@"
