"""``dataclass``, ``field`` and ``replace`` for the package's record types, without the
standard ``dataclasses`` module on the start-up path.

Why: importing ``dataclasses`` imports ``inspect`` (and with it ``ast``, ``dis``, ``tokenize``),
~42 M instructions, and every ``@dataclass`` class then costs ~4.4 M more, mostly compiling the
source of its generated methods: ~25 record classes made that ~20% of a one-shot ``ask``. The
methods generated here are the ones ``dataclasses`` generates for the options this package uses
(``frozen``, ``eq``, ``repr``; ``field(default=, default_factory=, init=, repr=, compare=)``), with
the same text, so instances behave and cost the same at run time (same ``__init__``, ``__eq__``,
``__hash__``, ``__repr__``, ``__setattr__`` refusals, ``__match_args__``). Their compiled code is
kept in ``records.marshal`` (``python -m bot.records_build`` rebuilds it; a source that is not there
is compiled as before, so a stale file costs time, never behaviour).

For type checkers this module *is* ``dataclasses`` (see the TYPE_CHECKING block): mypy checks
every record exactly as a standard dataclass.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

CACHE_FILE = __file__.rsplit(".", 1)[0] + ".marshal"
compiled: dict[str, Any] = {}  # every source made into methods in this process (bot.records_build)
made: dict[str, str] = {}  # the source of each record class made in this process, by module.qualname
_code_cache: dict[str, Any] | None = None  # records.marshal's code by source, read at the first record made
# Code objects are valid only for the interpreter that compiled them: the file starts with its
# tag and bytecode magic, and any other interpreter compiles as if there were no file.
TAG = f"{sys.implementation.cache_tag}-{sys.modules['_frozen_importlib_external'].MAGIC_NUMBER.hex()}\n".encode()

if TYPE_CHECKING:
    from dataclasses import FrozenInstanceError as FrozenInstanceError
    from dataclasses import dataclass as dataclass
    from dataclasses import field as field
    from dataclasses import replace as replace
else:
    class FrozenInstanceError(AttributeError):
        """An assignment to a field of a frozen record (an AttributeError, as in dataclasses)."""

    class _Missing:
        def __repr__(self) -> str:
            return "MISSING"

    MISSING = _Missing()
    _HAS_DEFAULT_FACTORY = type("_HAS_DEFAULT_FACTORY_CLASS", (), {"__repr__": lambda self: "<factory>"})()
    _FIELDS = "__record_fields__"

    class Field:
        """One field of a record: its name, default or factory, and where it takes part."""

        __slots__ = ("name", "default", "default_factory", "init", "repr", "compare")

        def __init__(self, default: Any, default_factory: Any, init: bool, repr: bool, compare: bool) -> None:
            self.name = ""
            self.default, self.default_factory = default, default_factory
            self.init, self.repr, self.compare = init, repr, compare

    def field(*, default: Any = MISSING, default_factory: Any = MISSING, init: bool = True,
              repr: bool = True, compare: bool = True) -> Any:
        """As dataclasses.field, for the options this package uses."""
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        return Field(default, default_factory, init, repr, compare)

    def dataclass(cls: Any = None, /, *, frozen: bool = False, eq: bool = True, repr: bool = True) -> Any:
        """As dataclasses.dataclass with ``init``, ``eq``, ``repr`` and ``frozen``."""
        def wrap(cls: Any) -> Any:
            return _process(cls, frozen, eq, repr)

        return wrap if cls is None else wrap(cls)

    def replace(obj: Any, /, **changes: Any) -> Any:
        """As dataclasses.replace: a copy of ``obj`` with ``changes``, through its ``__init__``."""
        for item in getattr(obj, _FIELDS).values():
            if not item.init:
                if item.name in changes:
                    raise ValueError(f"field {item.name} is declared with init=False, it cannot be specified with replace()")
                continue
            if item.name not in changes:
                changes[item.name] = getattr(obj, item.name)
        return obj.__class__(**changes)

    def _is_class_var(annotation: Any) -> bool:
        if isinstance(annotation, str):
            return annotation.startswith(("ClassVar", "typing.ClassVar"))
        typing = sys.modules.get("typing")
        return typing is not None and (annotation is typing.ClassVar or getattr(annotation, "__origin__", None) is typing.ClassVar)

    def _process(cls: Any, frozen: bool, eq: bool, want_repr: bool) -> Any:
        fields: dict[str, Field] = {}
        for base in cls.__mro__[-1:0:-1]:
            fields.update(getattr(base, _FIELDS, {}))
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if _is_class_var(annotation):
                continue
            default = cls.__dict__.get(name, MISSING)
            item = default if isinstance(default, Field) else Field(default, MISSING, True, True, True)
            item.name = name
            fields[name] = item
            if isinstance(default, Field):  # the class attribute is the plain default, or none
                if item.default is MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, item.default)
        setattr(cls, _FIELDS, fields)
        cls.__dataclass_fields__ = _StandardFields()
        values: dict[str, Any] = {"__dataclass_builtins_object__": object, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                                  "__dataclass_self__": cls, "FrozenInstanceError": FrozenInstanceError}
        parts = [_init(fields, frozen, values)]
        names = ["__init__"]
        if want_repr:
            shown = [f"{f.name}={{self.{f.name}!r}}" for f in fields.values() if f.repr]
            parts.append(f"  def __repr__(self):\n   return self.__class__.__qualname__ + f\"({', '.join(shown)})\"\n")
            names.append("__repr__")
        compared = "".join(f"self.{f.name}," for f in fields.values() if f.compare)
        if eq:
            other = compared.replace("self.", "other.")
            parts.append(f"  def __eq__(self, other):\n   if other.__class__ is self.__class__:\n"
                         f"    return ({compared})==({other})\n   return NotImplemented\n")
            names.append("__eq__")
        class_hash = cls.__dict__.get("__hash__", MISSING)
        explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
        if eq and frozen and not explicit_hash:
            parts.append(f"  def __hash__(self):\n   return hash(({compared}))\n")
            names.append("__hash__")
        if frozen:
            in_fields = "(" + "".join(f"{name!r}," for name in fields) + ")"
            for method, args, verb in (("__setattr__", "self, name, value", "assign to"), ("__delattr__", "self, name", "delete")):
                parts.append(f"  def {method}({args}):\n   if type(self) is __dataclass_self__ or name in {in_fields}:\n"
                             f"    raise FrozenInstanceError(f\"cannot {verb} field {{name!r}}\")\n"
                             f"   super(__dataclass_self__, self).{method}({args.replace('self, ', '')})\n")
                names.append(method)
        arguments = ", ".join(values)
        source = f"def __create_fn__({arguments}):\n" + "".join(parts) + f"  return ({', '.join(names)},)\n"
        namespace: dict[str, Any] = {}
        made[f"{cls.__module__}.{cls.__qualname__}"] = source
        exec(_code(source), {}, namespace)
        for name, function in zip(names, namespace["__create_fn__"](*values.values())):
            if name == "__hash__" or name not in cls.__dict__ or name in ("__setattr__", "__delattr__"):
                if name in ("__setattr__", "__delattr__") and name in cls.__dict__:
                    raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
                function.__qualname__ = f"{cls.__qualname__}.{function.__name__}"
                if name == "__repr__":
                    function = _recursive_repr(function)
                setattr(cls, name, function)
        if eq and not frozen and not explicit_hash:
            cls.__hash__ = None
        if "__match_args__" not in cls.__dict__:
            cls.__match_args__ = tuple(f.name for f in fields.values() if f.init)
        if cls.__doc__ is None:
            cls.__doc__ = f"{cls.__name__}({', '.join(fields)})"
        return cls

    class _StandardFields:
        """``__dataclass_fields__``, made from the record's fields on first use (the standard module
        is imported only then), so that embedders' ``dataclasses.is_dataclass``, ``fields``,
        ``asdict``, ``astuple`` and ``replace`` work on records as on dataclasses."""

        def __get__(self, instance: Any, owner: Any) -> dict[str, Any]:
            made = owner.__dict__.get("__record_standard_fields__")
            if made is None:
                made = _standard_fields(owner)
                type.__setattr__(owner, "__record_standard_fields__", made)
            return dict(made)

    def _standard_fields(cls: Any) -> dict[str, Any]:
        import dataclasses

        annotations: dict[str, Any] = {}
        for base in reversed(cls.__mro__):
            annotations.update(base.__dict__.get("__annotations__", {}))
        made = {}
        for name, item in getattr(cls, _FIELDS).items():
            standard = dataclasses.field(
                default=dataclasses.MISSING if item.default is MISSING else item.default,
                default_factory=dataclasses.MISSING if item.default_factory is MISSING else item.default_factory,
                init=item.init, repr=item.repr, compare=item.compare)
            standard.name, standard.type = name, annotations.get(name, Any)
            standard.kw_only = False  # type: ignore[attr-defined]  # a bool, as dataclasses sets it (3.10+)
            standard._field_type = dataclasses._FIELD  # type: ignore[attr-defined]  # what fields() selects
            made[name] = standard
        return made

    def _init(fields: dict[str, Field], frozen: bool, values: dict[str, Any]) -> str:
        """The source of ``__init__``, as dataclasses writes it."""
        parameters, body = ["self"], []
        for item in fields.values():
            if item.default_factory is not MISSING:
                values[f"_dflt_{item.name}"] = item.default_factory
                value = (f"_dflt_{item.name}() if {item.name} is _HAS_DEFAULT_FACTORY else {item.name}"
                         if item.init else f"_dflt_{item.name}()")
            else:
                value = item.name
            if item.init:
                if item.default_factory is not MISSING:
                    parameters.append(f"{item.name}=_HAS_DEFAULT_FACTORY")
                elif item.default is not MISSING:
                    values[f"_dflt_{item.name}"] = item.default
                    parameters.append(f"{item.name}=_dflt_{item.name}")
                else:
                    parameters.append(item.name)
            elif item.default_factory is MISSING:
                if item.default is MISSING:
                    continue
                values[f"_dflt_{item.name}"] = item.default
                value = f"_dflt_{item.name}"
            if frozen:
                body.append(f"   __dataclass_builtins_object__.__setattr__(self,{item.name!r},{value})\n")
            else:
                body.append(f"   self.{item.name}={value}\n")
        return f"  def __init__({', '.join(parameters)}):\n" + ("".join(body) or "   pass\n")

    def _recursive_repr(function: Any) -> Any:
        """A repr that shows ``...`` for a record inside itself (as dataclasses' does)."""
        running: set[tuple[int, int]] = set()
        from _thread import get_ident

        def wrapper(self: Any) -> str:
            key = id(self), get_ident()
            if key in running:
                return "..."
            running.add(key)
            try:
                return str(function(self))
            finally:
                running.discard(key)

        wrapper.__qualname__ = function.__qualname__
        wrapper.__name__ = function.__name__
        wrapper.__doc__ = function.__doc__
        wrapper.__wrapped__ = function
        return wrapper

    def _code(source: str) -> Any:
        """The compiled code of ``source``: from records.marshal when it is there, else compiled."""
        global _code_cache
        if _code_cache is None:
            import marshal

            try:
                with open(CACHE_FILE, "rb") as file:
                    data = file.read()
                _code_cache = marshal.loads(data[len(TAG):]) if data.startswith(TAG) else {}
            except (OSError, ValueError, EOFError, TypeError):
                _code_cache = {}
        code = _code_cache.get(source) if type(_code_cache) is dict else None
        if code is None:
            code = compile(source, "<records>", "exec")
        compiled[source] = code
        return code


def release() -> None:
    """For a server once it has loaded (bot.server.settle): drop records.marshal's code and the
    sources kept for bot.records_build and the tests (``compiled``, ``made``): ~0.1 MiB that no
    reply reads. Every record class of the package is made at import; one made later reads the
    file again (a class is made the same either way)."""
    global _code_cache
    _code_cache = None
    compiled.clear()
    made.clear()
