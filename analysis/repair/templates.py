"""The template proposer: small, likely repairs of one function, with no model.

Every candidate is one edit generated from the tree-sitter tree of the function
(an operator swapped, a bound moved by one, a statement deleted or inserted, a
guard added, ...). Each must parse, both by tree-sitter and by CPython's
compiler, and differ from the original.

Ranking: the suspiciousness of the changed line first (`suspicious_lines` maps
1-based file line numbers, as coverage and tracebacks count them, to a score),
then the smaller edit, then the family listed first in FAMILIES, then an order
drawn from `seed` and the edit itself, so that equal runs give equal lists and a
new template does not reshuffle the others.
"""

from __future__ import annotations

import builtins
import dataclasses
import functools
import math
import re
import warnings
import zlib
from itertools import islice, permutations
from dataclasses import dataclass, replace
from typing import Callable, Collection, Iterable, Iterator, Mapping, Sequence

import tree_sitter

from .. import languages
from ..positions import decode
from ..targets import FunctionTarget, walk
from .candidates import Candidate

PROPOSER = "templates"

_ARITHMETIC = ("+", "-", "*", "/", "//", "%", "**")
_AUGMENTED = ("+=", "-=", "*=", "/=", "//=", "%=")
_NON_COMMUTATIVE = frozenset({"-", "/", "//", "%", "**"})
_COMPARISON_ALTERNATIVES = {
    "<": ("<=", ">", ">=", "==", "!="),
    "<=": ("<", ">=", ">", "==", "!="),
    ">": (">=", "<", "<=", "==", "!="),
    ">=": (">", "<=", "<", "==", "!="),
    "==": ("!=", "<=", ">=", "is"),
    "!=": ("==", "<", ">", "is not"),
    "is": ("is not", "=="),
    "is not": ("is", "!="),
    "in": ("not in",),
    "not in": ("in",),
}
_CONSTANTS = ("0", "1", "-1", "True", "False", "None", '""')
_GUARD_RESULTS = ("None", "0", '""', "[]", "{}", "False", "True")
# Separators a string is split on or joined with; a wrong or missing one is a common slip.
_SEPARATORS = ('" "', '","', '""', '"\\n"', '";"', '"\\t"', '"|"', '", "')
_SEPARATOR_METHODS = frozenset({"split", "rsplit", "join"})
# What a lookup of a missing key should give instead of a KeyError.
_DEFAULTS = ("0", "None", '""', "[]", "False")
# Words of a name that are easily written for their opposite: `days_before` for `days_after`.
_OPPOSITE_PAIRS = (
    ("before", "after"), ("first", "last"), ("min", "max"), ("start", "end"), ("begin", "end"),
    ("left", "right"), ("upper", "lower"), ("open", "close"), ("add", "remove"), ("prev", "next"),
    ("previous", "next"), ("old", "new"), ("head", "tail"), ("top", "bottom"), ("low", "high"),
    ("push", "pop"), ("encode", "decode"), ("load", "dump"), ("read", "write"), ("get", "set"),
    ("enable", "disable"), ("up", "down"), ("floor", "ceil"), ("from", "to"), ("src", "dst"),
    ("input", "output"), ("parent", "child"), ("width", "height"), ("rows", "cols"), ("row", "col"),
    ("inc", "dec"), ("increment", "decrement"), ("asc", "desc"), ("ascending", "descending"),
    ("lstrip", "rstrip"), ("in", "out"), ("on", "off"), ("show", "hide"), ("major", "minor"),
)
_OPPOSITES = {
    word: [b if word == a else a for a, b in _OPPOSITE_PAIRS if word in (a, b)] for pair in _OPPOSITE_PAIRS for word in pair
}
# Names that are easily mistaken for one another; each maps to the rest of its group.
_SIBLING_GROUPS = (
    ("append", "extend", "insert", "add"),
    ("min", "max"),
    ("sort", "sorted"),
    ("reverse", "reversed"),
    ("lower", "upper", "title", "capitalize"),
    ("keys", "values", "items"),
    ("startswith", "endswith"),
    ("floor", "ceil", "round", "trunc", "int"),
    ("any", "all"),
    ("find", "rfind", "index", "rindex"),
    ("strip", "lstrip", "rstrip"),
    ("split", "rsplit", "splitlines"),
    ("remove", "discard", "pop"),
    ("get", "pop", "setdefault"),
    ("int", "float", "str", "round"),
    ("list", "tuple", "set", "sorted"),
    ("sum", "len", "max", "min"),
    ("isdigit", "isalpha", "isalnum", "isspace"),
    ("ljust", "rjust", "center"),
    ("update", "union", "intersection", "difference"),
    ("match", "search", "fullmatch"),  # re: from the start, anywhere, the whole text
    ("bisect", "bisect_left", "bisect_right"),  # bisect: after equal items, or before them
    ("insort", "insort_left", "insort_right"),
)
# Expressions that need parentheses before `+ 1` or after `not`.
_LOOSE = frozenset(
    {"boolean_operator", "not_operator", "comparison_operator", "conditional_expression", "lambda", "named_expression"}
)
_ATOMS = frozenset(
    {"identifier", "call", "attribute", "subscript", "parenthesized_expression", "true", "false", "none", "integer"}
)
_LITERALS = frozenset({"integer", "float", "string", "true", "false", "none"})
# Expressions ±1 makes no sense on (`True - 1`, `"a" + 1`, `(x < y) + 1`).
_NEVER_NUMBERS = frozenset(
    {"true", "false", "none", "string", "concatenated_string", "list", "dictionary", "set", "tuple",
     "list_comprehension", "dictionary_comprehension", "set_comprehension", "generator_expression", "lambda",
     "boolean_operator", "not_operator", "comparison_operator"}
)
# Statements after which nothing else in their block runs.
_ENDS_A_BLOCK = frozenset({"return_statement", "raise_statement", "break_statement", "continue_statement"})
_ENDING_WORDS = frozenset({"return", "raise", "break", "continue"})
# Compound statements whose body a statement may belong in or out of.
_BODY_OWNERS = frozenset({"for_statement", "while_statement", "if_statement", "with_statement"})
_CONDITION_OWNERS = frozenset({"if_statement", "elif_clause", "while_statement"})
_LOOPS = frozenset({"for_statement", "while_statement"})
_COMPREHENSIONS = frozenset({"list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"})
_SIMPLE_STATEMENTS = frozenset(
    {
        "expression_statement",
        "return_statement",
        "break_statement",
        "continue_statement",
        "raise_statement",
        "pass_statement",
        "delete_statement",
    }
)


@dataclass(frozen=True)
class _Edit:
    """Replace bytes [start, end) of the parsed text with `new`."""

    start: int
    end: int
    new: str
    lines: tuple[int, ...]  # 0-based rows (in the parsed text) whose suspiciousness counts
    description: str
    progress: bool = False  # a step a stuck `while` loop may lack, or take in one branch only (see loop_progress)
    expected_raise: bool = False  # raises what a failing test expected (see raise_guard)
    # (row, clause): the clause that guards the statement at a row (see guarded_statement).
    guard: tuple[int, str] | None = None
    size: int | None = None  # how big a change it is, when its text says it wrongly (see _Function.replace)


class _Function:
    """The target function parsed on its own, with what the templates need to know.

    A method or nested function is parsed under a synthetic `class _:` header at its
    own indentation, so that the text keeps its bytes and every offset still counts."""

    def __init__(
        self, source: bytes, target: FunctionTarget, neighbours: Sequence[str] = (), tests: Sequence[str] = (),
        flagged: Collection[str] = (),
    ) -> None:
        line_start = source.rfind(b"\n", 0, target.start) + 1
        indent = source[line_start : target.start]
        self.header = b"class _:\n" + indent if indent and not indent.strip() else b""
        self.text = source[target.start : target.end]
        self.data = self.header + self.text
        self.row_offset = source.count(b"\n", 0, target.start) - self.data.count(b"\n", 0, len(self.header))
        self.parser = languages.new_parser("python")
        tree = self.parser.parse(self.data)
        node = _first(tree.root_node, lambda n: n.type == "function_definition")
        if node is None or tree.root_node.has_error:
            raise ValueError(f"{target.qualname} does not parse on its own; templates need a well-formed function")
        self.node = node
        self.body = node.child_by_field_name("body")
        # One level of indentation as the function writes it: its body's, less its own.
        unit = self.indent_of(self.body)[len(self.indent_of(node)) :]
        self.indent_unit = unit if unit and not unit.strip() else "    "
        self.compiles = _compiles(self.data)
        self.raised_rows: frozenset[int] = frozenset()  # rows an exception escaped from in a failing test
        self.params = _parameter_names(node)
        self.names = sorted({*self.params, *_assigned_names(self.body)} - {"self", "cls", "_"})
        self.nodes = list(walk(self.body))
        read = {decode(n.text or b"") for n in self.nodes if n.type == "identifier"}
        self.none_names = _none_names(node)
        self.declared = _declared_types([*node.child_by_field_name("parameters").named_children, *self.nodes])
        self.unused_params = [p for p in self.params if p not in read and p not in ("self", "cls") and not p.startswith("_")]
        # Likewise a local computed and never read (`credits = sum(...)`): surely meant to be used.
        self.unused_locals = _unread_locals(self)
        # Words the docstring promises and the code never says: "rejected lines are not
        # billed" where no `rejected` is tested yet.
        docstring = next((n for n in self.nodes if _is_docstring(n)), None)
        # An order from the top the docstring promises and the code never sorts by.
        self.says_descending = (docstring is not None and bool(_DESCENDING.search(decode(docstring.text or b"")))
                                and not re.search(r"\bsorted\(|\.sort\(", decode(self.text)))
        if docstring is None:
            self.promised = frozenset()
        else:
            code = self.data[: docstring.start_byte] + self.data[docstring.end_byte :]
            self.promised = _words(decode(docstring.text or b"")) - _words(decode(code))
            # Numbers too: "a multiple of eleven" where the code says 10; a range ("3 to 16")
            # is kept only whole, by its own clause (see _clauses).
            literals = {decode(n.text or b"") for n in self.nodes if n.type in ("integer", "float")}
            ranged = {number for bounds in _said_ranges(self) for number in bounds}
            # A number quoted is an example (`'1023 B'`), not a rule.
            content = "".join(decode(c.text or b"") for c in docstring.children if c.type == "string_content")
            rules = re.sub(r"'[^']*'|`[^`]*`|\"[^\"]*\"", "", content)
            self.promised |= frozenset(_said_numbers(rules)) - literals - ranged
        # Functions defined in the body, which it may have meant to return.
        self.inner_functions = [_name_of(n) for n in self.body.named_children if n.type == "function_definition"]
        # Attributes the file uses on each object: `self.width` may be meant where `self.height` is.
        self.attributes: dict[str, set[str]] = {}
        module = self.parser.parse(source).root_node
        # What counts twice, said by the function's docstring or, when it has none, the
        # module's ("two equal slopes either side of the ridge").
        said = docstring if docstring is not None else next((c for c in module.named_children[:1] if _is_docstring_statement(c)), None)
        self.says_doubled = said is not None and bool(_DOUBLED.search(decode(said.text or b"")))
        self.empty_attributes: dict[str, str] = {}  # `self.items` -> "list" for `self.items = []`
        self.collection_attributes: list[str] = []  # `self.stopwords` for `self.stopwords = set(words)`
        self.fields: set[str] = set()  # what the module's classes declare or set on `self`
        self.queries: set[str] = set()  # its own class's methods called with nothing: `self.area()`
        self.methods: set[str] = set()  # attributes the module calls
        for node in walk(module):
            if node.type == "assignment" and (left := node.child_by_field_name("left")).type == "attribute":
                if decode(left.child_by_field_name("object").text or b"") == "self" and (kind := _empty_kind(node)):
                    self.empty_attributes[decode(left.text or b"")] = kind
                if decode(left.child_by_field_name("object").text or b"") == "self" and _is_collection(node.child_by_field_name("right")):
                    self.collection_attributes.append(decode(left.text or b""))
            if node.type == "attribute":
                owner, name = node.child_by_field_name("object"), node.child_by_field_name("attribute")
                self.attributes.setdefault(decode(owner.text or b""), set()).add(decode(name.text or b""))
                if node.parent is not None and node.parent.type == "call" and node.parent.child_by_field_name("function") == node:
                    self.methods.add(decode(name.text or b""))
            elif node.type == "class_definition":
                members = _class_members(node)
                self.fields.update(members)
                if node.start_byte <= target.start < node.end_byte:
                    # Its own class's methods and fields: `normalize(x)` may be meant as
                    # `self.normalize(x)`, `quantity` as the dataclass field `self.quantity`.
                    self.attributes.setdefault("self", set()).update(members - {target.name})
                    self.queries = _queries(node) - {target.name}
        self.fields.update(self.attributes.get("self", set()))
        # The fields of every class of the module and of the project modules it imports,
        # and the strings each name is compared with or given there (`status == "rejected"`).
        facts = [_module_facts(text) for text in (source, *(t.encode("utf-8", "surrogatepass") for t in neighbours))]
        self.class_shapes = [shape for found in facts for shape in found.classes]
        updated = frozenset().union(*(found.updated for found in facts))
        self.raised_nearby = frozenset().union(*(found.raised for found in facts))  # by the module or those it imports
        # Fields a class starts empty that no code here ever changes: a statement that
        # should count or collect in one is missing (`card.lapses += 1`).
        # A field the tests give by keyword (`Weighing(..., punnets=4)`) is an input, not a count.
        given = {keyword for text in tests for keyword in re.findall(r"[(,]\s*(\w+)=(?!=)", text)}
        self.unfed_fields = {name: kind for found in facts for name, kind in found.started.items() if name not in updated | given}
        self.classes = [fields for fields, _ in self.class_shapes]
        self.annotations = {name: kind for found in facts for name, kind in found.annotations.items()}
        self.query_results = {name: kind for found in facts for name, kind in found.query_results.items()}
        self.values: dict[str, list[str]] = {}
        for found in facts:
            for name, values in found.values.items():
                self.values[name] = list(dict.fromkeys([*self.values.get(name, []), *values]))
        # A name the code gives strings to is an enumeration, and the tests may name members
        # the code never writes: `by: str = "client"`, and a test's `cancel(..., by="studio")`.
        # Not a name only the tests give strings to: those are data (`name="Jo Bell"`).
        tested = _tested_values(tuple(tests))
        for name in tested.keys() & self.values.keys():
            self.values[name] = list(dict.fromkeys([*self.values[name], *tested[name]]))
        # A field set from a name holds the name's strings: `booking.cancelled_by = by`.
        for field, name in (flow for found in facts for flow in found.flows):
            if name in self.values:
                self.values[field] = list(dict.fromkeys([*self.values.get(field, []), *self.values[name]]))
        # The file's own or imported functions that it calls with one argument: `x` may be
        # meant as `g(x)`.
        self.module_names = _module_names(module)
        self.helpers = sorted(
            {name for node in walk(module) if (name := _one_argument_callee(node)) in self.module_names} - {target.name}
        )
        # The module's functions, and those it imports by name from a project module.
        imported = [self.parser.parse(text.encode("utf-8", "surrogatepass")).root_node for text in neighbours]
        self.signatures = {
            name: parameters for tree in imported for name, parameters in _signatures(tree).items() if name in self.module_names
        }
        self.signatures.update(_signatures(module))
        self.readers = _readers([module, *imported])
        self.signatures.pop(target.name, None)
        # Calls that answer yes or no about what is in scope (`self.is_paused(now)`): a
        # condition may have left one out.
        self.flag_calls = _flag_calls(self, module, target)
        # And the yes/no fields of the objects it is given that no code reads (`tour.climbs_tower`),
        # or that the failing tests set (`ready_picked=True`).
        self.flag_fields, self.unread_flag_fields = _flag_fields(self, frozenset().union(*(found.read for found in facts)), flagged)
        self.ingredients = _ingredients(self, module, target)
        self.named_constants = _named_constants(module)  # name -> whether it is a string
        self.field_starts = _field_starts(module)
        # A nested function: the names it shares with the one around it, those it reads from
        # there, and what that one starts empty.
        around = _enclosing_function(module, target)
        self.nonlocals = {decode(n.text or b"") for s in self.nodes if s.type == "nonlocal_statement" for n in s.named_children}
        outer = set(_parameter_names(around)) | _assigned_names(around.child_by_field_name("body")) if around is not None else set()
        self.outer_names = sorted(outer - set(self.names) - self.nonlocals)
        self.outer_declared = _declared_types(around.child_by_field_name("parameters").named_children) if around is not None else {}
        self.enclosing_empties = _started_empty(around.child_by_field_name("body").named_children) if around is not None else {}
        # Numbers the module names and no code reads (`GAP_MINUTES = 2`): surely meant to be used.
        read_in_module = {decode(n.text or b"") for n in walk(module) if n.type == "identifier" and not _is_assignment_target(n)}
        self.unread_constants = [name for name, string in self.named_constants.items() if not string and name not in read_in_module]
        self.named_strings = {name for name, string in self.named_constants.items() if string}
        # Groups of strings the module names (`LIVING = ("active", "queenless")`), and those no code reads.
        self.string_groups = _string_groups(module)
        self.unread_groups = [name for name in self.string_groups if name not in read_in_module]
        self.constants = _constants_of(self)
        self.said_ranges = _said_ranges(self)
        # Records read by string key (`job["at"]`), with the keys the function reads on each,
        # and the keys the tests, the module and the modules it imports build dicts with or
        # read: a missing clause may test `job["paused"]`.
        self.records = _records(self)
        # Strings the function only uses as keys (`row["status"]`): not values a clause compares with.
        self.keys = {key for keys in self.records.values() for key in keys} - {
            self.source_of(n) for n in self.nodes if n.type == "string" and not _is_key(n)
        }
        texts = [*tests, decode(source), *neighbours] if self.records else []
        self.dict_keys = list(dict.fromkeys(key for text in texts for key in _dict_keys(text)))
        self.sized = _sized(self)
        self.texts = _texts(self)
        self.split_names = _split_names(self)
        self.prefixes = _prefixes(self) if self.texts else []
        # Exceptions the function raises by name, and the names its module can raise.
        self.raised = {_name_of_raised(n) for n in self.nodes if n.type == "raise_statement"} - {""}
        self.mappings = _mappings(self)  # names holding a dict: a key of one is not an index
        self.built = _collections(self)  # what the function builds up from empty, and its kind
        self.numeric_names = _numeric_names(self)
        self.loop_variables = sorted(
            {name for n in self.nodes if n.type == "for_statement" for name in _identifiers(n.child_by_field_name("left"))} - {"_"}
        )

    def fields_of(self, name: str) -> list[str]:
        """The fields of the classes `name` may be an instance of (see _shapes_of)."""
        return sorted({f for fields, _ in self._shapes_of(name) for f in fields})

    def queries_of(self, name: str) -> list[str]:
        """The methods called with nothing, of the classes `name` may be an instance of,
        that declare what they return."""
        return sorted({m for _, methods in self._shapes_of(name) for m in methods if m in self.query_results})

    def _shapes_of(self, name: str) -> list[tuple[frozenset[str], frozenset[str]]]:
        """The (fields, methods) of the classes `name` may be an instance of: those that
        declare every attribute the file reads on it and every method it calls on it."""
        used = self.attributes.get(name, set())
        called, read = used & self.methods, used - self.methods
        return [(fields, methods) for fields, methods in self.class_shapes if used and read <= fields and called <= methods]

    def source_of(self, node: tree_sitter.Node) -> str:
        return self.source_of_range(node.start_byte, node.end_byte)

    def source_of_range(self, start: int, end: int) -> str:
        return decode(self.data[start:end])

    def replace(self, node: tree_sitter.Node, new: str, description: str | None = None) -> _Edit:
        parent, size = node.parent, None
        kept = _identity_kept(self, parent, node, new) if parent is not None and description is None else None
        if kept is not None:  # `j + 0` is `j` written oddly, and as small a change: drop the operation
            node, new, size = parent, kept, _change_size(self.source_of(node), new)
        old = self.source_of(node)
        return _Edit(
            node.start_byte,
            node.end_byte,
            new,
            (node.start_point.row,),
            description or f"`{old}` -> `{new}`",
            size=size,
        )

    def indent_of(self, node: tree_sitter.Node) -> str:
        line_start = self.data.rfind(b"\n", 0, node.start_byte) + 1
        return decode(self.data[line_start : node.start_byte])

    def alone_on_its_lines(self, node: tree_sitter.Node) -> bool:
        """True when the node starts its line (nothing but indentation before it)."""
        return not self.indent_of(node).strip()

    def candidate_text(self, edit: _Edit) -> bytes:
        return self.data[: edit.start] + edit.new.encode("utf-8", "surrogatepass") + self.data[edit.end :]

    def parses(self, data: bytes) -> bool:
        if self.parser.parse(data).root_node.has_error:
            return False
        return not self.compiles or _compiles(data)


def propose(
    source: bytes,
    target: FunctionTarget,
    suspicious_lines: Mapping[int, float] | None = None,
    *,
    max_candidates: int | None = None,
    seed: int = 0,
    hang: bool = False,
    raises: tuple[str, ...] = (),
    escaped: tuple[str, ...] = (),
    expected: tuple[str, ...] = (),
    raised_at: frozenset[int] = frozenset(),
    neighbours: Sequence[str] = (),
    tests: Sequence[str] = (),
    flagged: Collection[str] = (),
    promising: Collection[tuple[int, str]] = (),
    deletions: Collection[tuple[int, str]] = (),
) -> list[Candidate]:
    """Template candidates for the function at `target` in `source`, best first."""
    found = iter_candidates(
        source, target, suspicious_lines, seed=seed, hang=hang, raises=raises, escaped=escaped, expected=expected,
        raised_at=raised_at, neighbours=neighbours, tests=tests, flagged=flagged, promising=promising, deletions=deletions,
    )
    return list(islice(found, max_candidates))


