"""A copy of a record with some fields changed, or a new record, at the cost of one dict
copy.

The core copies every claim two or three times after extraction, and the quantity reader
each figure once when it moves it to the document's offsets (its final id and
subject key, its time, its frame). ``dataclasses.replace`` walks every field of the
record and calls ``__init__`` each time: on a text with a figure every few characters
that walk was a sixth of the whole run. The records copied here have no
``__post_init__`` and no ``init=False`` fields, so copying their ``__dict__`` gives the
very record ``dataclasses.replace`` would. The quantity reader also makes each figure's
``Quantity`` and ``Claim`` new (``built``): a frozen record's ``__init__`` sets its
fields one by one through ``object.__setattr__``, 4 µs for a claim's eighteen, where a
copy of a dict of its defaults updated with the fields costs 1.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

R = TypeVar("R")

_FIELDS: dict[type, frozenset[str] | None] = {}


def replaced(record: R, /, **changes: Any) -> R:
    """``dataclasses.replace(record, **changes)``, faster for plain frozen dataclasses."""
    cls = type(record)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = _plain_fields(cls)
    if not names or not changes.keys() <= names:
        slots = _SLOTTED.get(cls, _UNSET)
        if slots is _UNSET:
            slots = _SLOTTED[cls] = _slot_setters(cls)
        if slots is None or not changes.keys() <= slots[1]:
            return dataclasses.replace(record, **changes)  # type: ignore[type-var]
        return slots[0](record, changes)
    new = object.__new__(cls)
    # a copy of the record's dict set as the new one's (a frozen record refuses setattr)
    # is half the cost of filling the new record's own empty dict key by key
    state = record.__dict__.copy()
    state.update(changes)
    _SET(new, "__dict__", state)
    return new


_SET = object.__setattr__


def _plain_fields(cls: type) -> frozenset[str]:
    """The fields of a dataclass whose copy is its ``__dict__``; empty when it has a
    ``__post_init__``, fields left out of ``__init__``, or slots (``_slot_setters`` then)."""
    if (not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__")
            or "__slots__" in cls.__dict__):
        return frozenset()
    fields = dataclasses.fields(cls)
    if any(not f.init for f in fields):
        return frozenset()
    return frozenset(f.name for f in fields)


_Template = tuple[dict[str, Any], tuple[tuple[str, Any], ...], frozenset[str]]
_TEMPLATES: dict[type, _Template | None] = {}


def built(cls: type[R], /, **fields: Any) -> R:
    """``cls(**fields)``, faster for plain frozen dataclasses: every field given or its
    default (a default factory called anew), in the order ``__init__`` sets them."""
    template = _TEMPLATES.get(cls, _UNSET)
    if template is _UNSET:
        template = _TEMPLATES[cls] = _template(cls)
    if template is None:
        slots = _SLOTTED.get(cls, _UNSET)
        if slots is _UNSET:
            slots = _SLOTTED[cls] = _slot_setters(cls)
        if slots is not None and slots[2] <= fields.keys() <= slots[1]:
            return slots[0](slots[3], fields, True)
        return cls(**fields)  # a record with a __post_init__: its __init__ runs it
    state = template[0].copy()
    state.update(fields)
    if len(state) != len(template[0]) or not template[2] <= fields.keys():
        return cls(**fields)  # a field it has not, or a required one left out: __init__ says
    for name, factory in template[1]:
        if name not in fields:
            state[name] = factory()
    new = object.__new__(cls)
    _SET(new, "__dict__", state)
    return new


_UNSET: Any = object()


def _template(cls: type) -> _Template | None:
    """The fields of a plain dataclass in ``__init__``'s order with their defaults (None
    for the required ones and those of a factory), its default factories and its required
    fields; None when ``built`` must call ``__init__`` (the records ``replaced`` copies
    the slow way)."""
    if not _plain_fields(cls):
        return None
    fields = dataclasses.fields(cls)
    defaults = {f.name: None if f.default is dataclasses.MISSING else f.default
                for f in fields}
    factories = tuple((f.name, f.default_factory) for f in fields
                      if f.default_factory is not dataclasses.MISSING)
    required = frozenset(f.name for f in fields if f.default is dataclasses.MISSING
                         and f.default_factory is dataclasses.MISSING)
    return defaults, factories, required


# -- slotted records ------------------------------------------------------------------------
#
# The model's records that a corpus holds by the hundred thousand are slotted (no instance
# dict: half a claim's memory), so there is no ``__dict__`` to copy. Their fields are set
# straight through the slots' own descriptors instead (what a frozen record's ``__init__``
# does through ``object.__setattr__``), by a function written for the class, as
# ``dataclasses`` writes ``__init__``: a loop over the fields cost three times as much.

#: Per slotted class: its copier ``(record, changes) -> record``, its fields' names, the
#: required ones, and a record of its defaults (None where a factory gives it, which the
#: copier calls for a field ``built`` leaves out); None when it is no plain slotted dataclass.
_Slots = tuple[Any, frozenset[str], frozenset[str], Any]
_SLOTTED: dict[type, _Slots | None] = {}


class _Defaults:
    """Stands for "no record" in a copier: each field read from it is its default."""

    def __init__(self, fields: tuple[dataclasses.Field, ...]) -> None:
        for f in fields:
            if f.default is not dataclasses.MISSING:
                setattr(self, f.name, f.default)
            elif f.default_factory is not dataclasses.MISSING:
                setattr(self, f.name, None)  # the copier calls the factory


def _slot_setters(cls: type) -> _Slots | None:
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__") \
            or "__slots__" not in cls.__dict__:
        return None
    fields = dataclasses.fields(cls)
    if any(not f.init or not f.name.isidentifier() or not hasattr(
            cls.__dict__.get(f.name), "__set__") for f in fields):
        return None
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    lines = ["def copy(r, ch, fresh=False):", "    new = _new(_cls)"]
    for n, f in enumerate(fields):
        scope[f"_set{n}"] = cls.__dict__[f.name].__set__
        value = f"ch['{f.name}'] if '{f.name}' in ch else r.{f.name}"
        if f.default_factory is not dataclasses.MISSING:
            scope[f"_make{n}"] = f.default_factory
            value = f"ch['{f.name}'] if '{f.name}' in ch else _make{n}() if fresh else r.{f.name}"
        lines.append(f"    _set{n}(new, {value})")
    lines.append("    return new")
    exec("\n".join(lines), scope)  # the names are a dataclass's fields, checked above
    required = frozenset(f.name for f in fields if f.default is dataclasses.MISSING
                         and f.default_factory is dataclasses.MISSING)
    return scope["copy"], frozenset(f.name for f in fields), required, _Defaults(fields)
