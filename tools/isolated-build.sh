#!/usr/bin/env bash
# Builds a private copy of the working tree, so several people (or agents) can build at once
# without sharing dist/ and .astro/. Usage: tools/isolated-build.sh <name>
set -euo pipefail
name=${1:?usage: tools/isolated-build.sh <name>}
root=$(cd "$(dirname "$0")/.." && pwd)
dest=/tmp/isolated-build-$name
rm -rf "$dest" && mkdir -p "$dest"
tar -C "$root" --exclude=./node_modules --exclude=./dist --exclude=./.astro --exclude=./.git -cf - . | tar -C "$dest" -xf -
cp -al "$root/node_modules" "$dest/node_modules"
cd "$dest" && npx astro build 2>&1 | grep -v 'MODULE_LEVEL_DIRECTIVE\|│\|╭\|╯\|rolldown.rs' | grep -v '^\s*$' | tail -n 40
echo "built into $dest/dist"