def iter_candidates(
    source: bytes,
    target: FunctionTarget,
    suspicious_lines: Mapping[int, float] | None = None,
    *,
    seed: int = 0,
    stop: Callable[[], bool] = lambda: False,
    hang: bool = False,
    raises: tuple[str, ...] = (),
    escaped: tuple[str, ...] = (),
    expected: tuple[str, ...] = (),
    raised_at: frozenset[int] = frozenset(),
    neighbours: Sequence[str] = (),
    tests: Sequence[str] = (),
    flagged: Collection[str] = (),
    promising: Collection[tuple[int, str]] = (),
    deletions: Collection[tuple[int, str]] = (),
) -> Iterator[Candidate]:
    """Template candidates best first, made lazily: every edit is ranked first (cheap:
    no parsing), and each is built and checked only when it is its turn, so a large
    function never stalls the loop, which may `stop` the generation at any time.

    `hang`: a failing test ran out of time, so the edits that can end a `while` loop
    come first: a step on a name its condition reads, then edits of the condition and
    of the statements that assign those names.

    `raises`: exceptions a failing test expected and did not get (pytest's "DID NOT
    RAISE"). When the function raises none of them, a check that raises one comes first.

    `escaped`: exceptions that ended a failing test, raised on the 1-based lines
    `raised_at`; `expected`: those its `pytest.raises` names. Handlers and raises are
    edited toward them (see exception_handling); a `try` that turns what escaped into
    what a test expected, around a line it escaped from, comes first.

    `neighbours`: the texts of the project modules the file imports, whose classes'
    fields and strings the edits may use (see _module_facts). `tests`: the texts of the
    test modules, whose dicts' keys a record may be read by (see _record_keys).

    `flagged`: the keywords the failing tests give True or False (see flags_given): a
    clause on a yes/no field of that name was surely meant, like one on a field no code
    reads.

    `promising`: (1-based line, edited condition or guard) the values the tests gave say
    changes the condition only where a failing test ran it (see watches and
    conditions.promising_edits): such edits come first on their line.

    `deletions`: (1-based line, condition with a clause dropped) the tests cannot tell
    from another edit of that condition (see conditions.deletions_in_disguise): these
    come first on their line too."""
    function = _Function(source, target, neighbours, tests, flagged)
    wanted_flags = [name for name in function.flag_fields if name not in function.unread_flag_fields]
    conditions = _watched_conditions(function) if promising or deletions else {}
    raises = tuple(name for name in raises if name not in function.raised)
    scores = suspicious_lines or {}
    stepping = _stepping_rows(function) if hang else set()
    first = _first_body_statement(function)
    top = function.data.rfind(b"\n", 0, first.start_byte) + 1 if first is not None else -1
    unfeds = _unfed_fields(function)
    unfed = _unfed(function) | set(unfeds)
    feeding = re.compile(rf"({'|'.join(map(re.escape, sorted(unfed)))})\s*(\.|\[|[-+*/]=)") if unfed else None
    unset = tuple(f"{field} = " for field, kind in unfeds.items() if kind == "none")  # `wheel.last_turned = day`
    # What a loop should move on or set back, a run a branch should start again, a flag never turned.
    carried = [
        *_stale(function), *_unreset(function), *(name for name, _ in _unturned_flags(function)),
        *(count for count, _ in [*_streaks(function), *_skipped_streaks(function)]),
    ]
    steps = [rf"{re.escape(name)} = " for name in carried] + [re.escape(pair) for pair in _stale_pairs(function)]
    # A count checked and never used up, or raised and checked for reaching zero and never lowered.
    steps += [rf"{re.escape(count)} -= " for count, *_ in [*_unconsumed(function), *_undrained(function)]]
    moving = re.compile("|".join(steps)) if steps else None
    flags = [flag for _, flag in _unread_flags(function)]  # a loop item's flag never read
    # The group still open when the items run out, handed on; a group handed on, started
    # again; a position within a row set back when the row moves on; a mark cleared.
    restarts = [_line_after(function, step, f"{position} = {start}") for step, position, start in _positions_left_behind(function)]
    restarts += [_line_after(function, last, f"{mark} = None") for mark, ends in _marks_never_cleared(function) for last in ends]
    flushed = {(edit.start, edit.new) for edit in [*last_group(function), *restarted_group(function), *restarts]}
    # A pasted statement given what its new place reads; a local its class's method computes.
    pasted = {(edit.start, edit.new) for edit in [*pasted_statement(function), *_method_for_local(function)]}
    # The copy the function changes, read where the original still is (`stock` -> `left`);
    # minutes in seconds where the function converts with that factor (`over // 60`).
    pasted |= {(read.start_byte, copy) for read, copy in _originals_read_after_copying(function)}
    # (Not a name the function already converts by that factor: `grams` of `-grams // 1000`.)
    pasted |= {
        (edit.start, edit.new) for factor, converted in _applied_factors(function).items()
        for edit in _unit_conversions(function, [factor], skipped=converted)
    }
    # A limit checked on one side only, the other checked too; a question asked of one
    # item, asked of each.
    bounding = {
        (condition.start_byte, f" {joiner} {clause}") for node in function.nodes if (condition := _owned_condition(node)) is not None
        for clause in [*_other_bounds(function, node), *_asked_of_each_item(function, node)] for joiner in ("and", "or")
    }
    ranked = []
    raised_rows = function.raised_rows = frozenset(line - 1 - function.row_offset for line in raised_at)
    for family, edit in _edits(function, raises, escaped, expected, raised_rows):
        if stop():
            return
        # An insertion touches the lines around it: it counts as the most suspicious one.
        line = max((row + function.row_offset for row in edit.lines), key=lambda n: scores.get(n + 1, 0.0))
        size = edit.size if edit.size is not None else _change_size(function.source_of_range(edit.start, edit.end), edit.new)
        # A missing step first: a changed condition alone rarely ends the loop.
        if edit.expected_raise:  # checked before the body changes anything, if it can be
            stuck = -2 if edit.start == top else -1
        else:
            stuck = 2 if not hang else 0 if edit.progress else 1 if stepping.intersection(edit.lines) else 2
        # A parameter the function never reads, a number the module names and never reads, or
        # a word its docstring promises and its code never says, was surely meant to be used:
        # edits that use one first.
        unread = not any(
            re.search(rf"\b{re.escape(name)}\b", edit.new)
            for name in [*function.unused_params, *function.unused_locals, *function.unread_constants, *function.unread_groups, *flags,
                         *function.unread_flag_fields]
        )
        # A field the failing tests set, tested where the code did not test it: `and not weighing.ready_picked`.
        replaced = function.source_of_range(edit.start, edit.end)
        unread = unread and not (replaced and any(name in edit.new and name not in replaced for name in wanted_flags))
        unpromised = not function.promised & (_words(edit.new) | set(re.findall(r"\b\d+(?:\.\d+)?\b", edit.new)))
        unpromised = unpromised and not any(f"{low} <= " in edit.new and f" <= {high}" in edit.new for low, high in function.said_ranges)
        unpromised = unpromised and not (function.says_descending and edit.new.endswith(", reverse=True)"))
        # Likewise a statement that builds what the function starts empty and never changes,
        # or sets a field that starts as None and nothing sets.
        unbuilt = edit.start != edit.end or not (feeding and feeding.match(edit.new.strip()) or edit.new.strip().startswith(unset))
        # And one that moves on what a loop compares each item with, or sets back a total it
        # hands on, or hands on the last group, or starts again a group it hands on.
        unbuilt = unbuilt and (edit.start != edit.end or not (moving and moving.match(edit.new.strip())))
        unbuilt = unbuilt and (edit.start, edit.new) not in flushed and (edit.start, edit.new) not in pasted
        unbounded = not any(edit.start == start and edit.new.endswith(clause) for start, clause in bounding)
        ordinary = unread and unpromised and unbuilt and unbounded
        judged = None
        if edit.guard is not None and edit.guard[0] not in conditions:
            judged = (edit.guard[0] + function.row_offset + 1, edit.guard[1])
        elif (row := _condition_row(conditions, edit)) is not None:
            judged = (row + function.row_offset + 1, _edited_condition(function, conditions[row], edit))
        unjudged = judged not in promising
        score = scores.get(line + 1, 0.0)
        if not unjudged and (family == _COMPARISON or _drops_a_clause(family, edit)) or judged in deletions:
            # A comparison turned only where failing tests ran it (`<` -> `<=` at the
            # boundary they reach), or a clause dropped only there or where another edit
            # only hides it, comes first, whoever else runs its line. Other judged edits
            # (added clauses, guards) keep their line's place: put first, they passed the
            # tests as patches.
            score = math.inf
        ranked.append(((stuck, score, unjudged, ordinary, size, family, _drawn(seed, edit)), line, size, family, edit, judged))
    ranked = _spread_over_lines(ranked)
    seen: set[bytes] = set()
    names = [*FAMILIES, "exception_handling"]
    for (_, _, unjudged, ordinary, *_), line, size, family, edit, condition in ranked:
        if stop():
            return
        data = function.candidate_text(edit)
        if data == function.data or data in seen or not function.parses(data):
            continue
        seen.add(data)
        yield Candidate(
            text=decode(data[len(function.header) :]),
            proposer=PROPOSER,
            description=f"{edit.description} on line {line + 1}",
            line=line,
            size=size,
            family=names[family],
            judged=not unjudged,
            fulfils=not ordinary,
            condition=condition,
        )


def flags_given(tests: Iterable[str]) -> frozenset[str]:
    """The keywords these tests' sources give True or False: `Weighing(..., ready_picked=True)`."""
    return frozenset(name for text in tests for name in re.findall(r"\b(\w+)=(?:True|False)\b", text))


def _spread_over_lines(ranked: list[tuple]) -> list[tuple]:
    """Best first, where each further edit of lines as suspicious as each other counts a
    little less than the one before it (`_DEPTH_DECAY`): lines only a little less
    suspicious get their first, most natural edits before the most suspicious ones get
    their hundredth. Lines tied on suspicion share one count, so their edits keep their
    order among themselves (smallest first)."""
    by_score: dict[tuple[int, float], list[tuple]] = {}
    for entry in sorted(ranked, key=lambda entry: entry[0]):
        by_score.setdefault(entry[0][:2], []).append(entry)
    spread = []
    for entries in by_score.values():
        for depth, ((stuck, score, *rest), *fields) in enumerate(entries):
            spread.append(((stuck, -score * _DEPTH_DECAY**depth, *rest), *fields))
    spread.sort(key=lambda entry: entry[0])
    return spread


# Twenty edits at one level of suspicion halve the weight of the next one.
_DEPTH_DECAY = 0.5 ** (1 / 20)


@dataclass(frozen=True)
class Watches:
    expressions: dict[int, tuple[str, ...]]  # 1-based line -> the original, then its edits
    loops: frozenset[int]  # the lines of `while` conditions among them
    comprehensions: frozenset[int] = frozenset()  # the lines of comprehensions' filters among them
    drops: Mapping[int, frozenset[str]] = dataclasses.field(default_factory=dict)  # line -> its edits that drop a clause


def watches(source: bytes, target: FunctionTarget, neighbours: Sequence[str] = (), tests: Sequence[str] = ()) -> Watches:
    """What the tests' run should evaluate at 1-based lines of the function, so that the
    edits of a condition can be judged on the values the tests gave (see
    conditions.promising_edits): for an `if`, `elif`, `while`, returned test or
    comprehension's filter, the condition and then every edit of it the templates make;
    before a statement in a loop, `True` and the clauses that may guard it. A condition that evaluating twice could change (a call
    that is not a mere read, a walrus) is left alone."""
    f = _Function(source, target, neighbours, tests)
    conditions = _watched_conditions(f)
    variants: dict[int, list[str]] = {row: [] for row in conditions}
    drops: dict[int, set[str]] = {}
    for family, edit in _edits(f):
        if edit.guard is not None and edit.guard[0] not in conditions:
            variants.setdefault(edit.guard[0], []).append(edit.guard[1])
        elif (row := _condition_row(conditions, edit)) is not None:
            variants[row].append(_edited_condition(f, conditions[row], edit))
            if _drops_a_clause(family, edit):
                drops.setdefault(row + f.row_offset + 1, set()).add(variants[row][-1])
    found = {}
    for row, texts in variants.items():
        original = f.source_of(conditions[row]) if row in conditions else "True"
        edited = [t for t in dict.fromkeys(texts) if t != original and _safe_to_evaluate(f.parser.parse(t.encode()).root_node, f.readers)]
        found[row + f.row_offset + 1] = (original, *edited[:_MAX_WATCHED])
    loops = {row + f.row_offset + 1 for row, c in conditions.items() if c.parent is not None and c.parent.type == "while_statement"}
    filters = {row + f.row_offset + 1 for row, c in conditions.items() if c.parent is not None and c.parent.type == "if_clause"}
    dropped = {line: frozenset(texts) for line, texts in drops.items()}
    return Watches(found, frozenset(loops), frozenset(filters), dropped)


# Edits of one condition evaluated at each time it runs: enough for every clause family.
_MAX_WATCHED = 240


def _watched_conditions(f: _Function) -> dict[int, tree_sitter.Node]:
    """Row -> the condition of the `if`, `elif`, `while`, returned test or comprehension's
    filter there, when evaluating it once more changes nothing."""
    found = {}
    for node in f.nodes:
        owned = node.type in _CONDITION_OWNERS or node.type == "if_clause"
        condition = _owned_condition(node) if owned else _returned_test(node)
        if condition is not None and _safe_to_evaluate(condition, f.readers):
            found.setdefault(node.start_point.row, condition)
    return found


def _drops_a_clause(family: int, edit: _Edit) -> bool:
    """The edit reduces `a and b` or `a or b` to one operand (see boolean)."""
    return family == _BOOLEAN and edit.new not in ("and", "or")


def _condition_row(conditions: dict[int, tree_sitter.Node], edit: _Edit) -> int | None:
    """The row of the watched condition the edit changes, and nothing else."""
    for row, condition in conditions.items():
        if condition.start_byte <= edit.start <= edit.end <= condition.end_byte:
            return row
    return None


def _edited_condition(f: _Function, condition: tree_sitter.Node, edit: _Edit) -> str:
    return f.source_of_range(condition.start_byte, edit.start) + edit.new + f.source_of_range(edit.end, condition.end_byte)


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
    """The names of the functions and methods of these modules whose body is one `return`
    of what only reads (`def age(self, today): return (today - self.roasted).days`), when
    every function of that name is one: calling one again changes nothing."""
    found: dict[str, bool] = {}
    for node in (n for module in modules for n in walk(module) if n.type == "function_definition"):
        body = node.child_by_field_name("body")
        statements = [s for s in body.named_children if s.type != "comment"] if body is not None else []
        if statements and _is_docstring_statement(statements[0]):
            statements = statements[1:]
        returned = statements[0].named_children if len(statements) == 1 and statements[0].type == "return_statement" else []
        reads = len(returned) == 1 and _safe_to_evaluate(returned[0])
        name = _name_of(node)
        found[name] = found.get(name, True) and reads
    return frozenset(name for name, reads in found.items() if reads)


def _drawn(seed: int, edit: _Edit) -> int:
    """The edit's place among its equals, drawn from `seed` and the edit alone: a template
    added elsewhere does not reshuffle them."""
    return zlib.crc32(f"{seed}|{edit.start}|{edit.end}|{edit.new}".encode())


def _edits(
    function: _Function,
    raises: tuple[str, ...] = (),
    escaped: tuple[str, ...] = (),
    expected: tuple[str, ...] = (),
    raised_rows: frozenset[int] = frozenset(),
) -> Iterator[tuple[int, _Edit]]:
    """Every edit, with its family's place in FAMILIES (the order says which is most often the fix)."""
    for index, family in enumerate(FAMILIES.values()):
        yield from ((index, edit) for edit in family(function))
    if raises:
        yield from ((len(FAMILIES), edit) for edit in raise_guard(function, raises))
    yield from ((len(FAMILIES), edit) for edit in exception_handling(function, escaped, expected, raised_rows))


# -- families ------------------------------------------------------------------


def arithmetic(f: _Function) -> Iterator[_Edit]:
    """`+` <-> `-` <-> `*` <-> `/` <-> `//` <-> `%` <-> `**`, and the augmented `+=`, `-=`,
    ...; a division that rounds down where a begun unit counts whole: `-(-words // 250)`;
    a quantity in another unit than the function works in: `limit_minutes * 60`; a
    product the docstring says counts twice: `2 * chargeable * per_mile`."""
    for node in f.nodes:
        if node.type == "binary_operator":
            operator = node.child_by_field_name("operator")
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            yield from _meaningful_swaps(f, operator, _ARITHMETIC, right)
            if operator.type == "//" and left is not None and right is not None:
                negated = f"-{f.source_of(left)}" if left.type in _PLAIN_OPERANDS else f"-({f.source_of(left)})"
                yield f.replace(node, f"-({negated} // {f.source_of(right)})", f"`{f.source_of(node)}` rounded up")
        elif node.type == "augmented_assignment":
            operator = node.child_by_field_name("operator")
            yield from _meaningful_swaps(f, operator, _AUGMENTED, node.child_by_field_name("right"))
    yield from _unit_conversions(f, [c for c in f.constants if c in _UNIT_FACTORS])
    # A product the docstring says is doubled ("mileage there and back", "twice the rate")
    # where the code never doubles anything.
    if f.says_doubled and not re.search(r"\b2 \*|\* 2\b", decode(f.text)):
        for node in f.nodes:
            product = node.type == "binary_operator" and node.child_by_field_name("operator").type == "*"
            if product and not (node.parent.type == "binary_operator" and node.parent.child_by_field_name("operator").type == "*"):
                yield f.replace(node, f"2 * {f.source_of(node)}")


def _unit_conversions(f: _Function, factors: list[str], skipped: Collection[str] = ()) -> Iterator[_Edit]:
    """A quantity its name gives in one unit where the function works in another, by one of
    the factors: `self.limit_minutes` -> `self.limit_minutes * 60`, and `/ 60`; not for
    names whose last part is `skipped`."""
    for node in f.nodes:
        if node.type not in ("identifier", "attribute") or not _reads_a_value(node) or not _UNIT_NAME.search(name := f.source_of(node)):
            continue
        if name.rsplit(".", 1)[-1] in skipped:
            continue
        if node.type == "identifier" and not _reads_a_name(node):
            continue
        operation = node.parent.child_by_field_name("operator") if node.parent.type == "binary_operator" else None
        for factor in factors:
            for operator in ("*", "/"):
                converted = f"{name} {operator} {factor}"
                yield f.replace(node, converted if operation is None or operation.type in ("+", "-") else f"({converted})")


def _applied_factors(f: _Function) -> dict[str, set[str]]:
    """The unit factors the function multiplies or divides by -> the last parts of the
    names it applies each to: the 60 of `over // 60` -> {"over"}."""
    applied: dict[str, set[str]] = {}
    for node in f.nodes:
        if node.type != "binary_operator" or node.child_by_field_name("operator").type not in ("*", "/", "//"):
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if right is not None and (factor := f.source_of(right)) in _UNIT_FACTORS and left is not None:
            named = {f.source_of(n).rsplit(".", 1)[-1] for n in walk(left) if n.type in ("identifier", "attribute")}
            applied.setdefault(factor, set()).update(named)
    return applied


# A name that says its unit (`time_limit_minutes`, `weight_kg`), and the factors between units.
_UNIT_NAME = re.compile(r"(?:^|[._])(?:seconds|secs|minutes|mins|hours|hrs|days|weeks|ms|pence|cents|grams|kg|metres|meters|km|cm|mm)$")
_UNIT_FACTORS = frozenset({"7", "12", "24", "60", "100", "1000", "1024", "3600"})

# What an operator does with 1 or 0 on its right that is no arithmetic at all: leaves the
# number as it is (`n * 1`), makes it a constant (`count %= 1`) or raises (`n / 0`).
_DEGENERATE = {"1": {"*", "/", "//", "%", "**"}, "0": {"+", "-", "*", "/", "//", "%", "**"}}


def _meaningful_swaps(
    f: _Function, operator: tree_sitter.Node, alternatives: tuple[str, ...], right: tree_sitter.Node | None
) -> Iterator[_Edit]:
    degenerate = _DEGENERATE.get(f.source_of(right) if right is not None else "", set())
    for edit in _swap_token(f, operator, alternatives):
        if edit.new.removesuffix("=") not in degenerate:
            yield edit


_PLAIN_OPERANDS = frozenset({"identifier", "attribute", "call", "subscript", "integer", "float", "parenthesized_expression"})


def comparison(f: _Function) -> Iterator[_Edit]:
    """`<` / `<=` / `>` / `>=`, `==` / `!=`, `is` / `is not`, `in` / `not in`."""
    for node in f.nodes:
        if node.type == "comparison_operator":
            for token in node.children:
                for alternative in _COMPARISON_ALTERNATIVES.get(token.type, ()):
                    yield f.replace(token, alternative)


def boolean(f: _Function) -> Iterator[_Edit]:
    """`and` <-> `or`, and a condition reduced to one of its operands."""
    for node in f.nodes:
        if node.type != "boolean_operator":
            continue
        operator = node.child_by_field_name("operator")
        yield f.replace(operator, "or" if operator.type == "and" else "and")
        for operand in (node.child_by_field_name("left"), node.child_by_field_name("right")):
            yield f.replace(node, f.source_of(operand))


def negation(f: _Function) -> Iterator[_Edit]:
    """A condition negated, or its `not` removed."""
    for node in f.nodes:
        if node.type == "not_operator":
            yield f.replace(node, f.source_of(node.child_by_field_name("argument")))
        for condition in _conditions(node):
            if condition.type != "not_operator":
                yield f.replace(condition, _negated(f.source_of(condition), condition.type))


def off_by_one(f: _Function) -> Iterator[_Edit]:
    """+1 / -1 on integer literals and on bounds: range() arguments, slice bounds,
    subscript indices, comparison operands, assigned and returned values, and counts a
    product scales."""
    for node in f.nodes:
        places: list[tree_sitter.Node] = []
        if node.type == "integer" and not _is_negative_literal(node.parent):
            places.append(node)
        elif _is_negative_literal(node):
            places.append(node)
        elif node.type == "call" and f.source_of(node.child_by_field_name("function")) == "range":
            places.extend(_positional_arguments(node))
        elif node.type == "slice":
            places.extend(node.named_children)
        elif node.type == "subscript" and f.source_of(node.child_by_field_name("value")) not in f.mappings:
            places.extend(c for c in node.children_by_field_name("subscript") if c.type != "slice")
        elif node.type == "comparison_operator":
            places.extend(node.named_children)
        elif node.type in ("assignment", "augmented_assignment"):
            places.extend(c for c in [node.child_by_field_name("right")] if c is not None)
        elif node.type == "return_statement":
            places.extend(c for c in node.named_children if c.type != "expression_list")
        for place in (p for p in places if p.type not in _NEVER_NUMBERS and _may_be_number(f, f.source_of(p))):
            # A fraction one off is no count one off (`litres / cover + 1`), nor is a unit one
            # off (`minutes / 14` for a quarter hour).
            if _is_true_division(place) or _is_divisor(place):
                continue
            for delta in (1, -1):
                yield f.replace(place, _shifted(f, place, delta))
    # A count one off in a product: `extra_piano * visit.pianos` -> `extra_piano * (visit.pianos - 1)`
    # for the pianos after the first.
    for node in (n for n in f.nodes if n.type == "binary_operator" and n.child_by_field_name("operator").type == "*"):
        for factor in node.named_children:
            name = f.source_of(factor)
            if factor.type in ("identifier", "attribute") and (name in f.numeric_names or _annotation_of(f, name) == "int"):
                for delta in (-1, 1):
                    yield f.replace(factor, f"({_shifted(f, factor, delta)})")


def _is_true_division(node: tree_sitter.Node) -> bool:
    operator = node.child_by_field_name("operator") if node.type == "binary_operator" else None
    return operator is not None and operator.type == "/"


def _is_divisor(node: tree_sitter.Node) -> bool:
    parent = node.parent
    if node.type != "integer" or parent is None or parent.type != "binary_operator":
        return False
    return parent.child_by_field_name("operator").type in ("/", "//") and parent.child_by_field_name("right") == node


def unread_constant(f: _Function) -> Iterator[_Edit]:
    """A number the module names and no code reads, added to or taken from what a step
    adds (`clock += minutes` -> `clock += minutes + GAP_MINUTES`) or what is assigned."""
    for node in f.nodes:
        if node.type not in ("augmented_assignment", "assignment") or (right := node.child_by_field_name("right")) is None:
            continue
        if node.type == "assignment" and not _integer_valued(f, right):
            continue
        text = f.source_of(right)
        wrapped = f"({text})" if right.type in _LOOSE else text
        for constant in f.unread_constants:
            for operator in ("+", "-"):
                yield f.replace(right, f"{wrapped} {operator} {constant}")


def constants(f: _Function) -> Iterator[_Edit]:
    """A literal replaced by 0, 1, -1, True, False, None or ""; a number by another the
    function or its docstring says (`value < 1000` beside `value /= 1024`)."""
    numbers = [c for c in f.constants if re.fullmatch(r"\d+(\.\d+)?", c)]
    for node in f.nodes:
        is_literal = node.type in _LITERALS and not _is_negative_literal(node.parent)
        if not (is_literal or _is_negative_literal(node)) or _is_docstring(node):
            continue
        if node.type == "string" and node.parent is not None and node.parent.type == "concatenated_string":
            continue
        others = [n for n in numbers if n not in _CONSTANTS and n != f.source_of(node)] if node.type in ("integer", "float") else []
        for constant in [*_CONSTANTS, *others]:
            if constant.startswith("-") and _is_added_or_subtracted(node):
                continue  # `n - -1` is `n + 1`, which the operator's own edit writes plainly
            if constant in ("True", "False") and _counts_as_number(node):
                continue  # `items[True]` is `items[1]` written oddly, and would back it as a second edit
            yield f.replace(node, constant)


def separator(f: _Function) -> Iterator[_Edit]:
    """The separator of `split`/`rsplit`/`join` replaced or, for a bare `split()`,
    given: `text.split()` -> `text.split(",")`, `"".join(w)` -> `" ".join(w)`."""
    for node in f.nodes:
        if node.type != "call":
            continue
        function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if function is None or function.type != "attribute" or arguments is None:
            continue
        method = function.child_by_field_name("attribute")
        if method is None or decode(method.text or b"") not in _SEPARATOR_METHODS:
            continue
        if decode(method.text or b"") == "join":  # its argument may be a bare generator
            owner = function.child_by_field_name("object")
            if owner is not None and owner.type == "string":
                yield from (f.replace(owner, s) for s in _SEPARATORS if s != f.source_of(owner))
        elif arguments.type != "argument_list":
            continue
        elif not arguments.named_children:
            yield from (f.replace(arguments, f"({s})") for s in _SEPARATORS if s != '""')
        elif arguments.named_children[0].type == "string":
            first = arguments.named_children[0]
            yield from (f.replace(first, s) for s in _SEPARATORS if s not in ('""', f.source_of(first)))


