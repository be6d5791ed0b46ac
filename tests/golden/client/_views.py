"""Typed views over lxml elements: the machinery behind every class in `golden_sdk.types`.

A view holds one element and nothing else. Its attributes are descriptors that read or write the element when
accessed, so parsing costs what lxml costs, nothing is converted until it is read, and whatever the schema does
not know (extra elements, attributes, comments) stays in the element and is written back unchanged.
"""

from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import itertools
import threading
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


class _Documents(threading.local):
    """Per thread, the document that elements made by constructors start in. lxml gives every `etree.Element`
    a document of its own, which costs more than the element; an element made here and dropped is freed as any
    other, and one put into another tree moves there."""

    def __init__(self) -> None:
        self.make = etree.Element("_").makeelement


_DOCUMENTS = _Documents()
# The generated classes' module.
_TYPES = __name__.rpartition(".")[0] + ".types"
# What the generated constructors write with: `SubElement(parent, tag)` appends a new element to `parent`;
# `arguments()` is `locals()`, which an argument may be named after, for the constructor's arguments by name.
SubElement = etree.SubElement
arguments = locals


def new_element(tag: str) -> etree._Element:
    """A new element with no parent, as `etree.Element(tag)` makes, but in this thread's document."""
    return _DOCUMENTS.make(tag)


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
    # The keyword arguments of the nearest generated constructor, in order; whether the class is a subclass of
    # the user's that gives one of them another meaning (a property, say): then the constructor sets each given
    # argument as an attribute (`set_each`) instead of writing the element itself.
    _arguments: ClassVar[tuple[str, ...]] = ()
    _through_setters: ClassVar[bool] = False

    def __init__(self) -> None:
        self._element = new_element(self._tag)

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
        # A subclass of the user's goes through setters when one of its classes defines an argument's name.
        if cls.__module__ != _TYPES:
            users = [k for k in cls.__mro__ if k.__module__ not in (_TYPES, __name__)]
            cls._through_setters = any(name in vars(k) for k in users for name in cls._arguments)
        elif "__init__" in vars(cls):
            code = vars(cls)["__init__"].__code__
            cls._arguments = code.co_varnames[
                code.co_argcount : code.co_argcount + code.co_kwonlyargcount
            ]

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


def set_each(view: View, values: dict[str, Any]) -> None:
    """The constructor of a class with `_through_setters`: a new element, then each argument in `values` (the
    constructor's, by name) that is not None set as an attribute, in the constructor's order."""
    view._element = new_element(view._tag)
    for name in type(view)._arguments:
        if values[name] is not None:
            setattr(view, name, values[name])


def add_children(element: etree._Element, tag: str, views: Iterable[View]) -> None:
    """A constructor's: each view's element appended to `element` as a child named `tag` (see `adopt`)."""
    append = element.append
    for view in list(views):
        append(adopt(view, tag))


def add_values(element: etree._Element, tag: str, codec: Codec[T], values: Iterable[T]) -> None:
    """A constructor's: an element named `tag` holding each value appended to `element`."""
    for value in list(values):
        SubElement(element, tag).text = codec.format(value)


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


