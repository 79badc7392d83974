"""What the templates read of a module and a function: classes, fields, constants, signatures, records, strings."""

from __future__ import annotations

import builtins
import functools
import re
from itertools import islice
from dataclasses import dataclass
from typing import TYPE_CHECKING, Collection, Iterator, Sequence

import tree_sitter

from ... import languages
from ...positions import decode
from ...targets import FunctionTarget, walk
from .tree import (
    _CHANGING_METHODS, _COMPREHENSIONS, _NUMBER_TYPES, _ancestors, _first, _identifiers, _is_assignment_target,
    _is_attribute_name, _is_docstring, _is_docstring_statement, _is_negative_literal, _is_variable, _last_name,
    _name_of, _positional_arguments, _read_names, _statements,
)

if TYPE_CHECKING:
    from .function import _Function


# Calls a condition may make and still be evaluated once more without changing anything:
# reads, and values built from values (`timedelta(hours=h)`, `Decimal("0.5")`).
_PURE_CALLS = frozenset({"len", "isinstance", "abs", "min", "max", "sum", "any", "all", "bool", "int", "float", "str",
                         "startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper",
                         "strip", "lower", "upper", "get", "keys", "values", "items", "count",
                         "round", "hasattr", "tuple", "frozenset", "ord", "chr", "divmod",
                         "lstrip", "rstrip", "casefold", "isdecimal", "isnumeric",
                         "floor", "ceil", "sqrt", "isclose", "isnan", "isinf",
                         "timedelta", "date", "datetime", "Decimal", "Fraction",  # not `time`: `time.time()`
                         "weekday", "isoweekday", "total_seconds", "issubset", "issuperset", "isdisjoint"})


def _safe_to_evaluate(condition: tree_sitter.Node, readers: frozenset[str] = frozenset()) -> bool:
    """Evaluating it once more changes nothing: it calls only reads (`_PURE_CALLS`) and
    `readers`, the project's functions that only return a value (see _readers)."""
    for node in walk(condition):
        if node.type in ("named_expression", "await", "yield", "lambda", "generator_expression", "list_comprehension"):
            return False
        if node.type == "call":
            called = _last_name(node.child_by_field_name("function"))
            if called not in _PURE_CALLS and called not in readers:
                return False
    return True


def _readers(modules: Sequence[tree_sitter.Node]) -> frozenset[str]:
    """The names of the functions and methods of these modules that only compute a value
    from what they read (`def age(self, today): return (today - self.roasted).days`, or
    locals set, tested and returned), when every function of that name is one: calling
    one again changes nothing."""
    found: dict[str, bool] = {}
    for node in (n for module in modules for n in walk(module) if n.type == "function_definition"):
        body = node.child_by_field_name("body")
        statements = [s for s in body.named_children if s.type != "comment"] if body is not None else []
        if statements and _is_docstring_statement(statements[0]):
            statements = statements[1:]
        reads = any(s.type == "return_statement" for s in statements) and all(map(_only_reads, statements))
        name = _name_of(node)
        found[name] = found.get(name, True) and reads
    return frozenset(name for name, reads in found.items() if reads)


def _only_reads(statement: tree_sitter.Node) -> bool:
    """A `return`, an `if` or an assignment to local names that changes nothing but those
    names (`years -= 1`), every expression in it safe to evaluate again."""
    if statement.type == "expression_statement" and len(statement.named_children) == 1:
        statement = statement.named_children[0]
        targets = statement.child_by_field_name("left") if statement.type in ("assignment", "augmented_assignment") else None
        if targets is None or any(n.type not in ("identifier", "pattern_list", "tuple_pattern") for n in walk(targets)):
            return False
        right = statement.child_by_field_name("right")
        return right is not None and _safe_to_evaluate(right)
    if statement.type == "return_statement":
        return all(_safe_to_evaluate(value) for value in statement.named_children)
    if statement.type in ("if_statement", "elif_clause", "else_clause"):
        condition = statement.child_by_field_name("condition")
        blocks = [c for c in statement.named_children if c.type in ("block", "elif_clause", "else_clause")]
        return (condition is None or _safe_to_evaluate(condition)) and all(
            _only_reads(s) for block in blocks for s in (block.named_children if block.type == "block" else [block])
            if s.type != "comment"
        )
    return False


def _type_words(annotation: str) -> set[str]:
    words = set(re.findall(r"\w+", annotation)) - {"Optional", "None", "typing"}
    return {"number" if word in _NUMBER_TYPES else word for word in words}


def _assigned_names_before(f: _Function, loop: tree_sitter.Node) -> set[str]:
    """Names a plain assignment sets in the loop's own block before it."""
    block = loop.parent
    names: set[str] = set()
    for statement in block.named_children if block is not None else []:
        if statement.start_byte >= loop.start_byte:
            break
        assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        if assignment is not None and assignment.type == "assignment" and assignment.child_by_field_name("left").type in _NAME_TARGETS:
            names.update(_identifiers(assignment.child_by_field_name("left")))
    return names


# An assignment's target that is a name or names unpacked: `previous`, `previous_day, previous`.
_NAME_TARGETS = frozenset({"identifier", "pattern_list", "tuple_pattern"})


def _field_starts(module: tree_sitter.Node) -> dict[str, str]:
    """The fields an `__init__` sets to a number: {"self._next_seat": "1"}."""
    starts = {}
    for method in (n for n in walk(module) if n.type == "function_definition" and _name_of(n) == "__init__"):
        for node in walk(method):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if node.type == "assignment" and left.type == "attribute" and right is not None and right.type == "integer" \
                    and decode(left.child_by_field_name("object").text or b"") == "self":
                starts[decode(left.text or b"")] = decode(right.text or b"")
    return starts


def _name_of_raised(node: tree_sitter.Node) -> str:
    """`ValueError` of `raise ValueError(...)`, `raise ValueError` or `raise errors.ValueError()`."""
    raised = node.named_children[0] if node.named_children else None
    if raised is not None and raised.type == "call":
        raised = raised.child_by_field_name("function")
    return decode(raised.text or b"").rsplit(".", 1)[-1] if raised is not None else ""


def _module_names(module: tree_sitter.Node) -> set[str]:
    """Names the module binds at its top level: definitions, imports, assignments."""
    names: set[str] = set()
    for node in module.named_children:
        if node.type == "decorated_definition":
            node = node.child_by_field_name("definition") or node
        if node.type in ("function_definition", "class_definition"):
            names.add(_name_of(node))
        elif node.type in ("import_statement", "import_from_statement"):
            for imported in node.children_by_field_name("name"):
                bound = imported.child_by_field_name("alias") if imported.type == "aliased_import" else imported
                names.add(decode((bound or imported).text or b"").split(".")[0])
        elif node.type == "expression_statement" and node.named_children and node.named_children[0].type == "assignment":
            names.update(_identifiers(node.named_children[0].child_by_field_name("left")))
    return names