def lookup_default(f: _Function) -> Iterator[_Edit]:
    """A subscript that may miss, read with a default: `d[k]` -> `d.get(k, 0)`; a key
    that may be missing, taken out with a default: `d.pop(k)` -> `d.pop(k, 0)`."""
    for node in f.nodes:
        if node.type == "call" and (callee := node.child_by_field_name("function")).type == "attribute" \
                and f.source_of(callee.child_by_field_name("attribute")) == "pop":
            arguments = node.child_by_field_name("arguments")
            if arguments.named_child_count == 1 and arguments.named_children[0].type != "keyword_argument":
                for default in _DEFAULTS:
                    yield f.replace(node, f"{f.source_of(callee)}({f.source_of(arguments.named_children[0])}, {default})")
        if node.type != "subscript" or _is_assignment_target(node) or node.parent is None:
            continue
        if node.parent.type == "augmented_assignment" and node.parent.child_by_field_name("left") == node:
            continue
        value, index = node.child_by_field_name("value"), node.child_by_field_name("subscript")
        if value is None or index is None or index.type == "slice" or node.named_child_count != 2:
            continue
        for default in _DEFAULTS:
            yield f.replace(node, f"{f.source_of(value)}.get({f.source_of(index)}, {default})")


def variable(f: _Function) -> Iterator[_Edit]:
    """A variable (parameter or assigned local) replaced by another in-scope name; a
    field read where a local the function never reads, or one it computed from that
    field, was meant: `round(job.bench_minutes * rate)` -> `round(charged * rate)`; and a
    call made again where the local holding its value was meant: `round(walk_price(walk),
    2)` -> `round(price, 2)` after `price = walk_price(walk)`; the counts of the
    parts for the size of the whole; and in a nested function, its own parameter for a
    name of the function around it."""
    for node in f.nodes:
        if not _is_variable(node, f.names):
            continue
        current = f.source_of(node)
        for name in f.names:
            if name != current and not _declared_apart(f, name, current):
                yield f.replace(node, name)
    # A name of the function around it read where its own parameter was meant:
    # `total_faults(round_, time_allowed)` in `ranked(rounds, allowed)`.
    for node in f.nodes:
        if _is_variable(node, f.outer_names):
            for name in f.params:
                if name not in ("self", "cls"):
                    yield f.replace(node, name)
    values = _local_values(f)
    for node in f.nodes:
        if node.type == "attribute" and _reads_a_value(node):
            root = f.source_of(node).split(".")[0]
            derived = [name for name, value, end in values if end < node.start_byte and f.source_of(node) in value and name != root]
            for name in dict.fromkeys([*f.unused_locals, *derived]):
                yield f.replace(node, name)
        elif node.type == "call" and _reads_a_value(node):
            for name in dict.fromkeys(name for name, value, end in values if end < node.start_byte and value == f.source_of(node)):
                # As small as a name changed: the name holds what is computed again.
                yield replace(f.replace(node, name), size=len(name))
            # The size of the whole where its parts were meant: `len(ages)` -> `(adults +
            # children)` after `adults = sum(1 for age in ages if age >= ADULT_FROM)`.
            whole = re.fullmatch(r"len\((\w+)\)", f.source_of(node))
            counted = re.compile(rf"(sum\(1|len\(\[).* for .* in {re.escape(whole[1])}\b") if whole else None
            parts = [name for name, value, end in values if counted and end < node.start_byte and counted.match(value)]
            for part in [*parts, *([f"({' + '.join(parts)})"] if len(parts) > 1 else [])]:
                yield f.replace(node, part)


def _same_typed_fields(f: _Function) -> Iterator[_Edit]:
    """A name declared with a type of its own (`start: date`, not a number, a string or
    a flag) read where an object's field of that type was meant: `(day - start).days` ->
    `(day - tray.set_on).days`, the object one the function names. Plain types match too
    many fields to say anything."""
    for node in f.nodes:
        name = f.source_of(node)
        kind = f.declared.get(name, f.outer_declared.get(name)) if _reads_a_name(node) else None
        if kind is None or _type_words(kind) <= {"str", "bool", "number"}:
            continue
        for owner in f.names:
            for field in f.fields_of(owner):
                if f.annotations.get(field) == kind:
                    yield f.replace(node, f"{owner}.{field}")


# A shallow copy of a name: `dict(stock)`, `list(queue)`, `stock.copy()`, `queue[:]`.
_COPY = re.compile(r"(?:dict|list|set|(?:copy\.)?(?:deep)?copy)\((\w+)\)|(\w+)\.copy\(\)|(\w+)\[:\]")


def _originals_read_after_copying(f: _Function) -> Iterator[tuple[tree_sitter.Node, str]]:
    """(a read of the original, the copy's name) for each local made as a copy of a name
    (`left = dict(stock)`) that the function then changes in place (`left[key] -= got`),
    and each later read of the original: the copy was made to be used up, so that the
    original stays as it was, and what is left is in the copy."""
    for node in f.nodes:
        target, value = node.child_by_field_name("left"), node.child_by_field_name("right")
        if node.type != "assignment" or target is None or value is None or target.type != "identifier":
            continue
        copied = _COPY.fullmatch(f.source_of(value))
        copy = f.source_of(target)
        if copied is None or not _changed_in_place(f, copy):
            continue
        original = next(group for group in copied.groups() if group)
        for read in f.nodes:
            if read.type == "identifier" and read.start_byte > node.end_byte and f.source_of(read) == original and _reads_a_name(read):
                yield read, copy


def _changed_in_place(f: _Function, name: str) -> bool:
    """The function sets an item of the collection, deletes one, or calls a method that changes it."""
    for node in f.nodes:
        if node.type in ("assignment", "augmented_assignment", "delete_statement"):
            target = node.child_by_field_name("left") if node.type != "delete_statement" else (node.named_children or [None])[0]
            if target is not None and target.type == "subscript" and f.source_of(target.child_by_field_name("value")) == name:
                return True
        elif node.type == "call" and (function := node.child_by_field_name("function")) is not None and function.type == "attribute":
            owner, method = (f.source_of(function.child_by_field_name(k)) for k in ("object", "attribute"))
            if owner == name and method in _CHANGING_METHODS:
                return True
    return False


def pasted_statement(f: _Function) -> Iterator[_Edit]:
    """A statement pasted below its twin without the change its new place needed: the
    statement before each twin differs in one value (`lines.append((..., board))` and
    `lines.append((..., extra.cost))`), and the pasted twin still reads the first one's
    (`total += board` -> `total += extra.cost`); or the twin right below it reads another
    field of the same object (`drawn[game.white] += 1` -> `drawn[game.black] += 1`)."""
    statements = [n for n in f.nodes if n.parent is not None and n.parent.type == "block" and n.is_named and n.type != "comment"]
    for i, first in enumerate(statements):
        for pasted in (s for s in statements[i + 1 :] if f.source_of(s) == f.source_of(first)):
            if pasted.prev_named_sibling == first:
                # Pasted right below itself: one field of an object was to be another it has
                # (`drawn[game.white] += 1` twice, where the second was `game.black`).
                text = f.source_of(pasted)
                read = {f.source_of(n) for n in walk(pasted) if n.type == "attribute" and n.child_by_field_name("object").type == "identifier"}
                for owner, _, field in sorted(r.partition(".") for r in read):
                    for other in sorted(f.attributes.get(owner, set()) - f.methods - {field}):
                        edit = f.replace(pasted, re.sub(rf"\b{re.escape(owner)}\.{field}\b", f"{owner}.{other}", text))
                        yield replace(edit, description=f"`{owner}.{field}` -> `{owner}.{other}`")
                continue
            before, after = first.prev_named_sibling, pasted.prev_named_sibling
            if before is None or after is None or before.type != after.type:
                continue
            for old, new in _differences(f, before, after):
                for node in (n for n in walk(pasted) if f.source_of(n) == old and n.type in ("identifier", "attribute")):
                    yield f.replace(node, new)


def _differences(f: _Function, a: tree_sitter.Node, b: tree_sitter.Node) -> Iterator[tuple[str, str]]:
    """The expressions two statements of one shape differ in, as (a's, b's): their
    children are walked side by side while they have the same types."""
    if f.source_of(a) == f.source_of(b):
        return
    if a.type != b.type or len(a.named_children) != len(b.named_children) or not a.named_children:
        yield f.source_of(a), f.source_of(b)
        return
    for x, y in zip(a.named_children, b.named_children):
        yield from _differences(f, x, y)


def _reads_a_value(node: tree_sitter.Node) -> bool:
    """`job.minutes` read whole: not the callee of a call, a part of a longer attribute, or a target."""
    parent = node.parent
    if parent is None or _is_assignment_target(node) or parent.type == "attribute":
        return False
    return not (parent.type == "call" and parent.child_by_field_name("function") == node)


def _local_values(f: _Function) -> list[tuple[str, str, int]]:
    """(name, the text of its value, where it ends) for each `name = value` of the function."""
    return [
        (f.source_of(left), f.source_of(n.child_by_field_name("right")), n.end_byte)
        for n in f.nodes if n.type == "assignment" and (left := n.child_by_field_name("left")).type == "identifier"
        and n.child_by_field_name("right") is not None
    ]


def _declared_apart(f: _Function, name: str, other: str) -> bool:
    """Two names the function declares with types that share nothing (`sku: str`,
    `qty: int`); an int and a float, or `int` and `Optional[int]`, may stand for each other."""
    kinds = f.declared.get(name), f.declared.get(other)
    return None not in kinds and not _type_words(kinds[0]) & _type_words(kinds[1])


def _type_words(annotation: str) -> set[str]:
    words = set(re.findall(r"\w+", annotation)) - {"Optional", "None", "typing"}
    return {"number" if word in _NUMBER_TYPES else word for word in words}


def swap(f: _Function) -> Iterator[_Edit]:
    """Two positional call arguments swapped; operands of `-`, `/`, `//`, `%`, `**` swapped."""
    for node in f.nodes:
        if node.type == "call":
            arguments = _positional_arguments(node)
            for i, first in enumerate(arguments):
                for second in arguments[i + 1 :]:
                    yield _exchange(f, first, second)
        elif node.type == "binary_operator" and node.child_by_field_name("operator").type in _NON_COMMUTATIVE:
            yield _exchange(f, node.child_by_field_name("left"), node.child_by_field_name("right"))


def return_value(f: _Function) -> Iterator[_Edit]:
    """A return statement returning another in-scope name, or None; and a call of the
    module's own function whose result is dropped, returned: `_temperature(v, s, t)` ->
    `return _temperature(v, s, t)`."""
    for node in f.nodes:
        if node.type == "return_statement":
            for value in [*f.names, "None"]:
                yield f.replace(node, f"return {value}")
        elif node.type == "expression_statement" and node.named_child_count == 1 and (call := node.named_children[0]).type == "call":
            if (function := call.child_by_field_name("function")).type == "identifier" and f.source_of(function) in f.module_names:
                yield f.replace(node, f"return {f.source_of(call)}")


def delete_statement(f: _Function) -> Iterator[_Edit]:
    """A statement removed (`pass` when it was alone in its block); an `if` without
    `else` replaced by its body, as if its condition were always true."""
    for node in _statements(f):
        if _is_docstring_statement(node):
            continue
        siblings = [s for s in node.parent.named_children if s.type != "comment"]
        start, end = _line_span(f, node)
        # The function's last line has no line break of its own: remove the one before.
        cut = start - 1 if end == len(f.data) and not f.data.endswith(b"\n") else start
        if len(siblings) > 1:
            yield _Edit(cut, end, "", (node.start_point.row,), f"delete `{_first_line(f, node)}`")
        elif node.type != "pass_statement":
            yield _Edit(node.start_byte, node.end_byte, "pass", (node.start_point.row,), f"`{_first_line(f, node)}` -> `pass`")
        if node.type == "if_statement" and node.child_by_field_name("alternative") is None:
            body = node.child_by_field_name("consequence")
            if body is not None and body.start_point.row > node.start_point.row:
                yield _Edit(start, end, _dedented_block(f, body, f.indent_of(node)), (node.start_point.row,), f"unwrap `{_first_line(f, node)}`")


def insert_statement(f: _Function) -> Iterator[_Edit]:
    """A statement drawn from the function's own lines, or one it plausibly lacks
    (`return`, `return <local>`, `<loop variable> += 1`, `break`), inserted between statements."""
    own = [f.source_of(s) for s in _statements(f) if s.type in _SIMPLE_STATEMENTS and "\n" not in f.source_of(s)]
    own = [s for s in own if not _is_docstring_text(s)]
    # A procedure (no `return` gives a value) leaves early with a bare `return`.
    gives_values = any(n.type == "return_statement" and n.named_children for n in f.nodes)
    lacking = [*([] if gives_values else ["return"]), *(f"return {name}" for name in [*f.names, *f.inner_functions])]
    # What a loop looks for, returned once found: `return rule.action` for the first rule that matches.
    lacking += [f"return {item}.{field}" for item in f.loop_variables for field in f.fields_of(item)]
    for node in f.nodes:
        if node.type == "while_statement":
            condition = node.child_by_field_name("condition")
            for name in sorted({f.source_of(n) for n in walk(condition) if _is_variable(n, f.names)}):
                lacking.extend((f"{name} += 1", f"{name} -= 1"))
        if node.type in _LOOPS:
            lacking.extend(("break", "continue"))
    statements = list(dict.fromkeys([*own, *lacking]))
    at_end = len(f.data)
    # A `return`, `break`, ... goes last in its block: before another statement it leaves that one dead.
    # (Blocks nested at their end share that offset: the indentation tells which one it is.)
    block_ends = {
        (_line_span(f, block.named_children[-1])[1], f.indent_of(block.named_children[0]))
        for block in f.nodes
        if block.type == "block" and block.named_children and block.named_children[-1].type not in _ENDS_A_BLOCK
    }
    for offset, indent, rows in _insertion_points(f):
        for statement in statements:
            if statement.split(" ", 1)[0] in _ENDING_WORDS and (offset, indent) not in block_ends:
                continue
            # After the function's last line, which has no line break of its own.
            text = f"\n{indent}{statement}" if offset == at_end else f"{indent}{statement}\n"
            yield _Edit(offset, offset, text, rows, f"insert `{statement}`")


def guard(f: _Function) -> Iterator[_Edit]:
    """An early return at the top of the body: `if not <param>: return <constant>`
    or `if <param> is None: return None`, for inputs the function forgot (empty, None)."""
    first = _first_body_statement(f)
    if first is None or not f.alone_on_its_lines(first):
        return
    indent = f.indent_of(first)
    offset = f.data.rfind(b"\n", 0, first.start_byte) + 1
    for param in [p for p in f.params if p not in ("self", "cls")]:
        guards = [(f"not {param}", result) for result in (*_GUARD_RESULTS, param)]
        guards.append((f"{param} is None", "None"))
        for condition, result in guards:
            text = f"{indent}if {condition}:\n{indent}{f.indent_unit}return {result}\n"
            yield _Edit(offset, offset, text, (first.start_point.row,), f"guard `if {condition}: return {result}`")


def call_name(f: _Function) -> Iterator[_Edit]:
    """A method, attribute or called builtin replaced by a sibling (`append`/`extend`,
    `min`/`max`, `keys`/`values`, ...) or by another attribute the function uses; a
    function called replaced by one of the module's whose name is one word apart;
    `break` <-> `continue`."""
    for node in f.nodes:
        if node.type in ("break_statement", "continue_statement"):
            yield f.replace(node, "continue" if node.type == "break_statement" else "break")
        name = _called_or_attribute_name(node)
        if name is None:
            continue
        current = f.source_of(name)
        alternatives = [*_siblings(current)]
        if node.type == "call":  # a sibling the module can name: `workdays_before` -> `workdays_after`
            alternatives.extend(a for a in _opposites(current) if a in f.module_names)
            # A function of the same family that takes these arguments: `mph_to_kph` -> `mph_to_knots`.
            given = len(_positional_arguments(node))
            alternatives.extend(
                name for name in _one_word_apart(current, f.signatures)
                if sum(p.required for p in f.signatures[name]) <= given <= len(f.signatures[name])
            )
            # A bare name: only what the module can call (`ceil` as `math.ceil`), not a NameError.
            alternatives = [called for alternative in alternatives if (called := _callable_bare(f, alternative))]
        if node.type == "attribute":
            owner = f.source_of(node.child_by_field_name("object"))
            alternatives.extend(sorted(f.attributes.get(owner, ())))
            if owner != "self" and current in f.fields:  # an instance of one of the module's classes, likely
                alternatives.extend(sorted(f.fields))
            for fields in f.classes:  # another field of a class that declares this one
                if current in fields:
                    alternatives.extend(sorted(fields))
        if current == "get" and node.type == "attribute":
            yield from _get_to_pop(f, node)
        for alternative in dict.fromkeys(alternatives):
            if alternative != current:
                edit = f.replace(name, alternative)
                # `math.` only says where the sibling lives: `round` -> `math.ceil` is one name changed.
                yield replace(edit, size=_change_size(current, alternative.removeprefix("math.")))


def _get_to_pop(f: _Function, attribute: tree_sitter.Node) -> Iterator[_Edit]:
    """`d.get(k)` -> `d.pop(k, None)`: the key is taken out, and a missing one still gives
    None to the code that checks for it, as `d.pop(k)` would not."""
    call = attribute.parent
    arguments = call.child_by_field_name("arguments") if call is not None and call.type == "call" else None
    if arguments is None or arguments.named_child_count != 1 or arguments.named_children[0].type == "keyword_argument":
        return
    owner, key = f.source_of(attribute.child_by_field_name("object")), f.source_of(arguments.named_children[0])
    # As small a change as `get` -> `pop`: the default only keeps what was.
    edit = f.replace(call, f"{owner}.pop({key}, None)")
    yield replace(edit, size=_change_size("get", "pop"))


# -- wider families: what one-token edits cannot reach ---------------------------------

_CLAUSE_COMPARISONS = ("<", "<=", ">", ">=", "==", "!=")
# Clauses tried per condition: the simplest come first and suffice for most bugs.
_MAX_CLAUSES = 60
# Clauses tried per guarded statement and per place a raising check may go.
_MAX_GUARD_CLAUSES = 24
_MAX_RAISE_CLAUSES = 36


def condition_clause(f: _Function) -> Iterator[_Edit]:
    """A clause added to a condition (or to a test the function returns) with `and` /
    `or`: a truth or None test of an in-scope name, or its comparison with a constant of
    the function or another name used there; `while True` <-> `while <name>`. A
    parameter the function never reads comes first: it was surely meant to be tested."""
    for node in f.nodes:
        condition = _owned_condition(node) or _returned_test(node) or _returned_flag(f, node)
        if condition is None:
            continue
        text = f.source_of(condition)
        if node.type == "while_statement":
            if text == "True":
                for name in _names_in(f, node):
                    yield f.replace(condition, name)
            else:
                yield f.replace(condition, "True")
        wrapped = f"({text})" if condition.type in ("boolean_operator", "conditional_expression", "lambda") else text
        # A condition that raised may need a clause that keeps it from being evaluated, and a
        # size checked beside an index guards it: `len(name) >= 3 and name[0] ...`.
        raised = not f.raised_rows.isdisjoint(range(condition.start_point.row, condition.end_point.row + 1))
        indexed = {f.source_of(n.child_by_field_name("value")) for n in walk(condition) if n.type == "subscript"}
        bounds = _index_guards(f, node)
        # `a and b` gains `and c` without parentheses.
        chained = condition.type == "boolean_operator" and condition.child_by_field_name("operator").type == "and"
        # An operand of `&`, `+`, `<`, ... may be None, where the tests did not say it raised.
        maybe_none = {f"{f.source_of(operand)} is not None" for operand in _operated_on(condition)}
        for clause in _condition_clauses(f, node):
            guards = clause in bounds or any(f"len({name})" in clause for name in indexed)
            if raised or guards or clause in maybe_none:
                yield f.replace(condition, f"{clause} and {text if chained else wrapped}")
            for joiner in ("and", "or") if not guards else ("or",):
                yield f.replace(condition, f"{text if chained and joiner == 'and' else wrapped} {joiner} {clause}")
    # A comprehension that keeps every item where it should filter: `[u for u in users if u.active]`.
    for node in f.nodes:
        if node.type not in _COMPREHENSIONS or any(c.type == "if_clause" for c in node.named_children):
            continue
        loops = [c for c in node.named_children if c.type == "for_in_clause"]
        items = [name for loop in loops for name in _identifiers(loop.child_by_field_name("left"))]
        if not loops or not items:
            continue
        for clause in _clauses(f, _with_attributes(f, items)):
            yield _Edit(loops[-1].end_byte, loops[-1].end_byte, f" if {clause}", (node.start_point.row,), f"keep only the items where `{clause}`")


def _operated_on(condition: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """The names and fields an operator of the condition works on: `a.x & b.y`, `n < limit`."""
    for node in walk(condition):
        if node.type in ("binary_operator", "comparison_operator"):
            yield from (c for c in node.named_children if c.type in ("identifier", "attribute"))


def _condition_clauses(f: _Function, node: tree_sitter.Node) -> list[str]:
    # A bool is an int: `isinstance(v, int)` lets True through unless told not to.
    bools = [
        f"not isinstance({f.source_of(arguments[0])}, bool)"
        for call in walk(node)
        if call.type == "call" and f.source_of(call.child_by_field_name("function")) == "isinstance"
        and len(arguments := call.child_by_field_name("arguments").named_children) == 2
        and re.search(r"\bint\b", f.source_of(arguments[1])) and not re.search(r"\bbool\b", f.source_of(arguments[1]))
    ]
    flags = [clause for flag in [*f.flag_calls, *f.flag_fields] for clause in (f"not {flag}", flag)]
    # What the loop around it computes per item may be what it should test: `status != DELETED`;
    # so may the item itself: `and not plant.indoor`.
    computed = [
        name for loop in _ancestors(node, f.body) if loop.type in _LOOPS and (body := loop.child_by_field_name("body")) is not None
        for name in [*_loop_targets(loop), *sorted(_assigned_names(body))] if name != "_"
    ]
    names = _with_attributes(f, list(dict.fromkeys([*f.unused_params, *f.unused_locals, *_names_in(f, node), *computed])))
    # The condition's own objects, `self` too: `member_id in self.waitlist` beside `member_id in self.attendees`.
    condition = _owned_condition(node)
    owners = sorted({f.source_of(a.child_by_field_name("object")) for a in walk(condition) if a.type == "attribute"
                     and a.child_by_field_name("object").type == "identifier"} if condition is not None else set())
    siblings = _sibling_comparisons(f, _with_attributes(f, owners))
    clauses = [
        *_index_guards(f, node), *_mirrored(f, node, names), *_other_bounds(f, node), *_repeated_for_siblings(f, node),
        *_asked_of_each_item(f, node), *siblings, *_clauses(f, names),
    ]
    if node.type == "while_statement":  # a loop ends on its progress, not on what a collection holds
        clauses = [c for c in clauses if not re.search(r" (not )?in ", c)]
    return list(dict.fromkeys([*bools, *flags, *clauses]))


def _loop_targets(loop: tree_sitter.Node) -> list[str]:
    """The names a `for` loop binds per item; none for a `while` loop."""
    return sorted(_identifiers(loop.child_by_field_name("left"))) if loop.type == "for_statement" else []


def _index_guards(f: _Function, node: tree_sitter.Node) -> list[str]:
    """The bound an index in the condition may lack (TBar's range check):
    `i < len(items)` for `items[i]`, `i + 1 < len(items)` for `items[i + 1]`, `i > 0`
    for `items[i - 1]`; none the condition already has."""
    condition = _owned_condition(node)
    found = []
    for subscript in walk(condition) if condition is not None else []:
        if subscript.type != "subscript" or len(subscript.named_children) != 2:
            continue
        value, index = (f.source_of(child) for child in subscript.named_children)
        name, step = (index.split(" - ")[0], "-") if re.fullmatch(r"\w+ - 1", index) else (index, "+")
        if not _is_variable(subscript.named_children[1], f.names) and not re.fullmatch(r"\w+ [-+] \d+", index):
            continue
        guard = f"{name} > 0" if step == "-" else f"{index} < len({value})"
        if guard not in f.source_of(condition) and f"len({value})" not in f.source_of(condition):
            found.append(guard)
    return list(dict.fromkeys(found))


def _mirrored(f: _Function, node: tree_sitter.Node, names: list[str]) -> list[str]:
    """A comparison of the condition with each side traded for its counterpart, a name
    for the field of that name: `booking.start < end` -> `start < booking.end`, the other
    half of an overlap."""
    counterparts: dict[str, str] = {}
    for name in names:
        owner, _, field = name.rpartition(".")
        if owner.isidentifier() and field in f.names:
            counterparts[name] = field
            counterparts.setdefault(field, name)
    condition = _owned_condition(node)
    found = []
    for comparison in walk(condition) if condition is not None else []:
        if comparison.type != "comparison_operator" or len(comparison.named_children) != 2:
            continue
        left, right = (f.source_of(side) for side in comparison.named_children)
        if left in counterparts and right in counterparts and counterparts[left] != right:  # not `desk == booking.desk` again
            operator = " ".join(f.source_of(c) for c in comparison.children if not c.is_named)
            found.append(f"{counterparts[left]} {operator} {counterparts[right]}")
    return found


_FLIPPED = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}


