/// <reference path="{{solution_file}}" />
// The judge's harness for a function-style problem (docs/function-problems.md), generated from
// Judge.Worker/Harnesses/typescript.ts. The reference above makes tsc type-check the candidate's
// {{solution_file}} (a script: its functions are globals) with this file, and emit both: a call below
// that does not fit the signature fails to compile here, in main.ts. At run time main.js runs the
// emitted solution.js as a script (its own file name in traces), reads the arguments from stdin (one
// JSON value per line), calls {{function}} once and writes the return value (a void function: the argument
// it changes in place) as one JSON value to {{result_path}}; the candidate's own prints stay on stdout.
// This file is a module (it imports): its names are its own, none clashes with the candidate's globals.
import judgeFs = require('fs');
import judgePath = require('path');
import judgeVm = require('vm');

function judgeDie(message: string): never {
  process.stderr.write(message + '\n');
  process.exit(1);
}

// LeetCode's classes, as the stub shows them: declared for the candidate's script, defined at run time (judgeLoad).
declare global {
  class ListNode {
    val: number;
    next: ListNode | null;
    constructor(val?: number, next?: ListNode | null);
  }
  class TreeNode {
    val: number;
    left: TreeNode | null;
    right: TreeNode | null;
    constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
  }
}

class JudgeListNode {
  val: number;
  next: JudgeListNode | null;
  constructor(val?: number, next?: JudgeListNode | null) {
    this.val = (val === undefined ? 0 : val);
    this.next = (next === undefined ? null : next);
  }
}

class JudgeTreeNode {
  val: number;
  left: JudgeTreeNode | null;
  right: JudgeTreeNode | null;
  constructor(val?: number, left?: JudgeTreeNode | null, right?: JudgeTreeNode | null) {
    this.val = (val === undefined ? 0 : val);
    this.left = (left === undefined ? null : left);
    this.right = (right === undefined ? null : right);
  }
}

// A returned list with a cycle is cut here: it then differs from any answer.
const judgeMaxNodes = 1000001;

// An argument of a list or tree kind built from its values (a tree from LeetCode's level order), or the value as it is.
function judgeBuild(value: any, kind: string): any {
  if (kind === 'ListNode') {
    let head: JudgeListNode | null = null;
    for (let i = value.length - 1; i >= 0; i--) {
      head = new JudgeListNode(value[i], head);
    }
    return head;
  }
  if (kind === 'TreeNode') {
    if (value.length === 0 || value[0] === null) {
      return null;
    }
    const root = new JudgeTreeNode(value[0]);
    const queue: JudgeTreeNode[] = [root];
    let at = 1;
    for (let q = 0; q < queue.length && at < value.length; q++) {
      const node = queue[q];
      if (at < value.length && value[at] !== null) {
        node.left = new JudgeTreeNode(value[at]);
        queue.push(node.left);
      }
      at++;
      if (at < value.length && value[at] !== null) {
        node.right = new JudgeTreeNode(value[at]);
        queue.push(node.right);
      }
      at++;
    }
    return root;
  }
  if (kind === 'ListNodeArray' || kind === 'TreeNodeArray') {
    return value.map((item: any) => judgeBuild(item, kind.slice(0, -5)));
  }
  return value;
}

// A judged value of a list or tree kind as its values (LeetCode's level order for a tree), or the value as it is.
function judgePlain(value: any, kind: string): any {
  if (value === null || value === undefined) {
    return value;
  }
  if (kind === 'ListNode') {
    const values: number[] = [];
    for (let node = value; node !== null && node !== undefined && values.length < judgeMaxNodes; node = node.next) {
      values.push(node.val);
    }
    return values;
  }
  if (kind === 'TreeNode') {
    const values: (number | null)[] = [];
    const queue: any[] = [value];
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
    return Array.from(value, (item: any) => judgePlain(item, kind.slice(0, -5)));
  }
  return value;
}

// Runs the emitted solution.js as a script in this context, so that its top-level functions and
// constants are the globals tsc saw; `require` works as in a program of its own.
function judgeLoad(): void {
  const file = judgePath.join(__dirname, '{{solution_file}}'.replace(/\.ts$/, '.js'));
  const context = globalThis as any;
  context.require = require;
  context.ListNode = JudgeListNode;
  context.TreeNode = JudgeTreeNode;
  context.module = { exports: {} };
  context.exports = context.module.exports;
  judgeVm.runInThisContext(judgeFs.readFileSync(file, 'utf8'), { filename: file });
}

// ---- Reading: one JSON value per non-blank line, checked against the parameter's type. ----