def _names_in(f: _Function, node: tree_sitter.Node) -> list[str]:
    """In-scope names the statement uses, parameters first, then in order of appearance."""
    used = [decode(n.text or b"") for n in walk(node) if _is_variable(n, f.names)]
    return list(dict.fromkeys([p for p in f.params if p in used] + used))


def _may_be_number(f: _Function, name: str) -> bool:
    """False for an object the function reads fields or keys of, a sized thing or a text
    (see _sized, _texts), and a field or a name declared with a type that is not a number
    (`status: str`, `day: date`, a parameter `sku: str`)."""
    if f.attributes.get(name, set()) - f.methods or name in f.sized or name in f.texts or name in f.records:
        return False
    if f.built.get(name, "number") != "number":
        return False
    annotation = _annotation_of(f, name)
    if annotation is not None and re.match(_CONTAINER_TYPE, annotation):  # `dict[str, float]` holds numbers, is none
        return False
    return annotation is None or bool(set(re.findall(r"\w+", annotation)) & _NUMBER_TYPES)


# The start of a type that holds keys, or items to test membership in; either, or what
# iterates (a name of such a type is no number, whatever it holds).
_MAPPING_TYPE = r"(typing\.)?(dict|Dict|Mapping|MutableMapping|defaultdict|Counter|OrderedDict)\b"
_COLLECTION_TYPE = r"(typing\.)?(set|frozenset|list|tuple|Set|FrozenSet|List|Tuple|Sequence|Collection|AbstractSet)\b"
_CONTAINER_TYPE = rf"{_MAPPING_TYPE}|{_COLLECTION_TYPE}|(typing\.)?(Iterable|Iterator)\b"


def _annotation_of(f: _Function, name: str) -> str | None:
    """The type a field's class or the function itself declares a name with."""
    return f.annotations.get(name.rsplit(".", 1)[-1]) if "." in name else f.declared.get(name)


def _constants_of(f: _Function) -> list[str]:
    """The function's own numbers and strings (not its docstring), and 0; then the module's
    named constants (those the function does not read first) and the numbers its docstring
    says (`at least 3 characters`, "leads by two"): a bug's missing bound is usually one
    the code or its prose already names."""
    found = [f.source_of(n) for n in f.nodes if n.type in ("integer", "float", "string") and not _is_docstring(n) and not _is_precision(f, n)]
    own = list(dict.fromkeys([c for c in found if "\n" not in c] + ["0"]))[:6]
    read = {decode(n.text or b"") for n in f.nodes if n.type == "identifier"}
    named = sorted(f.named_constants, key=lambda name: name in read)[:_MAX_NAMED_CONSTANTS]
    docstring = next((n for n in f.nodes if _is_docstring(n)), None)
    said = _said_numbers(decode(docstring.text or b"")) if docstring is not None else []
    return list(dict.fromkeys([*own, *named, *said[:_MAX_SAID_NUMBERS]]))


def _is_precision(f: _Function, node: tree_sitter.Node) -> bool:
    """The digits a number is rounded to (`round(fine, 2)`): a precision, not a quantity
    anything else is compared with."""
    arguments = node.parent
    if arguments is None or arguments.type != "argument_list" or arguments.parent is None:
        return False
    callee = arguments.parent.child_by_field_name("function")
    return callee is not None and f.source_of(callee) == "round" and arguments.named_children.index(node) == 1


def _said_numbers(prose: str) -> list[str]:
    """The numbers prose says, in digits or in words: "at least 3", "leads by two"."""
    words = re.findall(rf"(?<![\w.])(?:\d+(?:\.\d+)?|{'|'.join(_NUMBER_WORDS)})(?!\w|\.\d)", prose, re.IGNORECASE)
    return [_NUMBER_WORDS.get(word.lower(), word) for word in words]


def _said_limits(prose: str) -> dict[str, str]:
    """The comparison prose says a named number is: "picks at least BONUS_BUNCHES bunches"
    -> {"BONUS_BUNCHES": ">="}."""
    found = {}
    for phrase, name in re.findall(rf"\b({'|'.join(_LIMIT_PHRASES)}) ([A-Z][A-Z0-9_]*[A-Z0-9])\b", prose, re.IGNORECASE):
        if name.isupper():
            found.setdefault(name, _LIMIT_PHRASES[phrase.lower()])
    return found


_LIMIT_PHRASES = {"at least": ">=", "no fewer than": ">=", "no less than": ">=", "at most": "<=", "no more than": "<=",
                  "up to": "<=", "more than": ">", "over": ">", "above": ">", "less than": "<", "fewer than": "<",
                  "under": "<", "below": "<"}


def _said_ranges(f: _Function) -> list[tuple[str, str]]:
    """The ranges the docstring states: "3 to 16 letters", "between 1 and 5"."""
    docstring = next((n for n in f.nodes if _is_docstring(n)), None)
    text = decode(docstring.text or b"") if docstring is not None else ""
    found = re.findall(r"(?:\bfrom |\bbetween )?(\d+(?:\.\d+)?) (?:to|and|-) (\d+(?:\.\d+)?)\b", text)
    return [(low, high) for low, high in found if float(low) < float(high)][:2]


_MAX_NAMED_CONSTANTS = 3
# Numbers prose spells out: "leads by two".
_NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                 "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twice": "2", "dozen": "12"}
# An order from the top: "longest runs first", "most points first", "in decreasing order";
# not "earliest first" or "smallest first", nor "oldest first", which may go either way.
_DESCENDING = re.compile(
    r"\b(?:longest|largest|biggest|highest|heaviest|greatest|tallest|widest|most|latest|newest)\b[\w ]*\bfirst\b"
    r"|\b(?:decreasing|descending)\b",
    re.IGNORECASE,
)
# Prose that says a quantity counts twice.
_DOUBLED = re.compile(r"\b(?:twice|double[sd]?|there and back|both ways|round trip|either side|both sides)\b", re.IGNORECASE)
_MAX_SAID_NUMBERS = 2


def _module_constants(module: tree_sitter.Node) -> Iterator[tuple[str, tree_sitter.Node]]:
    """(name, value) of each module-level `NAME = value` whose name is in capitals."""
    for node in module.named_children:
        assignment = node.named_children[0] if node.type == "expression_statement" and node.named_children else None
        if assignment is None or assignment.type != "assignment":
            continue
        left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
        if left is not None and right is not None and left.type == "identifier" and re.fullmatch(r"[A-Z][A-Z0-9_]*", decode(left.text or b"")):
            yield decode(left.text or b""), right


