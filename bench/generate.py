#!/usr/bin/env python3
"""Deterministic synthetic German news corpus for the framing benchmark.

Usage: generate.py SIZE_MB OUT.jsonl [--outlets N] [--vocabulary N] [--seed S] [--lexicons DIR]
       generate.py --filler N OUT_DIR        (a lexicon module of N synthetic entries)

Writes JSON Lines ({"id", "outlet", "date", "title", "text", "section"}) until the file holds
SIZE_MB megabytes. Articles mix filler prose with the default lexicon's terms in inflected
forms (Diktator, Diktators, Diktatoren; Angriffskrieg, Angriffskriegs, ...), each outlet
preferring some categories, and quotes in every style the tool reads: „…“, »…«, «…», "…",
and block quotes after a colon. `--vocabulary N` adds N synthetic words, one of them (Zipf-
distributed) in most filler sentences, for a corpus whose vocabulary grows like real text's;
they come from a random stream of their own, so the articles are otherwise the same. The
same arguments always give the same bytes (Python's
random with a fixed seed; no clock, no hash randomization).
"""
import argparse
import json
import os
import random
import re
import sys

try:
    import yaml
except ImportError:  # scripts/bench installs PyYAML
    sys.exit("generate.py needs PyYAML (pip install pyyaml)")

SUBJECTS = [
    "Die Regierung", "Der Minister", "Die Opposition", "Ein Diplomat", "Die Delegation",
    "Der Botschafter", "Eine Sprecherin", "Das Parlament", "Die Zentralbank", "Der Gouverneur",
    "Die Kommission", "Ein Beobachter", "Die Armee", "Der Bürgermeister", "Die Agentur",
]
PREDICATES = [
    "beobachtet die Lage", "kritisierte die Pläne", "verwies auf die Versorgung",
    "sprach über Handel und Energie", "kündigte Gespräche an", "bestätigte das Treffen",
    "warnte vor den Folgen", "lobte die Zusammenarbeit", "forderte mehr Transparenz",
    "nannte keine Einzelheiten", "verschob die Entscheidung", "legte einen Bericht vor",
]
ADVERBIALS = [
    "am Montag", "am Dienstag", "in der Hauptstadt", "nach Angaben von Diplomaten",
    "im Herbst", "vor Journalisten", "in einer Erklärung", "trotz der Kritik",
    "zum ersten Mal", "seit Wochen", "in Moskau", "in Pjöngjang", "in Seoul", "in Berlin",
]
PLACES = ["Wladiwostok", "Chabarowsk", "Kaesong", "Wonsan", "Rason", "Irkutsk", "Omsk"]


def filler_sentence(rng):
    """A sentence from a small grammar with numbers, so that long runs rarely repeat."""
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(PREDICATES)} {rng.choice(ADVERBIALS)}, "
        f"wie es in {rng.choice(PLACES)} mit {rng.randint(2, 9999)} Teilnehmern hiess"
    )


# Agency paragraphs printed by several outlets: shared copy for the detector to find.
AGENCY = [
    " ".join(
        f"Meldung {n}: {s} {p} {a} und bestätigte die Zahl von {n * 37 + i} Delegierten."
        for i, (s, p, a) in enumerate(zip(SUBJECTS[n % 5:], PREDICATES[n % 7:], ADVERBIALS))
    )
    for n in range(20)
]

VERBS = ["sagte", "erklärte", "betonte", "sagte am Dienstag", "so der Sprecher"]
SPEAKERS = ["ein Sprecher", "die Ministerin", "Wladimir Putin", "Kim Jong Un", "ein Experte"]
SUFFIXES = {"": 6, "s": 2, "en": 2, "e": 1, "n": 1, "es": 1}


def surface_forms(pattern):
    """Written forms of a lexicon pattern: optional words in and out, a few endings."""
    pattern = pattern.replace("=", "")
    if "*" in pattern or "?" in pattern:
        pattern = pattern.replace("*", "").replace("?", "")
    with_optional = re.sub(r"\[([^\]]*)\]", r"\1", pattern)
    without = re.sub(r"\s*\[[^\]]*\]", "", pattern)
    return sorted({" ".join(with_optional.split()), " ".join(without.split())})


def load_terms(directory):
    """(module, category weight, pattern) of every entry of every module file."""
    terms = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".yaml"):
            continue
        module = yaml.safe_load(open(os.path.join(directory, name), encoding="utf-8"))
        if not isinstance(module, dict) or module.get("kind") != "module":
            continue
        for category in module.get("categories", []):
            for entry in category.get("entries", []):
                patterns = entry.get("patterns") or [entry["term"]]
                for p in patterns:
                    for form in surface_forms(str(p)):
                        terms.append((module["id"], float(category.get("weight", 0)), form))
    return terms