def _other_bounds(f: _Function, node: tree_sitter.Node) -> list[str]:
    """A limit checked on one side only, checked on the other too: beside
    `party.size > room.max_players`, `party.size < room.min_players`, where the class
    declares the field of the opposite word (max/min, upper/lower, start/end, ...). And a
    limit checked on one of the values unpacked together, checked on the others too:
    beside `width > OVERSIZE_CM`, `height > OVERSIZE_CM` for `width, height = size(order)`.
    And a difference held under a limit, held above zero too: a window before a date
    (`(due - day).days <= 60`) is one the date is still ahead of (`(due - day).days >= 0`)."""
    condition = _owned_condition(node)
    unpacked = [names for n in f.nodes if n.type == "assignment" and len(names := list(_identifiers(n.child_by_field_name("left")))) > 1]
    found = []
    for comparison in walk(condition) if condition is not None else []:
        operator = " ".join(f.source_of(c) for c in comparison.children if not c.is_named)
        if comparison.type != "comparison_operator" or len(comparison.named_children) != 2 or operator not in _FLIPPED:
            continue
        sides = [f.source_of(side) for side in comparison.named_children]
        below = 0 if operator in ("<", "<=") else 1  # the side held under the other
        if _is_gap(comparison.named_children[below]):
            found.append(f"{sides[below]} >= 0")
        for i, side in enumerate(comparison.named_children):
            for other in (other for names in unpacked if sides[i] in names for other in names if other != sides[i]):
                bounded = [*sides[:i], other, *sides[i + 1 :]]
                found.append(f"{bounded[0]} {operator} {bounded[1]}")
            if side.type != "attribute" or side.child_by_field_name("object").type != "identifier":
                continue
            owner, field = f.source_of(side.child_by_field_name("object")), f.source_of(side.child_by_field_name("attribute"))
            for word, other in _traded_words(f, [(owner, field)]):
                if other in _OPPOSITES.get(word, ()):
                    bounded = [*sides[:i], f"{owner}.{_trade(field, word, other)}", *sides[i + 1 :]]
                    found.append(f"{bounded[0]} {_FLIPPED[operator]} {bounded[1]}")
    return [clause for clause in dict.fromkeys(found) if clause not in f.source_of(condition)]


def _asked_of_each_item(f: _Function, node: tree_sitter.Node) -> list[str]:
    """A question the function asks of one item of a collection (`in_house(ranked[0])`),
    asked of each item a loop around the node takes from it: `not in_house(stone)` in
    `for stone in ranked:`."""
    found = []
    for loop in (a for a in _ancestors(node, f.body) if a.type == "for_statement"):
        item, collection = loop.child_by_field_name("left"), loop.child_by_field_name("right")
        if item is None or collection is None or item.type != "identifier":
            continue
        for call in (n for n in f.nodes if n.type == "call"):
            arguments = call.child_by_field_name("arguments")
            one = arguments.named_children[0] if arguments is not None and arguments.named_child_count == 1 else None
            if one is not None and one.type == "subscript" and f.source_of(one.child_by_field_name("value")) == f.source_of(collection):
                asked = f"{f.source_of(call.child_by_field_name('function'))}({f.source_of(item)})"
                found += [f"not {asked}", asked]
    return found


def _is_gap(node: tree_sitter.Node) -> bool:
    """`a - b`, `(a - b).days` or `(a - b).total_seconds()`: how far apart two values are."""
    while node.type in ("parenthesized_expression", "attribute", "call") and node.named_children:
        node = node.named_children[0]
    return node.type == "binary_operator" and node.child_by_field_name("operator").type == "-"


def _repeated_for_siblings(f: _Function, node: tree_sitter.Node) -> list[str]:
    """An operand of the condition said again for sibling fields, one word traded in each:
    `(animal.good_with_cats or not applicant.has_cats)` beside
    `(animal.good_with_kids or not applicant.has_kids)`, where both classes declare the
    `cats` field of each `kids` one."""
    condition = _owned_condition(node)
    if condition is None or condition.type != "boolean_operator":
        return []
    found = []
    for operand in _operands(condition, condition.child_by_field_name("operator").type):
        fields = {f.source_of(a): (f.source_of(a.child_by_field_name("object")), f.source_of(a.child_by_field_name("attribute")))
                  for a in walk(operand) if a.type == "attribute" and a.child_by_field_name("object").type == "identifier"}
        for word, other in _traded_words(f, fields.values()):
            traded = {text: f"{owner}.{_trade(field, word, other)}" for text, (owner, field) in fields.items()}
            clause = re.sub("|".join(rf"\b{re.escape(t)}\b" for t in traded), lambda m: traded[m.group(0)], f.source_of(operand))
            if clause != f.source_of(operand) and clause not in f.source_of(condition):
                found.append(clause)
    return list(dict.fromkeys(found))


def _traded_words(f: _Function, fields: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(word, other word) such that every field that has the word has a sibling, of the
    same owner, with the other word in its place."""
    fields = list(fields)
    words = {w for _, field in fields for w in field.split("_")}
    pairs = []
    for word in sorted(words):
        having = [(owner, field) for owner, field in fields if word in field.split("_")]
        if any(field.count("_") == 0 for _, field in having):
            continue  # a one-word field traded whole is another field, not its sibling
        others = None
        for owner, field in having:
            parts = field.split("_")
            siblings = {
                g.split("_")[i] for g in f.fields_of(owner) if len(g.split("_")) == len(parts)
                and f.annotations.get(g) == f.annotations.get(field)
                for i, w in enumerate(parts) if w == word and g.split("_")[:i] + g.split("_")[i + 1 :] == parts[:i] + parts[i + 1 :]
            } - {word}
            others = siblings if others is None else others & siblings
        pairs += [(word, other) for other in sorted(others or ())]
    return pairs


def _trade(field: str, word: str, other: str) -> str:
    return "_".join(other if w == word else w for w in field.split("_"))


# Clauses tried per operand of `and` / `or`, after the ties of the other operands.
_MAX_ALTERNATIVE_CLAUSES = 12


def alternative_clause(f: _Function) -> Iterator[_Edit]:
    """A clause added to one operand of `or` or `and` rather than to the whole: first the
    tie of another operand's comparison (`a < b or c < d` -> `a < b or (a == b and c < d)`,
    the next key decides only a tie), then the clauses condition_clause tries."""
    for node in f.nodes:
        if node.type != "boolean_operator" or (node.parent is not None and node.parent.type == "boolean_operator"):
            continue  # an operand of a longer chain: the chain's outermost operator handles it
        joiner = node.child_by_field_name("operator").type
        operands = _operands(node, joiner)
        ties = {id(o): _tie(f, o) for o in operands}
        clauses = _clauses(f, _with_attributes(f, _names_in(f, node)))[:_MAX_ALTERNATIVE_CLAUSES]
        for operand in operands:
            text = f.source_of(operand)
            wrapped = f"({text})" if operand.type in _LOOSE - {"comparison_operator", "not_operator"} else text
            others = [tie for o in operands if o is not operand and (tie := ties[id(o)])]
            for clause in dict.fromkeys([*others, *clauses]):
                edit = f.replace(operand, f"({clause} and {wrapped})" if joiner == "or" else f"({wrapped} or {clause})")
                # A tie extends the other comparison to equal keys: as small a change as `<` -> `<=`.
                yield replace(edit, size=_change_size("<", "<=")) if clause in others else edit


def _operands(node: tree_sitter.Node, joiner: str) -> list[tree_sitter.Node]:
    """`a or b or c` -> [a, b, c]: the operands of a chain of one operator."""
    found = []
    for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
        if side is not None and side.type == "boolean_operator" and side.child_by_field_name("operator").type == joiner:
            found += _operands(side, joiner)
        elif side is not None:
            found.append(side)
    return found


def _tie(f: _Function, node: tree_sitter.Node) -> str | None:
    """`a == b` for an ordering comparison `a < b` (or `<=`, `>`, `>=`)."""
    if node.type != "comparison_operator" or len(node.named_children) != 2:
        return None
    operator = [c.type for c in node.children if not c.is_named]
    if operator not in (["<"], ["<="], [">"], [">="]):
        return None
    left, right = node.named_children
    return f"{f.source_of(left)} == {f.source_of(right)}"


def missing_statement(f: _Function) -> Iterator[_Edit]:
    """A statement the function plausibly lacks, on what it (or, in a method, its object)
    builds up from empty: `<list>.append(<name>)`, `<total> += <name>` or `<count> += 1`
    / `-= 1` (see _number_updates),
    `<set>.add(<name>)` or `.discard`, `<dict>[<key>] = <name>` or `.pop(<key>, None)`,
    over the loop's variables and parameters (and what it makes of the kind a list holds:
    `sale = Sale(...)` for `sales: list[Sale]`); `<counts>[<loop variable>] += 1` or
    `-= 1` for a mapping it counts in; a flag set once and tested, turned (`had_break = True`)."""
    values = [*f.loop_variables, *[p for p in f.params if p not in ("self", "cls")]]
    # What may be added is also what the loop computes or reads of its items: `key`,
    # `line.strip()`, `item.price`.
    collections = f.built
    items = [v for v in dict.fromkeys([*values, *_loop_locals(f), *_item_expressions(f)]) if v not in collections]
    statements = []
    for name, kind in collections.items():
        if kind == "list":
            # And what the function makes of the kind it holds: `sale = Sale(...)` for `sales: list[Sale]`.
            made = _made_as(f, _type_words(_annotation_of(f, name) or ""))
            statements.extend(f"{name}.append({value})" for value in dict.fromkeys([*made, *items]) if value != name)
        elif kind == "number":
            statements.extend(_number_updates(f, name, items))
        elif kind == "set":
            # What the function looks up in a set is what belongs in it: `key in seen` -> `seen.add(key)`.
            members = _looked_up(f, name) or items
            statements.extend(f"{name}.{method}({value})" for value in members for method in ("add", "discard"))
        elif kind == "dict":
            keys = _looked_up(f, name) or values
            if _counts_in(f, name):  # `counts.get(key, 0)`: a count per key
                statements.extend(f"{name}[{key}] += 1" for key in _looked_up(f, name))
            statements.extend(f"{name}[{key}] = {value}" for key in keys for value in values if key != value)
            statements.extend(f"{name}.pop({key}, None)" for key in keys)
    # A field its class starts empty and nothing ever changes: `card.lapses += 1`.
    for field, kind in _unfed_fields(f).items():
        if field in collections:
            continue  # built above, with what the function looks up in it
        if kind == "number":
            statements.extend(f"{field} {step}" for step in ("+= 1", "-= 1"))
        elif kind in ("list", "set"):
            owner = field.rpartition(".")[0]
            made = _made_as(f, _type_words(_annotation_of(f, field) or ""))
            statements.extend(
                f"{field}.{'append' if kind == 'list' else 'add'}({value})"
                for value in dict.fromkeys([*made, *items]) if value not in (field, owner)
            )
        elif kind == "none" and field.rpartition(".")[0] in _changed_owners(f) and (wanted := _type_words(_annotation_of(f, field) or "")):
            # A field that starts as None and nothing sets, of an object the function records
            # something on (`wheel.turns += 1`): `wheel.last_turned = day`, given what the
            # function declares of its type.
            statements.extend(f"{field} = {name}" for name, declared in f.declared.items() if _type_words(declared) == wanted)
    # A flag set once and tested, never turned: `had_break = True`.
    statements.extend(f"{name} = {not value}" for name, value in _unturned_flags(f))
    # What a loop compares each item with and never moves on: `previous = score.points`;
    # names set together, moved on together: `previous_day, previous = day, grams`.
    pairs = _stale_pairs(f)
    statements.extend(pairs)
    for name in _stale(f):
        statements.extend(f"{name} = {value}" for value in [*f.loop_variables, *_item_expressions(f)] if value != name)
    # A count kept per key: `indegree[b] += 1` here, `indegree[neighbour] -= 1` forgotten.
    for counter in _counters(f):
        statements.extend(f"{counter}[{v}] {step}" for v in f.loop_variables for step in ("+= 1", "-= 1"))
    at_end = len(f.data)
    for offset, indent, rows in _insertion_points(f):
        for statement in statements:
            text = f"\n{indent}{statement}" if offset == at_end else f"{indent}{statement}\n"
            # A pair moved on is one step, as small as one name moved on.
            size = len(statement.split(",")[0]) if statement in pairs else None
            yield _Edit(offset, offset, text, rows, f"insert `{statement}`", size=size)


_MAX_ITEM_EXPRESSIONS = 6


def _made_as(f: _Function, kinds: set[str]) -> list[str]:
    """The locals the function sets to a call of one of these classes: `sale = Sale(...)`."""
    made = []
    for node in (n for n in f.nodes if n.type == "assignment"):
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left.type == "identifier" and right is not None and right.type == "call" and f.source_of(right.child_by_field_name("function")) in kinds:
            made.append(f.source_of(left))
    return made


def _changed_owners(f: _Function) -> set[str]:
    """The objects the function sets or changes a field of: `wheel` of `wheel.turns += 1`."""
    targets = [n.child_by_field_name("left") for n in f.nodes if n.type in ("assignment", "augmented_assignment")]
    return {f.source_of(t.child_by_field_name("object")) for t in targets if t is not None and t.type == "attribute"}


def _unfed_fields(f: _Function) -> dict[str, str]:
    """`owner.field` -> its kind, for the fields of the objects in scope that their class
    starts empty and no code of the module or the modules it imports ever changes."""
    owners = [*(["self"] if f.params[:1] == ["self"] else []), *f.params, *f.names]
    found = {}
    for owner in dict.fromkeys(owners):
        fields = f.attributes.get("self", set()) if owner == "self" else set(f.fields_of(owner))
        found.update({f"{owner}.{field}": kind for field, kind in f.unfed_fields.items() if field in fields})
    return found


def _stale(f: _Function) -> list[str]:
    """Locals set before a loop and never set in it, that the loop compares with what
    changes per item, or subtracts from it (`score.points != previous`,
    `day - previous == ONE_DAY`, `abs(segment.target - temperature)`): what the loop
    should move on. A name merely read in the loop (`range(size // 2)`), or a table the
    comparison looks the item up in (`pending[user] == 0`), is not one."""
    found = []
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        assigned_in = _assigned_names(body) | set(_identifiers(loop.child_by_field_name("left")))
        compared = set()
        for comparison in (n for n in walk(body) if n.type == "comparison_operator" or _is_difference(n)):
            if assigned_in & _read_names(comparison):
                compared.update(_read_names(comparison) - _looked_into(comparison))
        before = _assigned_names_before(f, loop)
        found += sorted((compared & before) - assigned_in - set(f.params) - set(f.built))
    return list(dict.fromkeys(found))


def _unturned_flags(f: _Function) -> list[tuple[str, bool]]:
    """(name, value) for a local the function sets to True or False once and tests in a
    condition, and never sets otherwise: `had_break = False` and `if not had_break and ...`."""
    values: dict[str, list[str]] = {}
    for node in (n for n in f.nodes if n.type in ("assignment", "augmented_assignment")):
        for name in _identifiers(node.child_by_field_name("left")):
            right = node.child_by_field_name("right")
            values.setdefault(name, []).append(f.source_of(right) if node.type == "assignment" and right is not None else "")
    tested = {name for node in f.nodes if (condition := _owned_condition(node)) is not None for name in _read_names(condition)}
    return [(name, set_to == ["True"]) for name, set_to in values.items() if set_to in (["True"], ["False"]) and name in tested]


def _looked_into(node: tree_sitter.Node) -> set[str]:
    """Names an expression only looks a value up in: `pending` of `pending[user] == 0` is a
    table, not a value the loop should move on."""
    looked = {decode(n.child_by_field_name("value").text or b"") for n in walk(node)
              if n.type == "subscript" and n.child_by_field_name("value").type == "identifier"}
    bare = {decode(n.text or b"") for n in walk(node)
            if n.type == "identifier" and _reads_a_name(n) and not (n.parent.type == "subscript" and n.parent.child_by_field_name("value") == n)}
    return looked - bare


def _is_difference(node: tree_sitter.Node) -> bool:
    """`segment.target - temperature`: a field of an item less something (not a count: `size - 1 - i`)."""
    return (
        node.type == "binary_operator" and node.child_by_field_name("operator").type == "-"
        and any(n.type == "attribute" for n in walk(node))
    )


def _unreset(f: _Function) -> list[str]:
    """Totals a loop adds to (`litres += fill.litres`) and hands on
    (`stretches.append((km, litres))`) but never sets back: what it hands on for each
    item then carries the items before."""
    found = []
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        added, reset = set(), set()
        for node in walk(body):
            left = node.child_by_field_name("left") if node.type in ("assignment", "augmented_assignment") else None
            if left is not None and left.type == "identifier":
                (added if node.type == "augmented_assignment" else reset).add(f.source_of(left))
        found += sorted((added & _read_names(body) & _assigned_names_before(f, loop)) - reset)
    return list(dict.fromkeys(found))


def _read_names(node: tree_sitter.Node) -> set[str]:
    """The bare names an expression reads: `score` of `score.points`."""
    return {decode(n.text or b"") for n in walk(node) if n.type == "identifier" and _reads_a_name(n)}


def _carried_assignments(f: _Function) -> Iterator[tuple[str, tree_sitter.Node]]:
    """(name, assigned value) of `name = value` in a loop, for a name set before the loop
    and read in it: what the loop carries from one item to the next."""
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        carried = _assigned_names_before(f, loop) & _read_names(body)
        for node in walk(body):
            left = node.child_by_field_name("left") if node.type == "assignment" else None
            value = node.child_by_field_name("right") if left is not None else None
            if left is not None and left.type == "identifier" and value is not None and f.source_of(left) in carried:
                if f.source_of(left) not in _read_names(value):  # `total = total + x` is no bound
                    yield f.source_of(left), value


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


def _stale_pairs(f: _Function) -> list[str]:
    """Names set together before a loop and never moved on (see _stale), moved on together
    to the loop's items when the loop takes as many at a time: `previous_day, previous =
    day, grams` for `previous_day, previous = weighings[0]` and `for day, grams in ...`."""
    stale = set(_stale(f))
    groups = [left for n in f.nodes if n.type == "assignment" and (left := n.child_by_field_name("left")).type in ("pattern_list", "tuple_pattern")]
    found = []
    for loop in (n for n in f.nodes if n.type == "for_statement"):
        items = list(_identifiers(loop.child_by_field_name("left")))
        for group in groups:
            names = list(_identifiers(group))
            if len(names) == len(items) > 1 and set(names) <= stale and group.start_byte < loop.start_byte:
                found.append(f"{', '.join(names)} = {', '.join(items)}")
    return list(dict.fromkeys(found))


def _loop_locals(f: _Function) -> list[str]:
    """Names assigned inside a loop's body: `key = email.lower()`."""
    found = []
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        if body is not None:
            found.extend(sorted(_assigned_names(body) - {"_"}))
    return list(dict.fromkeys(found))


def _item_expressions(f: _Function) -> list[str]:
    """Calls and attributes of a loop variable the function reads, whole: `line.strip()`
    of `if line.strip():`, `item.price` of `item.price > 0`."""
    found = []
    for node in f.nodes:
        if node.type not in ("call", "attribute") or node.parent is None or node.parent.type in ("call", "attribute"):
            continue  # only the outermost of `line.strip().lower()`
        root = node
        while root.type in ("call", "attribute"):
            root = root.child_by_field_name("function" if root.type == "call" else "object")
        if root.type == "identifier" and f.source_of(root) in f.loop_variables and "\n" not in f.source_of(node):
            found.append(f.source_of(node))
    return list(dict.fromkeys(found))[:_MAX_ITEM_EXPRESSIONS]


def _looked_up(f: _Function, name: str) -> list[str]:
    """What the function looks up in `name`: `x` of `x in name`, `x not in name`,
    `name[x]`, `name.get(x)` and `name.setdefault(x, ...)`."""
    found = []
    for node in f.nodes:
        if node.type == "comparison_operator" and len(node.named_children) == 2:
            operator = [c.type for c in node.children if not c.is_named]
            left, right = node.named_children
            if operator in (["in"], ["not in"], ["not", "in"]) and f.source_of(right) == name:
                found.append(f.source_of(left))
        elif node.type == "subscript" and f.source_of(node.child_by_field_name("value")) == name:
            found.append(f.source_of(node.child_by_field_name("subscript")))
        elif node.type == "call" and f.source_of(node.child_by_field_name("function")) in (f"{name}.get", f"{name}.setdefault"):
            arguments = node.child_by_field_name("arguments").named_children
            found.extend(f.source_of(a) for a in arguments[:1])
    return [key for key in dict.fromkeys(found) if "\n" not in key]


def _counts_in(f: _Function, name: str) -> bool:
    """The function reads `name` with 0 for a missing key: `name.get(k, 0)`, `name.setdefault(k, 0)`."""
    for node in f.nodes:
        if node.type == "call" and f.source_of(node.child_by_field_name("function")) in (f"{name}.get", f"{name}.setdefault"):
            arguments = node.child_by_field_name("arguments").named_children
            if len(arguments) == 2 and f.source_of(arguments[1]) == "0":
                return True
    return False


def _unfed(f: _Function) -> set[str]:
    """Locals the function starts empty (`out = []`, `count = 0`) and then only reads:
    what it builds is surely built by a statement it lacks."""
    kinds = {name: kind for name, kind in f.built.items() if "." not in name}
    uses: dict[str, list[tree_sitter.Node]] = {}
    for node in f.nodes:
        if node.type == "identifier" and (name := f.source_of(node)) in kinds:
            uses.setdefault(name, []).append(node)
    return {name for name, kind in kinds.items() if not any(_may_feed(f, n, kind) for n in uses.get(name, []))}


# Calls that read what they are given and never change it.
_READING_CALLS = frozenset({"len", "bool", "sum", "sorted", "list", "tuple", "set", "dict", "min", "max", "str", "repr",
                            "print", "any", "all", "enumerate", "reversed", "iter", "isinstance", "abs", "round", "int", "float"})
_READING_METHODS = frozenset({"get", "keys", "values", "items", "copy", "count", "index"})


def _may_feed(f: _Function, node: tree_sitter.Node, kind: str) -> bool:
    """This use of a name may change what it holds: it is assigned or updated (but not
    started empty), a method that is not a mere read is called on it, a function is
    given it, or (a collection, not a number) another name or container shares it."""
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "assignment" and parent.child_by_field_name("left") == node:
        return _empty_kind(parent) is None
    owner = node
    while owner.parent is not None and (
        owner.parent.type in ("pattern_list", "tuple_pattern", "list_pattern")
        or owner.parent.type in ("subscript", "attribute") and owner.parent.named_children[0] == owner
    ):
        owner = owner.parent
    if owner is not node and _is_assignment_target(owner):
        return True  # `out[k] = v`, `node.x += 1`, `best, total = start, t`
    if parent.type == "augmented_assignment":
        return parent.child_by_field_name("left") == node
    if parent.type == "attribute" and parent.parent is not None and parent.parent.type == "call":
        return f.source_of(parent.child_by_field_name("attribute")) not in _READING_METHODS
    if parent.type == "argument_list" and parent.parent is not None:
        return f.source_of(parent.parent.child_by_field_name("function")) not in _READING_CALLS
    if kind == "number":
        return False
    return parent.type in ("assignment", "list", "tuple", "dictionary", "pair", "set", "keyword_argument", "yield")


def _number_updates(f: _Function, name: str, values: list[str]) -> list[str]:
    """Updates of a number the function builds up, in the way it already updates it: a
    count (`n += 1` somewhere) gains or loses one, a total (`t += price`) gains a value;
    either, when it is never updated."""
    steps = {
        f.source_of(node.child_by_field_name("right"))
        for node in f.nodes
        if node.type == "augmented_assignment" and f.source_of(node.child_by_field_name("left")) == name
    }
    totals = [f"{name} += {value}" for value in values if value != name]
    if steps == {"1"}:
        return [f"{name} += 1", f"{name} -= 1"]
    return totals if steps else [*totals, f"{name} += 1"]


def loop_progress(f: _Function) -> Iterator[_Edit]:
    """A step a `while` loop lacks, on a name its condition reads and its body never
    assigns: `i += 1`, `i -= 1`, `n //= <constant>` with the function's own integers,
    or `node = node.<field>` of the class it may be, at the start or the end of the
    loop's body; a step a branch forgot; a name set afresh on every pass made to build on
    itself."""
    divisors = [c for c in f.constants if c.isdigit() and int(c) >= 2]
    for loop in (n for n in f.nodes if n.type == "while_statement"):
        condition, body = loop.child_by_field_name("condition"), loop.child_by_field_name("body")
        statements = [s for s in body.named_children if s.type != "comment"] if body is not None else []
        if condition is None or not statements or not f.alone_on_its_lines(statements[0]):
            continue
        indent = f.indent_of(statements[0])
        start = f.data.rfind(b"\n", 0, statements[0].start_byte) + 1
        end = _line_span(f, statements[-1])[1]
        places = ((start, (statements[0].start_point.row,)), (end, (statements[-1].end_point.row,)))
        # A loop that already steps a name has a wrong step, not a missing one.
        stepped = {name for node in walk(body) if node.type in ("assignment", "augmented_assignment")
                   for name in _identifiers(node.child_by_field_name("left"))}
        for name in [n for n in _names_in(f, condition) if n not in stepped]:
            # Along a chain of objects: `node = node.next`.
            links = [f"{name} = {name}.{field}" for field in f.fields_of(name)]
            # A list or a text is not counted on: `bookings += 1` spins as the loop did.
            numbers = [f"{name} += 1", f"{name} -= 1", *(f"{name} //= {d}" for d in divisors)] if _may_be_number(f, name) else []
            for step in [*numbers, *links]:
                for offset, rows in places:
                    text = f"\n{indent}{step}" if offset == len(f.data) else f"{indent}{step}\n"
                    yield _Edit(offset, offset, text, rows, f"insert `{step}`", progress=True)
        # A name some branches step and one forgets: `elif ch == "/":` that never moves `i` on.
        for name in [n for n in _names_in(f, condition) if n in stepped]:
            for block in _unstepped_branches(f, statements, name):
                last = [s for s in block.named_children if s.type != "comment"][-1]
                for step in (f"{name} += 1", f"{name} -= 1"):
                    yield _line_after(f, last, step, progress=True)
        # A `continue` that skips the step the body takes at its end: `if booking.end <= start:
        # continue` before `i += 1`.
        for skip, step in _skipped_steps(f, loop, statements, set(_names_in(f, condition))):
            yield replace(_line_before(f, skip, f.source_of(step)), progress=True)
        # A name set afresh on every pass never moves on: `actual = planned + ONE_DAY`, where
        # `actual = actual + ONE_DAY` was meant.
        tested = _names_in(f, condition)
        for node in (n for n in walk(body) if n.type == "assignment"):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            name = f.source_of(left)
            if left.type != "identifier" or right is None or name not in tested or name in _read_names(right):
                continue
            for other in (n for n in walk(right) if _is_variable(n, f.names)):
                yield replace(f.replace(other, name), progress=True)


def _skipped_steps(
    f: _Function, loop: tree_sitter.Node, statements: list[tree_sitter.Node], tested: set[str]
) -> Iterator[tuple[tree_sitter.Node, tree_sitter.Node]]:
    """(`continue`, step) for each `continue` of the loop that skips a statement of its body
    stepping a name the condition reads (`i += 1`), in a block that never steps it."""
    for k, statement in enumerate(statements):
        steps = [
            later for later in statements[k + 1 :]
            if later.type == "expression_statement" and later.named_children and f.alone_on_its_lines(later)
            and later.named_children[0].type == "augmented_assignment"
            and f.source_of(later.named_children[0].child_by_field_name("left")) in tested
        ]
        for skip in (n for n in walk(statement) if n.type == "continue_statement" and f.alone_on_its_lines(n)):
            if any(a.type in _LOOPS for a in _ancestors(skip, loop)):
                continue  # an inner loop's
            block = skip.parent
            for step in steps:
                if f.source_of(step) not in f.source_of(block):
                    yield skip, step


def _unstepped_branches(f: _Function, statements: list[tree_sitter.Node], name: str) -> Iterator[tree_sitter.Node]:
    """The blocks of the loop body's `if` / `elif` / `else` chains that never assign `name`
    and go on with the loop (no `break`, `return`, `raise` at their end), where another
    block of the same chain does assign it."""
    for statement in (s for s in statements if s.type == "if_statement"):
        blocks = _chain_blocks(statement)

        def steps(block: tree_sitter.Node) -> bool:
            return any(
                node.type in ("assignment", "augmented_assignment") and name in _identifiers(node.child_by_field_name("left"))
                for node in walk(block)
            )

        if not any(steps(b) for b in blocks):
            continue
        for block in blocks:
            last = [s for s in block.named_children if s.type != "comment"][-1]
            if not steps(block) and last.type not in ("break_statement", "return_statement", "raise_statement") and f.alone_on_its_lines(last):
                yield block


def _chain_blocks(statement: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The non-empty blocks of an `if` / `elif` / `else` chain, in order."""
    blocks = [statement.child_by_field_name("consequence")]
    for clause in statement.children_by_field_name("alternative"):
        blocks.append(clause.child_by_field_name("consequence") if clause.type == "elif_clause" else clause.child_by_field_name("body"))
    return [b for b in blocks if b is not None and [s for s in b.named_children if s.type != "comment"]]