def _named_constants(module: tree_sitter.Node) -> dict[str, bool]:
    """`MAX_ITEMS` for a module-level `MAX_ITEMS = 3` (a number or a string, or numbers and
    named numbers worked out: `PICK_UP = MAX_STROKES + 1`), and whether it is a string."""
    return {
        name: value.type == "string" for name, value in _module_constants(module)
        if value.type in ("integer", "float", "string") or _is_negative_literal(value) or _worked_out(value)
    }


def _worked_out(value: tree_sitter.Node) -> bool:
    """Arithmetic on numbers and names in capitals only: `MAX_STROKES + 1`, `24 * 60`."""
    if value.type == "parenthesized_expression":
        return all(_worked_out(c) for c in value.named_children)
    if value.type != "binary_operator":
        return False
    return all(
        side.type in ("integer", "float") or _worked_out(side)
        or (side.type == "identifier" and re.fullmatch(r"[A-Z][A-Z0-9_]*", decode(side.text or b"")) is not None)
        for side in (value.child_by_field_name("left"), value.child_by_field_name("right"))
    )


def _string_groups(module: tree_sitter.Node) -> dict[str, frozenset[str]]:
    """`LIVING` -> {'"active"', '"queenless"'} for a module-level `LIVING = ("active", "queenless")`."""
    groups = {name: _strings_in(value) for name, value in _module_constants(module) if value.type != "string"}
    return {name: frozenset(members) for name, members in groups.items() if len(members) > 1}


def _is_key(node: tree_sitter.Node) -> bool:
    """A string a record is read by: `row["status"]`, `row.get("status")`."""
    reads = [node.parent, node.parent.parent if node.parent is not None else None]
    return any(read is not None and (found := _record_read(read)) is not None and found[1] == node for read in reads)


def _record_read(node: tree_sitter.Node) -> tuple[str, tree_sitter.Node] | None:
    """(name, key) of `name["key"]` or `name.get("key", ...)`."""
    if node.type == "subscript" and (value := node.child_by_field_name("value")).type == "identifier":
        keys = node.children_by_field_name("subscript")
        if len(keys) == 1 and _strings_in(keys[0], single=True):
            return decode(value.text or b""), keys[0]
    if node.type == "call" and (function := node.child_by_field_name("function")).type == "attribute":
        owner, arguments = function.child_by_field_name("object"), node.child_by_field_name("arguments").named_children
        if owner.type == "identifier" and decode(function.child_by_field_name("attribute").text or b"") == "get":
            if arguments and _strings_in(arguments[0], single=True):
                return decode(owner.text or b""), arguments[0]
    return None


def _records(f: _Function) -> dict[str, list[str]]:
    """Names the function reads by string key, and those keys: `job["at"]` ->
    {"job": ['"at"']}; `row.get("status")` too."""
    found: dict[str, list[str]] = {}
    for node in f.nodes:
        if (read := _record_read(node)) is not None:
            keys = found.setdefault(read[0], [])
            if (key := f.source_of(read[1])) not in keys:
                keys.append(key)
    return found


@functools.lru_cache(maxsize=64)
def _dict_keys(text: str) -> tuple[str, ...]:
    """The plain string keys of a module's dict literals, `dict(key=...)` calls and
    subscripts (`job["paused"]`)."""
    tree = languages.new_parser("python").parse(text.encode("utf-8", "surrogatepass"))
    found = []
    for node in walk(tree.root_node):
        if node.type == "pair" and (key := node.child_by_field_name("key")) is not None and _strings_in(key, single=True):
            found.append(decode(key.text or b"")[1:-1])
        elif node.type == "call" and decode(node.child_by_field_name("function").text or b"") == "dict":
            arguments = node.child_by_field_name("arguments").named_children
            found += [decode(a.child_by_field_name("name").text or b"") for a in arguments if a.type == "keyword_argument"]
        elif node.type == "subscript" and len(keys := node.children_by_field_name("subscript")) == 1:
            found += [text[1:-1] for text in _strings_in(keys[0], single=True)]
    return tuple(key for key in dict.fromkeys(found) if key.isidentifier())


def _sized(f: _Function) -> list[str]:
    """Names the function uses as a sized thing: measured with `len`, searched with `in`,
    looped over, or given a method of a string or a list, in the order they first appear
    (a set's order changes from run to run, and so would the clauses built from them)."""
    found: dict[str, None] = {}
    for node in f.nodes:
        if node.type == "call" and f.source_of(node.child_by_field_name("function")) == "len":
            found.update(dict.fromkeys(f.source_of(a) for a in node.child_by_field_name("arguments").named_children))
        elif node.type == "comparison_operator" and len(node.named_children) == 2:
            if [c.type for c in node.children if not c.is_named] in (["in"], ["not", "in"]):
                found[f.source_of(node.named_children[1])] = None
        elif node.type in ("for_statement", "for_in_clause") and (over := node.child_by_field_name("right")) is not None:
            found[f.source_of(over)] = None
        elif node.type == "attribute" and f.source_of(node.child_by_field_name("attribute")) in _SEQUENCE_METHODS:
            if node.parent is not None and node.parent.type == "call":
                found[f.source_of(node.child_by_field_name("object"))] = None
    names = set(f.names)
    return [name for name in found if name in names]


def _split_names(f: _Function) -> set[str]:
    """Names unpacked from a split, which hold text: `name, qty = row.split(",")`."""
    return {
        name for n in f.nodes if n.type == "assignment" and (right := n.child_by_field_name("right")) is not None and right.type == "call"
        and _last_name(right.child_by_field_name("function")) in ("split", "rsplit", "partition", "rpartition")
        for name in _identifiers(n.child_by_field_name("left"))
    }


def _texts(f: _Function) -> set[str]:
    """Names holding text: given a method only a string has, or assigned the result of one
    that returns a string (`line = raw.strip()`, `status = row.get("s", "").lower() or DEFAULT`)."""
    found = set()
    for node in f.nodes:
        if node.type != "attribute" or f.source_of(node.child_by_field_name("attribute")) not in _STRING_METHODS:
            continue
        if node.parent is not None and node.parent.type == "call":
            found.add(f.source_of(node.child_by_field_name("object")))
            value = node.parent
            while value.parent is not None and value.parent.type in ("boolean_operator", "parenthesized_expression"):
                value = value.parent
            assignment = value.parent
            if assignment is not None and assignment.type == "assignment" and assignment.child_by_field_name("right") == value:
                found.add(f.source_of(assignment.child_by_field_name("left")))
    return found & set(f.names)


_STRING_METHODS = frozenset({
    "strip", "lstrip", "rstrip", "lower", "upper", "casefold", "title", "startswith", "endswith", "isalnum", "isalpha",
    "isdigit", "isspace", "partition", "rpartition", "replace", "removeprefix", "removesuffix",
})