def adopt(view: View, tag: str) -> etree._Element:
    """The element of a view about to become a child named `tag`: copied if it already has a parent."""
    element = view._element
    if element.getparent() is not None:
        element = _copy(element)
        view._element = element
    if element.tag != tag:  # as it mostly is already; renaming costs more than comparing
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
            child = view._element.makeelement(self.tag)
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
        new = adopt(value, self.tag)
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
    """The repeated child elements of one name, as a live list: edits go straight to the element.

    No operation walks the children more than once, and `append`, `pop()`, `[0]` and `[-1]` take a few steps
    however long the list is, so building or emptying a list of any length takes linear time."""

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

    def _at(self, index: int) -> etree._Element:
        """The item at `index`, walked to from the end a negative index counts from."""
        children = self._owner._element.iterchildren
        if index < 0:
            found = next(
                itertools.islice(children(self._tag, reversed=True), -index - 1, None), None
            )
        else:
            found = next(itertools.islice(children(self._tag), index, None), None)
        if found is None:
            raise IndexError("list index out of range")
        return found

    def __iter__(self) -> Iterator[T]:
        for element in self._owner._element.iterchildren(self._tag):
            yield self._read(element)

    def __reversed__(self) -> Iterator[T]:
        for element in self._owner._element.iterchildren(self._tag, reversed=True):
            yield self._read(element)

    def __len__(self) -> int:
        return len(self._items())

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._read(e) for e in self._items()[index]]
        return self._read(self._at(index))

    @overload
    def __setitem__(self, index: int, value: T) -> None: ...
    @overload
    def __setitem__(self, index: slice, value: Iterable[T]) -> None: ...
    def __setitem__(self, index: int | slice, value: T | Iterable[T]) -> None:
        if not isinstance(index, slice):
            old = self._at(index)
            old.addnext(self._make(value))  # type: ignore[arg-type]
            self._owner._element.remove(old)
            return
        if index.step not in (None, 1):
            raise ValueError("extended slice assignment is not supported")
        new = list(value)  # type: ignore[arg-type]
        items = self._items()
        start, stop, _ = index.indices(len(items))
        for old in items[start:stop]:  # first, so that the new items can be the old ones moved
            self._owner._element.remove(old)
        kept = items[:start] + items[max(start, stop) :]
        if start < len(kept):  # before the item after the slice
            for item in new:
                kept[start].addprevious(self._make(item))
        else:
            self._append(new, kept[-1] if kept else None)

    def _append(self, values: list[T], last: etree._Element | None) -> None:
        """Each value in turn after `last`, the list's last item (None: where the schema puts the first)."""
        for value in values:
            element = self._make(value)  # one by one: a value given twice is copied the second time
            if last is None:
                _insert(self._owner, element)
            else:
                last.addnext(element)
            last = element

    @overload
    def __delitem__(self, index: int) -> None: ...
    @overload
    def __delitem__(self, index: slice) -> None: ...
    def __delitem__(self, index: int | slice) -> None:
        for old in self._items()[index] if isinstance(index, slice) else [self._at(index)]:
            self._owner._element.remove(old)

    def insert(self, index: int, value: T) -> None:
        if index < 0:  # counted from the end, as a list counts it
            index = max(len(self) + index, 0)
        following = next(
            itertools.islice(self._owner._element.iterchildren(self._tag), index, None), None
        )
        if following is not None:
            following.addprevious(self._make(value))
        else:
            self._append([value], self._last())

    def _last(self) -> etree._Element | None:
        return next(self._owner._element.iterchildren(self._tag, reversed=True), None)

    def append(self, value: T) -> None:
        self._append([value], self._last())

    def extend(self, values: Iterable[T]) -> None:
        new = list(values)  # before any change: `values` may be this list
        self._append(new, self._last())

    def pop(self, index: int = -1) -> T:
        element = self._at(index)
        value = self._read(element)
        self._owner._element.remove(element)
        return value

    def clear(self) -> None:
        del self[:]

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        if start < 0 or (stop is not None and stop < 0):  # from the end, as a list counts them
            size = len(self)
            start = max(size + start, 0) if start < 0 else start
            stop = max(size + stop, 0) if stop is not None and stop < 0 else stop
        for position, item in itertools.islice(enumerate(self), start, stop):
            if item is value or item == value:
                return position
        raise ValueError(f"{value!r} is not in list")

    def reverse(self) -> None:
        """The items change places; the text between them stays where it was."""
        items = self._items()
        for left, right in zip(items[: len(items) // 2], reversed(items)):
            marker = left.makeelement("_")
            left.addprevious(marker)
            right.addprevious(left)
            marker.addprevious(right)
            self._owner._element.remove(marker)
            left.tail, right.tail = right.tail, left.tail

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
        return adopt(value, self._tag)


class ValueList(LiveList[T]):
    """Repeated text children as values: `usages.usage`."""

    __slots__ = ("_codec",)

    def __init__(self, owner: View, tag: str, codec: Codec[T]) -> None:
        super().__init__(owner, tag)
        self._codec = codec

    def _read(self, element: etree._Element) -> T:
        return self._codec.read(element.text or "", f"{self._owner._tag}/{self._tag}")

    def _make(self, value: T) -> etree._Element:
        element = self._owner._element.makeelement(self._tag)
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
