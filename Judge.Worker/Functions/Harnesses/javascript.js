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
  const problem = judgeProblem(value, kind);
  if (problem) {
    judgeDie(`judge harness: argument ${name} (line ${entry.number}): ${problem}`);
  }
  return value;
}

function judgeEnd() {
  const extra = judgeLines[{{parameter_count}}];
  if (extra !== undefined) {
    judgeDie(`judge harness: line ${extra.number}: unexpected text after the last argument`);
  }
}

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
  judgeFs.writeFileSync('{{result_path}}', judgeJson({{judged}}));
  // Ends even if the candidate left a timer or another handle open (stdout is a file: nothing is lost).
  process.exit(0);
}
