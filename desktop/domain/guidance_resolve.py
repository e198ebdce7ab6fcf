"""From what a user types to the agreements that cover it and how to call off.

need words → :class:`NeedRule` → its agreements (or, when none of those is valid today,
the agreements whose CPV scope covers the need's CPV) → suppliers in rank order and the
way to order: in Avrop, by contacting the supplier, or through the procurement office.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from desktop.domain.guidance import GuidanceRules, NeedRule, Texts, pick_text
from desktop.domain.guidance_text import WordMatch, match_word, words
from desktop.domain.reference import Agreement, CallOffMethod, Supplier


class OrderChannel(StrEnum):
    """Where the orderer places a call-off under an agreement."""

    AVROP = "avrop"  # its items are in Avrop: add them to the cart
    CONTACT_SUPPLIER = "contact_supplier"  # portal, phone or e-mail, quoting the agreement
    ASK_OFFICE = "ask_office"  # mini-competition: the procurement office runs it


@dataclass(frozen=True)
class NeedMatch:
    """A need rule that matched the typed text, with how well."""

    rule: NeedRule
    phrase: str  # the phrase it matched, as the office wrote it
    language: str
    score: int


@dataclass(frozen=True)
class SupplierStep:
    """One supplier of an agreement, in rank order (rank 1 first)."""

    rank: int
    supplier_id: str
    supplier: Supplier | None  # None when the supplier list does not know it (yet)
    orders_in_avrop: bool

    @property
    def name(self) -> str:
        return self.supplier.name if self.supplier else self.supplier_id


@dataclass(frozen=True)
class AgreementGuidance:
    """An agreement that covers a need and how to call off under it."""

    agreement: Agreement
    need: NeedMatch | None
    channel: OrderChannel
    steps: tuple[SupplierStep, ...]
    advice_texts: tuple[Texts, ...]  # the office's free texts, each per language
    savings_percent: Decimal | None
    language: str = "sv"  # the language the need was asked in
    instructions: str = ""  # how to call off outside the shop (the agreement's own text)
    home_language: str | None = None  # the municipality's, when the user's has no text

    def advice_in(self, language: str) -> tuple[str, ...]:
        """The office's texts in ``language`` (else the municipality's), then instructions."""
        picked = [pick_text(t, language, self.home_language) for t in self.advice_texts]
        return tuple(dict.fromkeys(a for a in [*picked, self.instructions] if a))

    def agreement_name_in(self, language: str) -> str:
        return self.agreement.name_in(language, self.home_language)

    @property
    def advice(self) -> tuple[str, ...]:
        return self.advice_in(self.language)

    @property
    def call_off(self) -> CallOffMethod:
        return self.agreement.call_off

    @property
    def quote_number(self) -> str:
        """The agreement number the orderer quotes to a supplier."""
        return self.agreement.number


def cpv_covers(scope: str, code: str) -> bool:
    """Whether CPV ``scope`` (trailing zeros = a wider level) includes ``code``."""
    stem = scope.rstrip("0")
    if len(stem) < 2:
        stem = scope[:2]
    return code.startswith(stem)


def _grade_query_in_phrase(query: tuple[str, ...], phrase: tuple[str, ...]) -> int:
    """Lowest grade over the typed words when each is found in the phrase (0 if not)."""
    worst = WordMatch.EXACT
    for i, typed in enumerate(query):
        last = i == len(query) - 1
        best = max(match_word(typed, known, as_prefix=last) for known in phrase)
        if best == WordMatch.NONE:
            return WordMatch.NONE
        worst = min(worst, best)
    return worst


def _grade_phrase_in_query(query: tuple[str, ...], phrase: tuple[str, ...]) -> int:
    """Lowest grade over the phrase words when each is among the typed ones (0 if not)."""
    worst = WordMatch.EXACT
    for known in phrase:
        best = max(match_word(typed, known, as_prefix=False) for typed in query)
        if best == WordMatch.NONE:
            return WordMatch.NONE
        worst = min(worst, best)
    return worst


class GuidanceIndex:
    """Resolves needs against the rules, the agreements and the suppliers."""

    def __init__(
        self,
        rules: GuidanceRules,
        agreements: Iterable[Agreement],
        suppliers: Iterable[Supplier],
        home_language: str | None = None,
    ) -> None:
        self.rules = rules
        self.home_language = home_language  # the municipality's: the office's texts' fallback
        self.agreements: dict[str, Agreement] = {a.id: a for a in agreements}
        self.suppliers: dict[str, Supplier] = {s.id: s for s in suppliers}
        self._phrases: list[tuple[NeedRule, str, str, tuple[str, ...]]] = [
            (rule, lang, phrase, words(phrase))
            for rule in rules.needs
            for lang, phrases in rule.phrases.items()
            for phrase in phrases
            if words(phrase)
        ]

    def match_needs(self, text: str, language: str) -> list[NeedMatch]:
        """Needs whose words match ``text`` (any language; the user's own first), best first."""
        query = words(text)
        if not query or sum(len(w) for w in query) < 2:
            return []
        best: dict[str, NeedMatch] = {}
        for rule, lang, phrase, phrase_words in self._phrases:
            grade = _grade_query_in_phrase(query, phrase_words)
            covered = len(query)
            if grade == WordMatch.NONE:
                grade = _grade_phrase_in_query(query, phrase_words)
                covered = len(phrase_words)
            if grade == WordMatch.NONE:
                continue
            score = 100 * grade + 10 * covered + (5 if lang == language else 0)
            current = best.get(rule.id)
            if current is None or score > current.score:
                best[rule.id] = NeedMatch(rule, phrase, lang, score)
        return sorted(best.values(), key=lambda m: (-m.score, m.rule.id))

    def resolve(
        self, text: str, language: str, today: date, *, limit: int = 3
    ) -> list[AgreementGuidance]:
        """The agreements covering the need in ``text``, valid ``today``, best first."""
        found: dict[str, AgreementGuidance] = {}
        for match in self.match_needs(text, language):
            for agreement in self._agreements_for(match.rule, today):
                if agreement.id not in found:
                    found[agreement.id] = self._guide(agreement, match, language)
            if len(found) >= limit:
                break
        return list(found.values())[:limit]

    def for_agreement(
        self, agreement_id: str, language: str, today: date
    ) -> AgreementGuidance | None:
        """How to call off under one agreement, when it is valid ``today``."""
        agreement = self.agreements.get(agreement_id)
        if agreement is None or not agreement.is_valid_on(today):
            return None
        return self._guide(agreement, None, language)

    def covering(self, cpv_codes: Iterable[str], today: date) -> list[Agreement]:
        """Valid agreements whose scope includes any of ``cpv_codes``, most specific first."""
        codes = [c for c in cpv_codes if c]
        hits: list[tuple[int, str, Agreement]] = []
        for agreement in self.agreements.values():
            if not agreement.is_valid_on(today):
                continue
            depth = max(
                (
                    len(s.rstrip("0"))
                    for s in agreement.cpv_codes
                    for c in codes
                    if cpv_covers(s, c)
                ),
                default=0,
            )
            if depth:
                hits.append((-depth, agreement.id, agreement))
        return [a for _, _, a in sorted(hits)]

    def _agreements_for(self, rule: NeedRule, today: date) -> list[Agreement]:
        named = [self.agreements[i] for i in rule.agreement_ids if i in self.agreements]
        valid = [a for a in named if a.is_valid_on(today)]
        if valid:
            return valid
        return self.covering(rule.cpv_codes, today)

    def _guide(
        self, agreement: Agreement, match: NeedMatch | None, language: str
    ) -> AgreementGuidance:
        steps = tuple(
            SupplierStep(
                rank=rank,
                supplier_id=sid,
                supplier=self.suppliers.get(sid),
                orders_in_avrop=agreement.in_ecommerce
                and bool(self.suppliers.get(sid) and self.suppliers[sid].in_ecommerce),
            )
            for rank, sid in enumerate(agreement.supplier_ids, start=1)
        )
        note = self.rules.note_for(agreement.id)
        advice = [match.rule.advice] if match else []
        if note:
            advice.append(note.advice)
        channel = channel_for(agreement)
        return AgreementGuidance(
            agreement=agreement,
            need=match,
            channel=channel,
            steps=steps,
            advice_texts=tuple(advice),
            savings_percent=note.savings_percent if note else None,
            language=language,
            home_language=self.home_language,
            instructions=agreement.instructions if channel is OrderChannel.CONTACT_SUPPLIER else "",
        )


def channel_for(agreement: Agreement) -> OrderChannel:
    if agreement.call_off is CallOffMethod.MINI_COMPETITION:
        return OrderChannel.ASK_OFFICE
    if agreement.in_ecommerce:
        return OrderChannel.AVROP
    return OrderChannel.CONTACT_SUPPLIER


def cascade_rank(agreement: Agreement, supplier_id: str) -> int | None:
    """The supplier's rank on the agreement (1 = first), None when not on it."""
    try:
        return agreement.supplier_ids.index(supplier_id) + 1
    except ValueError:
        return None


def needs_cascade_reason(agreement: Agreement, supplier_id: str) -> bool:
    """Whether ordering from ``supplier_id`` skips a higher-ranked supplier.

    In a ranked cascade the next supplier may be used only when the ones before cannot
    deliver, and the reason is recorded with the call-off.
    """
    rank = cascade_rank(agreement, supplier_id)
    return agreement.call_off is CallOffMethod.RANKED and rank is not None and rank > 1
