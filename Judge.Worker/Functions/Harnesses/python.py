# The judge's harness for a function-style problem (generated; docs/function-problems.md): it reads the arguments from
# stdin, one JSON value per parameter, calls {{function}} once, and writes the return value as JSON to {{result_path}}.
# A void function's judged value is the argument it changes in place ({{judged}}), written the same way.
# The candidate's own prints go to stdout and never touch the result. With --check (the compile step) it only loads the
# solution and checks that the function exists and takes {{parameter_count}} argument(s).
import importlib
import importlib.util
import inspect
import json
import linecache
import sys

JUDGE_SOLUTION = "/w/{{solution_file}}"


def judge_fail(message):
    sys.stderr.write(message + "\n")
    sys.exit(1)


class ListNode:
    """LeetCode's singly linked list node, as the stub shows it (the candidate does not define it)."""

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    """LeetCode's binary tree node, as the stub shows it."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


JUDGE_MAX_NODES = 1_000_001  # a returned list with a cycle is cut here: it then differs from any answer


def judge_list(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def judge_tree(values):
    """A tree from LeetCode's level order: each node, in turn, takes the next two entries as its children."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue, at = [root], 1
    for node in queue:
        if at >= len(values):
            break
        if values[at] is not None:
            node.left = TreeNode(values[at])
            queue.append(node.left)
        at += 1
        if at < len(values) and values[at] is not None:
            node.right = TreeNode(values[at])
            queue.append(node.right)
        at += 1
    return root


def judge_list_values(head):
    values = []
    while head is not None and len(values) < JUDGE_MAX_NODES:
        values.append(head.val)
        head = head.next
    return values


def judge_tree_values(root):
    """LeetCode's level order of a tree, without trailing nulls (a tree that is no tree is cut at JUDGE_MAX_NODES)."""
    values, queue = [], [root]
    for node in queue:
        if len(values) >= JUDGE_MAX_NODES:
            break
        if node is None:
            values.append(None)
            continue
        values.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while values and values[-1] is None:
        values.pop()
    return values


def judge_plain(value, kind):
    """A judged value json can write: lists and trees as their values (the kinds that hold them), others as they are."""
    if kind == "ListNode":
        return judge_list_values(value)
    if kind == "TreeNode":
        return judge_tree_values(value)
    if kind in ("ListNodeArray", "TreeNodeArray") and value is not None:
        return [judge_plain(item, kind[:-5]) for item in value]
    return value


# What LeetCode's Python has in scope without an import, so that its code runs as pasted: these modules, and the names
# of typing, collections, heapq, bisect, math, itertools and functools that do not hide a builtin (pow stays builtin);
# imported only when the solution names one of JUDGE_TRIGGERS.
JUDGE_MODULES = ("bisect", "collections", "functools", "heapq", "itertools", "math", "operator", "random", "re",
                 "string", "typing")
JUDGE_STAR_MODULES = ("typing", "math", "bisect", "heapq", "itertools", "functools", "collections")


# The names whose use makes the preamble worth importing (typing's and random's imports cost PyPy, whose memory is close
# to a 64 MiB limit as it is, over a megabyte): a solution that uses none of them pays nothing.
JUDGE_TRIGGERS = frozenset(JUDGE_MODULES + (
    "List", "Dict", "Set", "FrozenSet", "Tuple", "Optional", "Union", "Any", "Callable", "Iterable", "Iterator",
    "Generator", "Sequence", "Mapping", "Deque", "DefaultDict", "Counter", "OrderedDict", "ChainMap", "defaultdict",
    "deque", "namedtuple", "heappush", "heappop", "heapify", "heappushpop", "heapreplace", "nlargest", "nsmallest",
    "bisect_left", "bisect_right", "insort", "insort_left", "insort_right", "inf", "gcd", "lcm", "sqrt", "isqrt",
    "comb", "perm", "factorial", "log2", "log10", "ceil", "floor", "prod", "pi", "hypot", "isclose", "accumulate",
    "permutations", "combinations", "combinations_with_replacement", "product", "groupby", "zip_longest",
    "pairwise", "islice", "starmap", "lru_cache", "cache", "reduce", "cmp_to_key", "partial", "itemgetter"))


def judge_names(code):
    """Every name the code (and the code nested in it) uses: globals, attributes, imports."""
    names, pending = set(), [code]
    while pending:
        current = pending.pop()
        names.update(current.co_names)
        pending.extend(const for const in current.co_consts if isinstance(const, type(code)))
    return names


