#!/usr/bin/env bash
# Pass counts of a folder of loose transcripts (a blind corpus), two ways:
#   every assertion   — `concierge replay FOLDER` as it is;
#   store state only  — the same files with their loose reply lines (`<~`, `</`) removed, so only the
#                       `?` assertions (order status, refunds, disputes, messages…) are checked.
# Usage: scripts/blind-figures.sh [-b BINARY] FOLDER...
# The binary defaults to .build/release/concierge. Relative fixture paths keep working: the copy is
# made of each folder's parent, so `../fixtures/…` still resolves.
set -euo pipefail
binary=.build/release/concierge
if [[ ${1:-} == -b ]]; then binary=$2; shift 2; fi
[[ $# -gt 0 ]] || { echo "usage: $0 [-b BINARY] FOLDER..." >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for folder in "$@"; do
    folder=${folder%/}
    parent=$(cd "$(dirname "$folder")/.." && pwd)
    name=$(basename "$folder")
    relative=${folder#"$(dirname "$(dirname "$folder")")/"}
    all=$("$binary" replay "$folder" 2>&1 | tail -n 1 || true)
    copy="$scratch/$(basename "$parent")"
    rm -rf "$copy"; cp -r "$parent" "$copy"
    find "$copy" -name '*.transcript' -exec sed -i -e '/^<~/d' -e '/^<\//d' {} +
    store=$("$binary" replay "$copy/$relative" 2>&1 | tail -n 1 || true)
    printf '%-40s every assertion: %-22s store state only: %s\n' "$folder" "$all" "$store"
done
