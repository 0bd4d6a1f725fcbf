// Per language: Monaco's language id and the program a candidate starts from on a stdin/stdout problem, or on an
// interactive one (docs/interactive-problems.md: it reads each line as it comes and flushes after each line it prints),
// and how that language flushes. Function-style problems start from the server's stub instead (Problem.stubs).

/** Language ids that are another toolchain of one language (PyPy, other JDKs): its editor mode and template. */
const sameLanguageAs: Record<string, string> = { pypy: "python", java17: "java", java25: "java" };

function baseLanguage(language: string): string {
  return sameLanguageAs[language] ?? language;
}

/** Monaco's language id for a judge language id (unknown ids get plain text). */
export function editorLanguage(language: string): string {
  language = baseLanguage(language);
  switch (language) {
    case "cpp":
    case "python":
    case "java":
    case "go":
    case "javascript":
    case "typescript":
    case "csharp":
      return language;
    default:
      return "plaintext";
  }
}

const programTemplates: Record<string, string> = {
  cpp: `#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // Read the input from stdin and write the answer to stdout.

    return 0;
}
`,
  python: `import sys


def main() -> None:
    data = sys.stdin.read().split()
    # Read the input from stdin and print the answer.


main()
`,
  java: `import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        // Read the input from stdin and print the answer.
    }
}
`,
  go: `package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	// Read the input with fmt.Fscan(in, &x) and write the answer with fmt.Fprintln(out, ...).
	var n int
	fmt.Fscan(in, &n)
}
`,
  javascript: `const input = require("fs").readFileSync(0, "utf8");
// Read the input and print the answer with console.log.
`,
  typescript: `import * as fs from "fs";

const input: string = fs.readFileSync(0, "utf8");
// Read the input and print the answer with console.log.
`,
  csharp: `using System;
using System.IO;

var input = Console.In.ReadToEnd();
// Read the input and print the answer with Console.WriteLine.
`,
};

// Each reads the interactor's first line, sends one query ("? 1", a placeholder for the problem's own form), flushes it
// and reads the answer: a query left in the output buffer never reaches the interactor, and both sides wait.
const interactiveTemplates: Record<string, string> = {
  cpp: `#include <bits/stdc++.h>
using namespace std;

int main() {
    // Interactive: read each line as it comes, and flush after each line you print.
    string line;
    getline(cin, line);    // the interactor's first line
    cout << "? 1" << endl; // a query: std::endl flushes it (or std::fflush(stdout) after printf)
    getline(cin, line);    // the interactor's answer

    return 0;
}
`,
  python: `def main() -> None:
    # Interactive: read each line as it comes, and flush after each line you print.
    first = input()  # the interactor's first line
    print("? 1", flush=True)  # a query: flush=True sends it at once
    answer = input()  # the interactor's answer


main()
`,
  java: `import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        // Interactive: read each line as it comes, and flush after each line you print.
        String first = in.readLine(); // the interactor's first line
        System.out.println("? 1"); // a query
        System.out.flush(); // sends it at once
        String answer = in.readLine(); // the interactor's answer
    }
}
`,
  go: `package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	// Interactive: read each line as it comes, and flush after each line you print.
	first, _ := in.ReadString('\\n')  // the interactor's first line
	fmt.Fprintln(out, "? 1")         // a query
	out.Flush()                      // sends it at once
	answer, _ := in.ReadString('\\n') // the interactor's answer
	_, _ = first, answer
}
`,
  javascript: `const readline = require("readline");

// Interactive: read each line as it comes (readline's 'line' events, never fs.readFileSync(0), which waits for the
// end of the input), and print with process.stdout.write, which sends it at once.
const lines = readline.createInterface({ input: process.stdin });
let first = null;
lines.on("line", (line) => {
  if (first === null) {
    first = line; // the interactor's first line
    process.stdout.write("? 1\\n"); // a query
  } else {
    // line is the interactor's answer.
    lines.close();
    process.stdin.destroy(); // done: the program ends (the interactor may still hold its input open)
  }
});
`,
  typescript: `import * as readline from "readline";

// Interactive: read each line as it comes (readline's 'line' events, never fs.readFileSync(0), which waits for the
// end of the input), and print with process.stdout.write, which sends it at once.
const lines = readline.createInterface({ input: process.stdin });
let first: string | null = null;
lines.on("line", (line: string) => {
  if (first === null) {
    first = line; // the interactor's first line
    process.stdout.write("? 1\\n"); // a query
  } else {
    // line is the interactor's answer.
    lines.close();
    process.stdin.destroy(); // done: the program ends (the interactor may still hold its input open)
  }
});
`,
  csharp: `using System;

// Interactive: read each line as it comes, and flush after each line you print.
var first = Console.ReadLine(); // the interactor's first line
Console.WriteLine("? 1"); // a query
Console.Out.Flush(); // sends it at once
var answer = Console.ReadLine(); // the interactor's answer
`,
};

/** Words, and code to be shown as code. */
export type Hint = (string | { code: string })[];

/** How a program in each language sends what it printed at once (docs/interactive-problems.md, "Flushing, per language"). */
const flushHints: Record<string, Hint> = {
  cpp: [{ code: "std::cout << ... << std::endl;" }, " or ", { code: "std::fflush(stdout)" }, " after printf."],
  python: [{ code: "print(..., flush=True)" }, "."],
  java: [{ code: "System.out.println(...); System.out.flush();" }, "."],
  go: [{ code: "out.Flush()" }, " on your ", { code: "bufio.Writer" }, "."],
  javascript: [
    { code: "process.stdout.write(...)" }, " sends at once; read lines as they come (readline's ", { code: "'line'" },
    " events), never all of stdin with ", { code: "fs.readFileSync(0)" }, ".",
  ],
  csharp: [{ code: "Console.Out.Flush()" }, "."],
};

/** The starting program for a language on a stdin/stdout problem, or an empty line for an unknown language. */
export function programTemplate(language: string): string {
  return programTemplates[baseLanguage(language)] ?? "\n";
}

/** The starting program for a language on an interactive problem, or an empty line for an unknown language. */
export function interactiveTemplate(language: string): string {
  return interactiveTemplates[baseLanguage(language)] ?? "\n";
}

/** How to flush in a language (TypeScript as JavaScript), or undefined for an unknown language. */
export function flushHint(language: string): Hint | undefined {
  const base = baseLanguage(language);
  return flushHints[base === "typescript" ? "javascript" : base];
}
