"""The language of each block, so that names get the right language tag ("Karabağ"@tr).

py3langid ships its model inside the package: no download, deterministic. Short or
unsure blocks take the document's language: a guess on five words is noise.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import pickle
from functools import lru_cache
from pathlib import Path

from ..rdf.trig import atomic_write_bytes
from ..resources import file_hash, load_pickled, user_cache

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

    Made once per machine: decompressing the model takes about half a second of every process
    that reads a text (a rebuild after one article changed, each worker of a build); the model
    over these languages is kept in the disk cache (`resources.user_cache`, about 60 MB, keyed by
    py3langid's version and the model's bytes) and read from it in a tenth of that.
    """
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    key = f"{importlib.metadata.version('py3langid')}\0{file_hash(Path(MODEL_DIR) / MODEL_FILE)}\0iso639-1"
    cached = user_cache("language") / f"{hashlib.sha256(key.encode()).hexdigest()}.pickle"
    if (found := load_pickled(cached, LanguageIdentifier)) is not None:
        return found
    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    full.set_languages([lang for lang in full.nb_classes if len(lang) == 2])
    # made anew from the restricted model, so that the whole one is neither kept nor cached
    identifier = LanguageIdentifier(full.nb_ptc, full.nb_pc, full.nb_classes, full.tk_nextmove, full.tk_output,
                                    norm_probs=True, tk_row=full.tk_row)
    with contextlib.suppress(OSError):
        atomic_write_bytes(cached, pickle.dumps(identifier, protocol=pickle.HIGHEST_PROTOCOL), durable=False)
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
