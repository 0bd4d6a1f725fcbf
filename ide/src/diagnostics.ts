// Line numbers in a compiler's output: "main.cpp:5:10: error", "Main.java:5: error", "./main.go:5:3:",
// "main.ts(5,3): error TS2322", "main.cs(5,3): error CS1002", 'File "/w/main.py", line 3', and the function-style
// rewrite "solution.cpp:3: twoSum does not match ...". Only the candidate's own file (main.* or solution.*) counts.

export interface Diagnostic {
  /** 1-based line of the candidate's source. */
  line: number;
  /** 1-based column, when the compiler gave one. */
  column?: number;
  /** The compiler's line that names it. */
  text: string;
}

const file = String.raw`(?:main|Main|solution|Solution)\.(?:cpp|cc|py|java|go|js|ts|cs)`;
const location = new RegExp(
  String.raw`(?:^|[\s"'/(])${file}(?:", line (\d+)|:(\d+)(?::(\d+))?|\((\d+),(\d+)\))`,
);

/** The location a line of compiler output names, or null. */
export function locate(text: string): Diagnostic | null {
  const m = location.exec(text);
  if (!m) {
    return null;
  }
  const line = Number(m[1] ?? m[2] ?? m[4]);
  const columnText = m[3] ?? m[5];
  if (!Number.isFinite(line) || line < 1) {
    return null;
  }
  return { line, column: columnText ? Number(columnText) : undefined, text: text.trim() };
}

/**
 * Every located line of a compiler's output, in order, each with the lines that follow it up to the next located
 * line (at most 6 in all): Python names the line first and says what is wrong after the source excerpt.
 */
export function diagnostics(output: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  let current: { diagnostic: Diagnostic; lines: string[] } | null = null;
  const flush = () => {
    if (current) {
      found.push({ ...current.diagnostic, text: current.lines.slice(0, 6).join("\n") });
    }
  };
  for (const line of output.split(/\r?\n/)) {
    const located = locate(line);
    if (located) {
      flush();
      current = { diagnostic: located, lines: [line.trim()] };
    } else if (current && line.trim() !== "") {
      current.lines.push(line.trimEnd());
    }
  }
  flush();
  return found;
}