def _prefixes(f: _Function) -> list[str]:
    """What a text may start with: the leading punctuation of what its docstring names
    (`-r, --index-url` -> "-", "--"), and the function's short strings."""
    strings = [f.source_of(n) for n in f.nodes if n.type == "string" and not _is_docstring(n) and _strings_in(n, single=True)]
    docstring = next((n for n in f.nodes if _is_docstring(n)), None)
    said = re.findall(r"(?<![\w])([^\w\s(),.'\"`]+)\w", decode(docstring.text or b"")) if docstring is not None else []
    quote = strings[0][-1] if strings else '"'
    found = [f"{quote}{p}{quote}" for p in said if quote not in p and "\\" not in p] + [s for s in strings if 2 < len(s) <= 5]
    return list(dict.fromkeys(found))[:_MAX_PREFIXES]


_MAX_PREFIXES = 4


# Methods a list or a string is given: the name is a sized thing.
_SEQUENCE_METHODS = frozenset({
    "append", "extend", "insert", "pop", "strip", "lstrip", "rstrip", "split", "lower", "upper", "startswith",
    "endswith", "isalnum", "isalpha", "isdigit", "replace", "count", "index",
})


def _collections(f: _Function) -> dict[str, str]:
    """What the function builds up from empty: its locals, and in a method the attributes
    of `self` the module starts empty (`self.items = []` in `__init__`): "list", "number",
    "dict" or "set"."""
    kinds = dict(f.empty_attributes) if f.params[:1] == ["self"] else {}
    for node in f.nodes:
        if node.type == "assignment" and node.child_by_field_name("left").type == "identifier":
            kind = _empty_kind(node)
            if kind is not None:
                kinds[f.source_of(node.child_by_field_name("left"))] = kind
    return kinds


def _called_into(nodes: list[tree_sitter.Node]) -> Iterator[tuple[str, str]]:
    """(name, the function called) for each `name = f(...)` or `name = obj.f(...)`."""
    for node in nodes:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if node.type != "assignment" or left is None or left.type != "identifier" or right is None or right.type != "call":
            continue
        called = right.child_by_field_name("function")
        if called.type == "attribute":
            called = called.child_by_field_name("attribute")
        if called.type == "identifier":
            yield decode(left.text or b""), decode(called.text or b"")


def _declared_types(nodes: list[tree_sitter.Node]) -> dict[str, str]:
    """Names the nodes declare a type for: `sku: str` among a function's parameters, `total: int = 0`."""
    declared = {}
    for node in nodes:
        kind = node.child_by_field_name("type")
        if node.type not in ("assignment", "typed_parameter", "typed_default_parameter") or kind is None:
            continue
        name = node.child_by_field_name("left") if node.type == "assignment" else node.named_children[0]
        if name is not None and name.type == "identifier":
            declared[decode(name.text or b"")] = decode(kind.text or b"")
    return declared


def _mappings(f: _Function) -> set[str]:
    """Names the function holds a dict in: made from a dict literal, comprehension or
    constructor, or declared as one (`counts: dict[str, int]`, a `Mapping` parameter)."""
    found = set()
    for node in [*f.node.child_by_field_name("parameters").named_children, *f.nodes]:
        if node.type not in ("assignment", "typed_parameter", "typed_default_parameter"):
            continue
        name = node.child_by_field_name("left") if node.type == "assignment" else node.named_children[0]
        kind, value = node.child_by_field_name("type"), node.child_by_field_name("right")
        declared = kind is not None and re.match(_MAPPING_TYPE, decode(kind.text or b""))
        made = value is not None and (
            value.type in ("dictionary", "dictionary_comprehension")
            or (value.type == "call" and f.source_of(value.child_by_field_name("function")) in _MAPPING_CALLS)
        )
        if name is not None and name.type == "identifier" and (declared or made):
            found.add(f.source_of(name))
    return found


_MAPPING_CALLS = frozenset({"dict", "defaultdict", "Counter", "OrderedDict", "collections.defaultdict", "collections.Counter"})

_EMPTY = {"[]": "list", "list()": "list", "deque()": "list", "0": "number", "0.0": "number",
          "{}": "dict", "dict()": "dict", "OrderedDict()": "dict", "Counter()": "dict", "set()": "set"}


def _is_collection(value: tree_sitter.Node | None) -> bool:
    """A list, set, dict or tuple: a literal, a comprehension or a call that builds one."""
    if value is None:
        return False
    if value.type == "call":
        return decode(value.child_by_field_name("function").text or b"") in ("set", "frozenset", "list", "tuple", "dict", "sorted")
    return value.type in ("list", "set", "dictionary", "tuple", *_COMPREHENSIONS)


def _sealed_per_key(module: tree_sitter.Node) -> list[tuple[str, str, str, str]]:
    """(table, key name, group name, statement) for each `for key, group in table.items():`
    of the module whose body hands the group on: `sealed.append((standard, [p.ref for p
    in parcel]))` in `for standard, parcel in open_parcels.items():`."""
    found = []
    for loop in (n for n in walk(module) if n.type == "for_statement"):
        names, over, body = (loop.child_by_field_name(field) for field in ("left", "right", "body"))
        if names is None or over is None or body is None or names.type not in ("pattern_list", "tuple_pattern"):
            continue
        table = over.child_by_field_name("function") if over.type == "call" else None
        if table is None or table.type != "attribute" or decode(table.child_by_field_name("attribute").text or b"") != "items":
            continue
        parts = [decode(n.text or b"") for n in names.named_children]
        if len(parts) != 2 or not all(part.isidentifier() for part in parts):
            continue
        for statement in (s for s in body.named_children if s.type == "expression_statement" and s.named_children):
            call = statement.named_children[0]
            callee = call.child_by_field_name("function") if call.type == "call" else None
            if callee is not None and callee.type == "attribute" and decode(callee.child_by_field_name("attribute").text or b"") in ("append", "add"):
                text = decode(statement.text or b"")
                if re.search(rf"\b{parts[1]}\b", decode(call.child_by_field_name("arguments").text or b"")):
                    found.append((decode(table.child_by_field_name("object").text or b""), parts[0], parts[1], text))
    return found


def _enclosing_function(module: tree_sitter.Node, target: FunctionTarget) -> tree_sitter.Node | None:
    """The innermost function the target is nested in, if any."""
    around = [
        n for n in walk(module)
        if n.type == "function_definition" and n.start_byte < target.start and target.end <= n.end_byte
    ]
    return around[-1] if around else None


def _started_empty(statements: list[tree_sitter.Node]) -> dict[str, str]:
    """Name -> empty start (`[]`) for each collection the statements set empty
    (`current = []`, `current: Vessel = []`)."""
    empties = {}
    for statement in statements:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        if assignment is not None and assignment.type == "assignment" and assignment.child_by_field_name("left").type == "identifier" \
                and _empty_kind(assignment) in ("list", "set", "dict"):
            empties[decode(assignment.child_by_field_name("left").text or b"")] = decode(assignment.child_by_field_name("right").text or b"")
    return empties


