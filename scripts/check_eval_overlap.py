#!/usr/bin/env python3
"""Fails if any line of intents/*.yaml equals an evaluation sentence of 4+ words.

Both sides are lower-cased with punctuation replaced by spaces and whitespace collapsed.
The eval files are test data only and must never leak into the catalog.

    python3 scripts/check_eval_overlap.py [EVAL_DIR]   (default: ../shared/eval)
"""
import glob
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
eval_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "eval")


def key(text):
    return " ".join(re.sub(r"[^\w\s]|_", " ", text.lower()).split())


sentences = set()
for path in glob.glob(os.path.join(eval_dir, "*.tsv")):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            text = line.rstrip("\n").split("\t", 1)[-1]
            k = key(text)
            if len(k.split()) >= 4:
                sentences.add(k)

found = 0
for path in sorted(glob.glob(os.path.join(root, "intents", "*.yaml"))):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            text = line.strip()
            if text.startswith("- "):
                text = text[2:]
            candidates = {key(text), key(text.strip("\"'"))}
            if candidates & sentences:
                print(f"{os.path.relpath(path, root)}:{number}: equals an eval sentence: {text}")
                found += 1
print(f"{found} overlapping line(s) against {len(sentences)} eval sentences")
sys.exit(1 if found else 0)
