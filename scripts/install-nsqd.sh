#!/usr/bin/env bash
# Builds nsqd (the version pinned in scripts/nsqd/go.mod) into .tools/bin/nsqd unless it is there.
# nsq's go.mod replaces go-svc with a fork, which `go install pkg@version` cannot honour, so it is
# built from this small module instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/.tools/bin/nsqd"
if [ -x "$target" ]; then exit 0; fi
mkdir -p "$(dirname "$target")"
cd "$root/scripts/nsqd"
GOFLAGS=-mod=mod go build -o "$target" github.com/nsqio/nsq/apps/nsqd
"$target" --version
