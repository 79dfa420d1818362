"""Synthetic but realistic knowledge bases of any size, recombined from the shipped real text.

What is real and what is made up:

* **Words** come from the corpus paragraphs and the shipped examples, with their real frequencies:
  common words ("security", "cooperation", "myanmar") are drawn often and so get long posting
  lists, as they would in a large real knowledge base; rare words make intents distinctive.
* **Phrasings** are the shipped examples themselves used as templates: their filler words ("what
  did the", "for a briefing") and answer-type words ("when", "who", "how many") are kept, their
  content words become slots. So generated examples have the real mix of full questions,
  two-word keyword forms and chatty questions.
* **Names** are made the way real ones are: each topic's entity is an acronym of three to five
  consecutive words of a real corpus sentence (as "gscc" is of "Global Security Cooperation
  Conference"), so the vocabulary grows with the knowledge base as a real one's does, while every
  other word stays real.
* **Structure** mirrors ``intents.yaml``: topics around an entity (like "gscc" or "ammtc") with
  about 25 intents each; each intent has ~10 examples built from its own facet words (like
  "dates", "venue"), the entity, the topic's words and some noise; sibling intents share the
  entity and topic words and differ in facet and answer type, which gives the same kind of
  near-duplicates as gscc-dates / gscc-venue. About one example in eight carries a real-looking
  typo (two letters swapped or one dropped).
* **Answers and sources** cite real corpus paragraphs (their first sentence, word for word), so a
  generated knowledge base passes the same validation as the shipped one.

``generate(n_examples, seed)`` is deterministic for a given seed and source knowledge base.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from bot.core.matcher import ANSWER_TYPE_WORDS
from bot.core.normalise import STOPWORDS, fold
from bot.knowledge.corpus import Corpus
from bot.knowledge.intents import KnowledgeBase, parse_knowledge
from bot.knowledge.yamlsource import LineDict, LineList

#: Examples per generated intent.
EXAMPLES_PER_INTENT = 10
#: Intents per generated topic.
INTENTS_PER_TOPIC = 25
#: Share of generated examples and questions with a typo.
TYPO_RATE = 0.12
#: Share of generated evaluation questions that are out of scope.
OUT_OF_SCOPE_RATE = 0.15
#: Answer types of generated intents (None: the intent answers "what about ..." questions).
ANSWER_TYPES: tuple[tuple[str | None, float], ...] = (
    (None, 0.55), ("when", 0.1), ("where", 0.1), ("who", 0.1), ("why", 0.08), ("many", 0.07),
)
#: Words that appear in no shipped text: what a user asks about that the base does not cover.
FOREIGN_WORDS = (
    "weather", "football", "recipe", "bitcoin", "election", "holiday", "vaccine", "guitar",
    "mortgage", "olympics", "volcano", "smartphone", "birthday", "restaurant", "painting",
)
_WORD = re.compile(r"^[a-z]{3,}$")


@dataclass(frozen=True)
class GeneratedQuestion:
    """A generated question and the intent it was made from (None: out of scope)."""

    text: str
    intent: str | None


@dataclass
class GeneratedKB:
    """A generated ``intents.yaml`` as plain data, and questions to ask it."""

    data: dict[str, Any]
    questions: list[GeneratedQuestion] = field(default_factory=list)

    @property
    def n_examples(self) -> int:
        """How many examples the generated intents have."""
        return sum(len(i["examples"]) for i in self.data["intents"])

    @property
    def n_intents(self) -> int:
        """How many intents were generated."""
        return len(self.data["intents"])

    def examples(self) -> list[tuple[str, str]]:
        """(intent id, example) pairs in file order."""
        return [(i["id"], e) for i in self.data["intents"] for e in i["examples"]]

    def write(self, path: Path) -> None:
        """Write the data as an ``intents.yaml`` file."""
        path.write_text(yaml.safe_dump(self.data, sort_keys=False, allow_unicode=True,
                                       width=1000), encoding="utf-8")

    def knowledge_base(self, source: KnowledgeBase, path: Path = Path("generated.yaml")
                       ) -> KnowledgeBase:
        """Validate the data exactly as ``load_knowledge`` does after parsing the YAML."""
        # The corpus's not-stated entries name the shipped intents, which a generated base lacks.
        corpus = Corpus({key: replace(doc, not_stated=()) for key, doc in source.corpus.documents.items()})
        return parse_knowledge(as_yaml_tree(self.data), path, corpus)


def as_yaml_tree(value: Any) -> Any:
    """Plain dicts and lists as the loader's LineDict/LineList (with no line numbers)."""
    if isinstance(value, dict):
        mapping = LineDict((k, as_yaml_tree(v)) for k, v in value.items())
        mapping.line = 0
        mapping.key_lines = {}
        return mapping
    if isinstance(value, list):
        sequence = LineList(as_yaml_tree(v) for v in value)
        sequence.line = 0
        sequence.item_lines = []
        return sequence
    return value