def inflect(rng, form):
    if form.startswith("=") or " " in form or not form[:1].isupper():
        return form
    ending = rng.choices(list(SUFFIXES), weights=list(SUFFIXES.values()))[0]
    return form + ending


def vocabulary_words(count, seed):
    """`count` distinct made-up words ("Kalomiter", "Sunbravel", ...)."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ter", "sun", "bra", "vel", "dor", "pin", "gus", "rel", "to",
                 "wa", "ni", "ster", "hau", "gen", "fel", "ru", "zi"]
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(3, 6))).capitalize())
    return sorted(words)


class Vocabulary:
    """Draws the extra words, Zipf-distributed, from a stream apart from the articles'."""

    def __init__(self, count, seed):
        self.words = vocabulary_words(count, seed + 1)
        self.rng = random.Random(seed + 2)

    def word(self):
        # Rank r drawn with probability ∝ 1/r (inverse transform of the continuous law).
        rank = int(len(self.words) ** self.rng.random()) - 1
        return self.words[min(rank, len(self.words) - 1)]


def article(rng, outlet_bias, terms, number, vocabulary=None):
    sentences = []
    for _ in range(rng.randint(12, 40)):
        base = filler_sentence(rng)
        if vocabulary is not None and vocabulary.rng.random() < 0.8:
            base = f"{base} und {vocabulary.word()}"
        roll = rng.random()
        if roll < 0.35:
            weights = [outlet_bias.get(t[1], 1.0) for t in terms]
            term = inflect(rng, rng.choices(terms, weights=weights)[0][2])
            base = f"{base}, sagen Kritiker über den {term}"
        if roll < 0.12:
            style = rng.randrange(5)
            speaker, verb = rng.choice(SPEAKERS), rng.choice(VERBS)
            if style == 0:
                base = f"„{base}“, {verb} {speaker}"
            elif style == 1:
                base = f"»{base}«, {verb} {speaker}"
            elif style == 2:
                base = f"«{base}», {verb} {speaker}"
            elif style == 3:
                base = f'"{base}", {verb} {speaker}'
            else:
                base = f"{speaker.capitalize()} {verb}:\n\n{base}"
        sentences.append(base + ".")
    if rng.random() < 0.05:
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(AGENCY))
    paragraphs, current = [], []
    for s in sentences:
        current.append(s)
        if len(current) >= rng.randint(2, 5):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def filler_module(count, directory, seed=7):
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ter", "sun", "bra", "vel", "dor", "pin", "gus", "rel", "to"]
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(syllables) for _ in range(4)).capitalize() + "begriff")
    entries = sorted(words)
    lines = [
        "# Synthetic entries for the benchmark's lexicon-scaling run (bench/generate.py).",
        "format: 1", "kind: module", "id: bench-filler", "title: Benchmark filler",
        "language: de", "version: 1.0.0", "description: Synthetic terms.",
        "scale: {min: -1, max: 1, negative: a, positive: b}", "categories:",
        "  - id: filler", "    label: Filler", "    weight: 0", "    description: Synthetic.",
        "    entries:",
    ]
    lines += [f"      - {{term: {w}, note: synthetic}}" for w in entries]
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "90-bench-filler.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return entries


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("size", nargs="?", type=float)
    parser.add_argument("out")
    parser.add_argument("--outlets", type=int, default=50)
    parser.add_argument("--vocabulary", type=int, default=0)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--lexicons", action="append", default=[])
    parser.add_argument("--filler", type=int)
    args = parser.parse_args()
    if args.filler is not None:
        filler_module(args.filler, args.out)
        return
    terms = []
    for directory in args.lexicons or ["lexicons/de"]:
        terms += load_terms(directory)
    rng = random.Random(args.seed)
    vocabulary = Vocabulary(args.vocabulary, args.seed) if args.vocabulary > 0 else None
    outlets = [f"Outlet {i:02d}" for i in range(1, args.outlets + 1)]
    biases = {
        o: {w: rng.choice([0.2, 1.0, 3.0]) for w in (-2.0, -1.0, 0.0, 1.0, 2.0)} for o in outlets
    }
    target = int(args.size * 1_000_000)
    written = 0
    number = 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        while written < target:
            number += 1
            outlet = outlets[number % len(outlets)]
            day = 1 + number % 28
            month = 1 + (number // 28) % 12
            record = {
                "id": f"doc-{number:08d}", "outlet": outlet,
                "date": f"2024-{month:02d}-{day:02d}", "title": f"Bericht {number}",
                "section": rng.choice(["Politik", "Ausland", "Wirtschaft"]),
                "text": article(rng, biases[outlet], terms, number, vocabulary),
            }
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))


if __name__ == "__main__":
    main()