def _empty_kind(assignment: tree_sitter.Node) -> str | None:
    right = assignment.child_by_field_name("right")
    return _EMPTY.get(decode(right.text or b"")) if right is not None else None


def _unread_locals(f: _Function) -> list[str]:
    """Names the function assigns (`x = ...`, `name, lead = ...`) and never reads, but to
    change them (`price *= share`)."""
    assigned, read = [], set()
    for node in f.nodes:
        if node.type != "identifier":
            continue
        target = node
        while target.parent is not None and target.parent.type in ("pattern_list", "tuple_pattern", "list_pattern"):
            target = target.parent
        parent = target.parent
        if parent is not None and parent.type == "assignment" and parent.child_by_field_name("left") == target:
            assigned.append(decode(node.text or b""))
        elif parent is not None and parent.type == "augmented_assignment" and parent.child_by_field_name("left") == target:
            continue  # `price *= share` only changes what the function never reads
        elif not _is_attribute_name(node):
            read.add(decode(node.text or b""))
    return [name for name in dict.fromkeys(assigned) if name not in read and not name.startswith("_")]


def _numeric_names(f: _Function) -> set[str]:
    """Names the function uses as integers: beside an integer or a `len()` in arithmetic or
    a comparison, as a `range()` argument or an index, assigned one, or counted by a loop
    over `range()` or `enumerate()`. A name only passed along (a graph's node, say) is not
    shifted by one."""
    found: set[str] = set()

    def counts(node: tree_sitter.Node | None) -> bool:
        return node is not None and (node.type == "integer" or (node.type == "call" and f.source_of(node.child_by_field_name("function")) == "len"))

    for node in f.nodes:
        operands: list[tree_sitter.Node] = []
        if node.type in ("binary_operator", "comparison_operator", "augmented_assignment") and any(map(counts, node.named_children)):
            operands = node.named_children
        elif node.type == "call" and f.source_of(node.child_by_field_name("function")) == "range":
            operands = _positional_arguments(node)
        elif node.type == "subscript" and f.source_of(node.child_by_field_name("value")) not in f.mappings:
            operands = [c for c in node.children_by_field_name("subscript") if c.type != "slice"]
        elif node.type == "assignment" and counts(node.child_by_field_name("right")):
            operands = [node.child_by_field_name("left")]
        elif node.type in ("for_statement", "for_in_clause") and (loop := node.child_by_field_name("right")) is not None and loop.type == "call":
            over, target = f.source_of(loop.child_by_field_name("function")), node.child_by_field_name("left")
            if over == "range":
                operands = [target]
            elif over == "enumerate" and target is not None and target.type in ("pattern_list", "tuple_pattern"):
                operands = target.named_children[:1]  # `for index, item in enumerate(...)`
        found.update(decode(o.text or b"") for o in operands if o is not None and o.type == "identifier")
    return found & set(f.names)


@dataclass(frozen=True)
class _Parameter:
    name: str
    required: bool


def _signatures(module: tree_sitter.Node) -> dict[str, list[_Parameter]]:
    """The module's top-level functions and their plain parameters (not `*args`,
    `**kwargs` or keyword-only ones)."""
    found = {}
    for node in module.named_children:
        if node.type == "decorated_definition":
            node = node.child_by_field_name("definition") or node
        if node.type == "function_definition" and node.child_by_field_name("parameters") is not None:
            found[_name_of(node)] = _plain_parameters(node)
    return found


def _plain_parameters(function: tree_sitter.Node) -> list[_Parameter]:
    """A function's parameters up to `*`, `*args` or `**kwargs`."""
    plain = []
    for parameter in function.child_by_field_name("parameters").named_children:
        if parameter.type == "identifier":
            plain.append(_Parameter(decode(parameter.text or b""), True))
        elif parameter.type in ("typed_parameter", "default_parameter", "typed_default_parameter"):
            named = _first(parameter, lambda n: n.type == "identifier")
            if named is not None:
                plain.append(_Parameter(decode(named.text or b""), parameter.type == "typed_parameter"))
        else:
            break  # `*`, `*args`, `**kwargs`: what follows is not positional
    return plain


_FLAG_PREFIXES = ("is_", "has_", "can_", "should_")


def _flag_calls(f: _Function, module: tree_sitter.Node, target: FunctionTarget) -> list[str]:
    """Calls of the module's functions and, in a method, of its class's methods whose name
    asks a question (`is_paused`), on the in-scope names their parameters are named after."""
    found = [named[0] for name in f.signatures if name.startswith(_FLAG_PREFIXES) and (named := _named_call(f, name))]
    for node in walk(module):
        if node.type == "class_definition" and node.start_byte <= target.start < node.end_byte and f.params[:1] == ["self"]:
            for name, parameters in _signatures(node.child_by_field_name("body")).items():
                if name != target.name and name.startswith(_FLAG_PREFIXES) and all(p.name in f.names for p in parameters[1:] if p.required):
                    found.append(f"self.{name}({', '.join(p.name for p in parameters[1:] if p.name in f.names)})")
    return found


def _flag_fields(f: _Function, read_in_modules: frozenset[str], flagged: Collection[str]) -> tuple[list[str], list[str]]:
    """The bool fields of the parameters' classes that no code of the module or those it
    imports reads (`tour.climbs_tower`, set by the constructor and never tested: surely
    meant to be), or that the failing tests set (`flagged`, `cancelled=True`), as
    `owner.field`; and those of the former."""
    found, unread = [], []
    for owner in dict.fromkeys(f.params):
        for field in (field for field in f.fields_of(owner) if f.annotations.get(field) == "bool"):
            name = f"{owner}.{field}"
            if field not in read_in_modules:
                unread.append(name)
            if name in unread or field in flagged:
                found.append(name)
    return found, unread


def _named_call(f: _Function, function: str) -> tuple[str, list[str]] | None:
    """A call of a module function on the in-scope names its parameters are named after
    (`backoff(attempt, base, cap)`), with the names it takes; None when a required
    parameter has no such name."""
    arguments, names, skipped = [], [], False
    for parameter in f.signatures[function]:
        if parameter.name in f.names:
            arguments.append(f"{parameter.name}={parameter.name}" if skipped else parameter.name)
            names.append(parameter.name)
        elif parameter.required:
            return None
        else:
            skipped = True
    return f"{function}({', '.join(arguments)})", names


_MAX_INGREDIENTS = 12