@dataclass(frozen=True)
class _Vocabulary:
    words: tuple[str, ...]
    weights: tuple[float, ...]
    templates: tuple[tuple[str, ...], ...]
    sentences: tuple[tuple[str, str, str], ...]  # (document, paragraph, first sentence)


def _vocabulary(source: KnowledgeBase) -> _Vocabulary:
    counts: Counter[str] = Counter()
    texts = [p.text for d in source.corpus.documents.values() for p in d.paragraphs]
    texts += [e for i in source.intents.values() for e in i.examples]
    for text in texts:
        counts.update(w for w in fold(text).split()
                      if _WORD.match(w) and w not in STOPWORDS and w not in ANSWER_TYPE_WORDS)
    words = tuple(sorted(counts))
    templates: set[tuple[str, ...]] = set()
    for intent in source.intents.values():
        if intent.kind != "content":
            continue
        for example in intent.examples:
            shape = tuple("<T>" if w in ANSWER_TYPE_WORDS else w if w in STOPWORDS else "<C>"
                          for w in fold(example).split())
            if 1 <= shape.count("<C>") <= 7:
                templates.add(shape)
    sentences: list[tuple[str, str, str]] = []
    for document in source.corpus.documents.values():
        for paragraph in document.paragraphs:
            first = re.split(r"(?<=[.!?])\s+", paragraph.text.strip())[0].strip()
            if 20 <= len(first) <= 400 and "\n" not in first:
                sentences.append((document.id, paragraph.id, first))
    return _Vocabulary(words, tuple(float(counts[w]) for w in words), tuple(sorted(templates)),
                       tuple(sentences))


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i + 1:]


class _Maker:
    def __init__(self, vocabulary: _Vocabulary, rng: random.Random) -> None:
        self.v = vocabulary
        self.rng = rng

    def common(self, k: int) -> list[str]:
        """Words drawn by their real frequency: the common words of the sources."""
        return self.rng.choices(self.v.words, weights=self.v.weights, k=k)

    def rare(self, k: int) -> list[str]:
        """Words drawn uniformly: mostly the rarer words, which make intents distinctive."""
        return self.rng.sample(self.v.words, k)

    def acronym(self, taken: set[str]) -> str:
        """A new name the way real ones are made ("gscc" from "Global Security Cooperation
        Conference"): the initials of three to five consecutive words of a real sentence."""
        while True:
            _, _, sentence = self.rng.choice(self.v.sentences)
            words = [w for w in fold(sentence).split() if w.isalpha()]
            size = self.rng.choice((3, 4, 4, 5))
            if len(words) < size:
                continue
            start = self.rng.randrange(len(words) - size + 1)
            name = "".join(w[0] for w in words[start:start + size])
            if name in taken or name in STOPWORDS or name in ANSWER_TYPE_WORDS:
                name += str(self.rng.randrange(2, 100))
            if name not in taken:
                taken.add(name)
                return name

    def phrase(self, template: Sequence[str], pools: dict[str, list[str]], answer_type: str | None,
               typo: bool) -> str:
        slots = template.count("<C>")
        chosen: list[str] = [self.rng.choice(pools["facet"])]
        if self.rng.random() < 0.6:
            chosen.append(self.rng.choice(pools["entity"]))
        while len(chosen) < slots + 2:
            r = self.rng.random()
            pool = ("facet" if r < 0.4 else "topic" if r < 0.75 else "noise")
            word = self.rng.choice(pools[pool]) if pool != "noise" else self.common(1)[0]
            if word not in chosen:
                chosen.append(word)
        filled = iter(chosen[:slots])
        words: list[str] = []
        for part in template:
            if part == "<C>":
                words.append(next(filled))
            elif part == "<T>":
                if answer_type is not None:
                    words.append(answer_type)
            else:
                words.append(part)
        if typo:
            candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w not in STOPWORDS]
            if candidates:
                i = self.rng.choice(candidates)
                words[i] = _typo(words[i], self.rng)
        return " ".join(words)


