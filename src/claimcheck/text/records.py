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
from collections.abc import Callable
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


# -- makers and copiers for one set of fields --------------------------------------------------
#
# ``built`` and ``replaced`` take their fields as a dict (``**fields``) and test each of the
# record's fields against it: 2 to 3 µs a record, which the reader of a run of figures
# ("5% 5% ...") paid three times a figure (its Quantity, its Claim, the Claim with its id
# and frame), a fifth of a figure's cost. A function written for one class (``maker``)
# or for one set of changed fields (``copier``) sets the slots straight: 0.9 to 1.5 µs.


def maker(cls: type[R]) -> Callable[..., R]:
    """A constructor of ``cls`` that takes its fields by keyword (required ones
    required, the others defaulting as in the dataclass, a factory called anew): the same
    record as ``cls(**fields)``, without ``__init__``'s ``object.__setattr__`` per field.
    Keyword-only, so that a field added to the record later cannot shift the others; a
    class that is no plain slotted dataclass gets ``built`` itself."""
    slots = _SLOTTED.get(cls, _UNSET)
    if slots is _UNSET:
        slots = _SLOTTED[cls] = _slot_setters(cls)
    if slots is None:
        return lambda **fields: built(cls, **fields)
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_NONE": _UNSET}
    params, body = [], []
    for n, f in enumerate(dataclasses.fields(cls)):  # type: ignore[arg-type]
        scope[f"_set{n}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            scope[f"_default{n}"] = f.default
            params.append(f"{f.name}=_default{n}")
            body.append(f"    _set{n}(new, {f.name})")
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"_make{n}"] = f.default_factory
            params.append(f"{f.name}=_NONE")
            body.append(f"    _set{n}(new, _make{n}() if {f.name} is _NONE else {f.name})")
        else:
            params.append(f.name)
            body.append(f"    _set{n}(new, {f.name})")
    source = "\n".join(["def make(*, " + ", ".join(params) + "):", "    new = _new(_cls)",
                        *body, "    return new"])
    exec(source, scope)  # the names are a dataclass's fields, checked by _slot_setters
    return scope["make"]  # type: ignore[no-any-return]


def copier(cls: type[R], names: tuple[str, ...]) -> Callable[..., R]:
    """``copy(record, *values)``: ``replaced(record, **dict(zip(names, values)))`` for
    records of ``cls`` (the values in the order of ``names``), every other field read
    from ``record``; a record of a subclass of ``cls`` is handed to ``replaced``.
    ``names`` must be fields of ``cls``; a class that is no plain slotted dataclass gets
    ``replaced`` itself."""
    slots = _SLOTTED.get(cls, _UNSET)
    if slots is _UNSET:
        slots = _SLOTTED[cls] = _slot_setters(cls)
    if slots is None:
        return lambda record, *values: replaced(record, **dict(zip(names, values, strict=True)))
    fields = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    unknown = set(names) - set(fields)
    if unknown or len(set(names)) != len(names) or not all(n.isidentifier() for n in names):
        raise TypeError(f"{cls.__name__} has no fields {sorted(unknown)} (or one named twice)")
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_replaced": replaced}
    # a record of a subclass (a plugin's own Claim) is copied as ``replaced`` copies it,
    # keeping its class
    lines = [f"def copy(_r, {', '.join(names)}):",
             "    if type(_r) is not _cls:",
             f"        return _replaced(_r, {', '.join(f'{n}={n}' for n in names)})",
             "    new = _new(_cls)"]
    for n, name in enumerate(fields):
        scope[f"_set{n}"] = cls.__dict__[name].__set__
        lines.append(f"    _set{n}(new, {name if name in names else '_r.' + name})")
    lines.append("    return new")
    exec("\n".join(lines), scope)  # the names are the dataclass's own fields (checked)
    return scope["copy"]  # type: ignore[no-any-return]
