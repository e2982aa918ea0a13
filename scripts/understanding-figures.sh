#!/usr/bin/env bash
# The understanding figures of a catalog, averaged over training seeds: family-held-out
# cross-validation, the same with unseen framings, and each development blind set
# (Tests/Data/blind_utterances*.tsv, all development material now: their errors have been read).
# One training seed's figures move by 0.005-0.01 when only the seed changes, as much as most
# catalog edits do; compare averages, never single runs. Never point it at ../shared/eval.
# -x FILE holds one blind set out (e.g. while choosing changes, to check it once at the end).
# Usage: scripts/understanding-figures.sh [-b BINARY] [-i INTENTS_DIR] [-s "SEED..."] [-x BLIND_FILE] [--set name=value ...]
set -euo pipefail
binary=.build/release/concierge
intents=intents
seeds="20240601 7 99"
held_out=
while [[ $# -gt 0 ]]; do
    case $1 in
        -b) binary=$2; shift 2 ;;
        -i) intents=$2; shift 2 ;;
        -s) seeds=$2; shift 2 ;;
        -x) held_out=$2; shift 2 ;;
        *) break ;;
    esac
done
blind=()
for file in Tests/Data/blind_utterances*.tsv; do [[ $file == "$held_out" ]] || blind+=(--blind "$file"); done
for seed in $seeds; do
    "$binary" intents eval --intents "$intents" --framed --set "seed=$seed" "$@" "${blind[@]}"
done | awk '
    /^== catalog/ { set = "cross-validation" }
    /^== the same/ { set = "unseen framings" }
    /^== blind set/ { set = $4 }
    /^in-scope accuracy/ { a[set] += $3; n[set]++; if (!(set in order)) { order[set] = ++sets; names[sets] = set } }
    /^false rejections/ { f[set] += $3 }
    /^out-of-scope recall/ { o[set] += $3 }
    END {
        printf "%-40s %9s %9s %9s  (mean of %d seeds)\n", "set", "in-scope", "false rej", "OOS rec", n[names[1]]
        for (i = 1; i <= sets; i++) { s = names[i]; printf "%-40s %9.4f %9.4f %9.4f\n", s, a[s] / n[s], f[s] / n[s], o[s] / n[s] }
    }'