def generate(source: KnowledgeBase, n_examples: int, seed: int = 0, n_questions: int = 500
             ) -> GeneratedKB:
    """A knowledge base of about ``n_examples`` examples and ``n_questions`` questions to ask it."""
    rng = random.Random(seed)
    vocabulary = _vocabulary(source)
    maker = _Maker(vocabulary, rng)
    n_intents = max(1, round(n_examples / EXAMPLES_PER_INTENT))
    n_topics = max(1, -(-n_intents // INTENTS_PER_TOPIC))
    topics = [{"id": f"t{t}", "title": f"Topic {t}"} for t in range(n_topics)]
    acronyms: set[str] = set()
    topic_pools = [{"entity": [maker.acronym(acronyms), *maker.rare(1)], "topic": maker.common(6)}
                   for _ in range(n_topics)]
    types, type_weights = zip(*ANSWER_TYPES, strict=True)
    seen: set[str] = set()
    intents: list[dict[str, Any]] = []
    recipes: list[tuple[dict[str, list[str]], str | None]] = []
    templates = vocabulary.templates
    for n in range(n_intents):
        topic = n % n_topics
        pools = {**topic_pools[topic], "facet": maker.rare(rng.choice((2, 3)))}
        answer_type = rng.choices(types, weights=type_weights)[0]
        examples: list[str] = []
        for _ in range(EXAMPLES_PER_INTENT * 5):
            if len(examples) == EXAMPLES_PER_INTENT:
                break
            text = maker.phrase(rng.choice(templates), pools, answer_type,
                                rng.random() < TYPO_RATE)
            key = fold(text)
            if key and key not in seen:
                seen.add(key)
                examples.append(text)
        document, paragraph, sentence = rng.choice(vocabulary.sentences)
        intent_id = f"i{n}-{pools['facet'][0]}"
        title = " ".join([*pools["entity"], *pools["facet"]])[:60]
        intents.append({
            "id": intent_id, "title": title, "topics": [f"t{topic}"],
            "examples": examples, "answer": sentence,
            "sources": [{"document": document, "paragraph": paragraph,
                         "quote": " ".join(sentence.split()[:4])}],
            "related": [],
        })
        recipes.append((pools, answer_type))
    data: dict[str, Any] = {
        "version": 1,
        "topics": topics,
        "synonyms": {k: list(v) for k, v in source.synonyms.items()},
        "intents": intents,
        "out_of_scope": list(source.out_of_scope),
        "harm_boundary": {
            "refusal": source.harm.refusal, "lead_ins": list(source.harm.lead_ins),
            "operations": list(source.harm.operations), "dealings": list(source.harm.dealings),
            "contraband": list(source.harm.contraband), "safe_verbs": list(source.harm.safe_verbs),
            "phrases": list(source.harm.phrases), "examples": list(source.harm.examples),
        },
    }
    questions: list[GeneratedQuestion] = []
    while len(questions) < n_questions:
        if rng.random() < OUT_OF_SCOPE_RATE:
            pools = {"facet": [rng.choice(FOREIGN_WORDS)], "entity": maker.common(2),
                     "topic": maker.common(3)}
            text = maker.phrase(rng.choice(templates), pools, None, False)
            questions.append(GeneratedQuestion(text, None))
            continue
        index = rng.randrange(n_intents)
        pools, answer_type = recipes[index]
        text = maker.phrase(rng.choice(templates), pools, answer_type, rng.random() < TYPO_RATE)
        if fold(text) not in seen:
            questions.append(GeneratedQuestion(text, intents[index]["id"]))
    return GeneratedKB(data, questions)
