#!/usr/bin/env bash
# Start-up of `factcheck verify "..."` as a whole process, cold, side by side with a Swift
# hello-world that imports Foundation: built the default way (`swiftc -O`), and with the Swift
# runtime linked in as factcheck's release build does. Needs hyperfine (installed from apt
# when missing). RUNS=... sets the number of runs (default 200).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v hyperfine >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hyperfine >/dev/null
fi
make build >/dev/null
out=.build/startup
mkdir -p "$out"
swiftc -O Benchmarks/hello-foundation/main.swift -o "$out/hello-default"
swiftc -O -static-stdlib Benchmarks/hello-foundation/main.swift -o "$out/hello-static"
statement="Antony Blinken sat down with Wang Yi on Saturday."
# -i: verify's exit code 1 (refuted) is its answer, not a failure.
hyperfine -N -i --warmup 10 -r "${RUNS:-200}" \
  -n "hello-world, default build" "$out/hello-default" \
  -n "hello-world, runtime linked in" "$out/hello-static" \
  -n "factcheck verify" ".build/release/factcheck verify '$statement'" \
  -n "factcheck verify --json (full argument parsing)" ".build/release/factcheck verify --json '$statement'" \
  -n "factcheck --version" ".build/release/factcheck --version"
