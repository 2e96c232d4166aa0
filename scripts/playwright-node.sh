#!/usr/bin/env bash
# Prints a folder to put first in PATH so that Playwright (which needs Node.js >= 20) runs: nothing when the installed
# Node.js will do; else the official Node.js 22 binary from the npm registry's node-linux-<arch> package, fetched once
# into the user's cache (fresh Debian 12 machines get Node.js 18 from apt, which Playwright refuses).
set -euo pipefail
version=22.23.5
if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ]; then exit 0; fi
dir="${XDG_CACHE_HOME:-$HOME/.cache}/voisinage/node-$version"
if [ ! -x "$dir/bin/node" ]; then
  arch=$(uname -m | sed 's/^x86_64$/x64/; s/^aarch64$/arm64/')
  echo "== Node.js $(node --version) is too old for Playwright: fetching Node.js $version (npm package node-linux-$arch)" >&2
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack "node-linux-$arch@$version" --silent >/dev/null)
  mkdir -p "$dir"
  tar xzf "$tmp"/node-linux-*.tgz -C "$dir" --strip-components=1
  rm -rf "$tmp"
fi
echo "$dir/bin"