const judgeLines: { line: string; number: number }[] = [];

function judgeReadLines(): void {
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

const judgeScalars: { [kind: string]: { name: string; test: (v: any) => boolean } } = {
  Int: { name: 'a 32-bit integer', test: v => Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 },
  Long: { name: 'a 64-bit integer', test: v => typeof v === 'bigint' && BigInt.asIntN(64, v) === v },
  Double: { name: 'a number', test: v => typeof v === 'number' },
  Bool: { name: 'true or false', test: v => typeof v === 'boolean' },
  String: { name: 'a string', test: v => typeof v === 'string' },
  Char: { name: 'a character', test: v => typeof v === 'string' && v.length === 1 },
};

// What is wrong with value as a kind (Int, IntArray, IntArray2D, IntArray3D, ...), or '' when nothing is.
function judgeProblem(value: any, kind: string): string {
  const [, scalar, dimensions] = /^([A-Za-z]+?)(Array(?:[23]D)?)?$/.exec(kind)!;
  const depth = dimensions === undefined ? 0 : dimensions === 'Array' ? 1 : Number(dimensions[5]);
  return judgeProblemAt(value, judgeScalars[scalar], depth);
}

function judgeBigIntText(key: string, value: any): any {
  return typeof value === 'bigint' ? (JSON as any).rawJSON(value.toString()) : value;
}

function judgeProblemAt(value: any, scalar: { name: string; test: (v: any) => boolean }, depth: number): string {
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
function judgeBigInts(key: string, value: any, context: any): any {
  return typeof value === 'number' ? BigInt(context.source) : value;
}

function judgeArgument(index: number, name: string, kind: string): any {
  const entry = judgeLines[index];
  if (entry === undefined) {
    judgeDie(`judge harness: argument ${name}: missing (the input has fewer lines than parameters)`);
  }
  let value: any;
  try {
    value = kind.startsWith('Long') ? JSON.parse(entry.line, judgeBigInts as any) : JSON.parse(entry.line);
  } catch (error) {
    judgeDie(`judge harness: argument ${name} (line ${entry.number}): not one JSON value: ${error.message}`);
  }
  return judgeChecked(value, name, kind, `line ${entry.number}`);
}

// A parsed argument checked against its kind, lists and trees built (the API checked their values).
function judgeChecked(value: any, name: string, kind: string, where: string): any {
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
function judgeEnd(): void {
  const extra = judgeLines[{{parameter_count}}];
  if (extra !== undefined) {
    judgeDie(`judge harness: line ${extra.number}: unexpected text after the last argument`);
  }
}
{{/function}}

// ---- Writing the return value as JSON. ----

// A double's -0 reads back as -0 only when written so (JSON.stringify writes 0).
const judgeDoubles: boolean = '{{return_kind}}'.startsWith('Double');

// Whether every item is a finite number that JSON.stringify writes as judgeJson does: V8's
// JSON.stringify of such an array is some 5 times faster than joining the items' strings.
function judgeFiniteNumbers(items: ArrayLike<any>): boolean {
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
function judgeJson(value: any): string {
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
        const items: ArrayLike<any> = value as any;
        if (judgeFiniteNumbers(items)) {
          return JSON.stringify(Array.isArray(items) ? items : Array.from(items));
        }
        const parts: string[] = new Array(items.length);
        for (let i = 0; i < items.length; i++) {
          parts[i] = judgeJson(items[i]);
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
Error.prepareStackTrace = (error: any, frames: any[]) => {
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
// ---- The signature, checked by tsc: a mismatch is an error here whose message says what differs, after
// "[signature] " (HarnessDiagnostics puts it first, on the candidate's line): the parameter count, a parameter's
// type, the return type. The typed call below stays the check of record.

type JudgeFunction = typeof {{function}};
// A type as a candidate spells it (number[][], bigint), or "another type" (a union, an object, a Set...).
type JudgeName<T> = 0 extends 1 & T ? 'any'
  : [T] extends [never] ? 'never'
  : [T] extends [string] ? 'string'
  : [T] extends [number] ? 'number'
  : [T] extends [bigint] ? 'bigint'
  : [T] extends [boolean] ? 'boolean'
  : [T] extends [void] ? 'void'
  : [T] extends [readonly (infer E)[]] ? `${JudgeName<E>}[]`
  : 'another type';
type JudgePlusOne<I extends number, T extends unknown[] = []> = T['length'] extends I ? [...T, 0]['length'] : JudgePlusOne<I, [...T, 0]>;
// Parameter I takes the problem's Expected (spelled Spelled), or the message saying it does not.
type JudgeTakes<I extends number, Expected, Name extends string, Spelled extends string> =
  [Expected] extends [Parameters<JudgeFunction>[I]] ? true
  : `[signature] {{function}}: parameter ${JudgePlusOne<I>} (${Name}) is ${JudgeName<Parameters<JudgeFunction>[I]>}, but the problem passes ${Spelled}`;
const judgeCount: {{parameter_count}} extends Parameters<JudgeFunction>['length'] ? true
  : `[signature] {{function}} takes ${Parameters<JudgeFunction>['length']} parameter(s), but the problem passes {{parameter_count}} ({{parameter_names}})` = true;

judgeReadLines(); // first: stdin is the harness's, even if the candidate's top level reads it too
judgeLoad();
{{read_arguments}}
{{when_value}}const judgeReturns: [ReturnType<JudgeFunction>] extends [{{return_type}}] ? true
{{when_value}}  : `[signature] {{function}} returns ${JudgeName<ReturnType<JudgeFunction>>}, but the problem expects {{return_type}}` = true;
judgeEnd();
// Typed, so a function with another signature fails to compile here (in main.ts). The judged value: what
// the function returns, or (a void function) the argument it changes in place.
{{when_value}}const result: {{return_type}} = {{function}}({{arguments}});
{{when_void}}{{function}}({{arguments}});
judgeFs.writeFileSync('{{result_path}}', judgeJson(judgePlain({{judged}}, '{{return_kind}}')));
// Ends even if the candidate left a timer or another handle open (stdout is a file: nothing is lost).
process.exit(0);
{{/function}}
{{#design}}
// A design problem: the calls' names and argument lists (two lines, LeetCode's format); one result per call is
// written, null for the constructor and void methods. Per method: its name in the class, return kind, parameters' kinds.
const judgeConstructor: string[] = [
  {{constructor_read_arguments}}
];
const judgeMethods: { [name: string]: [string, string, string[]] } = {
{{#methods}}
  '{{method_name}}': ['{{method}}', '{{method_return_kind}}', [
    {{method_read_arguments}}
  ]],
{{/methods}}
};
// Checked by tsc: the class and each method the problem calls (a missing one fails to compile here).
type JudgeMade = ConstructorParameters<typeof {{class}}>;
{{#methods}}
type JudgeMethod{{method_index}} = {{class}}['{{method}}'];
{{/methods}}

// Integers as bigints at any depth (a long argument that fitted a number was parsed as one).
function judgeLongs(value: any): any {
  return Array.isArray(value) ? value.map(judgeLongs) : typeof value === 'number' ? BigInt(value) : value;
}

// Numbers as numbers at any depth (an integer too long for a number was parsed as a bigint).
function judgeNumbers(value: any): any {
  return Array.isArray(value) ? value.map(judgeNumbers) : typeof value === 'bigint' ? Number(value) : value;
}

function judgeParse(entry: { line: string; number: number }): any {
  try {
    return JSON.parse(entry.line, ((key: string, value: any, context: any) =>
      typeof value === 'number' && /^-?\d+$/.test(context.source) && !Number.isSafeInteger(value) ? BigInt(context.source) : value) as any);
  } catch (error) {
    return judgeDie(`judge harness: line ${entry.number}: not one JSON value: ${(error as Error).message}`);
  }
}

function judgeTake(values: any[], kinds: string[], name: string): any[] {
  return kinds.map((kind, i) => judgeChecked(
    kind.startsWith('Long') ? judgeLongs(values[i]) : judgeNumbers(values[i]), `${i + 1} of ${name}`, kind, 'line 2'));
}

judgeReadLines();
judgeLoad();
const JudgeClass: any = (globalThis as any).{{class}} ?? judgeVm.runInThisContext('typeof {{class}} === "undefined" ? undefined : {{class}}');
const judgeCalls: string[] = judgeParse(judgeLines[0]);
const judgeArguments: any[][] = judgeParse(judgeLines[1]);
const judgeInstance: any = new JudgeClass(...judgeTake(judgeArguments[0], judgeConstructor, '{{class}}'));
const judgeResults: string[] = ['null'];
for (let i = 1; i < judgeCalls.length; i++) {
  const [method, returns, kinds] = judgeMethods[judgeCalls[i]];
  const returned = judgeInstance[method](...judgeTake(judgeArguments[i], kinds, judgeCalls[i]));
  judgeResults.push(returns === 'Void' ? 'null' : judgeJson(judgePlain(returned, returns)));
}
judgeFs.writeFileSync('{{result_path}}', '[' + judgeResults.join(',') + ']');
process.exit(0);
{{/design}}
