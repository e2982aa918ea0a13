#!/usr/bin/env bash
# Regenerates docs/concierge.1 from the command-line help, with swift-argument-parser's generate-manual tool.
# (`swift package generate-manual` would build every target in release mode, and the test-support target
# can't be, so the tool is built on its own from the checked-out argument parser.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

swift build --product concierge
parser=.build/checkouts/swift-argument-parser
tool_build="${TMPDIR:-/tmp}/concierge-generate-manual"
swift build --package-path "$parser" --scratch-path "$tool_build" --product generate-manual
mkdir -p docs
"$tool_build/debug/generate-manual" .build/debug/concierge --output-directory docs \
    --date "$(git log -1 --format=%cs 2>/dev/null || date +%F)"
echo "Wrote docs/concierge.1 (man ./docs/concierge.1)"
