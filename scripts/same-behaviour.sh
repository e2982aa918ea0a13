#!/bin/sh
# Records what a concierge binary does, so that two builds can be compared for a change that must not
# alter behaviour (a speed-up, a refactor):
#   scripts/same-behaviour.sh BINARY OUTDIR
#   diff -r OUTDIR_BEFORE OUTDIR_AFTER && echo same
# It writes the PASS/FAIL line of every conversation in the blind corpus and the transcripts (and the whole
# replay report, whose failure diffs show the replies), and the
# `classify --tokens` output for every catalog example, every labelled test text and every buyer line
# of the transcripts and the corpus. Run it from the repository's root.
set -eu
bin=$1
out=$2
mkdir -p "$out"
for set in corpus/blind/tune corpus/blind/holdout corpus/blind/fresh transcripts; do
    name=$(echo "$set" | tr / -)
    "$bin" replay --jobs 1 "$set" > "$out/replay-$name.full" || true
    grep -E '^(PASS|FAIL) ' "$out/replay-$name.full" | cut -d' ' -f1,2 | sort > "$out/replay-$name.txt"
done
{
    "$bin" intents examples | cut -f2-
    grep -hv '^#' Tests/Data/*.tsv | awk -F'\t' 'NF > 1 { print $NF }'
    find transcripts corpus/blind -name '*.transcript' | sort | xargs sed -n 's/^> //p'
} > "$out/classify-input.txt"
"$bin" classify --tokens < "$out/classify-input.txt" > "$out/classify.jsonl"
wc -l "$out"/*.txt "$out/classify.jsonl"
