'use strict';
// The judge's harness for a function-style problem (docs/function-problems.md), generated from
// Judge.Worker/Harnesses/javascript.js. It runs the candidate's {{solution_file}} as a script (its own file
// name and line numbers in errors and traces), reads the arguments from stdin (one JSON value per line),
// calls {{function}} once and writes the return value (a void function: the argument it changes in place) as
// one JSON value to {{result_path}}; the candidate's own prints stay on stdout. `node main.js --check` is
// the compile step: it reports a syntax error, a missing function or one that needs more parameters than
// the problem passes, naming {{solution_file}}.
// This file is a CommonJS module: its names are its own, none clashes with the candidate's globals.
const judgeFs = require('fs');
const judgePath = require('path');
const judgeVm = require('vm');

const judgeSolutionFile = judgePath.join(__dirname, '{{solution_file}}');
const judgeSignature = '{{function}}({{parameter_names}})';

function judgeDie(message) {
  process.stderr.write(message + '\n');
  process.exit(1);
}

// LeetCode's classes, as the stub shows them: globals the candidate's code uses without defining them.
function ListNode(val, next) {
  this.val = (val === undefined ? 0 : val);
  this.next = (next === undefined ? null : next);
}

function TreeNode(val, left, right) {
  this.val = (val === undefined ? 0 : val);
  this.left = (left === undefined ? null : left);
  this.right = (right === undefined ? null : right);
}

// A returned list with a cycle is cut here: it then differs from any answer.
const judgeMaxNodes = 1000001;

// An argument of a list or tree kind built from its values (a tree from LeetCode's level order), or the value as it is.
function judgeBuild(value, kind) {
  if (kind === 'ListNode') {
    let head = null;
    for (let i = value.length - 1; i >= 0; i--) {
      head = new ListNode(value[i], head);
    }
    return head;
  }
  if (kind === 'TreeNode') {
    if (value.length === 0 || value[0] === null) {
      return null;
    }
    const root = new TreeNode(value[0]);
    const queue = [root];
    let at = 1;
    for (let q = 0; q < queue.length && at < value.length; q++) {
      const node = queue[q];
      if (at < value.length && value[at] !== null) {
        node.left = new TreeNode(value[at]);
        queue.push(node.left);
      }
      at++;
      if (at < value.length && value[at] !== null) {
        node.right = new TreeNode(value[at]);
        queue.push(node.right);
      }
      at++;
    }
    return root;
  }
  if (kind === 'ListNodeArray' || kind === 'TreeNodeArray') {
    return value.map(item => judgeBuild(item, kind.slice(0, -5)));
  }
  return value;
}

// A judged value of a list or tree kind as its values (LeetCode's level order for a tree), or the value as it is.
function judgePlain(value, kind) {
  if (value === null || value === undefined) {
    return value;
  }
  if (kind === 'ListNode') {
    const values = [];
    for (let node = value; node !== null && node !== undefined && values.length < judgeMaxNodes; node = node.next) {
      values.push(node.val);
    }
    return values;
  }
  if (kind === 'TreeNode') {
    const values = [];
    const queue = [value];
    for (let q = 0; q < queue.length && values.length < judgeMaxNodes; q++) {
      const node = queue[q];
      if (node === null || node === undefined) {
        values.push(null);
        continue;
      }
      values.push(node.val);
      queue.push(node.left, node.right);
    }
    while (values.length > 0 && values[values.length - 1] === null) {
      values.pop();
    }
    return values;
  }
  if (kind === 'ListNodeArray' || kind === 'TreeNodeArray') {
    return Array.from(value, item => judgePlain(item, kind.slice(0, -5)));
  }
  return value;
}

