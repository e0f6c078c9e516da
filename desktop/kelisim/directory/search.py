"""Finding a body in the KATO directory by what a lawyer types: Russian or Kazakh, with typos, with Kazakh letters
typed as the Russian ones next to them on the keyboard («Узынагаш» finds «Ұзынағаш», «Касык» finds «Қасық»).

Pure functions over ``KatoDirectory`` (standard library only):

- ``normalize(text)`` folds case, maps the Kazakh letters to their Russian look-alikes (ә→а, ғ→г, қ→к, ң→н, ө→о,
  ұ/ү→у, һ→х, і→и), ё→е, й→и, and turns punctuation into spaces; words shorter than 3 letters (the abbreviations
  «с.», «с.о.», «а.о.») are dropped from the words that are matched.
- ``UnitIndex(directory)`` builds, once, a trigram index over the Russian and Kazakh names of every unit
  (≈15,600); ``search(query)`` takes the units sharing most trigrams with the query, scores them word by word
  (exact, prefix, then ``difflib`` similarity) and returns the bodies that have an akim: a populated place without
  one is answered by the akim it belongs to (the village «с.Узынагаш» → «Узынагашский с.о.»), each body once.
"""
from __future__ import annotations

import heapq
from collections import Counter
from difflib import SequenceMatcher
from typing import NamedTuple

from kelisim.directory.kato import KatoDirectory, Unit

_FOLD = str.maketrans({
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ё": "е", "й": "и",
    # Latin letters that look like Cyrillic ones (a keyboard left in English)
    "a": "а", "c": "с", "e": "е", "k": "к", "o": "о", "p": "р", "x": "х", "y": "у",
})
MIN_WORD = 3
CANDIDATES = 150  # units re-scored after the trigram pre-selection
COMMON = 1500  # a trigram in more units than this only counts when the query has no rarer one
# Generic words («сельский округ», «ауылдық округі», «район», «акимат»...), normalised: ignored in a query that has
# other words, so «Ұзынағаш ауылдық округі» finds «Ұзынағаш а.о.».
GENERIC = frozenset((
    "сельскии", "сельского", "сельскому", "округ", "округа", "округу", "округи", "ауылдык", "аулдык", "раион",
    "раиона", "раиону", "ауданы", "ауданынын", "аудан", "область", "области", "облысы", "облыс", "облысынын",
    "город", "города", "городскои", "каласы", "каласынын", "кала", "поселок", "поселка", "поселковыи", "кенти",
    "кентинин", "село", "села", "сельская", "аул", "ауыл", "ауылы", "ауылынын", "акимат", "акимата", "аким",
    "акима", "акимдиги", "акимдигинин", "акими", "аппарат", "аппарата", "аппараты", "значения", "манызы", "бар",
    "администрация", "акимшилиги", "государственное", "учреждение", "мемлекеттик", "мекемеси"))
THRESHOLD = 0.6  # the lowest average word score that is still an answer
# The order bodies of equal score are offered in: higher tiers and akims first.
_KIND_ORDER = {"oblast": 0, "city_republican": 0, "district": 1, "city_oblast": 1, "city_district_in_city": 2,
               "city_district_significance": 2, "rural_district": 3, "settlement": 3, "village": 3}
# A generic word in the query says which kind of body is meant: it lifts that kind a little.
_KIND_HINTS = {
    "district": ("раион", "раиона", "ауданы", "аудан", "ауданынын"),
    "rural_district": ("сельскии", "сельского", "округ", "округа", "округи", "ауылдык", "аулдык"),
    "oblast": ("область", "области", "облысы", "облыс", "облысынын"),
    "city_oblast": ("город", "города", "каласы", "кала", "каласынын"),
    "city_republican": ("город", "города", "каласы", "кала", "каласынын"),
    "city_district_significance": ("город", "города", "каласы", "кала"),
    "settlement": ("поселок", "поселка", "поселковыи", "кенти", "кентинин"),
    "village": ("село", "села", "аул", "ауыл", "ауылы", "ауылынын"),
}
KIND_BONUS = 0.03
MAX_QUERY = 200  # characters of a query looked at: longer than any name of a place (each word costs a fuzzy match)


def normalize(text: str) -> str:
    """Lower case, Kazakh letters as their Russian look-alikes, punctuation as spaces, single spaces."""
    folded = text.casefold().translate(_FOLD)
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def words(text: str) -> list[str]:
    """The words of ``text`` that are matched: normalised, at least three letters long (digits kept)."""
    return [w for w in normalize(text).split() if len(w) >= MIN_WORD or w.isdigit()]


def query_words(text: str) -> list[str]:
    """The words of a query that are matched: generic words («район», «ауылдық округі») only when there is
    nothing else."""
    found = words(text)
    specific = [w for w in found if w not in GENERIC]
    return specific or found


