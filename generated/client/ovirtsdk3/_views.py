"""Typed views over lxml elements: the machinery behind every class in `ovirtsdk3.types`.

A view holds one element and nothing else. Its attributes are descriptors that read or write the element when
accessed, so parsing costs what lxml costs, nothing is converted until it is read, and whatever the schema does
not know (extra elements, attributes, comments) stays in the element and is written back unchanged.
"""

from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import itertools
from collections.abc import Callable, Iterable, Iterator, MutableSequence
from typing import Any, ClassVar, Generic, Self, TypeVar, overload

from lxml import etree

T = TypeVar("T")
V = TypeVar("V", bound="View")

# Secure by default: no entity expansion, no network access, no DTD loading.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


class Codec(Generic[T]):
    """How one XSD simple type reads from and writes to element text."""

    __slots__ = ("name", "parse", "format")

    def __init__(self, name: str, parse: Callable[[str], T], format: Callable[[T], str]) -> None:
        self.name = name
        self.parse = parse
        self.format = format

    def read(self, text: str, where: str) -> T:
        try:
            return self.parse(text)
        except ValueError:
            raise ValueError(f"{where}: {text!r} is not a valid {self.name}") from None


def _boolean(text: str) -> bool:
    value = text.strip().lower()
    if value in ("true", "1"):
        return True
    if value in ("false", "0"):
        return False
    raise ValueError(text)


def _datetime(text: str) -> _dt.datetime:
    return _dt.datetime.fromisoformat(text.strip())


def _date(text: str) -> _dt.date:
    return _dt.date.fromisoformat(text.strip()[:10])


STRING: Codec[str] = Codec("string", str, str)
INTEGER: Codec[int] = Codec("integer", int, str)
BOOLEAN: Codec[bool] = Codec("boolean", _boolean, lambda v: "true" if v else "false")
FLOAT: Codec[float] = Codec("float", float, repr)
DECIMAL: Codec[_decimal.Decimal] = Codec(
    "decimal", lambda t: _decimal.Decimal(t.strip()), lambda v: format(v, "f")
)
DATETIME: Codec[_dt.datetime] = Codec("dateTime", _datetime, lambda v: v.isoformat())
DATE: Codec[_dt.date] = Codec("date", _date, lambda v: v.isoformat())


# Names some type declares as attributes and names some type declares as elements: JSON does not tell them
# apart, so for an element no type describes, a name that is only ever an attribute is read back as one.
ATTRIBUTE_NAMES: set[str] = set()
ELEMENT_NAMES: set[str] = set()


class View:
    """A typed view of one element. Generated subclasses set `_tag` and declare descriptors."""

    __slots__ = ("_element",)
    _element: etree._Element
    _tag: ClassVar[str] = "object"
    # Filled in per class from its descriptors (base classes first): tag -> position, for ordered inserts;
    # attribute names; fields by XML name, for the JSON mapping.
    _order: ClassVar[dict[str, int]] = {}
    _attributes: ClassVar[dict[str, Attr[Any]]] = {}
    _fields: ClassVar[dict[str, Field]] = {}
    _text: ClassVar[bool] = False  # whether the element has simple content (`Text`)

    def __init__(self) -> None:
        self._element = etree.Element(self._tag)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        attributes: dict[str, Attr[Any]] = {}
        fields: dict[str, Field] = {}
        text = False
        for klass in reversed(cls.__mro__):
            for value in vars(klass).values():
                if isinstance(value, Attr):
                    attributes[value.name] = value
                elif isinstance(value, Field):
                    fields.setdefault(value.tag, value)
                text = text or isinstance(value, Text)
        cls._text = text
        cls._attributes = attributes
        ATTRIBUTE_NAMES.update(attributes)
        ELEMENT_NAMES.update(fields)
        cls._fields = fields
        cls._order = {tag: index for index, tag in enumerate(fields)}

    def __repr__(self) -> str:
        ident = self._element.get("id")
        name = self._element.findtext("name")
        details = "".join(
            f" {k}={v!r}" for k, v in (("id", ident), ("name", name)) if v is not None
        )
        return f"<{type(self).__name__}{details}>"

    def __eq__(self, other: object) -> bool:
        """Views are equal when their elements hold the same data (as the v3 SDK compares its objects by value):
        the same names, attributes in any order, text, and children in order; indentation and comments do not
        count."""
        if not isinstance(other, View):
            return NotImplemented
        pairs = itertools.zip_longest(_data(self._element), _data(other._element))
        return all(mine == theirs for mine, theirs in pairs)

    __hash__ = None  # type: ignore[assignment]  # views are mutable


def _data(element: etree._Element) -> Iterator[tuple[object, ...]]:
    """What `==` compares, element by element in document order (with each one's number of children, this
    fixes the tree's shape)."""
    for node in element.iter(etree.Element):
        children = sum(1 for _ in node.iterchildren(etree.Element))
        tail = _text(node.tail) if node is not element else ""
        yield node.tag, dict(node.attrib), _text(node.text), tail, children