def _ingredients(f: _Function, module: tree_sitter.Node, target: FunctionTarget) -> list[str]:
    """One-line method calls and updates written elsewhere in the module whose names are all in
    scope in the function, its own class's first: what another method does to the
    same object is what this one most likely forgot."""
    scope = {*f.names, *f.params, *vars(builtins)} | _module_names(module)
    own = {f.source_of(s) for s in _statements(f)}
    near, far = [], []
    for node in walk(module):
        if node.type != "expression_statement" or target.start <= node.start_byte < target.end:
            continue
        if node.start_point.row != node.end_point.row or not node.named_children:
            continue
        if not _changes_an_object(node.named_children[0]):
            continue
        text = decode(node.text or b"")
        names = _read_names(node)
        if text in own or not names <= scope:
            continue
        (near if _same_class(node, target) else far).extend((text, *_undone(node.named_children[0], text), *_pushed(f, text)))
    return list(dict.fromkeys(text for text in [*near, *far] if text not in own))[:_MAX_INGREDIENTS]


_UNDOING = {"-=": "+=", "+=": "-=", ".remove(": ".append(", ".discard(": ".add(", ".add(": ".discard("}


def _undone(statement: tree_sitter.Node, text: str) -> list[str]:
    """The update the other way: `remove` takes off `self.total -= item.price` what `add`
    forgot to put on."""
    if statement.type == "augmented_assignment":
        operator = decode(statement.child_by_field_name("operator").text or b"")
        return [text.replace(f" {operator} ", f" {_UNDOING[operator]} ", 1)] if operator in _UNDOING else []
    return [text.replace(old, new, 1) for old, new in _UNDOING.items() if old.startswith(".") and old in text][:1]


def _pushed(f: _Function, text: str) -> list[str]:
    """What another method takes off a queue or a stack, this one may have to put on, from
    its own parameters: `hits.popleft()` -> `hits.append(now)`."""
    popped = re.fullmatch(r"([\w.]+)\.(popleft|pop)\(\)", text)
    return [f"{popped.group(1)}.append({p})" for p in f.params if p not in ("self", "cls")] if popped else []


def _changes_an_object(statement: tree_sitter.Node) -> bool:
    """A method call (`self.items.append(x)`), or an update or assignment of an attribute
    or an item (`self.dirty = True`, `counts[k] += 1`), or of a name (`total += x`), but
    not a plain `x = ...`, which means something else in every function."""
    if statement.type == "call":
        function = statement.child_by_field_name("function")
        return function is not None and function.type == "attribute"
    if statement.type == "augmented_assignment":
        return True
    left = statement.child_by_field_name("left") if statement.type == "assignment" else None
    return left is not None and left.type in ("attribute", "subscript")


def _same_class(node: tree_sitter.Node, target: FunctionTarget) -> bool:
    for owner in _ancestors(node, None):
        if owner.type == "class_definition":
            return owner.start_byte <= target.start < owner.end_byte
    return False


@dataclass(frozen=True)
class _ModuleFacts:
    classes: list[tuple[frozenset[str], frozenset[str]]]  # each class's fields and methods
    annotations: dict[str, str]  # a field -> the type its class declares it with
    values: dict[str, list[str]]  # name -> the strings (or constants' names) it is compared with or given
    flows: list[tuple[str, str]]  # (field, name) for `x.field = name`: the field holds the name's strings
    started: dict[str, str]  # a field a class starts empty (`lapses: int = 0`) -> its kind, as _EMPTY, or "none"
    updated: frozenset[str]  # attributes the module changes on any object: `x.lapses += 1`, `x.seen.add(k)`
    raised: frozenset[str]  # the exceptions it raises by name: `raise ValueError(...)`
    read: frozenset[str]  # attributes the module reads on any object: `tour.starts`
    query_results: dict[str, str]  # a method called with nothing -> the type it declares it returns
    members: dict[str, list[str]]  # a collection field -> what the module puts in or takes out of it: `flyer.name`
    questions: dict[str, list[str]]  # a method declared `-> bool` that takes more than `self` -> its parameters
    results: dict[str, str]  # a function or method -> the type it declares it returns
    updated_keys: frozenset[str]  # the string keys the module sets or updates: `"callouts"` of `row["callouts"] += 1`


@functools.lru_cache(maxsize=64)  # a module is read once per run, not once per round
def _module_facts(data: bytes) -> _ModuleFacts:
    """Each class's fields (declared in its body or set on `self` in its methods), and the
    short strings each name (the last part of `a.b`) is compared with (`==`, `!=`, `in` a
    literal collection or a module constant holding one), or assigned, or passed as; and
    the constants' names it is compared with (`== USE_BY`)."""
    module = languages.new_parser("python").parse(data).root_node
    collections: dict[str, list[str]] = {}
    for node in module.named_children:
        assignment = node.named_children[0] if node.type == "expression_statement" and node.named_children else None
        if assignment is not None and assignment.type == "assignment":
            left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
            if left is not None and left.type == "identifier" and (strings := _strings_in(right)):
                collections[decode(left.text or b"")] = strings
    classes: list[tuple[frozenset[str], frozenset[str]]] = []
    annotations: dict[str, str] = {}
    query_results: dict[str, str] = {}
    questions: dict[str, list[str]] = {}
    values: dict[str, list[str]] = {}
    started: dict[str, str] = {}
    updated: set[str] = set()
    for node in walk(module):
        if (field := _started_field(node)) is not None:
            started.setdefault(*field)
        elif (changed := _changed_attribute(node)) is not None:
            updated.add(changed)
        elif node.type == "keyword_argument" and (keyword := node.child_by_field_name("name")) is not None:
            updated.add(decode(keyword.text or b""))  # `Household(children=2)` sets the field at the start
        if node.type == "class_definition":
            annotations.update(_annotations(node))
            query_results.update(_query_results(node))
            questions.update(_questions(node))
            methods = _method_names(node)
            fields = {n for n in _class_members(node) if not n.startswith("__")} - methods
            fields |= {
                decode(a.child_by_field_name("attribute").text or b"")
                for a in walk(node)
                if a.type == "attribute" and _is_assignment_target(a) and decode(a.child_by_field_name("object").text or b"") == "self"
            }
            if fields:
                classes.append((frozenset(fields), frozenset(methods)))
        for name, found in _given_strings(node, collections):
            values.setdefault(name, [])
            values[name] += [v for v in found if v not in values[name]]
    raised = {_name_of_raised(n) for n in walk(module) if n.type == "raise_statement"} - {""}
    flows = [
        (_last_name(left), decode(right.text or b""))
        for node in walk(module) if node.type == "assignment"
        and (left := node.child_by_field_name("left")) is not None and left.type == "attribute"
        and (right := node.child_by_field_name("right")) is not None and right.type == "identifier"
    ]
    read = {
        decode(node.child_by_field_name("attribute").text or b"")
        for node in walk(module) if node.type == "attribute" and not _is_assignment_target(node)
    }
    members: dict[str, list[str]] = {}
    for owner, item in (m for node in walk(module) if (m := _member_put(node)) is not None):
        members[owner] = list(dict.fromkeys([*members.get(owner, []), item]))
    return _ModuleFacts(
        classes, annotations, values, flows, started, frozenset(updated), frozenset(raised), frozenset(read), query_results, members,
        questions, _declared_results(module), frozenset(k for node in walk(module) if (k := _changed_key(node)) is not None),
    )


