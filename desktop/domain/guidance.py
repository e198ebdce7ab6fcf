"""The procurement office's guidance: needs in words, mapped to CPV and agreements.

``GuidanceRules`` is the JSON wire format of ``GET /guidance``:

.. code-block:: json

    {"needs": [{"id": "bakery", "phrases": {"sv": ["bröd"], "en": ["bread"]},
                "cpv_codes": ["15810000"], "agreement_ids": ["a-bakery"],
                "advice": {"sv": "..."}}],
     "agreements": [{"agreement_id": "a-bakery", "advice": {"en": "Order bread by 12:00"},
                     "savings_percent": "36"}],
     "synonyms": {"sv": {"kopipapper": ["kopieringspapper"]}},
     "office": {"name": "Upphandlingsenheten", "email": "...", "phone": "..."}}

Texts are per language (sv, da, nb, en); :func:`pick_text` chooses the user's one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.domain.values import ValueFormatError, format_money, parse_money

LANGUAGES = ("sv", "da", "nb", "en")
# When the user's language has no text: the closest neighbour first, English last.
_FALLBACK: dict[str, tuple[str, ...]] = {
    "sv": ("sv", "nb", "da", "en"),
    "nb": ("nb", "da", "sv", "en"),
    "da": ("da", "nb", "sv", "en"),
    "en": ("en", "sv", "nb", "da"),
}

Texts = dict[str, str]


def pick_text(texts: Texts, language: str, default: str | None = None) -> str:
    """The text in the user's ``language``, else in ``default`` (the municipality's
    language), else in the nearest language that has one, else any, else ""."""
    nearest = _FALLBACK.get(language, (language, *LANGUAGES))
    for code in (language, *((default,) if default else ()), *nearest):
        if texts.get(code):
            return texts[code]
    return next((t for t in texts.values() if t), "")


def unknown_languages(texts: Texts) -> list[str]:
    """The keys of ``texts`` that are not a language Avrop knows (sv, da, nb, en)."""
    return sorted(code for code in texts if code not in LANGUAGES)


def _texts(data: object, key: str) -> Texts:
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValueFormatError(key, data, "texts per language")
    return dict(data)


def _str_list(data: object, key: str) -> tuple[str, ...]:
    if data is None:
        return ()
    if not isinstance(data, list) or not all(isinstance(v, str) for v in data):
        raise ValueFormatError(key, data, "a list of strings")
    return tuple(data)


def _phrases(data: object, key: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(data, dict):
        raise ValueFormatError(key, data, "phrases per language")
    return {str(lang): _str_list(values, key) for lang, values in data.items()}


def _dict(data: object, key: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueFormatError(key, data, "an object")
    return data


@dataclass(frozen=True)
class NeedRule:
    """A need as people say it, and the CPV categories and agreements that cover it."""

    id: str
    phrases: dict[str, tuple[str, ...]]  # language -> words and phrases
    cpv_codes: tuple[str, ...] = ()
    agreement_ids: tuple[str, ...] = ()
    advice: Texts = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "phrases": {lang: list(values) for lang, values in self.phrases.items()},
            "cpv_codes": list(self.cpv_codes),
            "agreement_ids": list(self.agreement_ids),
            "advice": dict(self.advice),
        }

    @classmethod
    def from_json(cls, data: object) -> NeedRule:
        obj = _dict(data, "need")
        need_id = obj.get("id")
        if not isinstance(need_id, str) or not need_id:
            raise ValueFormatError("id", need_id, "a need id")
        return cls(
            id=need_id,
            phrases=_phrases(obj.get("phrases"), "phrases"),
            cpv_codes=_str_list(obj.get("cpv_codes"), "cpv_codes"),
            agreement_ids=_str_list(obj.get("agreement_ids"), "agreement_ids"),
            advice=_texts(obj.get("advice"), "advice"),
        )


@dataclass(frozen=True)
class AgreementNote:
    """What the office wants an orderer to know about one agreement."""

    agreement_id: str
    advice: Texts = field(default_factory=dict)  # e.g. "Order bread by 12:00 ..."
    savings_percent: Decimal | None = None  # agreement prices against what was paid before

    def to_json(self) -> dict[str, Any]:
        return {
            "agreement_id": self.agreement_id,
            "advice": dict(self.advice),
            "savings_percent": (
                None if self.savings_percent is None else format_money(self.savings_percent)
            ),
        }

    @classmethod
    def from_json(cls, data: object) -> AgreementNote:
        obj = _dict(data, "agreement note")
        agreement_id = obj.get("agreement_id")
        if not isinstance(agreement_id, str) or not agreement_id:
            raise ValueFormatError("agreement_id", agreement_id, "an agreement id")
        savings = obj.get("savings_percent")
        return cls(
            agreement_id=agreement_id,
            advice=_texts(obj.get("advice"), "advice"),
            savings_percent=None if savings is None else parse_money(savings, "savings_percent"),
        )


@dataclass(frozen=True)
class OfficeContact:
    """How to reach the procurement office."""

    name: str = ""
    email: str = ""
    phone: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "email": self.email, "phone": self.phone}

    @classmethod
    def from_json(cls, data: object) -> OfficeContact:
        obj = _dict(data or {}, "office")
        return cls(
            str(obj.get("name") or ""), str(obj.get("email") or ""), str(obj.get("phone") or "")
        )


@dataclass(frozen=True)
class GuidanceRules:
    """Everything ``GET /guidance`` publishes."""

    needs: tuple[NeedRule, ...] = ()
    agreement_notes: tuple[AgreementNote, ...] = ()
    synonyms: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    office: OfficeContact = field(default_factory=OfficeContact)

    def note_for(self, agreement_id: str) -> AgreementNote | None:
        return next((n for n in self.agreement_notes if n.agreement_id == agreement_id), None)

    def synonyms_for(self, language: str) -> dict[str, tuple[str, ...]]:
        """The office's synonyms in ``language``: term -> the terms it also means."""
        return dict(self.synonyms.get(language, {}))

    def to_json(self) -> dict[str, Any]:
        return {
            "needs": [n.to_json() for n in self.needs],
            "agreements": [n.to_json() for n in self.agreement_notes],
            "synonyms": {
                lang: {term: list(values) for term, values in mapping.items()}
                for lang, mapping in self.synonyms.items()
            },
            "office": self.office.to_json(),
        }

    @classmethod
    def from_json(cls, data: object) -> GuidanceRules:
        obj = _dict(data, "guidance")
        needs = obj.get("needs") or []
        notes = obj.get("agreements") or []
        if not isinstance(needs, list) or not isinstance(notes, list):
            raise ValueFormatError("needs", needs, "a list")
        synonyms_raw = _dict(obj.get("synonyms") or {}, "synonyms")
        return cls(
            needs=tuple(NeedRule.from_json(n) for n in needs),
            agreement_notes=tuple(AgreementNote.from_json(n) for n in notes),
            synonyms={
                str(lang): _phrases(mapping, "synonyms") for lang, mapping in synonyms_raw.items()
            },
            office=OfficeContact.from_json(obj.get("office")),
        )