def _text(text: str | None) -> str:
    return text if text and not text.isspace() else ""


def wrap(cls: type[V], element: etree._Element) -> V:
    """A view of an existing element (no copy): what reading uses."""
    view = cls.__new__(cls)
    view._element = element
    return view


def element_of(view: View) -> etree._Element:
    """The lxml element behind a view, for anything the typed attributes do not cover."""
    return view._element


def assign(view: View, arguments: dict[str, Any]) -> None:
    """Constructor helper: `arguments` is the constructor's `locals()`, whose keyword arguments are named as
    the attributes they set; None means absent."""
    for name, value in arguments.items():
        if value is not None and name != "self":
            setattr(view, name, value)


def _insert(view: View, child: etree._Element) -> None:
    """Insert `child` where the schema's sequence puts it; unknown siblings keep their place."""
    order = type(view)._order
    position = order.get(str(child.tag), len(order))
    for sibling in view._element.iterchildren():
        rank = order.get(str(sibling.tag))
        if rank is not None and rank > position:
            sibling.addprevious(child)
            return
    view._element.append(child)


def _adopt(view: View, tag: str) -> etree._Element:
    """The element of a view about to become a child named `tag`: copied if it already has a parent."""
    element = view._element
    if element.getparent() is not None:
        element = _copy(element)
        view._element = element
    element.tag = tag
    return element


def _copy(element: etree._Element) -> etree._Element:
    return etree.fromstring(etree.tostring(element), PARSER)


class Attr(Generic[T]):
    """An XML attribute: `vm.id`."""

    __slots__ = ("name", "codec")

    def __init__(self, name: str, codec: Codec[T]) -> None:
        self.name = name
        self.codec = codec

    @overload
    def __get__(self, view: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, view: View, owner: type[Any]) -> T | None: ...
    def __get__(self, view: View | None, owner: type[Any]) -> Self | T | None:
        if view is None:
            return self
        text = view._element.get(self.name)
        if text is None or self.codec is STRING:
            return text  # type: ignore[return-value]
        return self.codec.read(text, f"{view._tag}@{self.name}")

    def __set__(self, view: View, value: T | None) -> None:
        if value is None:
            view._element.attrib.pop(self.name, None)
        else:
            view._element.set(self.name, self.codec.format(value))


class Field:
    """Base of the descriptors bound to child elements (the unit of schema order)."""

    __slots__ = ("tag",)
    repeated: ClassVar[bool] = False

    def __init__(self, tag: str) -> None:
        self.tag = tag

    def view_class(self) -> type[View] | None:
        """The view class of a complex child, None for text."""
        return None


class Value(Field, Generic[T]):
    """A child element holding text: `vm.memory`."""

    __slots__ = ("codec",)

    def __init__(self, tag: str, codec: Codec[T]) -> None:
        super().__init__(tag)
        self.codec = codec

    @overload
    def __get__(self, view: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, view: View, owner: type[Any]) -> T | None: ...
    def __get__(self, view: View | None, owner: type[Any]) -> Self | T | None:
        if view is None:
            return self
        text = view._element.findtext(self.tag)
        if text is None or self.codec is STRING:
            return text  # type: ignore[return-value]
        return self.codec.read(text, f"{view._tag}/{self.tag}")

    def __set__(self, view: View, value: T | None) -> None:
        child = view._element.find(self.tag)
        if value is None:
            if child is not None:
                view._element.remove(child)
            return
        if child is None:
            child = etree.Element(self.tag)
            _insert(view, child)
        child.text = self.codec.format(value)


class Child(Field, Generic[V]):
    """A child element of a complex type: `vm.status`. The class is looked up late (types refer in cycles)."""

    __slots__ = ("_cls",)

    def __init__(self, tag: str, cls: Callable[[], type[V]]) -> None:
        super().__init__(tag)
        self._cls = cls

    def view_class(self) -> type[V]:
        return self._cls()

    @overload
    def __get__(self, view: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, view: View, owner: type[Any]) -> V | None: ...
    def __get__(self, view: View | None, owner: type[Any]) -> Self | V | None:
        if view is None:
            return self
        child = view._element.find(self.tag)
        return None if child is None else wrap(self._cls(), child)

    def __set__(self, view: View, value: V | None) -> None:
        old = view._element.find(self.tag)
        if value is None:
            if old is not None:
                view._element.remove(old)
            return
        new = _adopt(value, self.tag)
        if old is not None:
            old.addnext(new)
            view._element.remove(old)
        else:
            _insert(view, new)


class Text(Generic[T]):
    """The text of an element with simple content: `<value unit="MB">128</value>`."""

    __slots__ = ("codec",)

    def __init__(self, codec: Codec[T]) -> None:
        self.codec = codec

    @overload
    def __get__(self, view: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, view: View, owner: type[Any]) -> T | None: ...
    def __get__(self, view: View | None, owner: type[Any]) -> Self | T | None:
        if view is None:
            return self
        text = view._element.text
        if text is None or self.codec is STRING:
            return text  # type: ignore[return-value]
        return self.codec.read(text, f"{view._tag}/text()")

    def __set__(self, view: View, value: T | None) -> None:
        view._element.text = None if value is None else self.codec.format(value)