// Runs the candidate's file as a script in this context, so that its top-level functions and
// constants are globals; `require` and `module.exports` work as in a program of their own.
// A syntax error is reported as `node --check` does, without the harness's frames.
function judgeLoad(checking) {
  const source = judgeFs.readFileSync(judgeSolutionFile, 'utf8');
  let script;
  try {
    script = new judgeVm.Script(source, { filename: judgeSolutionFile });
  } catch (error) {
    if (!(error instanceof SyntaxError)) {
      throw error;
    }
    judgeDie(String(error.stack).split('\n').filter(line => !line.startsWith('    at ')).join('\n').trimEnd());
  }
  globalThis.require = require;
  globalThis.ListNode = ListNode;
  globalThis.TreeNode = TreeNode;
  globalThis.module = { exports: {} };
  globalThis.exports = globalThis.module.exports;
  if (!checking) {
    script.runInThisContext();
    return;
  }
  // The check runs the top level only to find the function, with its prints silenced; if the top
  // level throws, the check has nothing to say: each test's run reports that error as the program's.
  const write = [process.stdout.write, process.stderr.write];
  process.stdout.write = process.stderr.write = () => true;
  try {
    script.runInThisContext();
  } catch {
    process.exit(0);
  } finally {
    [process.stdout.write, process.stderr.write] = write;
  }
}

{{#function}}
// The candidate's function: a global (function declaration, var, let or const), or module.exports'.
function judgeLookup() {
  let found;
  try {
    found = judgeVm.runInThisContext('typeof {{function}} === "undefined" ? undefined : {{function}}');
  } catch {
    found = undefined;
  }
  const exported = globalThis.module && globalThis.module.exports;
  if (found === undefined && exported) {
    found = typeof exported === 'function' && exported.name === '{{function}}' ? exported : exported['{{function}}'];
  }
  if (found === undefined) {
    judgeDie(`{{solution_file}}: no function ${judgeSignature} is defined`);
  }
  if (typeof found !== 'function') {
    judgeDie(`{{solution_file}}: {{function}} is not a function; it must be function ${judgeSignature}`);
  }
  // length counts the parameters before the first default or rest one: only more than the problem
  // passes is certainly wrong (fewer may be defaults, a rest parameter or arguments it ignores).
  if (found.length > {{parameter_count}}) {
    judgeDie(`{{solution_file}}: {{function}} must take {{parameter_count}} parameter(s) ({{parameter_names}}); it is defined with ${found.length}`);
  }
  return found;
}
{{/function}}

// ---- Reading: one JSON value per non-blank line, checked against the parameter's type. ----

const judgeLines = [];

function judgeReadLines() {
  const text = judgeFs.readFileSync(0, 'utf8');
  let start = 0;
  for (let number = 1; start <= text.length; number++) {
    let end = text.indexOf('\n', start);
    if (end < 0) {
      end = text.length;
    }
    const line = text.slice(start, end);
    if (/\S/.test(line)) {
      judgeLines.push({ line, number });
    }
    start = end + 1;
  }
}

const judgeScalars = {
  Int: { name: 'a 32-bit integer', test: v => Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 },
  Long: { name: 'a 64-bit integer', test: v => typeof v === 'bigint' && BigInt.asIntN(64, v) === v },
  Double: { name: 'a number', test: v => typeof v === 'number' },
  Bool: { name: 'true or false', test: v => typeof v === 'boolean' },
  String: { name: 'a string', test: v => typeof v === 'string' },
  Char: { name: 'a character', test: v => typeof v === 'string' && v.length === 1 },
};

// What is wrong with value as a kind (Int, IntArray, IntArray2D, IntArray3D, ...), or '' when nothing is.
function judgeProblem(value, kind) {
  const [, scalar, dimensions] = /^([A-Za-z]+?)(Array(?:[23]D)?)?$/.exec(kind);
  const depth = dimensions === undefined ? 0 : dimensions === 'Array' ? 1 : Number(dimensions[5]);
  return judgeProblemAt(value, judgeScalars[scalar], depth);
}

function judgeBigIntText(key, value) {
  return typeof value === 'bigint' ? JSON.rawJSON(value.toString()) : value;
}

function judgeProblemAt(value, scalar, depth) {
  const found = () => `found ${String(JSON.stringify(value, judgeBigIntText)).slice(0, 20)}`;
  if (depth === 0) {
    return scalar.test(value) ? '' : `expected ${scalar.name}, ${found()}`;
  }
  if (!Array.isArray(value)) {
    return `expected an array, ${found()}`;
  }
  for (let i = 0; i < value.length; i++) {
    const problem = depth === 1
      ? (scalar.test(value[i]) ? '' : judgeProblemAt(value[i], scalar, 0))
      : judgeProblemAt(value[i], scalar, depth - 1);
    if (problem) {
      return `element ${i}: ${problem}`;
    }
  }
  return '';
}

// A long is a bigint, read from its own digits (a number would round it beyond 2^53): JSON.parse's reviver sees
// each number's source text (Node.js 21+). A number that is not an integer's digits (2.5, 1e3) is not a long.
function judgeBigInts(key, value, context) {
  return typeof value === 'number' ? BigInt(context.source) : value;
}

function judgeArgument(index, name, kind) {
  const entry = judgeLines[index];
  if (entry === undefined) {
    judgeDie(`judge harness: argument ${name}: missing (the input has fewer lines than parameters)`);
  }
  let value;
  try {
    value = kind.startsWith('Long') ? JSON.parse(entry.line, judgeBigInts) : JSON.parse(entry.line);
  } catch (error) {
    judgeDie(`judge harness: argument ${name} (line ${entry.number}): not one JSON value: ${error.message}`);
  }
  return judgeChecked(value, name, kind, `line ${entry.number}`);
}

// A parsed argument checked against its kind, lists and trees built (the API checked their values).
function judgeChecked(value, name, kind, where) {
  if (kind.startsWith('ListNode') || kind.startsWith('TreeNode')) {
    return judgeBuild(value, kind);
  }
  const problem = judgeProblem(value, kind);
  if (problem) {
    judgeDie(`judge harness: argument ${name} (${where}): ${problem}`);
  }
  return value;
}

{{#function}}
function judgeEnd() {
  const extra = judgeLines[{{parameter_count}}];
  if (extra !== undefined) {
    judgeDie(`judge harness: line ${extra.number}: unexpected text after the last argument`);
  }
}
{{/function}}

// ---- Writing the return value as JSON. ----

// A double's -0 reads back as -0 only when written so (JSON.stringify writes 0).
const judgeDoubles = '{{return_kind}}'.startsWith('Double');

// Whether every item is a finite number that JSON.stringify writes as judgeJson does: V8's
// JSON.stringify of such an array is some 5 times faster than joining the items' strings.
function judgeFiniteNumbers(items) {
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || (judgeDoubles && Object.is(v, -0))) {
      return false;
    }
  }
  return true;
}

// JSON of any value: numbers as they read back (NaN, Infinity, -Infinity as the contract spells
// them), bigints exactly, undefined and null as null anywhere, arrays and typed arrays element by
// element, any other iterable (a Set, Map.values(), a generator) as the array of its items; a lone
// surrogate in a string (one reversed UTF-16 unit by unit) is escaped (\ud83d) as JSON.stringify does, and
// the checker judges the string "not valid Unicode" (a wrong answer).
function judgeJson(value) {
  switch (typeof value) {
    case 'number':
      if (Number.isFinite(value)) {
        return judgeDoubles && Object.is(value, -0) ? '-0' : String(value);
      }
      return value !== value ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'undefined':
      return 'null';
    default:
      if (value === null || typeof value === 'function' || typeof value === 'symbol') {
        return 'null';
      }
      if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
        if (judgeFiniteNumbers(value)) {
          return JSON.stringify(Array.isArray(value) ? value : Array.from(value));
        }
        const parts = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          parts[i] = judgeJson(value[i]);
        }
        return '[' + parts.join(',') + ']';
      }
      if (typeof value[Symbol.iterator] === 'function') {
        return judgeJson(Array.from(value));
      }
      return JSON.stringify(value) ?? 'null';
  }
}

