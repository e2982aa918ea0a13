#!/usr/bin/env bash
# How many replies labelled no, question or change made the change themselves (a wrong yes): each such reply of FILE is put to
# a real summary of its action on the demo data (as in confirmation-figures.sh) and only "nothing changed" is asserted
# right after it. Usage: scripts/confirmation-wrong-yes.sh [-b BINARY] FILE...
set -euo pipefail
binary=.build/release/concierge
if [[ $1 == -b ]]; then binary=$2; shift 2; fi
for file in "$@"; do
scratch=$(mktemp -d)
python3 - "$file" "$scratch" <<'PY'
import sys, os
source, out = sys.argv[1], sys.argv[2]
actions = {
    "cancel_order": ("cancel order 7300000189 i dont need it anymore", ["order 7300000189 status awaiting_shipment", "order 7300000189 cancellation none"]),
    "cancel_payment": ("cancel the payment for order 7300000075", ["order 7300000075 status payment_processing"]),
    "message_seller": ("send a message to the seller of order 7300000042: please ship it quickly", ["order 7300000042 messages 0"]),
    "open_dispute": ("open a dispute for order 7300000088, the mugs arrived broken, I want a full refund, I have no photos", ["order 7300000088 status delivered", "order 7300000088 dispute none"]),
    "delete_order": ("delete order 7300000094", ["order 7300000094 deleted false"]),
    "restore_order": ("restore order 7300000165", ["order 7300000165 deleted true"]),
    "delete_permanently": ("delete order 7300000165 permanently", ["order 7300000165 deleted true"]),
    "confirm_receipt": ("confirm receipt of order 7300000190", ["order 7300000190 status shipped"]),
}
header = "fixture: demo\nbuyer: B0042\nnow: 2026-11-20T12:00:00Z\nreplies: loose\n\n"
index = open(os.path.join(out, "index.tsv"), "w")
count = 0
for raw in open(source, encoding="utf-8"):
    raw = raw.rstrip("\n")
    if not raw.strip() or raw.startswith("#"): continue
    action, label, text = raw.split("\t", 2)
    if label == "yes": continue
    opening, unchanged = actions[action]
    count += 1
    name = f"w{count:04d}.transcript"
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(header + "\n".join([f"> {opening}", "<~ Shall I go ahead", "> " + text.replace("\\", "\\\\")] + [f"? {a}" for a in unchanged]) + "\n")
    index.write(f"{name}\t{action}\t{label}\t{text}\n")
PY
"$binary" replay "$scratch" --json > "$scratch/results.json" 2>/dev/null || true
python3 - "$scratch" "$file" <<'PY'
import sys, json, os
out, file = sys.argv[1], sys.argv[2]
results = {os.path.basename(r["name"]): r for r in json.load(open(os.path.join(out, "results.json")))["results"]}
wrong = []; n = 0
for row in open(os.path.join(out, "index.tsv"), encoding="utf-8"):
    name, action, label, text = row.rstrip("\n").split("\t", 3); n += 1
    r = results.get(name)
    if not r or not r["passed"]: wrong.append(f"    {label:8} {action:18} {text}")
print(f"{os.path.basename(file)}: wrong yes {len(wrong)} of {n} non-yes replies")
for w in wrong: print(w)
PY
rm -rf "$scratch"
done
