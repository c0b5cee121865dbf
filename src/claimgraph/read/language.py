"""The language of each block, so that names get the right language tag ("Karabağ"@tr).

py3langid ships its model inside the package: no download, deterministic. Short or
unsure blocks take the document's language: a guess on five words is noise.
"""

from __future__ import annotations

from functools import lru_cache

MIN_WORDS = 5
MIN_CONFIDENCE = 0.9
SAMPLE = 2000  # characters: enough to be sure, and the cost grows with the length


@lru_cache(maxsize=1)
def _identifier():
    """The model, over the languages with an ISO 639-1 code, as language tags promise.

    Its other classes are mostly regional varieties and creoles of a language that has one
    (pcm, arz, wuu, ext), and short texts of the big language land on them: on one English
    sentence ("The war began on 27 September 2020.") the full model's best guess is Nigerian
    Pidgin; on a Spanish or a Chinese one, Extremaduran or Wu is a close second.
    """
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([lang for lang in identifier.nb_classes if len(lang) == 2])
    return identifier


@lru_cache(maxsize=4096)
def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence) of a text, judged on its first SAMPLE characters.

    Cached: a document's language and its blocks' languages are judged on the same blocks.
    """
    lang, prob = _identifier().classify(text[:SAMPLE])
    return lang, float(prob)


def block_language(text: str, default: str) -> str:
    """The block's language when sure of it, else the document's."""
    if len(text.split()) < MIN_WORDS:
        return default
    lang, prob = detect(text)
    return lang if prob >= MIN_CONFIDENCE else default


def document_language(texts: list[str]) -> str:
    """The language of most of the words, for blocks too short to tell; English, the language
    of the rule stack, when every block is."""
    words: dict[str, int] = {}
    for text in texts:
        if len(text.split()) >= MIN_WORDS:
            lang, _ = detect(text)
            words[lang] = words.get(lang, 0) + len(text.split())
    return max(sorted(words), key=words.get) if words else "en"