def judge_preamble(code):
    import builtins
    names = {}
    if JUDGE_TRIGGERS.isdisjoint(judge_names(code)):
        return names
    for name in JUDGE_MODULES:
        names[name] = importlib.import_module(name)
    for name in JUDGE_STAR_MODULES:
        module = names[name]
        for attribute in getattr(module, "__all__", None) or dir(module):
            if not attribute.startswith("_") and not hasattr(builtins, attribute) and hasattr(module, attribute):
                names[attribute] = getattr(module, attribute)
    return names


def judge_load():
    with open(JUDGE_SOLUTION, "rb") as file:
        source = file.read()
    try:
        code = compile(source, "{{solution_file}}", "exec")
    except SyntaxError as error:
        judge_fail(f'{{solution_file}}:{error.lineno}: {type(error).__name__}: {error.msg}\n{(error.text or "").rstrip()}')
    # Tracebacks show the candidate's lines: linecache finds the source under its short name.
    linecache.cache["{{solution_file}}"] = (len(source), None, source.decode("utf-8", "replace").splitlines(True), "{{solution_file}}")
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("solution", loader=None, origin=JUDGE_SOLUTION))
    module.__file__ = JUDGE_SOLUTION
    preamble = judge_preamble(code)
    module.__dict__.update(preamble)
    module.__dict__.update(ListNode=ListNode, TreeNode=TreeNode)
    sys.modules["solution"] = module
    exec(code, module.__dict__)
    return module, preamble


def judge_simple(name):
    return name.replace("_", "").lower()