def _trigrams(word: str, *, whole: bool) -> set[str]:
    """Trigrams of a word padded at its start (and, for an indexed word, at its end: a query word may be a
    prefix)."""
    padded = f"  {word} " if whole else f"  {word}"
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def _word_score(query: str, word: str) -> float:
    if word == query:
        return 1.0
    if word.startswith(query):
        return 0.96 if len(query) >= 4 else 0.9
    if query.startswith(word) and len(word) >= 4:
        return 0.85
    matcher = SequenceMatcher(None, query, word, autojunk=False)
    best = matcher.ratio()
    if len(word) > len(query):  # a typo in a prefix: compare with the word's beginning of about the same length
        for n in (len(query) - 1, len(query), len(query) + 1):
            matcher.set_seq2(word[:n])
            best = max(best, matcher.ratio() * 0.95)
    return best


class Hit(NamedTuple):
    unit: Unit  # the body that has an akim
    matched: Unit  # the unit whose name matched (the same, or a populated place that belongs to ``unit``)
    score: float


class UnitIndex:
    """A trigram index of the directory's names; build once, query many times (well under 20 ms a query)."""

    def __init__(self, directory: KatoDirectory):
        self.directory = directory
        self._units: list[Unit] = []
        self._words: list[tuple[str, ...]] = []
        self._postings: dict[str, list[int]] = {}
        postings: dict[str, list[int]] = {}
        for unit in directory.units():
            unit_words = tuple(dict.fromkeys(words(unit.name_ru) + words(unit.name_kk)))
            if not unit_words:
                continue
            index = len(self._units)
            self._units.append(unit)
            self._words.append(unit_words)
            grams = set()
            for word in unit_words:
                grams |= _trigrams(word, whole=True)
            for gram in grams:
                postings.setdefault(gram, []).append(index)
        self._postings = postings
        self._holder: dict[str, Unit | None] = {}

    def __len__(self) -> int:
        return len(self._units)

    def holder(self, unit: Unit) -> Unit | None:
        """The unit itself if it has an akim, else the nearest ancestor that has one."""
        if unit.has_akim:
            return unit
        if unit.code not in self._holder:
            chain = self.directory.akim_chain(unit.code)
            self._holder[unit.code] = chain[0] if chain else None
        return self._holder[unit.code]

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """The bodies with an akim whose name (or whose populated place's name) matches ``query``, best first."""
        query = query[:MAX_QUERY] if isinstance(query, str) else ""  # a paste of a whole page is not a name
        asked = query_words(query)
        all_words = set(words(query))
        hinted = {kind for kind, hints in _KIND_HINTS.items() if all_words & set(hints)}
        if not asked:
            return []
        digits = "".join(asked) if all(w.isdigit() for w in asked) else ""
        if digits:
            return self._by_code(digits, limit)
        postings = [p for p in (self._postings.get(g) for w in asked for g in _trigrams(w, whole=False)) if p]
        if not postings:
            return []
        rare = [p for p in postings if len(p) <= COMMON]
        counts: Counter[int] = Counter()
        for posting in rare or postings:
            counts.update(posting)
        candidates = heapq.nlargest(CANDIDATES, counts.items(), key=lambda item: item[1])
        floor = candidates[0][1] / 3
        memo: dict[tuple[str, str], float] = {}
        scored: list[tuple[float, Unit]] = []
        for index, hits in candidates:
            if hits < floor:
                break
            unit_words = self._words[index]
            total = 0.0
            for word in asked:
                best = 0.0
                for w in unit_words:
                    key = (word, w)
                    value = memo.get(key)
                    if value is None:
                        value = memo[key] = _word_score(word, w)
                    if value > best:
                        best = value
                total += best
            score = total / len(asked)
            if score >= THRESHOLD:
                unit = self._units[index]
                scored.append((score + (KIND_BONUS if unit.kind in hinted else 0.0), unit))
        scored.sort(key=lambda item: (-item[0], not item[1].has_akim, _KIND_ORDER.get(item[1].kind, 4),
                                      item[1].name_ru))
        hits: list[Hit] = []
        seen: set[str] = set()
        for score, unit in scored:
            body = self.holder(unit)
            if body is None or body.code in seen:
                continue
            seen.add(body.code)
            hits.append(Hit(body, unit, round(min(score, 1.0), 4)))
            if len(hits) >= limit:
                break
        return hits

    def _by_code(self, digits: str, limit: int) -> list[Hit]:
        hits, seen = [], set()
        for unit in self._units:
            if unit.code.startswith(digits):
                body = self.holder(unit)
                if body is not None and body.code not in seen:
                    seen.add(body.code)
                    hits.append(Hit(body, unit, 1.0 if unit.code == digits else 0.9))
                    if len(hits) >= limit:
                        break
        hits.sort(key=lambda h: -h.score)
        return hits


_default: UnitIndex | None = None


def default_index() -> UnitIndex:
    """The index of the shipped classifier (built on first use)."""
    global _default
    if _default is None:
        from kelisim.directory.kato import default_directory

        _default = UnitIndex(default_directory())
    return _default


__all__ = ["normalize", "words", "query_words", "UnitIndex", "Hit", "default_index"]
