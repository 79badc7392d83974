"""The target function parsed on its own, with the facts the templates need about it."""

from __future__ import annotations

import re
from typing import Collection, Sequence

import tree_sitter

from ... import languages
from ...positions import decode
from ...targets import FunctionTarget, walk
from .tree import (
    _Edit, _assigned_names, _change_size, _compiles, _first, _identifiers, _identity_kept, _is_assignment_target,
    _is_docstring, _is_docstring_statement, _name_of, _none_names, _parameter_names, _words,
)
from .facts import (
    _DESCENDING, _DOUBLED, _called_into, _class_members, _collections, _constants_of, _declared_types, _dict_keys, _empty_kind,
    _enclosing_function, _field_starts, _flag_calls, _flag_fields, _ingredients, _is_collection, _is_key, _mappings,
    _module_facts, _module_names, _name_of_raised, _named_constants, _numeric_names, _one_argument_callee,
    _prefixes, _queries, _readers, _records, _said_limits, _said_numbers, _said_ranges, _sealed_per_key, _set_at_start,
    _signatures, _sized,
    _split_names, _started_empty, _string_groups, _tested_values, _texts, _unread_locals,
)


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
        self.said_limits = _said_limits(decode(source))
        self.empty_attributes: dict[str, str] = {}  # `self.items` -> "list" for `self.items = []`
        self.collection_attributes: list[str] = []  # `self.stopwords` for `self.stopwords = set(words)`
        self.fields: set[str] = set()  # what the module's classes declare or set on `self`
        self.queries: set[str] = set()  # its own class's methods called with nothing: `self.area()`
        self.set_at_start: set[str] = set()  # its own class's fields only `__init__` sets: `self.last_reading`
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
                    self.set_at_start = _set_at_start(node)
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
        self.questions = {name: asked for found in facts for name, asked in found.questions.items()}
        # A local set from a call is declared with what the called function says it
        # returns: `due = self.next_due(course)` is a `date | None`.
        results = {name: kind for found in facts for name, kind in found.results.items()}
        self.updated_keys = frozenset().union(*(found.updated_keys for found in facts))
        for name, called in _called_into(self.nodes):
            if called in results:
                self.declared.setdefault(name, results[called])
        self.members: dict[str, list[str]] = {}
        for found in facts:
            for field, items in found.members.items():
                self.members[field] = list(dict.fromkeys([*self.members.get(field, []), *items]))
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
        self.sealed_per_key = _sealed_per_key(module)
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

    def questions_of(self, name: str) -> list[str]:
        """Calls of the methods declared `-> bool`, of the classes `name` may be an
        instance of, given the names in scope their parameters are named after, one of
        them a parameter or local the function never reads: `booking.lapsed(today)`."""
        unread = {*self.unused_params, *self.unused_locals}
        return [
            f"{name}.{method}({', '.join(asked)})" for method in sorted({m for _, methods in self._shapes_of(name) for m in methods})
            if (asked := self.questions.get(method)) and set(asked) <= {*self.names, *self.params} and unread & set(asked)
        ]

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