# Methods that put one item in a collection or take one out.
_ONE_ITEM_METHODS = frozenset({"append", "add", "remove", "discard"})


def _member_put(node: tree_sitter.Node) -> tuple[str, str] | None:
    """(field, item) for `<...>.field.append(item)`, `.add`, `.remove` or `.discard` with
    one argument: `self.slots[start].booked.append(flyer.name)` -> ("booked", "flyer.name")."""
    if node.type != "call" or (method := node.child_by_field_name("function")) is None or method.type != "attribute":
        return None
    owner, arguments = method.child_by_field_name("object"), node.child_by_field_name("arguments")
    if decode(method.child_by_field_name("attribute").text or b"") not in _ONE_ITEM_METHODS or owner.type != "attribute":
        return None
    if arguments is None or len(arguments.named_children) != 1 or arguments.named_children[0].type not in ("identifier", "attribute"):
        return None
    return _last_name(owner), decode(arguments.named_children[0].text or b"")


@functools.lru_cache(maxsize=4)  # the tests are the same for every round of a run
def _tested_values(tests: tuple[str, ...]) -> dict[str, list[str]]:
    """The strings the test modules compare names with or give them (see _module_facts),
    read apart from the modules' cache, which many test files would flush."""
    values: dict[str, list[str]] = {}
    for text in tests:
        for name, found in _module_facts.__wrapped__(text.encode("utf-8", "surrogatepass")).values.items():
            # Strings only: a test's own constants are not in the code's scope.
            values[name] = list(dict.fromkeys([*values.get(name, []), *(v for v in found if not _MEMBER.fullmatch(v))]))
    return values


# What a dataclass field starts empty with: `field(default_factory=list)`.
_EMPTY_FACTORIES = {"list": "list", "set": "set", "dict": "dict", "deque": "list", "Counter": "dict"}


def _started_field(node: tree_sitter.Node) -> tuple[str, str] | None:
    """(field, kind) for a field a class starts empty: `lapses: int = 0` in its body,
    `self.lapses = 0` in a method, `seen: set = field(default_factory=set)`; a count a
    method starts at one: `self.round = 1` (not `copies: int = 1`, which callers give); or
    a field its class body starts as None: `last_turned: date | None = None` ("none")."""
    if node.type != "assignment" or (left := node.child_by_field_name("left")) is None:
        return None
    enclosing = [a.type for a in islice(_ancestors(node, None), 3)]
    in_body = left.type == "identifier" and enclosing == ["expression_statement", "block", "class_definition"]
    on_self = left.type == "attribute" and decode(left.child_by_field_name("object").text or b"") == "self"
    if not (in_body or on_self):
        return None
    kind = _empty_kind(node)
    right = node.child_by_field_name("right")
    if kind is None and on_self and right is not None and right.text == b"1":  # a count from one: `self.round = 1`
        kind = "number"
    if kind is None and in_body and right is not None and right.type == "none":  # `last_turned: date | None = None`
        kind = "none"
    if kind is None and right is not None and right.type == "call":
        factory = re.fullmatch(r"(dataclasses\.)?field\(default_factory=(\w+)\)", decode(right.text or b""))
        kind = _EMPTY_FACTORIES.get(factory.group(2)) if factory else None
    name = decode(left.text or b"") if in_body else decode(left.child_by_field_name("attribute").text or b"")
    return (name, kind) if kind is not None else None


def _set_at_start(class_node: tree_sitter.Node) -> set[str]:
    """The fields of `self` the class's `__init__` sets and no other method changes."""
    by_init: set[str] = set()
    elsewhere: set[str] = set()
    for node in walk(class_node):
        if (changed := _changed_attribute(node)) is None:
            continue
        target = node.child_by_field_name("left") if node.type in ("assignment", "augmented_assignment") else None
        if target is None or target.type != "attribute" or decode(target.child_by_field_name("object").text or b"") != "self":
            elsewhere.add(changed)
            continue
        method = next((a for a in _ancestors(node, None) if a.type == "function_definition"), None)
        (by_init if method is not None and _name_of(method) == "__init__" else elsewhere).add(changed)
    return by_init - elsewhere


def _changed_attribute(node: tree_sitter.Node) -> str | None:
    """The attribute a statement changes on an object: `x.n += 1`, `x.items.append(v)`,
    `x.counts[k] = v`, `x.n = n` (not the empty start _started_field reads)."""
    if node.type == "augmented_assignment" or (node.type == "assignment" and _started_field(node) is None):
        target = node.child_by_field_name("left")
        while target is not None and target.type == "subscript":
            target = target.child_by_field_name("value")
        if target is not None and target.type == "attribute":
            return decode(target.child_by_field_name("attribute").text or b"")
    if node.type == "call" and (callee := node.child_by_field_name("function")).type == "attribute":
        owner = callee.child_by_field_name("object")
        if owner.type == "attribute" and decode(callee.child_by_field_name("attribute").text or b"") in _CHANGING_METHODS:
            return decode(owner.child_by_field_name("attribute").text or b"")
    return None


def _changed_key(node: tree_sitter.Node) -> str | None:
    """The string key a statement sets or updates: `"callouts"` of `row["callouts"] += 1`."""
    if node.type not in ("assignment", "augmented_assignment"):
        return None
    target = node.child_by_field_name("left")
    key = target.child_by_field_name("subscript") if target is not None and target.type == "subscript" else None
    return decode(key.text or b"").strip("\"'") if key is not None and key.type == "string" else None


def _annotations(node: tree_sitter.Node) -> dict[str, str]:
    """The annotated fields of a class: `status: str = "new"` in its body,
    `self.waitlist: list[str] = []` in a method and a property's result
    (`def left(self) -> int`) -> {"status": "str", "waitlist": "list[str]", "left": "int"}."""
    found = {}
    body = node.child_by_field_name("body")
    for child in body.named_children if body is not None else []:
        if (read_as_field := _property_result(child)) is not None:
            found[read_as_field[0]] = read_as_field[1]
        assignment = child.named_children[0] if child.type == "expression_statement" and child.named_children else None
        if assignment is not None and assignment.type == "assignment":
            left, kind = assignment.child_by_field_name("left"), assignment.child_by_field_name("type")
            if left is not None and left.type == "identifier" and kind is not None:
                found[decode(left.text or b"")] = decode(kind.text or b"")
    for assignment in walk(body) if body is not None else []:
        left, kind = assignment.child_by_field_name("left"), assignment.child_by_field_name("type")
        if assignment.type == "assignment" and left is not None and left.type == "attribute" and kind is not None \
                and decode(left.child_by_field_name("object").text or b"") == "self":
            found.setdefault(decode(left.child_by_field_name("attribute").text or b""), decode(kind.text or b""))
    return found


