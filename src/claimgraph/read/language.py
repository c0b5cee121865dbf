"""The language of each block, so that names get the right language tag ("Karabağ"@tr).

py3langid ships its model inside the package: no download, deterministic. Short or
unsure blocks take the document's language: a guess on five words is noise.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from ..rdf.trig import atomic_write_bytes
from ..resources import file_hash, load_pickled, prune, user_cache

MIN_WORDS = 5
MIN_CONFIDENCE = 0.9
KEPT_MODELS = 2  # models of 60 MB in the disk cache: this py3langid's, and one other's (another environment)
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
    py3langid's version and the model's bytes). Its two big tables (`_TABLES`) are kept as raw
    bytes and mapped into memory, not read: a text touches a few of their pages (read whole, the
    model took 0.09 s to load; mapped, 0.016 s), and the workers of a build share them.
    """
    import importlib.metadata  # here, as in `resources.package_fingerprint`
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    key = f"{importlib.metadata.version('py3langid')}\0{file_hash(Path(MODEL_DIR) / MODEL_FILE)}\0iso639-1\0mapped"
    cached = user_cache("language") / hashlib.sha256(key.encode()).hexdigest()
    if (found := _mapped(cached)) is not None:
        with contextlib.suppress(OSError):
            os.utime(cached.with_suffix(".pickle"))  # used now: `prune` keeps those used last
        return found
    identifier = _restricted(MODEL_FILE)
    with contextlib.suppress(OSError):
        for name in _TABLES:
            atomic_write_bytes(cached.with_suffix(f".{name}"), getattr(identifier, name).tobytes(), durable=False)
        rest = (identifier.nb_ptc.shape, len(identifier.tk_nextmove), identifier.nb_pc, identifier.nb_classes,
                identifier.tk_output, identifier.tk_row)
        atomic_write_bytes(cached.with_suffix(".pickle"), pickle.dumps(rest, protocol=pickle.HIGHEST_PROTOCOL),
                           durable=False)  # last: a reader that finds it finds the tables written
        prune(cached.parent, KEPT_MODELS)  # a former py3langid's model is never read again
    return identifier


# The model's big tables, kept as raw bytes in the disk cache: name -> the type of their items as
# read (memoryview's: the float16 feature x language log-probabilities as bytes for numpy; the DFA's moves)
_TABLES = {"nb_ptc": "B", "tk_nextmove": "I"}


def _restricted(model_file: str):
    """The model of the package restricted to ISO 639-1 languages (about half a second)."""
    from py3langid.langid import LanguageIdentifier

    full = LanguageIdentifier.from_model_file(model_file, norm_probs=True)
    full.set_languages([lang for lang in full.nb_classes if len(lang) == 2])
    # made anew from the restricted model, so that the whole one is neither kept nor cached
    return LanguageIdentifier(full.nb_ptc, full.nb_pc, full.nb_classes, full.tk_nextmove, full.tk_output,
                              norm_probs=True, tk_row=full.tk_row)


def _mapped(cached: Path):
    """The model kept at `cached` (`_identifier`), its tables mapped into memory; None when any
    part is missing, cannot be read or has the wrong size (a torn file is a miss)."""
    import mmap

    import numpy as np
    from py3langid.langid import LanguageIdentifier

    found = load_pickled(cached.with_suffix(".pickle"), tuple)
    if found is None:
        return None
    try:
        shape, moves, nb_pc, nb_classes, tk_output, tk_row = found
        tables = {}
        for name, typecode in _TABLES.items():
            with open(cached.with_suffix(f".{name}"), "rb") as file:
                tables[name] = memoryview(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)).cast(typecode)
        nb_ptc = np.frombuffer(tables["nb_ptc"], dtype=np.float16).reshape(shape)
    except (TypeError, ValueError, OSError):
        return None
    if len(tables["tk_nextmove"]) != moves:
        return None
    return LanguageIdentifier(nb_ptc, nb_pc, nb_classes, tables["tk_nextmove"], tk_output, norm_probs=True,
                              tk_row=tk_row)


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