def _line_after(f: _Function, statement: tree_sitter.Node, line: str, progress: bool = False) -> _Edit:
    """`line` inserted after the statement, at its indentation."""
    offset, indent = _line_span(f, statement)[1], f.indent_of(statement)
    text = f"\n{indent}{line}" if offset == len(f.data) else f"{indent}{line}\n"
    return _Edit(offset, offset, text, (statement.end_point.row,), f"insert `{line}`", progress=progress)


def streak_reset(f: _Function) -> Iterator[_Edit]:
    """A count one block of an `if` chain adds one to and no code sets back: a run (of
    misses, of wins) starts again in the chain's other blocks: `missed[name] = 0`."""
    for count, ends in _streaks(f):
        for last in ends:
            yield _line_after(f, last, f"{count} = 0")
    for count, skip in _skipped_streaks(f):
        yield _line_before(f, skip, f"{count} = 0")
    for step, position, start in _positions_left_behind(f):
        yield _line_after(f, step, f"{position} = {start}")
    for mark, ends in _marks_never_cleared(f):
        for last in ends:
            yield _line_after(f, last, f"{mark} = None")


def _marks_never_cleared(f: _Function) -> list[tuple[str, list[tree_sitter.Node]]]:
    """(mark, the last statements of the other blocks) for a mark one block of an `if`
    chain sets (`status["wired_since"] = entry.day`), that the function tests against None
    and never sets back to None: the other blocks (the wire came off) should clear it."""
    cleared = {
        f.source_of(n.child_by_field_name("left")) for n in f.nodes
        if n.type == "assignment" and (right := n.child_by_field_name("right")) is not None and right.type == "none"
    }
    tested = {
        f.source_of(n.named_children[0]) for n in f.nodes
        if n.type == "comparison_operator" and len(n.named_children) == 2 and n.named_children[1].type == "none"
    }
    found = []
    for statement in (n for n in f.nodes if n.type == "if_statement"):
        blocks = _chain_blocks(statement)
        for block in blocks:
            set_here = {f.source_of(n.child_by_field_name("left")) for n in walk(block) if n.type == "assignment"}
            for mark in sorted((set_here & tested) - cleared):
                ends = [[s for s in b.named_children if s.type != "comment"][-1] for b in blocks if b is not block]
                ends = [e for e in ends if f.alone_on_its_lines(e) and e.type not in _LEAVES_BLOCK]
                if ends:
                    found.append((mark, ends))
    return found


def _positions_left_behind(f: _Function) -> list[tuple[tree_sitter.Node, str, str]]:
    """(step, position, start) for a field that holds a position within a row
    (`self._next_seat += size`, read beside the row: `rows[self._row]`) and that nothing
    sets back when a loop moves on to the next row (`self._row += 1`): each row then
    starts where the last one ended. The start is the number `__init__` gives the field.
    (A local left behind is one of _unreset's totals.)"""
    assigned = {f.source_of(n.child_by_field_name("left")) for n in f.nodes if n.type == "assignment"}
    added = {f.source_of(n.child_by_field_name("left")) for n in f.nodes if n.type == "augmented_assignment"}
    found = []
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        for step in walk(loop.child_by_field_name("body")):
            if step.type != "augmented_assignment" or step.child_by_field_name("operator").type != "+=" \
                    or f.source_of(step.child_by_field_name("right")) != "1" or step.parent.type != "expression_statement":
                continue
            row = f.source_of(step.child_by_field_name("left"))
            for position in sorted(added - assigned - {row}):
                start = f.field_starts.get(position)
                if start is not None and _read_together(f, row, position):
                    found.append((step.parent, position, start))
    return found


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


def _read_together(f: _Function, first: str, second: str) -> bool:
    """Whether one condition or call reads both: `self._next_seat + size - 1 > rows[self._row]`."""
    for node in (n for n in f.nodes if n.type in ("comparison_operator", "boolean_operator", "call")):
        read = {f.source_of(n) for n in walk(node) if n.type in ("identifier", "attribute") and not _is_assignment_target(n)}
        if {first, second} <= read:
            return True
    return False


def _skipped_streaks(f: _Function) -> list[tuple[str, tree_sitter.Node]]:
    """(count, `continue`) for a run a loop adds one to (`run += 1`) and reads again
    after that (`longest = max(longest, run)`: a run, not a total), where an `if` before
    it skips the rest of the body and the loop never sets the count back: an item the
    `if` skips may be one that ends the run."""
    found = []
    for loop in (n for n in f.nodes if n.type in _LOOPS):
        body = loop.child_by_field_name("body")
        statements = [s for s in body.named_children if s.type != "comment"] if body is not None else []
        assigned = {f.source_of(n.child_by_field_name("left")) for n in walk(body) if n.type == "assignment"} if body is not None else set()
        for i, statement in enumerate(statements):
            step = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
            if step is None or step.type != "augmented_assignment" or step.child_by_field_name("left").type != "identifier" \
                    or step.child_by_field_name("operator").type != "+=" or f.source_of(step.child_by_field_name("right")) != "1":
                continue
            count = f.source_of(step.child_by_field_name("left"))
            read_after = any(count in _read_names(later) for later in statements[i + 1 :])
            if count in assigned or not read_after:
                continue
            for earlier in statements[:i]:
                block = earlier.child_by_field_name("consequence") if earlier.type == "if_statement" else None
                inner = [s for s in block.named_children if s.type != "comment"] if block is not None else []
                if inner and inner[-1].type == "continue_statement" and f.alone_on_its_lines(inner[-1]):
                    found.append((count, inner[-1]))
    return found


def skipped_items(f: _Function) -> Iterator[_Edit]:
    """A loop that should skip the items a flag marks, a flag its class declares and the
    function never reads: `if trial.contaminated: continue` at the top of the body."""
    for first, flag in _unread_flags(f):
        indent = f.indent_of(first)
        start = f.data.rfind(b"\n", 0, first.start_byte) + 1
        for test in (flag, f"not {flag}"):
            text = f"{indent}if {test}:\n{indent}{f.indent_unit}continue\n"
            yield _Edit(start, start, text, (first.start_point.row,), f"skip the items where `{test}`")


def last_group(f: _Function) -> Iterator[_Edit]:
    """What a loop hands on when a group ends, handed on once more after the loop for the
    group still open when the items run out, with the loop's names for the last item:
    `periods.append(Period(first, previous, headway))` -> after the loop,
    `periods.append(Period(first, departures[-1], headway))`; `runs.append((current, n))`
    as it is. A group started empty is handed on only if it is not empty: `if current:`.
    The collection may be made before an outer loop, and the hand-on sit in an `if` of the
    block that starts the next group (`if start is not None: result.append(...)`)."""
    for loop in (n for n in f.nodes if n.type == "for_statement"):
        body = loop.child_by_field_name("body")
        before = _bound_before(loop)
        made = {name for a in _ancestors(loop, f.node) if a.type == "block" for name in _bound_before_in(a, loop)}
        last = _last_items(f, loop)
        if body is None or not f.alone_on_its_lines(loop):
            continue
        for statement in (n for n in walk(body) if n.type == "expression_statement" and f.alone_on_its_lines(n)):
            call = statement.named_children[0] if statement.named_children else None
            function = call.child_by_field_name("function") if call is not None and call.type == "call" else None
            if function is None or function.type != "attribute":
                continue
            owner, method = (f.source_of(function.child_by_field_name(k)) for k in ("object", "attribute"))
            if owner not in made or method not in ("append", "add", "extend") or not _starts_a_group(statement, body, before):
                continue
            # `result.append((current, count))` hands on what the loop carries: it goes as it is.
            reads = [n for n in walk(statement) if n.type == "identifier" and _reads_a_name(n) and f.source_of(n) in _loop_names(f, loop)]
            if any(f.source_of(n) not in last for n in reads):
                continue  # it reads the item, and the last item has no name after the loop
            text = f.source_of(statement)
            for node in sorted(reads, key=lambda n: n.start_byte, reverse=True):
                start, end = node.start_byte - statement.start_byte, node.end_byte - statement.start_byte
                text = text[:start] + last[f.source_of(node)] + text[end:]
            # A group started empty is still empty when there were no items: `if current:` first.
            handed = {f.source_of(n) for n in walk(statement) if n.type == "identifier" and _reads_a_name(n)}
            for name in sorted(n for n in handed if f.built.get(n) in ("list", "set", "dict") and n != owner):
                guarded = f"if {name}:\n{f.indent_of(loop)}{f.indent_unit}{text}"
                yield replace(_line_after(f, loop, guarded), description=f"insert `if {name}: {text}` after the loop")
            yield _line_after(f, loop, text)


def _loop_names(f: _Function, loop: tree_sitter.Node) -> set[str]:
    """The names a `for` loop binds to each item: `s`, `i, s`."""
    left = loop.child_by_field_name("left")
    return {f.source_of(n) for n in walk(left) if n.type == "identifier"} if left is not None else set()


def restarted_group(f: _Function) -> Iterator[_Edit]:
    """A group a loop fills (`current.append(fix)`) and hands on (`rides.append(current)`)
    but never starts again, so each group carries the items of the ones before: it starts
    empty again (`current = []`) after the hand-on, or after a block around the hand-on
    (the one that decides the group has ended), outermost first; and after the hand-on in
    a helper that shares the group with the function around it (`nonlocal current`)."""
    for loop, name, empty, statement in _unrestarted_groups(f):
        body = loop.child_by_field_name("body")
        blocks = [a for a in _ancestors(statement, body) if a.type in _COMPOUND and a.parent != body]
        for place in [*reversed(blocks), statement]:
            if f.alone_on_its_lines(place):
                yield _line_after(f, place, f"{name} = {empty}")
    # A helper that seals the enclosing function's group (`nonlocal current`,
    # `vessels.append(current)`) is where the next one starts.
    for name, statement in _handed_on(f).items():
        if name in f.nonlocals and name in f.enclosing_empties and name not in _assigned_names(f.body):
            yield _line_after(f, statement, f"{name} = {f.enclosing_empties[name]}")


# Statements that hold a block.
_COMPOUND = frozenset({"if_statement", "for_statement", "while_statement", "with_statement", "try_statement"})

# Methods that put one item or several into a collection.
_GROWING_METHODS = frozenset({"append", "add", "extend", "insert", "appendleft", "update"})


def _unrestarted_groups(f: _Function) -> Iterator[tuple[tree_sitter.Node, str, str, tree_sitter.Node]]:
    """(loop, name, its empty start, the statement handing it on) for each collection set
    empty just before a `for` loop, grown in it, handed on whole to another collection in
    it, and never set again in it."""
    for loop in (n for n in f.nodes if n.type == "for_statement"):
        body = loop.child_by_field_name("body")
        if body is None:
            continue
        starts = _started_empty([s for s in (loop.parent.named_children if loop.parent is not None else []) if s.end_byte <= loop.start_byte])
        grown = {f.source_of(callee.child_by_field_name("object")) for callee in _growing_calls(f, body)}
        handed = _handed_on(f, body)
        for name in sorted((set(starts) & grown & set(handed)) - _assigned_names(body)):
            yield loop, name, starts[name], handed[name]