class LiveList(MutableSequence[T]):
    """The repeated child elements of one name, as a live list: edits go straight to the element."""

    __slots__ = ("_owner", "_tag")

    def __init__(self, owner: View, tag: str) -> None:
        self._owner = owner
        self._tag = tag

    def _read(self, element: etree._Element) -> T:
        raise NotImplementedError

    def _make(self, value: T) -> etree._Element:
        raise NotImplementedError

    def _items(self) -> list[etree._Element]:
        return list(self._owner._element.iterchildren(self._tag))

    def __iter__(self) -> Iterator[T]:
        for element in self._owner._element.iterchildren(self._tag):
            yield self._read(element)

    def __len__(self) -> int:
        return len(self._items())

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        items = self._items()
        if isinstance(index, slice):
            return [self._read(e) for e in items[index]]
        return self._read(items[index])

    @overload
    def __setitem__(self, index: int, value: T) -> None: ...
    @overload
    def __setitem__(self, index: slice, value: Iterable[T]) -> None: ...
    def __setitem__(self, index: int | slice, value: T | Iterable[T]) -> None:
        items = self._items()
        if isinstance(index, slice):
            if index.step not in (None, 1):
                raise ValueError("extended slice assignment is not supported")
            new = list(value)  # type: ignore[arg-type]
            start = range(len(items))[index].start if items else 0
            del self[index]
            for offset, item in enumerate(new):
                self.insert(start + offset, item)
            return
        old = items[index]
        old.addnext(self._make(value))  # type: ignore[arg-type]
        self._owner._element.remove(old)

    @overload
    def __delitem__(self, index: int) -> None: ...
    @overload
    def __delitem__(self, index: slice) -> None: ...
    def __delitem__(self, index: int | slice) -> None:
        items = self._items()
        for old in items[index] if isinstance(index, slice) else [items[index]]:
            self._owner._element.remove(old)

    def insert(self, index: int, value: T) -> None:
        items = self._items()
        new = self._make(value)
        if index < len(items):
            items[index].addprevious(new)
        elif items:
            items[-1].addnext(new)
        else:
            _insert(self._owner, new)

    def __repr__(self) -> str:
        return repr(list(self))


class ViewList(LiveList[V]):
    """Repeated complex children as views: `vms.vm`."""

    __slots__ = ("_cls",)

    def __init__(self, owner: View, tag: str, cls: type[V]) -> None:
        super().__init__(owner, tag)
        self._cls = cls

    def _read(self, element: etree._Element) -> V:
        return wrap(self._cls, element)

    def _make(self, value: V) -> etree._Element:
        return _adopt(value, self._tag)


class ValueList(LiveList[T]):
    """Repeated text children as values: `usages.usage`."""

    __slots__ = ("_codec",)

    def __init__(self, owner: View, tag: str, codec: Codec[T]) -> None:
        super().__init__(owner, tag)
        self._codec = codec

    def _read(self, element: etree._Element) -> T:
        return self._codec.read(element.text or "", f"{self._owner._tag}/{self._tag}")

    def _make(self, value: T) -> etree._Element:
        element = etree.Element(self._tag)
        element.text = self._codec.format(value)
        return element


class Children(Field, Generic[V]):
    """A repeated complex child: reads as a live `ViewList`, assigning replaces every item."""

    __slots__ = ("_cls",)
    repeated = True

    def __init__(self, tag: str, cls: Callable[[], type[V]]) -> None:
        super().__init__(tag)
        self._cls = cls

    def view_class(self) -> type[V]:
        return self._cls()

    @overload
    def __get__(self, view: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, view: View, owner: type[Any]) -> ViewList[V]: ...
    def __get__(self, view: View | None, owner: type[Any]) -> Self | ViewList[V]:
        if view is None:
            return self
        return ViewList(view, self.tag, self._cls())

    def __set__(self, view: View, value: Iterable[V]) -> None:
        items = ViewList(view, self.tag, self._cls())
        items[:] = list(value)


class Values(Field, Generic[T]):
    """A repeated text child: reads as a live `ValueList`, assigning replaces every item."""

    __slots__ = ("codec",)
    repeated = True

    def __init__(self, tag: str, codec: Codec[T]) -> None:
        super().__init__(tag)
        self.codec = codec

    @overload
    def __get__(self, view: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, view: View, owner: type[Any]) -> ValueList[T]: ...
    def __get__(self, view: View | None, owner: type[Any]) -> Self | ValueList[T]:
        if view is None:
            return self
        return ValueList(view, self.tag, self.codec)

    def __set__(self, view: View, value: Iterable[T]) -> None:
        items = ValueList(view, self.tag, self.codec)
        items[:] = list(value)
