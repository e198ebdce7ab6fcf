"""Reference data of a municipality: the user, units, agreements and suppliers.

These classes are the JSON wire contract between the central API and the app:
``to_json`` gives the dict the API serves, ``from_json`` reads it back (and raises
``ValueFormatError`` on a malformed value). Money is a decimal string, dates ISO 8601.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop.domain.values import (
    ValueFormatError,
    format_money,
    parse_date,
    parse_money,
    parse_optional_date,
)


class Role(StrEnum):
    """What a user may do (DESIGN.md, Users and roles)."""

    ORDERER = "orderer"
    MANAGER = "manager"
    SUPERUSER = "superuser"
    PROCUREMENT = "procurement"


class CallOffMethod(StrEnum):
    """How an order is placed under an agreement."""

    DIRECT = "direct"
    RANKED = "ranked"  # ranked cascade: the next supplier only when the one before cannot
    MINI_COMPETITION = "mini_competition"  # ask the procurement office


class UnitKind(StrEnum):
    SCHOOL = "school"
    KINDERGARTEN = "kindergarten"
    CARE_HOME = "care_home"
    HUB = "hub"  # the municipal transshipment hub
    OFFICE = "office"  # the procurement office


def _str(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueFormatError(key, value, "a string")
    return value


def _opt_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueFormatError(key, value, "a string or null")
    return value


def _str_list(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueFormatError(key, value, "a list of strings")
    return tuple(value)


def _bool(data: dict[str, Any], key: str) -> bool:
    value = data.get(key)
    if not isinstance(value, bool):
        raise ValueFormatError(key, value, "true or false")
    return value


@dataclass(frozen=True)
class Address:
    street: str
    postcode: str
    city: str
    country: str = "SE"  # ISO 3166-1 alpha-2

    def to_json(self) -> dict[str, Any]:
        return {
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "country": self.country,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Address:
        return cls(
            _str(data, "street"), _str(data, "postcode"), _str(data, "city"), _str(data, "country")
        )


@dataclass(frozen=True)
class Unit:
    """A school, kindergarten, care home, the hub or the office."""

    id: str
    name: str
    kind: UnitKind
    address: Address
    gln: str | None  # GLN of the delivery location (scheme 0088), when known
    cost_centre: str  # first part of the accounting string
    approval_limit: Decimal  # orders above need the manager's approval
    hub_id: str | None = None  # deliveries go through this hub unit, when set
    parent_name: str = ""  # the administration it belongs to (school, preschool, care)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "address": self.address.to_json(),
            "gln": self.gln,
            "cost_centre": self.cost_centre,
            "approval_limit": format_money(self.approval_limit),
            "hub_id": self.hub_id,
            "parent_name": self.parent_name,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Unit:
        try:
            kind = UnitKind(str(data.get("kind")))
        except ValueError as exc:
            raise ValueFormatError("kind", data.get("kind"), "a unit kind") from exc
        return cls(
            id=_str(data, "id"),
            name=_str(data, "name"),
            kind=kind,
            address=Address.from_json(data.get("address") or {}),
            gln=_opt_str(data, "gln"),
            cost_centre=_str(data, "cost_centre"),
            approval_limit=parse_money(data.get("approval_limit"), "approval_limit"),
            hub_id=_opt_str(data, "hub_id"),
            parent_name=data.get("parent_name") or "",
        )


@dataclass(frozen=True)
class Supplier:
    """A supplier with an agreement; how to reach it when it is not in e-commerce."""

    id: str
    name: str
    endpoint_id: str  # PEPPOL participant id, e.g. a Swedish org. no.
    endpoint_scheme: str  # 0007, 0184, 0192 or 0088
    country: str
    in_ecommerce: bool  # takes orders through Avrop
    min_order_amount: Decimal = Decimal("0")
    phone: str | None = None
    email: str | None = None
    web: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "endpoint_id": self.endpoint_id,
            "endpoint_scheme": self.endpoint_scheme,
            "country": self.country,
            "in_ecommerce": self.in_ecommerce,
            "min_order_amount": format_money(self.min_order_amount),
            "phone": self.phone,
            "email": self.email,
            "web": self.web,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Supplier:
        return cls(
            id=_str(data, "id"),
            name=_str(data, "name"),
            endpoint_id=_str(data, "endpoint_id"),
            endpoint_scheme=_str(data, "endpoint_scheme"),
            country=_str(data, "country"),
            in_ecommerce=_bool(data, "in_ecommerce"),
            min_order_amount=parse_money(data.get("min_order_amount", "0"), "min_order_amount"),
            phone=_opt_str(data, "phone"),
            email=_opt_str(data, "email"),
            web=_opt_str(data, "web"),
        )


@dataclass(frozen=True)
class Agreement:
    """A framework agreement: what it covers, with whom, how to call off, how long."""

    id: str
    number: str  # the reference to quote, e.g. "RA-2025-014"
    name: str
    call_off: CallOffMethod
    valid_from: date
    valid_to: date | None
    in_ecommerce: bool
    supplier_ids: tuple[str, ...]  # in rank order for a ranked cascade
    cpv_codes: tuple[str, ...] = ()  # 8-digit CPV codes it covers
    description: str = ""
    instructions: str = ""  # how to call off, for the orderer
    names: dict[str, str] = field(default_factory=dict)  # the name per language, where given

    def name_in(self, language: str, default: str | None = None) -> str:
        """The name in ``language``, else in ``default``, else ``name`` (the municipality's
        own, in its language)."""
        return self.names.get(language) or (default and self.names.get(default)) or self.name

    def is_valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "name": self.name,
            "call_off": self.call_off.value,
            "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat() if self.valid_to else None,
            "in_ecommerce": self.in_ecommerce,
            "supplier_ids": list(self.supplier_ids),
            "cpv_codes": list(self.cpv_codes),
            "description": self.description,
            "instructions": self.instructions,
            "names": dict(self.names),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Agreement:
        try:
            call_off = CallOffMethod(str(data.get("call_off")))
        except ValueError as exc:
            raise ValueFormatError("call_off", data.get("call_off"), "a call-off method") from exc
        return cls(
            id=_str(data, "id"),
            number=_str(data, "number"),
            name=_str(data, "name"),
            call_off=call_off,
            valid_from=parse_date(data.get("valid_from"), "valid_from"),
            valid_to=parse_optional_date(data.get("valid_to"), "valid_to"),
            in_ecommerce=_bool(data, "in_ecommerce"),
            supplier_ids=_str_list(data, "supplier_ids"),
            cpv_codes=_str_list(data, "cpv_codes"),
            description=data.get("description") or "",
            instructions=data.get("instructions") or "",
            names=_names(data.get("names")),
        )


def _names(value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueFormatError("names", value, "names per language")
    return dict(value)


def _optional_text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


@dataclass(frozen=True)
class Me:
    """The signed-in user as ``GET /me`` describes them."""

    username: str
    display_name: str
    role: Role
    unit_ids: tuple[str, ...]  # units they order for, manage or support
    certified: bool  # certified orderers may place orders
    municipality: str
    language: str = "sv"
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    certification_url: str | None = None  # the office's orderer training

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role.value,
            "unit_ids": list(self.unit_ids),
            "certified": self.certified,
            "municipality": self.municipality,
            "language": self.language,
        }
        if self.certification_url:
            data["certification_url"] = self.certification_url
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Me:
        try:
            role = Role(str(data.get("role")))
        except ValueError as exc:
            raise ValueFormatError("role", data.get("role"), "a role") from exc
        return cls(
            username=_str(data, "username"),
            display_name=_str(data, "display_name"),
            role=role,
            unit_ids=_str_list(data, "unit_ids"),
            certified=_bool(data, "certified"),
            municipality=_str(data, "municipality"),
            language=data.get("language") or "sv",
            certification_url=url
            if isinstance(url := data.get("certification_url"), str)
            else None,
        )
