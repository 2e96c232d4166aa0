#!/usr/bin/env bash
# Installs Node.js and npm with apt-get when missing (as root, or with sudo), saying so. Used by the WebApi build
# (WebApi/WebBuild.targets) to build the web app and GraphiQL on a fresh Debian machine that has only the .NET SDK.
set -euo pipefail
if command -v node >/dev/null && command -v npm >/dev/null; then exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "Node.js and npm are needed to build the web app (web/): install them, or build with -p:SkipWebBuild=true." >&2
  exit 1
fi
echo "Voisinage: Node.js/npm not found, installing nodejs and npm with apt-get (needed to build the web app; -p:SkipWebBuild=true skips it)"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
echo "Voisinage: installed Node.js $(node --version), npm $(npm --version)"
