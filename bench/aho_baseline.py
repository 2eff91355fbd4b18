#!/usr/bin/env python3
"""The peer a researcher would write: count lexicon terms per outlet with pyahocorasick.

Usage: aho_baseline.py CORPUS.jsonl LEXICON_DIR [LEXICON_DIR ...] > counts.csv

Reads the JSON Lines corpus as a stream, lower-cases each text, and finds every written form of
every entry (patterns with optional words in and out, the usual German endings added to
single nouns, globs as prefixes) with one Aho-Corasick automaton, keeping matches at word
boundaries. Writes outlet,module,entry,count. No voice, attribution, distancing or
statistics: this is the floor a hand-written script reaches, not the same analysis.
"""
import csv
import json
import os
import re
import sys
from collections import Counter

import ahocorasick
import yaml

ENDINGS = ["", "s", "es", "e", "en", "n", "er", "ern", "em"]


def forms(pattern):
    pattern = pattern.replace("=", "")
    prefix = "*" in pattern
    pattern = pattern.replace("*", "").replace("?", "")
    variants = {
        " ".join(re.sub(r"\[([^\]]*)\]", r"\1", pattern).split()),
        " ".join(re.sub(r"\s*\[[^\]]*\]", "", pattern).split()),
    }
    out = set()
    for v in variants:
        v = v.lower()
        if prefix:
            out.add((v, True))
        else:
            for ending in ENDINGS:
                out.add((v + ending, False))
    return out


def automaton(directories):
    a = ahocorasick.Automaton()
    for directory in directories:
        for name in sorted(os.listdir(directory)):
            if not name.endswith(".yaml"):
                continue
            module = yaml.safe_load(open(os.path.join(directory, name), encoding="utf-8"))
            if not isinstance(module, dict) or module.get("kind") != "module":
                continue
            for category in module.get("categories", []):
                for entry in category.get("entries", []):
                    for p in entry.get("patterns") or [entry["term"]]:
                        for form, is_prefix in forms(str(p)):
                            if form:
                                a.add_word(form, (module["id"], entry["term"], len(form), is_prefix))
    a.make_automaton()
    return a


def main():
    corpus, directories = sys.argv[1], sys.argv[2:]
    a = automaton(directories)
    counts = Counter()
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"].lower()
            n = len(text)
            for end, (module, term, length, is_prefix) in a.iter(text):
                start = end - length + 1
                if start > 0 and text[start - 1].isalnum():
                    continue
                if not is_prefix and end + 1 < n and text[end + 1].isalnum():
                    continue
                counts[(doc["outlet"], module, term)] += 1
    writer = csv.writer(sys.stdout)
    writer.writerow(["outlet", "module", "entry", "count"])
    for (outlet, module, term), count in sorted(counts.items()):
        writer.writerow([outlet, module, term, count])


if __name__ == "__main__":
    main()