def _property_result(node: tree_sitter.Node) -> tuple[str, str] | None:
    """A property's name and the type it declares it returns."""
    decorators = [decode(d.text or b"") for d in node.named_children if d.type == "decorator"]
    if node.type != "decorated_definition" or "@property" not in decorators:
        return None
    definition = node.child_by_field_name("definition")
    result = definition.child_by_field_name("return_type") if definition is not None else None
    return None if result is None else (_name_of(definition), decode(result.text or b""))


def _given_strings(node: tree_sitter.Node, collections: dict[str, list[str]]) -> Iterator[tuple[str, list[str]]]:
    if node.type == "comparison_operator" and len(node.named_children) == 2:
        left, right = node.named_children
        operator = decode(b" ".join(c.text or b"" for c in node.children if not c.is_named))
        if operator in ("==", "!="):
            for name, other in ((left, right), (right, left)):
                if name.type in ("identifier", "attribute") and (strings := _strings_in(other, single=True)):
                    yield _last_name(name), strings
                # A member of an enumeration the module names: `item.date_kind == BEST_BEFORE`,
                # `order.state != State.OPEN`; its other members are compared elsewhere.
                elif name.type in ("identifier", "attribute") and not _MEMBER.fullmatch(decode(name.text or b"")) \
                        and _MEMBER.fullmatch(member := decode(other.text or b"")):
                    yield _last_name(name), [member]
        elif operator in ("in", "not in") and left.type in ("identifier", "attribute"):
            strings = collections.get(decode(right.text or b""), []) if right.type == "identifier" else _strings_in(right)
            if strings:
                yield _last_name(left), strings
    elif node.type in ("assignment", "keyword_argument", "default_parameter", "typed_default_parameter"):
        name = node.child_by_field_name("left" if node.type == "assignment" else "name")
        value = node.child_by_field_name("right" if node.type == "assignment" else "value")
        if name is not None and name.type in ("identifier", "attribute") and (strings := _strings_in(value, single=True)):
            yield _last_name(name), strings


# A constant's name, or an enumeration's member: `USE_BY`, `State.OPEN`.
_MEMBER = re.compile(r"(?:[A-Z]\w*\.)?[A-Z][A-Z0-9_]*")


def _strings_in(node: tree_sitter.Node | None, single: bool = False) -> list[str]:
    """The short plain strings a literal is (`single`) or holds: `("a", "b")`, `{"a"}`,
    `frozenset({"a"})`."""
    if node is None:
        return []
    if node.type == "string":
        text = decode(node.text or b"")
        plain = not any(c.type == "interpolation" for c in node.named_children) and "\n" not in text
        return [text] if plain and len(text) <= 40 else []
    if single:
        return []
    if node.type == "call" and node.child_by_field_name("arguments") is not None:
        arguments = node.child_by_field_name("arguments").named_children
        return _strings_in(arguments[0]) if len(arguments) == 1 else []
    if node.type in ("tuple", "list", "set"):
        return [s for child in node.named_children for s in _strings_in(child, single=True)]
    return []


def _method_names(node: tree_sitter.Node) -> set[str]:
    body = node.child_by_field_name("body")
    methods = set()
    for child in body.named_children if body is not None else []:
        if child.type == "decorated_definition":
            if any(decode(d.text or b"") == "@property" for d in child.named_children if d.type == "decorator"):
                continue  # read like a field
            child = child.child_by_field_name("definition") or child
        if child.type == "function_definition":
            methods.add(_name_of(child))
    return methods


def _queries(node: tree_sitter.Node) -> set[str]:
    """A class's methods called with nothing: those that take only `self` (and what has
    a default), not a `@property`, which is read like a field."""
    found = set()
    for name in _method_names(node):
        method = _first(node, lambda n: n.type == "function_definition" and _name_of(n) == name)
        parameters = method.child_by_field_name("parameters").named_children if method is not None else []
        if [p.type for p in parameters[:1]] == ["identifier"] and all(
            p.type in ("default_parameter", "typed_default_parameter") for p in parameters[1:]
        ):
            found.add(name)
    return found


def _declared_results(module: tree_sitter.Node) -> dict[str, str]:
    """Each function or method of the module that declares what it returns:
    `def next_due(self, course) -> date | None` -> {"next_due": "date | None"}."""
    found = {}
    for node in walk(module):
        result = node.child_by_field_name("return_type") if node.type == "function_definition" else None
        if result is not None:
            found.setdefault(_name_of(node), decode(result.text or b""))
    return found


def _query_results(node: tree_sitter.Node) -> dict[str, str]:
    """The class's methods called with nothing that declare what they return:
    `def built_m(self) -> float` -> {"built_m": "float"}."""
    found = {}
    for name in _queries(node):
        method = _first(node, lambda n: n.type == "function_definition" and _name_of(n) == name)
        result = method.child_by_field_name("return_type") if method is not None else None
        if result is not None:
            found[name] = decode(result.text or b"")
    return found


def _questions(node: tree_sitter.Node) -> dict[str, list[str]]:
    """The class's methods declared `-> bool` that take plain parameters after `self`:
    `def lapsed(self, today: date) -> bool` -> {"lapsed": ["today"]}."""
    found = {}
    for method in (c.child_by_field_name("definition") or c if c.type == "decorated_definition" else c
                   for c in node.child_by_field_name("body").named_children):
        result = method.child_by_field_name("return_type") if method.type == "function_definition" else None
        if result is None or decode(result.text or b"") != "bool":
            continue
        parameters = _plain_parameters(method)
        if [p.name for p in parameters[:1]] == ["self"] and (asked := [p.name for p in parameters[1:] if p.required]):
            found[_name_of(method)] = asked
    return found


def _class_members(node: tree_sitter.Node) -> set[str]:
    """A class's methods (decorated ones too: a `@property`) and the names its body
    declares or assigns (a dataclass's fields, class attributes)."""
    body = node.child_by_field_name("body")
    members: set[str] = set()
    for child in body.named_children if body is not None else []:
        if child.type == "decorated_definition":
            child = child.child_by_field_name("definition") or child
        if child.type == "function_definition":
            members.add(_name_of(child))
        elif child.type == "expression_statement" and child.named_children and child.named_children[0].type == "assignment":
            members.update(_identifiers(child.named_children[0].child_by_field_name("left")))
    return members


def _one_argument_callee(node: tree_sitter.Node) -> str | None:
    if node.type != "call":
        return None
    function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    if function is None or function.type != "identifier" or arguments is None or arguments.type != "argument_list":
        return None
    return decode(function.text or b"") if len(arguments.named_children) == 1 else None
