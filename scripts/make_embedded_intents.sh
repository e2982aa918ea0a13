#!/bin/sh
# Regenerates Sources/ConciergeUnderstanding/Generated/EmbeddedIntents.swift: the intent catalog
# in intents/ and the model trained on it, built into the binary so that it needs no files and
# does not train at start. Run it after changing intents/ or the matcher; the tests fail while
# the built-in catalog's fingerprint differs from intents/.
#   sh scripts/make_embedded_intents.sh
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
swift build -c release --product concierge
.build/release/concierge intents bundle --intents intents \
  --output Sources/ConciergeUnderstanding/Generated/EmbeddedIntents.swift
