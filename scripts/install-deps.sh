#!/usr/bin/env bash
# Installs the system libraries factcheck builds against, when they are missing:
# libedit (line editing) and SQLite (saved progress), both through pkg-config, and WordNet 3.0
# (word knowledge for the statement checker, compiled into the program when it is built).
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists libedit 2>/dev/null || missing+=(libedit-dev)
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
[ -f "${WORDNET_DIR:-/usr/share/wordnet}/data.noun" ] || missing+=(wordnet-base)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: missing ${missing[*]}; install them with your package manager" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "error: missing ${missing[*]}; run as root or install sudo" >&2
    exit 1
  fi
fi
echo "installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
