# The judge's harness for a function-style problem (generated; docs/function-problems.md): it reads the arguments from
# stdin, one JSON value per parameter, calls {{function}} once, and writes the return value as JSON to {{result_path}}.
# The candidate's own prints go to stdout and never touch the result. With --check (the compile step) it only loads the
# solution and checks that the function exists and takes {{parameter_count}} argument(s).
import importlib.util
import inspect
import json
import sys

JUDGE_SOLUTION = "/w/{{solution_file}}"
JUDGE_NAMES = ("{{function}}",)


def judge_fail(message):
    sys.stderr.write(message + "\n")
    sys.exit(1)


def judge_load():
    with open(JUDGE_SOLUTION, "rb") as file:
        source = file.read()
    try:
        code = compile(source, "{{solution_file}}", "exec")
    except SyntaxError as error:
        judge_fail(f'{{solution_file}}:{error.lineno}: {type(error).__name__}: {error.msg}\n{(error.text or "").rstrip()}')
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("solution", loader=None, origin=JUDGE_SOLUTION))
    module.__file__ = JUDGE_SOLUTION
    sys.modules["solution"] = module
    exec(code, module.__dict__)
    return module


def judge_function(module):
    """The function: a module-level one, or a method of class Solution (as LeetCode's Python stubs have it)."""
    names = JUDGE_NAMES + ("{{function}}".replace("_", ""),)
    for name in names:
        function = getattr(module, name, None)
        if callable(function) and not inspect.isclass(function):
            return function
    solution = getattr(module, "Solution", None)
    if inspect.isclass(solution):
        for method in dir(solution):
            if method.replace("_", "").lower() == "{{function}}".replace("_", "").lower():
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


def judge_value(line, kind):
    value = json.loads(line)
    if kind == "Double":
        return float(value)
    if kind == "DoubleArray":
        return [float(x) for x in value]
    if kind == "DoubleArray2D":
        return [[float(x) for x in row] for row in value]
    return value


def judge_main():
    module = judge_load()
    function = judge_function(module)
    if sys.argv[1:] == ["--check"]:
        judge_check_parameters(function)
        return
    judge_lines = sys.stdin.buffer.read().split(b"\n")
    {{read_arguments}}
    result = function({{arguments}})
    sys.stdout.flush()
    try:
        text = json.dumps(result, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError) as error:
        judge_fail(f"the return value of {{function}} cannot be written as {{return_kind}}: {error}")
    with open("{{result_path}}", "w", encoding="utf-8") as file:
        file.write(text)


judge_main()
