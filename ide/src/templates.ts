// Per language: Monaco's language id and the program a candidate starts from on a stdin/stdout problem. Function-style
// problems start from the server's stub instead (Problem.stubs).

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

/** The starting program for a language on a stdin/stdout problem, or an empty line for an unknown language. */
export function programTemplate(language: string): string {
  return programTemplates[baseLanguage(language)] ?? "\n";
}