def _growing_calls(f: _Function, node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """The callees of `x.append(...)`, `x.add(...)`, ... under the node."""
    for call in (n for n in walk(node) if n.type == "call"):
        callee = call.child_by_field_name("function")
        if callee.type == "attribute" and f.source_of(callee.child_by_field_name("attribute")) in _GROWING_METHODS:
            yield callee


def _handed_on(f: _Function, node: tree_sitter.Node | None = None) -> dict[str, tree_sitter.Node]:
    """Name -> the first statement under the node (the function's body by default) that
    puts it whole into another collection: `rides.append(current)`."""
    handed: dict[str, tree_sitter.Node] = {}
    for callee in _growing_calls(f, node or f.body):
        call = callee.parent
        owner, statement = f.source_of(callee.child_by_field_name("object")), call.parent
        for argument in call.child_by_field_name("arguments").named_children:
            if argument.type == "identifier" and f.source_of(argument) != owner and statement.type == "expression_statement":
                handed.setdefault(f.source_of(argument), statement)
    return handed


def _bound_before(loop: tree_sitter.Node) -> set[str]:
    """Names an assignment in the loop's own block binds before it: `out = []`, `current, n = x, 0`."""
    statements = loop.parent.named_children if loop.parent is not None else []
    return _bound_by([s for s in statements if s.start_byte < loop.start_byte])


def _starts_a_group(statement: tree_sitter.Node, body: tree_sitter.Node, carried: set[str]) -> bool:
    """The statement's block, or a block of the loop's body around it, also sets again a
    name set before the loop (`first = previous`, `current, count = reading, 0`): the
    block ends a group and starts the next."""
    blocks = [statement.parent, *_ancestors(statement, body), body]
    return any(_bound_by(block.named_children) & carried for block in blocks if block is not None and block.type == "block")


def _bound_before_in(block: tree_sitter.Node, node: tree_sitter.Node) -> set[str]:
    """Names the plain assignments of the block bind before the statement holding `node`."""
    return _bound_by([s for s in block.named_children if s.end_byte <= node.start_byte])


def _bound_by(statements: list[tree_sitter.Node]) -> set[str]:
    """The names the plain assignments among the statements bind."""
    names: set[str] = set()
    for statement in statements:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
        if assignment is not None and assignment.type == "assignment":
            names.update(_identifiers(assignment.child_by_field_name("left")))
    return names


def _last_items(f: _Function, loop: tree_sitter.Node) -> dict[str, str]:
    """The loop's names -> the last item each takes: `item` of `for item in items` ->
    `items[-1]`; `b` of `for a, b in zip(xs[1:], ys[2:])` -> `ys[-1]`; not an index."""
    left, right = loop.child_by_field_name("left"), loop.child_by_field_name("right")
    names = [f.source_of(n) for n in ([left] if left.type == "identifier" else left.named_children) if n.type == "identifier"]
    if right.type in ("identifier", "attribute") and len(names) == 1:
        return {names[0]: f"{f.source_of(right)}[-1]"}
    called = f.source_of(right.child_by_field_name("function")) if right.type == "call" else None
    arguments = right.child_by_field_name("arguments").named_children if called in ("zip", "enumerate") else []
    sequences = []
    for argument in arguments:
        while argument.type == "subscript":  # `xs[1:]` ends where `xs` does
            argument = argument.child_by_field_name("value")
        sequences.append(f.source_of(argument) if argument.type in ("identifier", "attribute") else None)
    if called == "enumerate" and len(names) == 2 and len(sequences) == 1:
        sequences = [None, *sequences]
    return {name: f"{sequence}[-1]" for name, sequence in zip(names, sequences) if sequence is not None} if len(sequences) == len(names) else {}


def _unread_flags(f: _Function) -> list[tuple[tree_sitter.Node, str]]:
    """(first statement of a `for` body, `item.flag`) for each bool field the loop's item
    is declared with and the function never reads."""
    read = {f.source_of(n) for n in f.nodes if n.type == "attribute"}
    found = []
    for loop in (n for n in f.nodes if n.type == "for_statement"):
        item, body = loop.child_by_field_name("left"), loop.child_by_field_name("body")
        statements = [s for s in body.named_children if s.type != "comment"] if body is not None else []
        if item is None or item.type != "identifier" or not statements or not f.alone_on_its_lines(statements[0]):
            continue
        name = f.source_of(item)
        found += [(statements[0], f"{name}.{field}") for field in f.fields_of(name)
                  if f.annotations.get(field) == "bool" and f"{name}.{field}" not in read]
    return found


def rounding(f: _Function) -> Iterator[_Edit]:
    """`round(x)` that should keep decimals: `round(x, 1)`, `round(x, 2)`."""
    for node in f.nodes:
        if node.type == "call" and f.source_of(node.child_by_field_name("function")) == "round":
            arguments = node.child_by_field_name("arguments")
            if arguments is not None and len(arguments.named_children) == 1:
                value = f.source_of(arguments.named_children[0])
                for digits in ("1", "2"):
                    yield f.replace(node, f"round({value}, {digits})")


def consumed_count(f: _Function) -> Iterator[_Edit]:
    """A count a condition checks is left (`unmatched[g] > 0`) that nothing takes from: the
    block it guards uses one up, `unmatched[g] -= 1`. A count the function raises and
    checks for reaching zero (`indegree[n] == 0`) that nothing takes from counts down
    just before the check (Kahn's `indegree[n] -= 1`)."""
    for count, amount, last in _unconsumed(f):
        step = f"{count} -= {amount}"
        yield _line_before(f, last, step) if last.type in _LEAVES_BLOCK else _line_after(f, last, step)
    for count, check in _undrained(f):
        yield _line_before(f, check, f"{count} -= 1")


def _unconsumed(f: _Function) -> list[tuple[str, str, tree_sitter.Node]]:
    """(count, amount, the last statement of the block) for each `if` that tests
    `count > 0` or `count >= 1` (amount 1), or, in a loop, what is left against what an
    item needs, by a name that says so (`free[lane] >= needed`, amount `needed`), where no code of the function
    takes from the count. Only what is left may end its block with `break` or `continue`:
    the block places the item and moves on."""
    taken = {f.source_of(n.child_by_field_name("left")) for n in f.nodes
             if n.type == "augmented_assignment" and n.child_by_field_name("operator").type != "+="}
    found = []
    for statement in (n for n in f.nodes if n.type == "if_statement"):
        condition, block = statement.child_by_field_name("condition"), statement.child_by_field_name("consequence")
        statements = [s for s in block.named_children if s.type != "comment"] if block is not None else []
        if condition is None or not statements or not f.alone_on_its_lines(statements[-1]):
            continue
        for comparison in (n for n in walk(condition) if n.type == "comparison_operator" and len(n.named_children) == 2):
            left, right = comparison.named_children
            operator = next(c.type for c in comparison.children if not c.is_named)
            if f.source_of(left) in taken:
                continue
            if (operator, f.source_of(right)) in ((">", "0"), (">=", "1")) and statements[-1].type not in _LEAVES_BLOCK:
                found.append((f.source_of(left), "1", statements[-1]))
            elif (operator == ">=" and left.type in ("subscript", "attribute") and right.type in ("identifier", "attribute")
                  and _words(f.source_of(left)) & _WHAT_IS_LEFT and _in_loop(f, statement)
                  and statements[-1].type in ("break_statement", "continue_statement", "expression_statement")):
                found.append((f.source_of(left), f.source_of(right), statements[-1]))
    return found


# Words that name what is left of a stock (as _words spells them).
_WHAT_IS_LEFT = frozenset({"free", "left", "remaining", "room", "spare", "available", "capacity", "space", "budget",
                           "balance", "stock", "quota", "allowance"})


def _undrained(f: _Function) -> list[tuple[str, tree_sitter.Node]]:
    """(count, the `if`) for each `if` in a loop that tests `count == 0` or `count <= 0` on
    a count per key (`indegree[neighbour]`) the function adds to and never takes from: what
    reaches zero must come down somewhere, and the loop is where it does."""
    taken, raised = set(), set()  # mappings, whatever the key: `waiting[other] -= 1` takes from `waiting`
    for n in f.nodes:
        if n.type == "augmented_assignment" and (left := n.child_by_field_name("left")).type == "subscript":
            (raised if n.child_by_field_name("operator").type == "+=" else taken).add(f.source_of(left.child_by_field_name("value")))
    found = []
    for statement in (n for n in f.nodes if n.type == "if_statement" and _in_loop(f, n)):
        condition = statement.child_by_field_name("condition")
        if condition is None or condition.type != "comparison_operator" or len(condition.named_children) != 2:
            continue
        left, right = condition.named_children
        operator = next(c.type for c in condition.children if not c.is_named)
        counted = f.source_of(left.child_by_field_name("value")) if left.type == "subscript" else None
        if counted in raised - taken and (operator, f.source_of(right)) in (("==", "0"), ("<=", "0")):
            found.append((f.source_of(left), statement))
    return found


def _in_loop(f: _Function, node: tree_sitter.Node) -> bool:
    return any(a.type in _LOOPS for a in _ancestors(node, f.node))


def _line_before(f: _Function, statement: tree_sitter.Node, line: str) -> _Edit:
    """`line` inserted before the statement, at its indentation."""
    offset = _line_span(f, statement)[0]
    return _Edit(offset, offset, f"{f.indent_of(statement)}{line}\n", (statement.start_point.row,), f"insert `{line}`")


def _streaks(f: _Function) -> list[tuple[str, list[tree_sitter.Node]]]:
    """(count, the last statements of the other blocks) for each `count += 1` in a block of
    an `if` chain that no assignment sets back."""
    assigned = {f.source_of(left) for n in f.nodes if n.type == "assignment" and (left := n.child_by_field_name("left")) is not None}
    found = []
    for statement in (n for n in f.nodes if n.type == "if_statement"):
        blocks = _chain_blocks(statement)
        for block in blocks:
            steps = [s.named_children[0] for s in block.named_children if s.type == "expression_statement" and s.named_children]
            counted = [
                f.source_of(step.child_by_field_name("left")) for step in steps if step.type == "augmented_assignment"
                and step.child_by_field_name("operator").type == "+=" and f.source_of(step.child_by_field_name("right")) == "1"
            ]
            ends = [[s for s in b.named_children if s.type != "comment"][-1] for b in blocks if b is not block]
            ends = [e for e in ends if f.alone_on_its_lines(e) and e.type not in _LEAVES_BLOCK]
            found += [(count, ends) for count in counted if count not in assigned and ends]
    return found


_LEAVES_BLOCK = frozenset({"break_statement", "continue_statement", "return_statement", "raise_statement"})


def _stepping_rows(f: _Function) -> set[int]:
    """Rows that decide whether a `while` loop ends: its condition, and the statements
    in its body that assign a name the condition reads."""
    rows: set[int] = set()
    for loop in (n for n in f.nodes if n.type == "while_statement"):
        condition, body = loop.child_by_field_name("condition"), loop.child_by_field_name("body")
        if condition is None or body is None:
            continue
        rows.update(range(condition.start_point.row, condition.end_point.row + 1))
        read = set(_names_in(f, condition))
        for node in walk(body):
            if node.type in ("assignment", "augmented_assignment"):
                left = node.child_by_field_name("left")
                if left is not None and read.intersection(_identifiers(left)):
                    rows.update(range(node.start_point.row, node.end_point.row + 1))
    return rows


def call_argument(f: _Function) -> Iterator[_Edit]:
    """A call replaced by its only argument, and a name by a call of one of the file's
    own functions that the file calls with one argument elsewhere."""
    for node in f.nodes:
        if node.type == "call":
            arguments = node.child_by_field_name("arguments")
            if arguments is not None and arguments.type == "argument_list" and len(arguments.named_children) == 1:
                only = arguments.named_children[0]
                if only.type not in ("keyword_argument", "list_splat", "dictionary_splat"):
                    yield f.replace(node, f.source_of(only))
        elif _is_variable(node, f.names) and not _is_assignment_target(node):
            for helper in f.helpers:
                yield f.replace(node, f"{helper}({f.source_of(node)})")


def self_attribute(f: _Function) -> Iterator[_Edit]:
    """In a method, `x` where `self.x` was meant (an attribute the file sets or reads on
    `self`), and `self.x` where the local or parameter `x` was meant."""
    if not f.params or f.params[0] != "self":
        return
    attributes, read = f.attributes.get("self", set()), _read_names(f.body)
    for node in f.nodes:
        name = decode(node.text or b"") if node.type == "identifier" else None
        # A local set and never read is an attribute the method meant to keep: `_mark = now`.
        if name in attributes and (_reads_a_name(node) or (_is_assignment_target(node) and name not in read)):
            yield f.replace(node, f"self.{name}")
        elif node.type == "attribute" and f.source_of(node.child_by_field_name("object")) == "self":
            name = f.source_of(node.child_by_field_name("attribute"))
            if name in f.names:
                yield f.replace(node, name)


def object_field(f: _Function) -> Iterator[_Edit]:
    """A name where the field of that name of an object in scope was meant: `system` ->
    `sale.system` when the loop's sale has a system of its own, or where its field of
    the same type was (see _same_typed_fields); a field where the object's method of
    that type was: `wall.length_m` -> `wall.built_m()`."""
    fields = {owner: set(f.fields_of(owner)) for owner in f.names}
    for node in f.nodes:
        name = decode(node.text or b"") if node.type == "identifier" else None
        if name not in f.names or not _reads_a_name(node):
            continue
        for owner, owned in fields.items():
            if owner != name and name in owned:
                yield f.replace(node, f"{owner}.{name}")
    yield from _same_typed_fields(f)
    # A field read where the object's method giving the same type was meant:
    # `wall.length_m` -> `wall.built_m()`, the length without its gateways.
    for node in f.nodes:
        if node.type != "attribute" or not _reads_a_value(node):
            continue
        owner, field = f.source_of(node.child_by_field_name("object")), f.source_of(node.child_by_field_name("attribute"))
        kind = f.annotations.get(field)
        for query in f.queries_of(owner) if kind is not None else []:
            if f.query_results[query] == kind and query != field:
                yield f.replace(node, f"{owner}.{query}()")


def move_argument(f: _Function) -> Iterator[_Edit]:
    """An argument moved between a call and a call nested in it: `f(g(a), b)` <->
    `f(g(a, b))`."""
    for node in f.nodes:
        if node.type != "call":
            continue
        arguments = _positional_arguments(node)
        for i, inner in enumerate(arguments):
            if inner.type != "call":
                continue
            inner_arguments = _positional_arguments(inner)
            for j, moved in enumerate(arguments):
                if j != i:
                    yield _moved_in(f, node, inner, moved)
            if len(inner_arguments) >= 2:
                yield _moved_out(f, node, inner, inner_arguments[-1])


def shifted_argument(f: _Function) -> Iterator[_Edit]:
    """+1 / -1 on an integer-valued call argument: a name, a count, a sum or difference."""
    for node in f.nodes:
        if node.type != "call" or f.source_of(node.child_by_field_name("function")) == "range":
            continue  # range() is the off_by_one family's
        for argument in _positional_arguments(node):
            if _integer_valued(f, argument):
                for delta in (1, -1):
                    yield f.replace(argument, _shifted(f, argument, delta))


def shifted_length(f: _Function) -> Iterator[_Edit]:
    """+1 / -1 on a `len()` inside arithmetic, which the bound families leave alone:
    `q * len(xs)` -> `q * (len(xs) - 1)`; and on a counted name multiplied or divided:
    `number * per_page` -> `(number - 1) * per_page`, a page numbered from 1."""
    for node in f.nodes:
        if node.parent is None or node.parent.type != "binary_operator":
            continue
        length = node.type == "call" and f.source_of(node.child_by_field_name("function")) == "len"
        counted = node.type == "identifier" and decode(node.text or b"") in f.numeric_names
        if length or (counted and node.parent.child_by_field_name("operator").type in ("*", "//", "%")):
            for delta in (1, -1):
                yield f.replace(node, f"({_shifted(f, node, delta)})")


def operand_into_call(f: _Function) -> Iterator[_Edit]:
    """An operand applied outside a call moved into one of its arguments, the last first:
    `max(0, a) - b` -> `max(0, a - b)`, `round(x, 1) / n` -> `round(x / n, 1)`."""
    for node in f.nodes:
        if node.type != "binary_operator":
            continue
        call, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        arguments = _positional_arguments(call) if call is not None and call.type == "call" else []
        if not arguments or len(arguments) != len(call.child_by_field_name("arguments").named_children):
            continue  # keyword or starred arguments: no plain last argument
        operator = node.child_by_field_name("operator").type
        for argument in reversed(arguments):
            inner = f"{f.source_of(argument)} {operator} {f.source_of(right)}"
            new_call = f.source_of_range(call.start_byte, argument.start_byte) + inner + f.source_of_range(argument.end_byte, call.end_byte)
            yield f.replace(node, new_call)


def move_statement(f: _Function) -> Iterator[_Edit]:
    """A statement in the wrong place: swapped with the next one; the last statement of
    a loop's, `if`'s (or its `else`'s) or `with`'s body moved out after it (a `return` that
    ends a loop after one round, a step taken only in one branch); the statement after
    one moved into the end of its body."""
    for block in (n for n in f.nodes if n.type == "block"):
        statements = [s for s in block.named_children if s.type != "comment"]
        if not statements or not all(f.alone_on_its_lines(s) for s in statements):
            continue
        for first, second in zip(statements, statements[1:]):
            if _is_docstring_statement(first) or second.type in _ENDS_A_BLOCK:
                continue  # `return` moved up would leave the statement it passes unreachable
            start, middle = _line_span(f, first)
            if _line_span(f, second)[0] == middle:
                end = _line_span(f, second)[1]
                upper, lower = f.source_of_range(start, middle), f.source_of_range(middle, end)
                swapped = lower + upper if lower.endswith("\n") else lower + "\n" + upper.removesuffix("\n")
                yield _Edit(start, end, swapped, (first.start_point.row, second.start_point.row),
                            f"swap `{_first_line(f, first)}` and `{_first_line(f, second)}`")
        for owner, following in zip(statements, [*statements[1:], None]):
            body = _plain_body(owner)
            if body is None:
                continue
            inner = [s for s in body.named_children if s.type != "comment"]
            outer_indent, inner_indent = f.indent_of(owner), f.indent_of(inner[0])
            if len(inner) >= 2 and not _is_docstring_statement(inner[-1]) and not (
                following is not None and inner[-1].type in _ENDS_A_BLOCK
            ):
                start, end = _line_span(f, inner[-1])
                moved = _reindented(f.source_of_range(start, end), inner_indent, outer_indent)
                # A step a `while` loop takes in one branch only may be why it never ends.
                progress = owner.type == "if_statement" and bool(_assigned_in(inner[-1]) & _deciding_names(f, owner))
                yield _Edit(start, end, moved, (inner[-1].start_point.row,), f"move `{_first_line(f, inner[-1])}` out of its block",
                            progress=progress)
            if following is not None and inner[-1].type not in _ENDS_A_BLOCK:
                start, end = _line_span(f, owner)[1], _line_span(f, following)[1]
                if _line_span(f, following)[0] == start:
                    moved = _reindented(f.source_of_range(start, end), outer_indent, inner_indent)
                    yield _Edit(start, end, moved, (following.start_point.row,), f"move `{_first_line(f, following)}` into the block above")


def _assigned_in(statement: tree_sitter.Node) -> set[str]:
    """The names a statement assigns: `i` of `i += 1`."""
    node = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else statement
    return set(_identifiers(node.child_by_field_name("left"))) if node.type in ("assignment", "augmented_assignment") else set()


def _deciding_names(f: _Function, node: tree_sitter.Node) -> set[str]:
    """The names that decide whether the `while` loop around the node ends: those its
    condition reads, and those its body sets them from (`i` of `start = todays[i].end`)."""
    loop = next((a for a in _ancestors(node, f.body) if a.type == "while_statement"), None)
    if loop is None or (condition := loop.child_by_field_name("condition")) is None:
        return set()
    names = set(_names_in(f, condition))
    for assignment in (n for n in walk(loop.child_by_field_name("body")) if n.type == "assignment"):
        if names & set(_identifiers(assignment.child_by_field_name("left"))):
            names |= _read_names(assignment.child_by_field_name("right"))
    return names


def guarded_statement(f: _Function) -> Iterator[_Edit]:
    """A statement in a loop that should run only for some items: `total += n` ->
    `if n > 0: total += n`, with clauses on the names the statement reads."""
    for node in _guardable(f):
        indent = f.indent_of(node)
        start, end = _line_span(f, node)
        line = f.source_of_range(start, end)
        for clause in _guard_clauses(f, node):
            guarded = f"{indent}if {clause}:\n{f.indent_unit}{line}"
            yield _Edit(start, end, guarded, (node.start_point.row,), f"run `{_first_line(f, node)}` only if `{clause}`",
                        guard=(node.start_point.row, clause))


def _guardable(f: _Function) -> Iterator[tree_sitter.Node]:
    """One-line expression and return statements in a loop."""
    for node in _statements(f):
        if node.type not in ("expression_statement", "return_statement") or not f.alone_on_its_lines(node):
            continue
        if "\n" not in f.source_of(node) and any(a.type in _LOOPS for a in _ancestors(node, f.body)):
            yield node


def _guard_clauses(f: _Function, node: tree_sitter.Node) -> list[str]:
    return _clauses(f, _with_attributes(f, _names_in(f, node)))[:_MAX_GUARD_CLAUSES]


def call_for_name(f: _Function) -> Iterator[_Edit]:
    """A call of one of the module's functions where a bare name was written: the
    function's own name (`centre = mean` -> `centre = mean(values)`), or a name the call
    takes (`sleep(base)` -> `sleep(backoff(attempt, base, cap))`). The arguments are the
    in-scope names the function's parameters are named after, else in-scope names in
    order. And a method of its own class for the local of its name: `area = self.area()`."""
    for node in f.nodes:
        if node.type != "identifier" or not _reads_a_name(node):
            continue
        name = decode(node.text or b"")
        parent = node.parent
        if name in f.signatures and name not in f.names and not (parent.type == "call" and parent.child_by_field_name("function") == node):
            for call in _calls_of(f, name):
                yield f.replace(node, call)
        elif _is_variable(node, f.names) and not _is_assignment_target(node):
            for function in f.signatures:
                named = _named_call(f, function)
                if named is not None and name in named[1]:
                    yield f.replace(node, named[0])
    yield from _method_for_local(f)


def _method_for_local(f: _Function) -> Iterator[_Edit]:
    """A local worked out by hand that its class has a method for: `area = sum(...)` ->
    `area = self.area()`, which also takes off the doors and windows."""
    for node in (n for n in f.nodes if n.type == "assignment" and f.params[:1] == ["self"]):
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left.type == "identifier" and right is not None and f.source_of(left) in f.queries:
            yield f.replace(right, f"self.{f.source_of(left)}()")


_WRAPPERS = ("sorted", "list", "dict", "set")


# Words for the two ends of what may count at both: stairs at the address moved from and to.
_BOTH_ENDS = {a: b for pair in (("from", "to"), ("in", "out"), ("left", "right"), ("up", "down"), ("front", "back"),
                                ("home", "away")) for a, b in (pair, pair[::-1])}


def _counts_in_a_sum(node: tree_sitter.Node) -> bool:
    """The node is a factor of a product or a term of a sum, or what `+=` adds."""
    parent = node.parent
    if parent.type == "binary_operator":
        return parent.child_by_field_name("operator").type in ("*", "+")
    return parent.type == "augmented_assignment" and parent.child_by_field_name("right") == node


def wrapped_value(f: _Function) -> Iterator[_Edit]:
    """A value that needed a copy, an order or one of the file's one-argument helpers:
    `result = base` -> `result = dict(base)`, `ordered = scores(s)` ->
    `ordered = sorted(scores(s))` (largest first where the docstring says so, "longest
    first"), `share = total / n` -> `share = cents(total / n)`, for
    assigned, returned and iterated values, or sorted before it is sliced,
    `sorted(awards)[1:-1]`; a difference kept from going below zero,
    `extra = max(0, driven - allowance)`; a name or a difference compared by size
    either way, `abs(a - b) > tolerance`; the part past a bound where the whole was
    used under the check that passed it, `(miles - FREE_MILES) * rate`; and a count at
    one end where both count, `(job.from_flights + job.to_flights)`."""
    for node in f.nodes:
        value = None
        if node.type == "assignment" and node.child_by_field_name("left").type == "identifier":
            value = node.child_by_field_name("right")
        elif node.type == "return_statement" and len(node.named_children) == 1:
            value = node.named_children[0]
        elif node.type == "for_statement":
            value = node.child_by_field_name("right")
        if value is None or value.type not in ("identifier", "attribute", "call", "subscript", "binary_operator"):
            continue
        called = f.source_of(value.child_by_field_name("function")) if value.type == "call" else None
        containers = _WRAPPERS if value.type != "binary_operator" else ()  # `sorted(a + b)` is rarely meant
        for wrapper in [*containers, *f.helpers]:
            if called not in (*_WRAPPERS, wrapper):
                yield f.replace(value, f"{wrapper}({f.source_of(value)})")
        if f.says_descending and called not in _WRAPPERS and value.type != "binary_operator":
            yield f.replace(value, f"sorted({f.source_of(value)}, reverse=True)")
        # A slice of what was meant in order: the top three, or all but the lowest and highest.
        sliced = value.child_by_field_name("value") if value.type == "subscript" else None
        if sliced is not None and any(c.type == "slice" for c in value.named_children) and sliced.type in ("identifier", "attribute"):
            yield f.replace(sliced, f"sorted({f.source_of(sliced)})")
        # A difference that may not go below nothing: miles over an allowance, time left.
        if value.type == "binary_operator" and value.child_by_field_name("operator").type == "-" and node.type != "for_statement":
            yield replace(f.replace(value, f"max(0, {f.source_of(value)})"), size=len("max(0, )"))
    for node in f.nodes:
        # Likewise one that a product scales: `(miles - FREE_MILES) * PER_MILE`.
        inner = node.named_children[0] if node.type == "parenthesized_expression" and node.named_child_count == 1 else None
        if inner is not None and inner.type == "binary_operator" and inner.child_by_field_name("operator").type == "-" \
                and node.parent.type == "binary_operator" and node.parent.child_by_field_name("operator").type in ("*", "/"):
            yield replace(f.replace(node, f"max(0, {f.source_of(inner)})"), size=len("max(0, )"))
        # A count at one end where both ends count: `job.from_flights * rate` ->
        # `(job.from_flights + job.to_flights) * rate`.
        if node.type == "attribute" and node.child_by_field_name("object").type == "identifier" and _counts_in_a_sum(node):
            owner, field = f.source_of(node.child_by_field_name("object")), f.source_of(node.child_by_field_name("attribute"))
            for word, other in _traded_words(f, [(owner, field)]):
                sibling = f"{owner}.{_trade(field, word, other)}"
                if _BOTH_ENDS.get(word) == other and sibling not in f.source_of(node.parent):
                    yield f.replace(node, f"({f.source_of(node)} + {sibling})")
    # A bound a loop carries keeps the larger or the smaller value: `cursor = end` ->
    # `cursor = max(cursor, end)`, where meetings overlap.
    for name, value in _carried_assignments(f):
        for bound in ("max", "min"):
            yield f.replace(value, f"{bound}({name}, {f.source_of(value)})")
    # A size compared either way: `difference > tolerance` -> `abs(difference) > tolerance`.
    for node in f.nodes:
        if node.type != "comparison_operator" or len(node.named_children) != 2:
            continue
        if [c.type for c in node.children if not c.is_named] not in (["<"], ["<="], [">"], [">="]):
            continue
        for side in node.named_children:
            if _is_variable(side, f.names) or (side.type == "binary_operator" and side.child_by_field_name("operator").type == "-"):
                yield f.replace(side, f"abs({f.source_of(side)})")
    # What is past a bound, where the whole was used under the check that it passed it:
    # under `if order.miles > FREE_MILES:`, `order.miles * rate` -> `(order.miles - FREE_MILES) * rate`.
    for node in f.nodes:
        condition, body = node.child_by_field_name("condition"), node.child_by_field_name("consequence")
        if node.type != "if_statement" or condition is None or body is None or condition.type != "comparison_operator":
            continue
        operators = [c.type for c in condition.children if not c.is_named]
        if len(condition.named_children) != 2 or operators not in (["<"], ["<="], [">"], [">="]):
            continue
        value, bound = condition.named_children if operators[0] in (">", ">=") else reversed(condition.named_children)
        whole, past = f.source_of(value), f.source_of(bound)
        if value.type not in ("identifier", "attribute") or (bound.type == "integer" and past == "0"):
            continue
        for read in walk(body):
            operation = read.parent
            if f.source_of(read) == whole and operation is not None and operation.type == "binary_operator" \
                    and operation.child_by_field_name("operator").type in ("*", "/", "//"):
                yield f.replace(read, f"({whole} - {past})")


def converted_value(f: _Function) -> Iterator[_Edit]:
    """A value used as another type than it has, converted: text added to a number,
    `total += int(qty)`; a number joined to text, `name + " (" + str(count) + ")"`; a
    count looped over, `for i in range(len(items) - 1)`; a quotient rounded,
    `round(total / n, 2)`; a name compared with what is lowered or stripped given the
    same, `wanted.lower() in [t.lower() for t in tags]`."""
    for node in f.nodes:
        if node.type in ("augmented_assignment", "binary_operator"):
            operator = node.child_by_field_name("operator").type
            operands = [node.child_by_field_name("right" if node.type == "augmented_assignment" else "left"), node.child_by_field_name("right")]
            texts = [o for o in operands if o is not None and _is_text(o)]
            for operand in dict.fromkeys(o for o in operands if o is not None and not _is_text(o)):
                if texts and operator == "+":
                    yield f.replace(operand, f"str({f.source_of(operand)})")
                elif not texts and operand.type == "identifier" and f.source_of(operand) in f.texts | f.split_names:
                    for kind in ("int", "float"):
                        yield f.replace(operand, f"{kind}({f.source_of(operand)})")
            if node.type == "binary_operator" and operator == "/" and node.parent is not None and node.parent.type in ("return_statement", "assignment"):
                for digits in (", 2", ", 1", ""):
                    yield f.replace(node, f"round({f.source_of(node)}{digits})")
        elif node.type in ("for_statement", "for_in_clause") and (over := node.child_by_field_name("right")) is not None:
            if _integer_valued(f, over) and over.type != "identifier":
                yield f.replace(over, f"range({f.source_of(over)})")
        elif node.type == "comparison_operator" and len(node.named_children) == 2:
            for side, other in (node.named_children, reversed(node.named_children)):
                methods = {f.source_of(a.child_by_field_name("attribute")) for a in walk(other) if a.type == "attribute"}
                for method in sorted(methods & _NORMALIZING_METHODS):
                    if side.type == "identifier":
                        yield f.replace(side, f"{f.source_of(side)}.{method}()")


_NORMALIZING_METHODS = frozenset({"lower", "upper", "casefold", "strip"})


def _is_text(node: tree_sitter.Node) -> bool:
    """A string literal, or a sum with one in it: `name + " ("`."""
    if node.type == "binary_operator" and node.child_by_field_name("operator").type == "+":
        return any(_is_text(side) for side in (node.child_by_field_name("left"), node.child_by_field_name("right")))
    return node.type in ("string", "concatenated_string")


def sort_order(f: _Function) -> Iterator[_Edit]:
    """The other order: `reverse=True` given to `sorted(...)` or `.sort(...)` (or taken
    away), and a sort key, or one element of a key's tuple, negated:
    `key=lambda item: (item[1], item[0])` -> `key=lambda item: (-item[1], item[0])`."""
    for node in f.nodes:
        if node.type != "call" or (arguments := node.child_by_field_name("arguments")) is None:
            continue
        function = f.source_of(node.child_by_field_name("function"))
        if function != "sorted" and not function.endswith(".sort"):
            continue
        keywords = {
            f.source_of(k.child_by_field_name("name")): k for k in arguments.named_children if k.type == "keyword_argument"
        }
        row = (node.start_point.row,)
        if "reverse" in keywords:
            reverse = keywords["reverse"]
            comma = reverse.prev_sibling if reverse.prev_sibling is not None and reverse.prev_sibling.type == "," else reverse
            yield _Edit(comma.start_byte, reverse.end_byte, "", row, "sort the other way: without `reverse`")
        else:
            closing = arguments.end_byte - 1
            yield _Edit(closing, closing, ", reverse=True", row, "sort the other way: `reverse=True`")
        key = keywords["key"].child_by_field_name("value") if "key" in keywords else None
        if key is None or key.type != "lambda" or (body := key.child_by_field_name("body")) is None:
            continue
        for part in body.named_children if body.type == "tuple" else [body]:
            negated = part.named_children[0] if part.type == "unary_operator" and f.source_of(part).startswith("-") else None
            if negated is not None:
                yield f.replace(part, f.source_of(negated), f"sort by `{f.source_of(negated)}` rising")
            elif part.type in ("subscript", "attribute", "identifier", "call"):
                yield f.replace(part, f"-{f.source_of(part)}", f"sort by `-{f.source_of(part)}`")


def module_statement(f: _Function) -> Iterator[_Edit]:
    """A statement the module writes elsewhere, on names in scope here, inserted between
    statements: `self._entries.move_to_end(key)` that `put` has and `get` forgot."""
    at_end = len(f.data)
    for offset, indent, rows in _insertion_points(f):
        for statement in f.ingredients:
            text = f"\n{indent}{statement}" if offset == at_end else f"{indent}{statement}\n"
            yield _Edit(offset, offset, text, rows, f"insert `{statement}`")


def _ancestors(node: tree_sitter.Node, top: tree_sitter.Node | None) -> Iterator[tree_sitter.Node]:
    current = node.parent
    while current is not None and current != top:
        yield current
        current = current.parent


def _plain_body(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The last body of a loop, `if` (its `else`'s, if it has one) or `with`, spread over
    its own lines; None for a loop's `else` or an `if` that ends in `elif`."""
    if node.type not in _BODY_OWNERS:
        return None
    alternatives = node.children_by_field_name("alternative")
    if alternatives and (node.type != "if_statement" or alternatives[-1].type != "else_clause"):
        return None
    owner = alternatives[-1] if alternatives else node
    body = owner.child_by_field_name("body") or owner.child_by_field_name("consequence")
    if body is None or body.start_point.row == owner.start_point.row:
        return None
    inner = [s for s in body.named_children if s.type != "comment"]
    return body if inner and body.named_children[-1] == inner[-1] else None


def _reindented(lines: str, old: str, new: str) -> str:
    return "".join(new + line[len(old) :] if line.startswith(old) else line for line in lines.splitlines(keepends=True))


def raise_guard(f: _Function, raises: tuple[str, ...]) -> Iterator[_Edit]:
    """A check a failing test expected: `if <clause>: raise ValueError(...)`, at the top
    of the body or before one of its statements, on the parameters and the attributes
    of `self` the function reads. Only for exceptions the module can name."""
    nameable = [name for name in raises if name in f.module_names or name in vars(builtins)]
    if not nameable:
        return
    parameters = [p for p in f.params if p not in ("self", "cls")]
    own = sorted({f.source_of(n) for n in f.nodes if n.type == "attribute" and f.source_of(n.child_by_field_name("object")) == "self"})
    names = [*parameters, *(a for a in own if a.count(".") == 1)]
    clauses = [f"{a} {op} {b}" for i, a in enumerate(names) for b in names[i + 1 :] for op in _comparisons_with(b)]
    clauses += [f"{a} {op} {c}" for a in names for c in f.constants for op in _CLAUSE_COMPARISONS]
    clauses += [c for a in names for c in (f"not {a}", f"{a} is None")]
    for offset, indent, rows in _raise_points(f):
        for clause in clauses[:_MAX_RAISE_CLAUSES]:
            for exception in nameable:
                check = f"if {clause}:\n{indent}{f.indent_unit}raise {exception}({clause!r})"
                text = f"\n{indent}{check}" if offset == len(f.data) else f"{indent}{check}\n"
                yield _Edit(offset, offset, text, rows, f"insert `if {clause}: raise {exception}`", expected_raise=True)


_EXCEPTION_GROUPS = (
    ("KeyError", "IndexError", "LookupError"),
    ("ValueError", "TypeError"),
    ("OSError", "FileNotFoundError", "PermissionError"),
    ("ZeroDivisionError", "ArithmeticError"),
)


def exception_handling(
    f: _Function, escaped: tuple[str, ...], expected: tuple[str, ...], raised_rows: frozenset[int] = frozenset()
) -> Iterator[_Edit]:
    """The exception a handler catches or a `raise` raises, replaced by one a failing test
    saw escape (`escaped`) or expected with `pytest.raises` (`expected`), or by a sibling
    (`KeyError` / `IndexError` / `LookupError`); a handler widened to what escaped
    (`except KeyError` -> `except (KeyError, ValueError)`); a handler of `Exception`
    narrowed to one the module or a module it imports raises; and a one-line statement
    wrapped in `try` / `except <escaped>` that raises what a test expected instead or,
    when the tests expect no other exception, skips it, goes on with the loop or returns
    None."""
    escaped = tuple(n for n in escaped if n in f.module_names or n in vars(builtins))
    expected = tuple(n for n in expected if n in f.module_names or n in vars(builtins))
    for node in f.nodes:
        caught = node.child_by_field_name("value") if node.type == "except_clause" else None
        if caught is not None and caught.type == "as_pattern":
            caught = caught.named_children[0]
        raised = node.named_children[0] if node.type == "raise_statement" and node.named_children else None
        if raised is not None and raised.type == "call":
            raised = raised.child_by_field_name("function")
        # `except (ValueError, KeyError)`: each member is edited as a lone handler's would be.
        members = [c for c in caught.named_children if c.type == "identifier"] if caught is not None and caught.type == "tuple" else []
        together = [f.source_of(m) for m in members]
        if members:
            for other in (e for e in escaped if e not in together):
                yield f.replace(caught, f"({', '.join([*together, other])})")
        for name in (n for n in (caught, *members, raised) if n is not None and n.type == "identifier"):
            current = f.source_of(name)
            handled = name == caught or name in members
            wanted = [*escaped, *expected] if handled else [*expected, *escaped]
            for other in dict.fromkeys([*wanted, *(s for g in _EXCEPTION_GROUPS if current in g for s in g)]):
                if other != current and other not in together:
                    yield f.replace(name, other)
            if name == caught:
                for other in (e for e in escaped if e != current):
                    yield f.replace(name, f"({current}, {other})")
            if name == caught and current in ("Exception", "BaseException"):
                # A handler of everything also swallows what a test expects to escape: it
                # meant what the code here raises (`except Exception` -> `except ValueError`).
                for other in sorted(f.raised_nearby - {current, *expected}):
                    if other in f.module_names or other in vars(builtins):
                        yield f.replace(name, other)
    if not escaped:
        return
    for first, last in _statement_runs(f):
        # A test that expects another exception wants this one turned into it, not swallowed.
        handlers = [f"raise {e}(str(error)) from error" for e in expected if e not in escaped]
        if not handlers:
            in_loop = any(a.type in _LOOPS for a in _ancestors(first, f.body))
            handlers = ["pass", "return None", *(["continue"] if in_loop else [])]
        indent, inner = f.indent_of(first), f.indent_of(first) + f.indent_unit
        start, end = _line_span(f, first)[0], _line_span(f, last)[1]
        body = "".join(inner + line.lstrip() for line in f.source_of_range(start, end).splitlines(keepends=True))
        body += "" if body.endswith("\n") else "\n"
        for exception in escaped:
            for handler in handlers:
                caught = f"{exception} as error" if "error" in handler else exception
                text = f"{indent}try:\n{body}{indent}except {caught}:\n{inner}{handler}"
                text += "\n" if f.data[end - 1 : end] == b"\n" else ""  # the function's last line has none
                rows = (first.start_point.row, last.start_point.row)
                turns = handler.startswith("raise") and not raised_rows.isdisjoint(range(rows[0], rows[1] + 1))
                yield _Edit(start, end, text, rows, f"`{_first_line(f, first)}` in `try` / `except {exception}: {handler}`",
                            expected_raise=turns)


def _statement_runs(f: _Function) -> Iterator[tuple[tree_sitter.Node, tree_sitter.Node]]:
    """One-line expression and return statements, alone and with the next one in their
    block: what a `try` may need to hold (`right = stack.pop()` and `left = stack.pop()`)."""
    simple = ("expression_statement", "return_statement")
    for block in (n for n in f.nodes if n.type == "block"):
        statements = [s for s in block.named_children if s.type != "comment"]
        plain = [s.type in simple and "\n" not in f.source_of(s) and f.alone_on_its_lines(s) for s in statements]
        for i, statement in enumerate(statements):
            if plain[i]:
                yield statement, statement
                if i + 1 < len(statements) and plain[i + 1] and statement.type != "return_statement":
                    yield statement, statements[i + 1]


def _raise_points(f: _Function) -> Iterator[tuple[int, str, tuple[int, ...]]]:
    """Before each statement of the body and before the first one of each loop body."""
    blocks = [f.body, *(n.child_by_field_name("body") for n in f.nodes if n.type in _LOOPS)]
    for block in (b for b in blocks if b is not None):
        statements = [s for s in block.named_children if s.type != "comment" and not _is_docstring_statement(s)]
        if block != f.body:
            statements = statements[:1]
        for statement in statements:
            if f.alone_on_its_lines(statement):
                offset = f.data.rfind(b"\n", 0, statement.start_byte) + 1
                yield offset, f.indent_of(statement), (statement.start_point.row,)


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


def _owned_condition(node: tree_sitter.Node) -> tree_sitter.Node | None:
    if node.type in _CONDITION_OWNERS:
        return node.child_by_field_name("condition")
    if node.type == "conditional_expression" and len(node.named_children) == 3:
        return node.named_children[1]
    if node.type == "if_clause" and node.named_children:
        return node.named_children[0]
    return None


def _returned_test(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The value of `return <comparison or boolean expression>`, parenthesized or not."""
    if node.type != "return_statement" or len(node.named_children) != 1:
        return None
    value = node.named_children[0]
    while value.type == "parenthesized_expression" and value.named_child_count == 1:
        value = value.named_children[0]
    return value if value.type in ("comparison_operator", "boolean_operator", "not_operator") else None


def _returned_flag(f: _Function, node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The name of `return <name>` when the function only ever assigns it a test:
    `wanted = room < target`."""
    if node.type != "return_statement" or len(node.named_children) != 1 or node.named_children[0].type != "identifier":
        return None
    name = f.source_of(node.named_children[0])
    values = [
        n.child_by_field_name("right") for n in f.nodes
        if n.type == "assignment" and f.source_of(n.child_by_field_name("left")) == name
    ]
    tests = ("comparison_operator", "boolean_operator", "not_operator", "true", "false")
    return node.named_children[0] if values and all(v is not None and v.type in tests for v in values) else None


def _names_in(f: _Function, node: tree_sitter.Node) -> list[str]:
    """In-scope names the statement uses, parameters first, then in order of appearance."""
    used = [decode(n.text or b"") for n in walk(node) if _is_variable(n, f.names)]
    return list(dict.fromkeys([p for p in f.params if p in used] + used))


def _with_attributes(f: _Function, names: list[str]) -> list[str]:
    """The names, then the attributes the file reads (and never calls) on them, then the
    other fields of a class that declares all of those, and so on for an attribute that is
    itself an object: a missing clause often tests an object's field (`item.stock > 0`
    beside `item.active`), one the function never read."""
    def fields_on(name: str) -> list[str]:
        read = f.attributes.get(name, set()) - f.methods
        found = [f"{name}.{a}" for a in sorted(read)]
        for fields in f.classes if read else []:
            if read <= fields:
                found += [f"{name}.{a}" for a in sorted(fields - read)]
        return found

    attributes = []
    for name in names:
        attributes += fields_on(name)
        # One object further: `pet.owner.opted_out` beside `pet.owner.email`.
        attributes += [field for chained in fields_on(name) if chained in f.attributes for field in fields_on(chained)]
        attributes += [f"{name}[{key}]" for key in _record_keys(f, name)]
    # A sized thing is also compared by its size: `len(cart) >= MAX_ITEMS`.
    sizes = [f"len({name})" for name in names if name in f.sized]
    return list(dict.fromkeys([*names, *attributes, *sizes]))


def _clauses(f: _Function, names: list[str]) -> list[str]:
    """Clauses on the names, kind by kind; the simplest first and at most _MAX_CLAUSES of
    them, and then the first few of each kind the cap left out, so that a long list of
    names leaves room for a comparison with a constant."""
    kinds: list[list[str]] = []
    kinds.append([
        f"{low} <= {name} <= {high}"  # "3 to 16 characters"
        for low, high in f.said_ranges for name in names if _may_be_number(f, name) and not _may_be_none(f, name)
    ])
    # A field compared as a sibling field of the same type already is: `member.lead_expires < day`
    # beside `member.paid_until < day` (SimFix's ingredient of the same shape, close by).
    kinds.append(_sibling_comparisons(f, names))
    # The gap between two objects kept within the module's unread bound: `abs(a.t - b.t) <= TOLERANCE`.
    kinds.append(_within_tolerance(f, names))
    truths = []
    for name in (n for n in names if not n.startswith("len(")):
        # A name that starts as None is tested against None: `not found` is also true of 0 or "".
        # A number is compared with 0: `bars_left > 0` also keeps out a batch sold past its
        # bars, which `bars_left` lets through.
        if _declared_number(f, name):
            truths += [f"{name} > 0", f"{name} <= 0"]
        else:
            truths += [*([] if _may_be_none(f, name) else [name, f"not {name}"]), f"{name} is None", f"{name} is not None"]
    kinds.append(truths)
    kinds.append([
        f"{name} {op} {value}" for name in names for value in f.values.get(name.rsplit(".", 1)[-1], [])[:_MAX_VALUES]
        for op in ("==", "!=")
    ])
    # The same field of two objects: `call.line != arrival.line` beside `call.stop == arrival.stop`.
    fields = [n for n in names if n.count(".") == 1 and n.split(".")[0].isidentifier()]
    kinds.append([
        f"{name} {op} {other}" for i, name in enumerate(fields) for other in fields[i + 1 :]
        if other.split(".")[1] == name.split(".")[1] and other.split(".")[0] != name.split(".")[0] for op in ("!=", "==")
    ])
    # Other fields of two objects declared with one type, compared in order, a field the
    # function never reads first: `bid.at < lot.closes_at`.
    declared = [(n, f.annotations.get(n.split(".")[1])) for n in fields]
    typed = [
        (name, other) for i, (name, kind) in enumerate(declared) for other, other_kind in declared[i + 1 :]
        if kind not in (None, "str", "bool") and other_kind == kind
        and other.split(".")[0] != name.split(".")[0] and other.split(".")[1] != name.split(".")[1]
    ]
    read = {f.source_of(node) for node in f.nodes if node.type == "attribute"}
    typed.sort(key=lambda pair: read.issuperset(pair))
    kinds.append([clause for a, b in typed for clause in (f"{a} < {b}", f"{b} < {a}", f"{a} <= {b}", f"{b} <= {a}")])
    kinds.append(_against_declared(f, fields, names))
    # An item tested against a collection in scope: `word not in self.stopwords`, or a
    # field its class declares as one: `zone in permit.zones`.
    declared = [n for n in names if "." in n and re.match(_COLLECTION_TYPE, _annotation_of(f, n) or "")]
    collections = [c for c in dict.fromkeys([*f.sized, *f.collection_attributes, *declared]) if c not in f.texts]
    kinds.append([
        f"{name}{negation} in {c}" for name in names if name.isidentifier() and name not in f.built and name not in f.records
        for c in collections if c != name for negation in (" not", "")
    ])
    # A name compared with a member of a group of strings the module names, tested against
    # the group: `hive.status in LIVING` beside `hive.status == "queenless"`.
    kinds.append([
        f"{name}{negation} in {group}" for group, members in f.string_groups.items() for name in names
        if members & set(f.values.get(name.rsplit(".", 1)[-1], [])) for negation in ("", " not")
    ])
    # A flag of one object that requires a flag of another: a party that needs step-free
    # access gets an accessible table, `(not party.needs_access or table.accessible)`.
    flags = [n for n in names if "." in n and _annotation_of(f, n) == "bool"]
    kinds.append([
        clause for a in flags for b in flags if a.split(".")[0] != b.split(".")[0]
        for clause in (f"(not {b} or {a})", f"({b} and not {a})")
    ])
    # A text that should be skipped by how it starts: `not line.startswith("-")`.
    kinds.append([f"{negation}{name}.startswith({prefix})" for name in names if name in f.texts for prefix in f.prefixes for negation in ("not ", "")])
    # A parameter or local the function never reads, compared with what the condition
    # reads: `bike.battery >= min_battery`.
    unused = []
    for bound in (n for n in names if n in f.unused_params or n in f.unused_locals):
        # A minimum or maximum is the bound of its own clauses: `credits >= min_credits`.
        for name in (n for n in names if n != bound and _comparisons_with(n) == _CLAUSE_COMPARISONS):
            numbers = _may_be_number(f, name) and _may_be_number(f, bound)
            unused += [f"{name} {op} {bound}" for op in (_comparisons_with(bound) if numbers else ("==", "!="))]
    kinds.append(unused)
    # Each constant against every name, one kind per constant so that each keeps some
    # beyond the cap. A string is tested for equality, a number compared with what may be one.
    for constant in (c for c in f.constants if c not in f.keys):
        if constant[-1] in "\"'" or constant in f.named_strings:
            kinds.append([f"{name} {op} {constant}" for name in names if name not in f.built and name not in f.records for op in ("==", "!=")])
        else:
            kinds.append([f"{name} {op} {constant}" for name in names if _may_be_number(f, name) for op in _CLAUSE_COMPARISONS])
    pairs = []
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            numbers = _may_be_number(f, first) and _may_be_number(f, second)
            # A minimum or maximum is the bound: `credits >= min_credits`, not `min_credits < credits`.
            name, other = (second, first) if _comparisons_with(first) != _CLAUSE_COMPARISONS else (first, second)
            pairs += [f"{name} {op} {other}" for op in (_comparisons_with(other) if numbers else ("==", "!="))]
    kinds.append(pairs)
    clauses = [clause for kind in kinds for clause in kind][:_MAX_CLAUSES]
    kept = set(clauses)
    left_out = [clause for kind in kinds for clause in [c for c in kind if c not in kept][:_RESERVED_PER_KIND]]
    return list(dict.fromkeys([*clauses, *left_out]))


def _within_tolerance(f: _Function, names: list[str]) -> list[str]:
    """`abs(batch.temp_c - smoker.temp_c) <= TEMP_TOLERANCE`: the same number field of two
    objects in scope kept within a number the module names and never reads."""
    if not f.unread_constants:
        return []
    owners = [n for n in dict.fromkeys([*f.params, *f.loop_variables, *names]) if n.isidentifier() and n != "self"]
    numeric = {
        owner: {field for field in f.fields_of(owner) if _type_words(f.annotations.get(field) or "str") == {"number"}}
        for owner in owners
    }
    return [
        f"abs({a}.{field} - {b}.{field}) <= {constant}"  # "within ten degrees" takes in ten
        for i, a in enumerate(owners) for b in owners[i + 1 :] for field in sorted(numeric[a] & numeric[b])
        for constant in f.unread_constants
    ]


def _against_declared(f: _Function, fields: list[str], names: list[str]) -> list[str]:
    """A field compared in order with a name the function declares with the field's type
    (a date, a time; not a number, text or flag), and where the field may be None, the
    comparison only where it is set, or where it is not:
    `(patient.next_appointment is None or patient.next_appointment < today)`."""
    found = []
    for field in fields:
        kind = _type_words(f.annotations.get(field.split(".")[1]) or "str")
        if kind & {"str", "bool", "number"} or re.match(_COLLECTION_TYPE, f.annotations.get(field.split(".")[1]) or ""):
            continue
        for name in (n for n in names if "." not in n and _type_words(f.declared.get(n) or "str") == kind):
            for operator in ("<", ">=", "<=", ">"):
                clause = f"{field} {operator} {name}"
                found += [f"({field} is None or {clause})", f"({field} is not None and {clause})"] if _may_be_none(f, field) else [clause]
    return found


_NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}


def _sibling_comparisons(f: _Function, names: list[str]) -> list[str]:
    """`owner.field <op> value` and its negation for each ordering `owner.other <op> value`
    of the function, where the class declares both fields with one type (None aside) that
    is not text or a flag."""
    found = []
    for node in f.nodes:
        if node.type != "comparison_operator" or len(node.named_children) != 2:
            continue
        operator = [c.type for c in node.children if not c.is_named]
        left, right = node.named_children
        if len(operator) != 1:
            continue
        if operator[0] in ("<", "<=", ">", ">=") and left.type == "attribute" and not _declared(f, left) & {"str", "bool"}:
            # The same way, or the other way for the other end of a span: an item is skipped
            # once `donor.withdrawn <= sale.sold_on`, and while `donor.declared > sale.sold_on`.
            found += [f"{name} {op} {f.source_of(right)}" for op in (operator[0], _NEGATED[operator[0]])
                      for name in _alike_fields(f, left, names) if name not in f.source_of(right)]
        elif operator[0] in ("in", "not in") and right.type == "attribute" and re.match(_COLLECTION_TYPE, _annotation_of(f, f.source_of(right)) or ""):
            # `member_id in self.waitlist` beside `member_id in self.attendees`
            found += [f"{f.source_of(left)} {operator[0]} {name}" for name in _alike_fields(f, right, names)
                      if name not in f.source_of(left)]
    return list(dict.fromkeys(found))


def _declared(f: _Function, attribute: tree_sitter.Node) -> set[str]:
    """The words of the type the attribute's class declares it with; a field it does not declare is taken for text."""
    return _type_words(f.annotations.get(f.source_of(attribute).rpartition(".")[2]) or "str")


def _alike_fields(f: _Function, attribute: tree_sitter.Node, names: list[str]) -> list[str]:
    """The names that are other fields of the attribute's owner, declared with its type."""
    owner, _, field = f.source_of(attribute).rpartition(".")
    return [name for name in names if (split := name.rpartition("."))[0] == owner and split[2] != field
            and _type_words(f.annotations.get(split[2]) or "str") == _declared(f, attribute)]


# Clauses of each kind kept beyond the cap.
_RESERVED_PER_KIND = 6


# The start of a type that holds items to test membership in.
_COLLECTION_TYPE = r"(typing\.)?(set|frozenset|list|tuple|Set|FrozenSet|List|Tuple|Sequence|Collection|AbstractSet)\b"


def _may_be_none(f: _Function, name: str) -> bool:
    """A name that starts as None, or a field its class declares Optional."""
    if name in f.none_names:
        return True
    annotation = _annotation_of(f, name)
    return annotation is not None and bool(re.search(r"\bOptional\b|\bNone\b", annotation))


def _may_be_number(f: _Function, name: str) -> bool:
    """False for an object the function reads fields or keys of, a sized thing or a text
    (see _sized, _texts), and a field or a name declared with a type that is not a number
    (`status: str`, `day: date`, a parameter `sku: str`)."""
    if f.attributes.get(name, set()) - f.methods or name in f.sized or name in f.texts or name in f.records:
        return False
    if f.built.get(name, "number") != "number":
        return False
    annotation = _annotation_of(f, name)
    return annotation is None or bool(set(re.findall(r"\w+", annotation)) & _NUMBER_TYPES)


def _declared_number(f: _Function, name: str) -> bool:
    annotation = _annotation_of(f, name)
    return annotation is not None and set(re.findall(r"\w+", annotation)) <= _NUMBER_TYPES


def _annotation_of(f: _Function, name: str) -> str | None:
    """The type a field's class or the function itself declares a name with."""
    return f.annotations.get(name.rsplit(".", 1)[-1]) if "." in name else f.declared.get(name)


_NUMBER_TYPES = frozenset({"int", "float", "Decimal", "Fraction", "complex", "Number", "Real"})


def _comparisons_with(bound: str) -> tuple[str, ...]:
    """The comparisons of a clause `x <op> bound`. A bound whose name says it is a
    minimum or a maximum is inclusive (`battery >= min_battery`, `size <= max_size`),
    or the clause tests for crossing it (`battery < min_battery`): the other two
    operators would make a second, off-by-one clause that passes the same tests."""
    words = {w.lower() for w in re.findall(r"[A-Z]?[a-z]+", bound.rsplit(".", 1)[-1])}
    if words & _MINIMUM_WORDS:
        return (">=", "<", "==", "!=")
    if words & _MAXIMUM_WORDS:
        return ("<=", ">", "==", "!=")
    return _CLAUSE_COMPARISONS


_MINIMUM_WORDS = frozenset({"min", "minimum", "least", "lowest", "floor"})
_MAXIMUM_WORDS = frozenset({"max", "maximum", "most", "highest", "limit", "cap", "ceiling"})


def _constants_of(f: _Function) -> list[str]:
    """The function's own numbers and strings (not its docstring), and 0; then the module's
    named constants (those the function does not read first) and the numbers its docstring
    says (`at least 3 characters`, "leads by two"): a bug's missing bound is usually one
    the code or its prose already names."""
    found = [f.source_of(n) for n in f.nodes if n.type in ("integer", "float", "string") and not _is_docstring(n)]
    own = list(dict.fromkeys([c for c in found if "\n" not in c] + ["0"]))[:6]
    read = {decode(n.text or b"") for n in f.nodes if n.type == "identifier"}
    named = sorted(f.named_constants, key=lambda name: name in read)[:_MAX_NAMED_CONSTANTS]
    docstring = next((n for n in f.nodes if _is_docstring(n)), None)
    said = _said_numbers(decode(docstring.text or b"")) if docstring is not None else []
    return list(dict.fromkeys([*own, *named, *said[:_MAX_SAID_NUMBERS]]))


def _said_numbers(prose: str) -> list[str]:
    """The numbers prose says, in digits or in words: "at least 3", "leads by two"."""
    words = re.findall(rf"(?<![\w.])(?:\d+(?:\.\d+)?|{'|'.join(_NUMBER_WORDS)})(?!\w|\.\d)", prose, re.IGNORECASE)
    return [_NUMBER_WORDS.get(word.lower(), word) for word in words]


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
    """`MAX_ITEMS` for a module-level `MAX_ITEMS = 3` (a number or a string), and whether it is a string."""
    return {
        name: value.type == "string" for name, value in _module_constants(module)
        if value.type in ("integer", "float", "string") or _is_negative_literal(value)
    }


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


def _record_keys(f: _Function, name: str) -> list[str]:
    """The keys a record may be read by: those the function reads on it, then those the
    tests and modules use (see _dict_keys), in the function's quotes."""
    read = f.records.get(name, [])
    if not read:
        return []
    quote = read[0][-1]
    return list(dict.fromkeys([*read, *(f"{quote}{key}{quote}" for key in f.dict_keys)]))


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
        declared = kind is not None and re.match(r"(typing\.)?(dict|Dict|Mapping|MutableMapping|defaultdict|Counter|OrderedDict)\b", decode(kind.text or b""))
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


def _is_assignment_target(node: tree_sitter.Node) -> bool:
    parent = node.parent
    return parent is not None and parent.type in ("assignment", "augmented_assignment", "for_statement") and (
        parent.child_by_field_name("left") == node
    )


def _reads_a_name(node: tree_sitter.Node) -> bool:
    """A bare name that is read (not an attribute's field, a keyword, a definition or a target)."""
    parent = node.parent
    if parent is None or _is_attribute_name(node) or _is_assignment_target(node):
        return False
    if parent.type == "keyword_argument" and parent.child_by_field_name("name") == node:
        return False
    return parent.type not in ("function_definition", "class_definition", "parameters", "default_parameter")


def _integer_valued(f: _Function, node: tree_sitter.Node) -> bool:
    if node.type in ("integer", "identifier"):
        return node.type == "integer" or decode(node.text or b"") in f.numeric_names
    if node.type == "call":
        return f.source_of(node.child_by_field_name("function")) in ("len", "int", "abs", "min", "max", "sum")
    if node.type == "binary_operator":
        return node.child_by_field_name("operator").type in ("+", "-", "*", "//", "%")
    return False


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


def _arguments_text(f: _Function, call: tree_sitter.Node, arguments: list[str]) -> str:
    keywords = [
        f.source_of(a)
        for a in call.child_by_field_name("arguments").named_children
        if a.type in ("keyword_argument", "list_splat", "dictionary_splat")
    ]
    return f"{f.source_of(call.child_by_field_name('function'))}({', '.join([*arguments, *keywords])})"


def _moved_in(f: _Function, outer: tree_sitter.Node, inner: tree_sitter.Node, moved: tree_sitter.Node) -> _Edit:
    inner_text = _arguments_text(f, inner, [f.source_of(a) for a in _positional_arguments(inner)] + [f.source_of(moved)])
    outer_arguments = [inner_text if a == inner else f.source_of(a) for a in _positional_arguments(outer) if a != moved]
    return f.replace(outer, _arguments_text(f, outer, outer_arguments), f"move `{f.source_of(moved)}` into `{f.source_of(inner)}`")


def _moved_out(f: _Function, outer: tree_sitter.Node, inner: tree_sitter.Node, moved: tree_sitter.Node) -> _Edit:
    inner_text = _arguments_text(f, inner, [f.source_of(a) for a in _positional_arguments(inner) if a != moved])
    outer_arguments = []
    for argument in _positional_arguments(outer):
        outer_arguments += [inner_text, f.source_of(moved)] if argument == inner else [f.source_of(argument)]
    return f.replace(outer, _arguments_text(f, outer, outer_arguments), f"move `{f.source_of(moved)}` out of `{f.source_of(inner)}`")


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
        if node.type != "function_definition" or (parameters := node.child_by_field_name("parameters")) is None:
            continue
        plain = []
        for parameter in parameters.named_children:
            if parameter.type == "identifier":
                plain.append(_Parameter(decode(parameter.text or b""), True))
            elif parameter.type in ("typed_parameter", "default_parameter", "typed_default_parameter"):
                named = _first(parameter, lambda n: n.type == "identifier")
                if named is not None:
                    plain.append(_Parameter(decode(named.text or b""), parameter.type == "typed_parameter"))
            else:
                break  # `*`, `*args`, `**kwargs`: what follows is not positional
        found[_name_of(node)] = plain
    return found


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
    meant to be), or that the function reads and the failing tests set (`flagged`), as
    `owner.field`; and those of the former."""
    read_here = {f.source_of(n) for n in f.nodes if n.type == "attribute"}
    found, unread = [], []
    for owner in dict.fromkeys(f.params):
        for field in (field for field in f.fields_of(owner) if f.annotations.get(field) == "bool"):
            name = f"{owner}.{field}"
            if field not in read_in_modules:
                unread.append(name)
            if name in unread or (name in read_here and field in flagged):
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


def _calls_of(f: _Function, function: str) -> list[str]:
    """Calls of a module function on in-scope names: by its parameters' names, else its
    required parameters (at most two) filled in order from the names in scope, those the
    function never reads first (`minute = ...` computed for the call that lacks it)."""
    named = _named_call(f, function)
    if named is not None:
        return [named[0]]
    required = [p for p in f.signatures[function] if p.required]
    if not 1 <= len(required) <= 2:
        return []
    names = list(dict.fromkeys([*f.unused_params, *f.unused_locals, *f.names]))
    return [f"{function}({', '.join(chosen)})" for chosen in permutations(names, len(required))][:6]


def _counters(f: _Function) -> list[str]:
    """Names the function counts in by key: `d[k] += 1`, `d[k] -= 1`."""
    found = []
    for node in f.nodes:
        if node.type == "augmented_assignment" and f.source_of(node.child_by_field_name("right")) == "1":
            left = node.child_by_field_name("left")
            if left.type == "subscript" and left.child_by_field_name("value").type == "identifier":
                found.append(f.source_of(left.child_by_field_name("value")))
    return list(dict.fromkeys(found))


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


# Strings kept per name: an enumeration's members, not every message the module writes.
_MAX_VALUES = 6


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
    return _ModuleFacts(classes, annotations, values, flows, started, frozenset(updated), frozenset(raised), frozenset(read), query_results)


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


# Methods that change the collection they are called on.
_CHANGING_METHODS = frozenset({"append", "extend", "insert", "add", "update", "discard", "remove", "pop", "popleft",
                               "appendleft", "clear", "setdefault"})


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


def _last_name(node: tree_sitter.Node) -> str:
    if node.type == "attribute":
        return decode(node.child_by_field_name("attribute").text or b"")
    return decode(node.text or b"")


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


def _name_of(node: tree_sitter.Node) -> str:
    name = node.child_by_field_name("name")
    return decode(name.text or b"") if name is not None else ""


def _one_argument_callee(node: tree_sitter.Node) -> str | None:
    if node.type != "call":
        return None
    function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    if function is None or function.type != "identifier" or arguments is None or arguments.type != "argument_list":
        return None
    return decode(function.text or b"") if len(arguments.named_children) == 1 else None


FAMILIES: dict[str, Callable[[_Function], Iterator[_Edit]]] = {
    "arithmetic": arithmetic,
    "comparison": comparison,
    "boolean": boolean,
    "negation": negation,
    "off_by_one": off_by_one,
    "constants": constants,
    "unread_constant": unread_constant,
    "separator": separator,
    "lookup_default": lookup_default,
    "variable": variable,
    "pasted_statement": pasted_statement,
    "swap": swap,
    "return_value": return_value,
    "delete_statement": delete_statement,
    "insert_statement": insert_statement,
    "guard": guard,
    "call_name": call_name,
    "condition_clause": condition_clause,
    "alternative_clause": alternative_clause,
    "missing_statement": missing_statement,
    "loop_progress": loop_progress,
    "streak_reset": streak_reset,
    "consumed_count": consumed_count,
    "skipped_items": skipped_items,
    "last_group": last_group,
    "rounding": rounding,
    "call_argument": call_argument,
    "self_attribute": self_attribute,
    "object_field": object_field,
    "move_argument": move_argument,
    "shifted_argument": shifted_argument,
    "shifted_length": shifted_length,
    "operand_into_call": operand_into_call,
    "move_statement": move_statement,
    "guarded_statement": guarded_statement,
    "call_for_name": call_for_name,
    "wrapped_value": wrapped_value,
    "converted_value": converted_value,
    "sort_order": sort_order,
    "module_statement": module_statement,
    "restarted_group": restarted_group,
}
_COMPARISON = list(FAMILIES).index("comparison")
_BOOLEAN = list(FAMILIES).index("boolean")


# -- helpers -------------------------------------------------------------------



def _first(node: tree_sitter.Node, wanted: Callable[[tree_sitter.Node], bool]) -> tree_sitter.Node | None:
    return next((n for n in walk(node) if wanted(n)), None)


def _compiles(data: bytes) -> bool:
    # Candidates are made to be odd ("x is 0"); the compiler's style warnings are noise here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(data, "<candidate>", "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            return False
    return True


def _change_size(old: str, new: str) -> int:
    """Characters changed once the common prefix and suffix are set aside; of a statement
    inserted or deleted whole, its text without the indentation, which says nothing of
    how big a change it is; of a clause joined to the old text kept whole in
    parentheses, the clause: `(a and b) and c` adds ` and c`."""
    if not old or not new:
        return len(" ".join((old or new).split()))
    rest = new.replace(f"({old})", "", 1)
    if rest != new and re.match(r"\s*(and|or)\s|.*\s(and|or)\s*$", rest):
        return len(rest)
    if old in new:
        new = _unwrapped(new)  # `(len(xs) - 1)` for `len(xs)`: the parentheses only keep the order
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return max(len(old) - prefix - suffix, len(new) - prefix - suffix)


def _unwrapped(text: str) -> str:
    """The text without the parentheses around all of it, if there are such."""
    if not (text.startswith("(") and text.endswith(")")):
        return text
    depth = 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and i < len(text) - 1:
            return text  # `(a) + (b)`: the first one closes before the end
    return text[1:-1]


def _identifiers(node: tree_sitter.Node | None) -> Iterator[str]:
    """Names bound by a target: `x`, `x, y`, `(x, [y, *z])`; not `a.b` or `a[i]`."""
    if node is None:
        return
    if node.type == "identifier":
        yield decode(node.text or b"")
    elif node.type in ("pattern_list", "tuple_pattern", "list_pattern", "list_splat_pattern", "as_pattern_target", "tuple", "list"):
        for child in node.named_children:
            yield from _identifiers(child)


def _parameter_names(function: tree_sitter.Node) -> list[str]:
    names: list[str] = []
    parameters = function.child_by_field_name("parameters")
    for parameter in parameters.named_children if parameters is not None else []:
        named = parameter.child_by_field_name("name")
        if named is None:
            named = _first(parameter, lambda n: n.type == "identifier")
        if named is not None:
            names.append(decode(named.text or b""))
    return names


def _none_names(function: tree_sitter.Node) -> set[str]:
    """Names that start as None: `found = None`, a parameter `limit=None`."""
    found = set()
    for node in walk(function):
        value = node.child_by_field_name("right" if node.type == "assignment" else "value")
        if node.type in ("assignment", "default_parameter", "typed_default_parameter") and value is not None and value.type == "none":
            name = node.child_by_field_name("left" if node.type == "assignment" else "name")
            if name is not None and name.type == "identifier":
                found.add(decode(name.text or b""))
    return found


def _assigned_names(body: tree_sitter.Node) -> set[str]:
    """Locals: assignment and loop targets, `with ... as`, walrus and comprehension variables."""
    names: set[str] = set()
    for node in walk(body):
        if node.type in ("assignment", "augmented_assignment", "for_statement", "for_in_clause"):
            names.update(_identifiers(node.child_by_field_name("left")))
        elif node.type == "as_pattern_target":
            names.update(_identifiers(node))
        elif node.type == "named_expression":
            names.update(_identifiers(node.child_by_field_name("name")))
    return names


def _is_variable(node: tree_sitter.Node, names: list[str]) -> bool:
    """An identifier that reads or binds one of `names` (not an attribute's field,
    a keyword argument's name or a called function)."""
    if node.type != "identifier" or decode(node.text or b"") not in names:
        return False
    parent = node.parent
    if parent is None:
        return False
    if _is_attribute_name(node):
        return False
    for kind, field in (("keyword_argument", "name"), ("call", "function")):
        if parent.type == kind and parent.child_by_field_name(field) == node:
            return False
    return parent.type not in ("global_statement", "nonlocal_statement", "function_definition", "class_definition")


def _identity_kept(f: _Function, node: tree_sitter.Node, replaced: tree_sitter.Node, new: str) -> str | None:
    """The operand a binary operation `node` keeps when `new` in place of its operator or
    operand `replaced` makes it an identity (`j * 1`, `j + 0`, `0 + j`); None when it
    does not."""
    if node.type != "binary_operator":
        return None
    parts = {name: node.child_by_field_name(name) for name in ("left", "operator", "right")}
    texts = {name: new if part == replaced else f.source_of(part) for name, part in parts.items()}
    operator, left, right = texts["operator"], texts["left"], texts["right"]
    if right == _NEUTRAL.get(operator):
        return left
    if operator in ("+", "*") and left == _NEUTRAL[operator]:
        return right
    return None


# The right operand that leaves the left one as it is.
_NEUTRAL = {"+": "0", "-": "0", "*": "1", "/": "1", "//": "1", "**": "1"}


def _swap_token(f: _Function, token: tree_sitter.Node | None, group: tuple[str, ...]) -> Iterator[_Edit]:
    if token is None or token.type not in group:
        return
    for alternative in group:
        if alternative != token.type:
            yield f.replace(token, alternative)


def _conditions(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The conditions a node tests: of if/elif/while, a conditional expression,
    a comprehension's `if`, and each operand of `and`/`or`."""
    if node.type in _CONDITION_OWNERS:
        return [c for c in [node.child_by_field_name("condition")] if c is not None]
    if node.type == "conditional_expression" and len(node.named_children) == 3:
        return [node.named_children[1]]
    if node.type == "if_clause":
        return node.named_children[:1]
    if node.type == "boolean_operator":
        return [c for c in (node.child_by_field_name("left"), node.child_by_field_name("right")) if c is not None]
    return []


def _negated(text: str, kind: str) -> str:
    return f"not {text}" if kind in _ATOMS else f"not ({text})"


def _is_added_or_subtracted(node: tree_sitter.Node) -> bool:
    """The right operand of a binary `+` or `-`."""
    parent = node.parent
    if parent is None or parent.type != "binary_operator" or parent.child_by_field_name("right") != node:
        return False
    operator = parent.child_by_field_name("operator")
    return operator is not None and operator.type in ("+", "-")


def _counts_as_number(node: tree_sitter.Node) -> bool:
    """A number where a bool would count as 0 or 1: an operand, an index or a bound."""
    number = node.child_by_field_name("argument") if _is_negative_literal(node) else node
    return number.type in ("integer", "float") and node.parent is not None and node.parent.type in _NUMERIC_CONTEXTS


_NUMERIC_CONTEXTS = frozenset({"binary_operator", "comparison_operator", "augmented_assignment", "subscript", "slice"})


def _is_negative_literal(node: tree_sitter.Node | None) -> bool:
    """`-1`: a unary minus on an integer, which templates treat as one literal."""
    return (
        node is not None
        and node.type == "unary_operator"
        and node.child_by_field_name("operator").type == "-"
        and node.child_by_field_name("argument").type == "integer"
    )


def _integer_value(f: _Function, node: tree_sitter.Node) -> int | None:
    text = f.source_of(node)
    try:
        return int(text, 0)
    except ValueError:
        return None


def _shifted(f: _Function, node: tree_sitter.Node, delta: int) -> str:
    """The expression plus `delta`, folded into a literal where there is one:
    `3` -> `4`, `n - 1` -> `n`, `n + 1` -> `n + 2`, `len(x)` -> `len(x) + 1`."""
    literal = node.child_by_field_name("argument") if _is_negative_literal(node) else node
    if node.type == "integer" or _is_negative_literal(node):
        value = _integer_value(f, literal)
        if value is not None:
            return str((-value if node is not literal else value) + delta)
    if node.type == "binary_operator":
        operator = node.child_by_field_name("operator").type
        right = node.child_by_field_name("right")
        if operator in ("+", "-") and right.type == "integer":
            value = _integer_value(f, right)
            if value is not None:
                total = (value if operator == "+" else -value) + delta
                left = f.source_of(node.child_by_field_name("left"))
                if total == 0:
                    return left
                return f"{left} {'+' if total > 0 else '-'} {abs(total)}"
    text = f.source_of(node)
    if node.type in _LOOSE:
        text = f"({text})"
    return f"{text} {'+' if delta > 0 else '-'} {abs(delta)}"


def _positional_arguments(call: tree_sitter.Node) -> list[tree_sitter.Node]:
    arguments = call.child_by_field_name("arguments")
    if arguments is None or arguments.type != "argument_list":
        return []
    return [
        a
        for a in arguments.named_children
        if a.type not in ("keyword_argument", "list_splat", "dictionary_splat", "comment")
    ]


def _exchange(f: _Function, first: tree_sitter.Node, second: tree_sitter.Node) -> _Edit:
    a, b = f.source_of(first), f.source_of(second)
    between = f.source_of_range(first.end_byte, second.start_byte)
    return _Edit(first.start_byte, second.end_byte, f"{b}{between}{a}", (first.start_point.row,), f"swap `{a}` and `{b}`")


def _words(text: str) -> frozenset[str]:
    """The words of names and prose, lower case and singular: `rejectedLines` and
    "rejected line" both give {"rejected", "line"}; short words say too little."""
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", text)
    return frozenset(w.lower().removesuffix("s") for w in words if len(w) > 3)


def _is_docstring(node: tree_sitter.Node) -> bool:
    return node.type == "string" and node.parent is not None and _is_docstring_statement(node.parent)


def _is_docstring_statement(node: tree_sitter.Node) -> bool:
    return node.type == "expression_statement" and node.named_child_count == 1 and node.named_children[0].type == "string"


def _is_docstring_text(text: str) -> bool:
    return text[:1] in ("'", '"') or text[:2].lower() in ('r"', "r'", 'b"', "b'")


def _statements(f: _Function) -> Iterator[tree_sitter.Node]:
    """Every statement in the body, nested blocks included."""
    for node in f.nodes:
        if node.parent is not None and node.parent.type == "block" and node.is_named and node.type != "comment":
            yield node


def _line_span(f: _Function, node: tree_sitter.Node) -> tuple[int, int]:
    """Bytes of the whole lines a statement occupies, its line break included."""
    start = f.data.rfind(b"\n", 0, node.start_byte) + 1
    end = f.data.find(b"\n", node.end_byte)
    return start, len(f.data) if end < 0 else end + 1


def _first_line(f: _Function, node: tree_sitter.Node) -> str:
    return f.source_of(node).splitlines()[0]


def _dedented_block(f: _Function, block: tree_sitter.Node, indent: str) -> str:
    """A block's lines re-indented to `indent`, ending with a line break."""
    start, end = _line_span(f, block)
    lines = f.source_of_range(start, end).splitlines(keepends=True)
    inner = f.indent_of(block.named_children[0]) if block.named_children else indent
    return "".join(indent + line[len(inner) :] if line.startswith(inner) else line for line in lines)


def _insertion_points(f: _Function) -> Iterator[tuple[int, str, tuple[int, ...]]]:
    """Line starts where a statement can go, with the indentation it needs and the
    rows of its neighbours: before the first statement of each block and after each
    statement."""
    for block in (n for n in f.nodes if n.type == "block"):
        statements = [s for s in block.named_children if s.type != "comment"]
        if not statements or not f.alone_on_its_lines(statements[0]):
            continue
        indent = f.indent_of(statements[0])
        if not _is_docstring_statement(statements[0]):
            yield f.data.rfind(b"\n", 0, statements[0].start_byte) + 1, indent, (statements[0].start_point.row,)
        for current, following in zip(statements, [*statements[1:], None]):
            rows = (current.end_point.row,) if following is None else (current.end_point.row, following.start_point.row)
            yield _line_span(f, current)[1], indent, rows


def _first_body_statement(f: _Function) -> tree_sitter.Node | None:
    statements = [s for s in f.body.named_children if s.type != "comment"]
    while statements and _is_docstring_statement(statements[0]):
        statements.pop(0)
    return statements[0] if statements else None


def _is_attribute_name(node: tree_sitter.Node) -> bool:
    parent = node.parent
    return parent is not None and parent.type == "attribute" and parent.child_by_field_name("attribute") == node


def _called_or_attribute_name(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The name token of `obj.name` or of a call to a bare name `name(...)`."""
    if node.type == "attribute":
        return node.child_by_field_name("attribute")
    if node.type == "call":
        function = node.child_by_field_name("function")
        if function is not None and function.type == "identifier":
            return function
    return None


def _callable_bare(f: _Function, name: str) -> str | None:
    """How the module can call `name` by itself: a builtin or a name it binds as is, a
    function of `math` through the module it imports (`ceil` -> `math.ceil`), else None."""
    if hasattr(builtins, name) or name in f.module_names:
        return name
    if "math" in f.module_names and callable(getattr(math, name, None)):
        return f"math.{name}"
    return None


def _opposites(name: str) -> Iterator[str]:
    """The name with one of its words (between underscores) turned into its opposite."""
    words = name.split("_")
    for i, word in enumerate(words):
        for opposite in _OPPOSITES.get(word, ()):
            yield "_".join([*words[:i], opposite, *words[i + 1 :]])


def _one_word_apart(name: str, names: Iterable[str]) -> list[str]:
    """The names of as many words (between underscores) as `name`, one of them another."""
    words = name.split("_")
    return sorted(
        other for other in names
        if len(words) > 1 and len(others := other.split("_")) == len(words) and sum(a != b for a, b in zip(words, others)) == 1
    )


def _siblings(name: str) -> Iterator[str]:
    for group in _SIBLING_GROUPS:
        if name in group:
            yield from group
