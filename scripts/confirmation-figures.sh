#!/usr/bin/env bash
# How replies to a yes/no summary are understood, per label: each reply of FILE is put to a real summary of its
# action on the demo data, as a generated transcript, and `concierge replay` says whether the outcome is right.
#   yes      — the change happened;
#   no       — nothing changed and the flow ended (a "yes" typed after it still changes nothing);
#   question — nothing changed, the reply is not "didn't get that", and the summary still waits (a "yes" typed
#              after it makes the change);
#   change   — the change of the summary did not happen.
# FILE: ACTION<TAB>LABEL<TAB>TEXT, one reply a line; ACTION is one of cancel_order, cancel_payment, message_seller,
# open_dispute, delete_order, restore_order, delete_permanently, confirm_receipt; LABEL yes, no, question or change.
# Usage: scripts/confirmation-figures.sh [-b BINARY] [-v] FILE
#   -b  the binary (default .build/release/concierge);  -v  also list each wrong reply with what happened.
set -euo pipefail
binary=.build/release/concierge
verbose=0
while [[ $# -gt 0 ]]; do
    case $1 in
        -b) binary=$2; shift 2 ;;
        -v) verbose=1; shift ;;
        *) break ;;
    esac
done
[[ $# -eq 1 ]] || { echo "usage: $0 [-b BINARY] [-v] FILE" >&2; exit 2; }
file=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
python3 - "$file" "$scratch" <<'PY'
import sys, os
source, out = sys.argv[1], sys.argv[2]
# action: (the line that brings up its summary, assertions once changed, assertions while unchanged)
actions = {
    "cancel_order": ("cancel order 7300000189 i dont need it anymore",
                     ["order 7300000189 status cancellation_requested"],
                     ["order 7300000189 status awaiting_shipment", "order 7300000189 cancellation none"]),
    "cancel_payment": ("cancel the payment for order 7300000075",
                       ["order 7300000075 status awaiting_payment"], ["order 7300000075 status payment_processing"]),
    "message_seller": ("send a message to the seller of order 7300000042: please ship it quickly",
                       ["order 7300000042 messages 1"], ["order 7300000042 messages 0"]),
    "open_dispute": ("open a dispute for order 7300000088, the mugs arrived broken, I want a full refund, I have no photos",
                     ["order 7300000088 status in_dispute"], ["order 7300000088 status delivered", "order 7300000088 dispute none"]),
    "delete_order": ("delete order 7300000094", ["order 7300000094 deleted true"], ["order 7300000094 deleted false"]),
    "restore_order": ("restore order 7300000165", ["order 7300000165 deleted false"], ["order 7300000165 deleted true"]),
    "delete_permanently": ("delete order 7300000165 permanently", ["order 7300000165 deleted permanent"],
                           ["order 7300000165 deleted true"]),
    "confirm_receipt": ("confirm receipt of order 7300000190", ["order 7300000190 status completed"],
                        ["order 7300000190 status shipped"]),
}
header = "fixture: demo\nbuyer: B0042\nnow: 2026-11-20T12:00:00Z\nreplies: loose\n\n"
index = open(os.path.join(out, "index.tsv"), "w")
count = 0
for number, raw in enumerate(open(source, encoding="utf-8"), 1):
    raw = raw.rstrip("\n")
    if not raw.strip() or raw.startswith("#"):
        continue
    parts = raw.split("\t", 2)
    if len(parts) != 3 or parts[0] not in actions or parts[1] not in ("yes", "no", "question", "change"):
        sys.exit(f"{source}:{number}: not ACTION<TAB>LABEL<TAB>TEXT with a known action and label")
    action, label, text = parts
    opening, changed, unchanged = actions[action]
    reply = text.replace("\\", "\\\\")
    lines = [f"> {opening}", "<~ Shall I go ahead", f"> {reply}"]
    if label == "yes":
        lines += [f"? {a}" for a in changed]
    elif label == "no":
        lines += [f"? {a}" for a in unchanged] + ["> yes"] + [f"? {a}" for a in unchanged]
    elif label == "question":
        lines += ["</ ^(?!.*didn.t get that).+ /"] + [f"? {a}" for a in unchanged] + ["> yes"] + [f"? {a}" for a in changed]
    else:
        lines += [f"? {a}" for a in unchanged]
    count += 1
    name = f"r{count:04d}.transcript"
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(header + "\n".join(lines) + "\n")
    index.write(f"{name}\t{action}\t{label}\t{text}\n")
PY
"$binary" replay "$scratch" --json > "$scratch/results.json" 2>/dev/null || true
python3 - "$scratch" "$verbose" <<'PY'
import sys, json, os, collections
out, verbose = sys.argv[1], sys.argv[2] == "1"
results = {os.path.basename(r["name"]): r for r in json.load(open(os.path.join(out, "results.json")))["results"]}
right, total = collections.Counter(), collections.Counter()
wrong = []
for row in open(os.path.join(out, "index.tsv"), encoding="utf-8"):
    name, action, label, text = row.rstrip("\n").split("\t", 3)
    result = results.get(name)
    total[label] += 1
    if result and result["passed"]:
        right[label] += 1
    else:
        why = "; ".join(" / ".join(map(str, a)) if isinstance(a, list) else str(a)
                        for a in (f.get("actual", f.get("kind", "")) for f in (result or {}).get("failures", []))) or "not run"
        wrong.append(f"  {label:8} {action:18} {text}  [{why}]")
for label in ("yes", "no", "question", "change"):
    if total[label]:
        print(f"{label:8} {right[label]:4}/{total[label]:<4} {100.0 * right[label] / total[label]:5.1f}%")
print(f"{'all':8} {sum(right.values()):4}/{sum(total.values()):<4} {100.0 * sum(right.values()) / max(1, sum(total.values())):5.1f}%")
if verbose and wrong:
    print("wrong:")
    print("\n".join(wrong))
PY
