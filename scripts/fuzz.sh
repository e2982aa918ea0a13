#!/usr/bin/env bash
# Fuzzes the buyer's line pipeline (sanitize → understand → session turn on an in-memory store)
# or the fixture parser with libFuzzer and AddressSanitizer.
#   scripts/fuzz.sh line|fixture [SECONDS] [extra libFuzzer flags…]
# Builds into .build-fuzz, keeps the growing corpus in .build-fuzz/corpus-TARGET, seeds it from
# transcripts/ (buyer lines) or scripts/examples/ (fixtures), and writes any crash to .build-fuzz/crash-*.
# Reproduce a crash without the sanitizer: swift run ConciergeFuzz TARGET .build-fuzz/crash-…
# Leak detection is off: lazily built process-wide values (compiled regular expressions) are never freed
# by design and LeakSanitizer reports them; the harness looks for crashes and memory errors.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target=${1:-line}
seconds=${2:-600}
shift $(( $# > 2 ? 2 : $# ))
case $target in line|fixture) ;; *) echo "usage: scripts/fuzz.sh line|fixture [SECONDS]" >&2; exit 64 ;; esac

# swiftc keeps only the last -sanitize= it is given, and SwiftPM passes `--sanitize fuzzer --sanitize address`
# as two flags: the Swift code then gets AddressSanitizer but no coverage counters, and libFuzzer sees only
# libyaml's C code ("no interesting inputs were found"). The combined flag, passed last, instruments both.
swift build -c release --scratch-path .build-fuzz --product ConciergeFuzz \
    --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address -Xswiftc -DCONCIERGE_FUZZ

corpus=.build-fuzz/corpus-$target
seeds=.build-fuzz/seeds-$target
mkdir -p "$corpus" "$seeds"
if [[ $target == line ]]; then
    # Every buyer line of the transcripts ("> …"), a few per seed file.
    grep -rh '^> ' transcripts | sed 's/^> //' | split -l 4 - "$seeds/line-"
else
    cp scripts/examples/*.yaml transcripts/fixtures/* "$seeds/"
fi

ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} CONCIERGE_FUZZ_TARGET=$target exec .build-fuzz/release/ConciergeFuzz \
    -max_total_time="$seconds" -max_len=4096 -timeout=20 -rss_limit_mb=4096 -detect_leaks=0 \
    -artifact_prefix=.build-fuzz/crash-$target- -print_final_stats=1 "$@" "$corpus" "$seeds"