// An error's trace shows the candidate's frames only: this file's and Node.js's own are left out.
Error.prepareStackTrace = (error, frames) => {
  let header;
  try {
    header = String(error);
  } catch {
    header = 'Error';
  }
  const shown = frames.filter(frame => {
    const file = frame.getFileName();
    return file !== __filename && !(file || '').startsWith('node:');
  });
  return header + shown.map(frame => `\n    at ${frame}`).join('');
};

{{#function}}
if (process.argv.includes('--check')) {
  judgeLoad(true);
  judgeLookup();
  process.exit(0);
} else {
  judgeReadLines(); // first: stdin is the harness's, even if the candidate's top level reads it too
  judgeLoad(false);
  const judgeFunction = judgeLookup();
  {{read_arguments}}
  judgeEnd();
  // The judged value: what the function returns, or (a void function) the argument it changes in place.
  {{when_value}}const result = judgeFunction({{arguments}});
  {{when_void}}judgeFunction({{arguments}});
  judgeFs.writeFileSync('{{result_path}}', judgeJson(judgePlain({{judged}}, '{{return_kind}}')));
  // Ends even if the candidate left a timer or another handle open (stdout is a file: nothing is lost).
  process.exit(0);
}
{{/function}}
{{#design}}
// A design problem: the calls' names and argument lists (two lines, LeetCode's format); one result per call is
// written, null for the constructor and void methods. Per method: its name in the class, return kind, parameters' kinds.
const judgeConstructor = [
  {{constructor_read_arguments}}
];
const judgeMethods = {
{{#methods}}
  '{{method_name}}': ['{{method}}', '{{method_return_kind}}', [
    {{method_read_arguments}}
  ]],
{{/methods}}
};

// The class (a global class, function or var, or module.exports'), each method the problem calls present, taking
// no more parameters than the problem passes.
function judgeClass() {
  let found;
  try {
    found = judgeVm.runInThisContext('typeof {{class}} === "undefined" ? undefined : {{class}}');
  } catch {
    found = undefined;
  }
  const exported = globalThis.module && globalThis.module.exports;
  if (found === undefined && exported) {
    found = typeof exported === 'function' && exported.name === '{{class}}' ? exported : exported['{{class}}'];
  }
  if (typeof found !== 'function') {
    judgeDie('{{solution_file}}: no class {{class}} is defined');
  }
  for (const [name, [method, , kinds]] of Object.entries(judgeMethods)) {
    const member = found.prototype && found.prototype[method];
    if (typeof member !== 'function') {
      judgeDie(`{{solution_file}}: class {{class}} has no method ${name} (the problem calls {{method_names}})`);
    }
    if (member.length > kinds.length) {
      judgeDie(`{{solution_file}}: ${name} must take ${kinds.length} parameter(s); it is defined with ${member.length}`);
    }
  }
  return found;
}

if (process.argv.includes('--check')) {
  judgeLoad(true);
  judgeClass();
  process.exit(0);
} else {
  judgeReadLines();
  judgeLoad(false);
  const JudgeClass = judgeClass();
  const judgeParse = entry => {
    try {
      return JSON.parse(entry.line, (key, value, context) =>
        typeof value === 'number' && /^-?\d+$/.test(context.source) && !Number.isSafeInteger(value) ? BigInt(context.source) : value);
    } catch (error) {
      return judgeDie(`judge harness: line ${entry.number}: not one JSON value: ${error.message}`);
    }
  };
  const judgeCalls = judgeParse(judgeLines[0]);
  const judgeArguments = judgeParse(judgeLines[1]);
  // A long argument is a bigint, whatever its size.
  const judgeTake = (values, kinds, name) => kinds.map((kind, i) => judgeChecked(
    kind.startsWith('Long') ? judgeLongs(values[i]) : judgeNumbers(values[i]), `${i + 1} of ${name}`, kind, 'line 2'));
  const judgeInstance = new JudgeClass(...judgeTake(judgeArguments[0], judgeConstructor, '{{class}}'));
  const judgeResults = ['null'];
  for (let i = 1; i < judgeCalls.length; i++) {
    const [method, returns, kinds] = judgeMethods[judgeCalls[i]];
    const returned = judgeInstance[method](...judgeTake(judgeArguments[i], kinds, judgeCalls[i]));
    judgeResults.push(returns === 'Void' ? 'null' : judgeJson(judgePlain(returned, returns)));
  }
  judgeFs.writeFileSync('{{result_path}}', '[' + judgeResults.join(',') + ']');
  process.exit(0);
}

// Integers as bigints at any depth (a long argument that fitted a number was parsed as one).
function judgeLongs(value) {
  return Array.isArray(value) ? value.map(judgeLongs) : typeof value === 'number' ? BigInt(value) : value;
}

// Numbers as numbers at any depth (an integer too long for a number was parsed as a bigint).
function judgeNumbers(value) {
  return Array.isArray(value) ? value.map(judgeNumbers) : typeof value === 'bigint' ? Number(value) : value;
}
{{/design}}