{{#function}}
def judge_function(module, preamble):
    """The function: a module-level one, or a method of class Solution (as LeetCode's Python stubs have it), spelled
    as the stub does (snake_case) or as the problem declares it (camelCase, as LeetCode does)."""
    wanted = judge_simple("{{function}}")
    defined = [(name, value) for name, value in vars(module).items()
               if callable(value) and not inspect.isclass(value) and preamble.get(name) is not value]
    for name, value in sorted(defined, key=lambda item: item[0] != "{{function}}"):
        if judge_simple(name) == wanted:
            return value
    solution = getattr(module, "Solution", None)
    if inspect.isclass(solution):
        for method in sorted(dir(solution), key=lambda name: name != "{{function}}"):
            if judge_simple(method) == wanted:
                return getattr(solution(), method)
    judge_fail("{{solution_file}}: no function {{function}}({{parameter_names}}) is defined")


def judge_check_parameters(function):
    try:
        inspect.signature(function).bind(*([None] * {{parameter_count}}))
    except TypeError:
        judge_fail(f"{{solution_file}}: {{function}} must take {{parameter_count}} parameter(s) ({{parameter_names}}); "
                   f"it is defined as {{function}}{inspect.signature(function)}")
    except ValueError:
        pass
{{/function}}


def judge_value(line, kind):
    return judge_convert(json.loads(line), kind)


def judge_convert(value, kind):
    """An argument as the function takes it: doubles as floats, lists and trees built from their values."""
    if kind == "ListNode":
        return judge_list(value)
    if kind == "TreeNode":
        return judge_tree(value)
    if kind in ("ListNodeArray", "TreeNodeArray"):
        return [judge_convert(item, kind[:-5]) for item in value]
    if kind == "Double":
        return float(value)
    if kind == "DoubleArray":
        return [float(x) for x in value]
    if kind == "DoubleArray2D":
        return [[float(x) for x in row] for row in value]
    if kind == "DoubleArray3D":
        return [[[float(x) for x in row] for row in plane] for plane in value]
    return value


def judge_iterable(value):
    """A value json cannot write as is: any iterable but a string, bytes or a mapping is written as a list (a generator,
    dict.values(), a set, map(...), a deque...), element by element; anything else is refused as json refuses it."""
    if isinstance(value, (str, bytes, bytearray, dict)) or not hasattr(value, "__iter__"):
        raise TypeError(f"a value of type {type(value).__name__} is not a list, a number, a string or a bool")
    return list(value)


def judge_excepthook(kind, error, trace):
    """An uncaught exception's traceback starts at the candidate's frames: the harness's own are left out."""
    while trace is not None and trace.tb_frame.f_code.co_filename == __file__:
        trace = trace.tb_next
    sys.__excepthook__(kind, error.with_traceback(trace) if isinstance(error, BaseException) else error, trace)


{{#function}}
def judge_main():
    sys.excepthook = judge_excepthook
    module, preamble = judge_load()
    function = judge_function(module, preamble)
    if sys.argv[1:] == ["--check"]:
        judge_check_parameters(function)
        return
    judge_lines = sys.stdin.buffer.read().split(b"\n")
    {{read_arguments}}
    # The judged value: what the function returns, or (a void function) the argument it changes in place.
    {{when_value}}result = function({{arguments}})
    {{when_value}}judged = "the return value of {{function}}"
    {{when_void}}function({{arguments}})
    {{when_void}}judged = "{{parameter_names}}".split(", ")[int("{{judged}}"[3:])] + " after the call to {{function}}"
    sys.stdout.flush()
    try:
        text = json.dumps(judge_plain({{judged}}, "{{return_kind}}"), separators=(",", ":"), ensure_ascii=False, default=judge_iterable)
    except (TypeError, ValueError) as error:
        judge_fail(f"{judged} cannot be written as {{return_type}}: {error}")
    # A lone surrogate ("\ud800") is written as its bytes (not valid UTF-8): the checker judges that string "not valid
    # Unicode", a wrong answer.
    with open("{{result_path}}", "w", encoding="utf-8", errors="surrogatepass") as file:
        file.write(text)
{{/function}}
{{#design}}
# A design problem: the calls' names and argument lists (two lines, LeetCode's format); one result per call is written,
# None for the constructor and void methods. Each call's kinds: the constructor's, then per method its name as tests
# write it, its name in the class, its return kind and its parameters' kinds.
JUDGE_CONSTRUCTOR = [
    {{constructor_read_arguments}}
]
JUDGE_METHODS = {
{{#methods}}
    "{{method_name}}": ("{{method}}", "{{method_return_kind}}", [
        {{method_read_arguments}}
    ]),
{{/methods}}
}


def judge_method(cls, name):
    """The class's method for a call's name: as declared, or in snake_case (as a Python programmer may write it)."""
    wanted = judge_simple(name)
    for attribute in sorted(dir(cls), key=lambda candidate: candidate != name):
        if judge_simple(attribute) == wanted and callable(getattr(cls, attribute, None)) and not attribute.startswith("__"):
            return attribute
    judge_fail(f"{{solution_file}}: class {{class}} has no method {name} (the problem calls {{method_names}})")


def judge_check_design(module):
    """The class and its methods, each taking as many parameters as the problem passes (besides self)."""
    cls = getattr(module, "{{class}}", None)
    if not inspect.isclass(cls):
        judge_fail("{{solution_file}}: no class {{class}} is defined")
    names = {name: judge_method(cls, name) for name in JUDGE_METHODS}
    members = [("__init__", "{{class}}", len(JUDGE_CONSTRUCTOR))]
    members += [(names[name], name, len(kinds)) for name, (_, _, kinds) in JUDGE_METHODS.items()]
    for attribute, shown, count in members:
        member = getattr(cls, attribute)
        try:
            inspect.signature(member).bind(*([None] * (count + 1)))
        except TypeError:
            judge_fail(f"{{solution_file}}: {shown} must take {count} parameter(s) besides self; "
                       f"it is defined as {shown}{inspect.signature(member)}")
        except ValueError:
            pass
    return cls, names


def judge_main():
    sys.excepthook = judge_excepthook
    module, _ = judge_load()
    cls, names = judge_check_design(module)
    if sys.argv[1:] == ["--check"]:
        return
    judge_lines = sys.stdin.buffer.read().split(b"\n")
    calls, arguments = json.loads(judge_lines[0]), json.loads(judge_lines[1])
    instance = cls(*[judge_convert(value, kind) for value, kind in zip(arguments[0], JUDGE_CONSTRUCTOR)])
    results = [None]
    for call, values in zip(calls[1:], arguments[1:]):
        _, returns, kinds = JUDGE_METHODS[call]
        result = getattr(instance, names[call])(*[judge_convert(value, kind) for value, kind in zip(values, kinds)])
        results.append(None if returns == "Void" else judge_plain(result, returns))
    sys.stdout.flush()
    try:
        text = json.dumps(results, separators=(",", ":"), ensure_ascii=False, default=judge_iterable)
    except (TypeError, ValueError) as error:
        judge_fail(f"a result of {{class}}'s methods cannot be written: {error}")
    with open("{{result_path}}", "w", encoding="utf-8", errors="surrogatepass") as file:
        file.write(text)
{{/design}}


judge_main()
