#!/usr/bin/env bash
# Every held-out figure of a session for one binary, in one run, so a session's first and last builds are measured
# the same way: blind conversations (every assertion and store state only), replies to a yes/no summary (per label),
# and blind utterances (the built-in model, then the catalog retrained with three seeds and averaged).
# Usage: scripts/session-figures.sh [-b BINARY] [-i INTENTS_DIR] ITEM...
#   ITEM: conv:FOLDER (a folder of loose transcripts), yn:FILE (ACTION<TAB>LABEL<TAB>TEXT), utt:FILE (a blind
#   utterance set, FAMILY<TAB>LABELS<TAB>TEXT). The binary defaults to .build/release/concierge; the intents
#   directory (for the retrained figures) to intents/.
set -euo pipefail
binary=.build/release/concierge
intents=intents
while [[ $# -gt 0 ]]; do
    case $1 in
        -b) binary=$2; shift 2 ;;
        -i) intents=$2; shift 2 ;;
        *) break ;;
    esac
done
[[ $# -gt 0 ]] || { echo "usage: $0 [-b BINARY] [-i INTENTS_DIR] conv:FOLDER|yn:FILE|utt:FILE ..." >&2; exit 2; }
here=$(dirname "$0")
for item in "$@"; do
    kind=${item%%:*}; path=${item#*:}
    case $kind in
        conv) "$here/blind-figures.sh" -b "$binary" "$path" ;;
        yn) echo "== yes/no replies $path"; "$here/confirmation-figures.sh" -b "$binary" "$path" ;;
        utt)
            echo "== utterances $path (built-in model)"
            "$binary" intents eval --folds 0 --blind "$path" | grep -E '^(in-scope|false rej|out-of-scope)'
            echo "== utterances $path (catalog retrained, seeds 20240601 7 99, mean)"
            for seed in 20240601 7 99; do
                "$binary" intents eval --intents "$intents" --folds 0 --set "seed=$seed" --blind "$path"
            done | awk '/^in-scope/ { a += $3; n++ } /^false rej/ { f += $3 } /^out-of-scope/ { o += $3 }
                END { printf "in-scope %.4f  false rejections %.4f  out-of-scope recall %.4f\n", a / n, f / n, o / n }' ;;
        *) echo "unknown item $item (conv:, yn: or utt:)" >&2; exit 2 ;;
    esac
done
