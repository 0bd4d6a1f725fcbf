// The reference for the bench's similarity section: Dolos's similarity of every pair of programs in a corpus.
//
//   node run.mjs <corpus-dir> <out.json>
//
// <corpus-dir>/<problem>/<family>/ holds stub.<ext> (the problem's starting code: Dolos's template, whose
// fingerprints never count) and the programs *.<ext>. Each such directory is one Dolos analysis of its programs,
// and every unordered pair of them gets a line in out.json (similarity 0 where Dolos finds nothing):
//   {"dolos":"3.5.1","k":23,"w":17,"pairs":[{"problem":..,"family":..,"a":"s1.cpp","b":"s2.cpp","similarity":0.42,
//    "similarity_symmetric":0.45}, ...],"errors":[]}
// "similarity" is Dolos's own (what its CLI and web page report); "similarity_symmetric" is explained at
// symmetricSimilarity below.
// a < b by name, and Dolos is given the programs sorted by name, so a is Dolos's left file (it matters: Dolos 3.5.1
// subtracts the left file's template fingerprints for both sides). A directory Dolos fails on is listed in "errors",
// with none of its pairs, and the exit code is 1. The time taken goes to stderr.
//
// Dolos comes from the directory in $DOLOS_NODE_MODULES (what ./install prints), else from a node_modules
// beside or above this script.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

// Every option given to Dolos, in one place: Dolos's defaults (k-grams of 23 tokens, windows of 17 k-grams, no
// cap on how many files a fingerprint may occur in, comments not tokenized).
const OPTIONS = {
  kgramLength: 23,
  kgramsInWindow: 17,
  maxFingerprintCount: null,
  maxFingerprintPercentage: null,
  includeComments: false,
};

// The corpus's families: Dolos's language name (LanguagePicker.languages in dolos-lib's dist/lib/language.js) and
// the programs' usual extension (used only for a directory without a stub).
const FAMILIES = {
  cpp: { ext: ".cpp", language: "cpp" },
  java: { ext: ".java", language: "java" },
  python: { ext: ".py", language: "python" },
  go: { ext: ".go", language: "go" },
  javascript: { ext: ".js", language: "javascript" },
  typescript: { ext: ".ts", language: "typescript" },
  csharp: { ext: ".cs", language: "c-sharp" },
};

const STUB = "stub";

async function loadDolos() {
  const modules = process.env.DOLOS_NODE_MODULES;
  const entry = modules
    ? pathToFileURL(join(modules, "@dodona/dolos-lib/dist/index.js")).href
    : import.meta.resolve("@dodona/dolos-lib");
  const lib = await import(entry);
  const pkg = join(dirname(dirname(fileURLToPath(entry))), "package.json");
  const version = JSON.parse(await readFile(pkg, "utf8")).version;
  return { ...lib, version };
}

async function subdirectories(dir) {
  return (await readdir(dir, { withFileTypes: true }))
    .filter(e => e.isDirectory())
    .map(e => e.name)
    .sort();
}

// Dolos 3.5.1's Pair.similarity is (leftCovered + rightCovered) / (leftTotal + rightTotal - 2 * leftIgnored), where
// leftIgnored is the number of *distinct* template fingerprints in the left file, while the other terms count
// k-gram occurrences: with a template, an exact copy can score below 1 (a fingerprint repeated in the template part)
// and a pair can score above 1 (a right file with less of the template than the left). This is the same ratio with
// each file's own ignored k-gram occurrences subtracted: symmetric, at most 1, and equal to Dolos's when nothing
// is ignored. Reported beside Dolos's own value, never instead of it.
function symmetricSimilarity(pair) {
  const ignored = entry => {
    let n = 0;
    for (const fingerprint of entry.ignored) n += fingerprint.occurrencesOf(entry.file).length;
    return n;
  };
  const denominator = pair.leftTotal + pair.rightTotal - ignored(pair.leftEntry) - ignored(pair.rightEntry);
  return denominator > 0 ? (pair.leftCovered + pair.rightCovered) / denominator : 0;
}

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

async function analyzeDirectory(lib, dir, family) {
  const { language } = FAMILIES[family];
  const entries = (await readdir(dir, { withFileTypes: true })).filter(e => e.isFile()).map(e => e.name);
  // The programs' extension is the stub's (the family's usual one when there is no stub).
  const stub = entries.find(n => n.startsWith(STUB + ".") && n.indexOf(".", STUB.length + 1) < 0);
  const ext = stub ? stub.slice(STUB.length) : FAMILIES[family].ext;
  const names = entries.filter(n => n.endsWith(ext)).sort(byName);
  const stubName = STUB + ext;
  const programs = names.filter(n => n !== stubName);
  const pairs = [];
  if (programs.length < 2) return { pairs, programs: programs.length, template: names.includes(stubName) };

  const read = async name => new lib.File(name, await readFile(join(dir, name), "utf8"));
  const files = await Promise.all(programs.map(read));
  const template = names.includes(stubName) ? await read(stubName) : undefined;

  const dolos = new lib.Dolos({ ...OPTIONS, language });
  const report = await dolos.analyze(files, dir, template);
  const found = new Map();
  for (const pair of report.allPairs()) {
    const [a, b] = [pair.leftFile.path, pair.rightFile.path].sort(byName);
    found.set(`${a}\0${b}`, { similarity: pair.similarity, similarity_symmetric: symmetricSimilarity(pair) });
  }
  for (let i = 0; i < programs.length; i++) {
    for (let j = i + 1; j < programs.length; j++) {
      const [a, b] = [programs[i], programs[j]];
      pairs.push({ a, b, ...(found.get(`${a}\0${b}`) ?? { similarity: 0, similarity_symmetric: 0 }) });
    }
  }
  return { pairs, programs: programs.length, template: template !== undefined };
}

async function main() {
  const [corpus, out] = process.argv.slice(2);
  if (!corpus || !out) {
    console.error("usage: node run.mjs <corpus-dir> <out.json>");
    process.exit(2);
  }
  const started = process.hrtime.bigint();
  const lib = await loadDolos();
  const result = { dolos: lib.version, k: OPTIONS.kgramLength, w: OPTIONS.kgramsInWindow, pairs: [], errors: [] };
  let directories = 0;
  for (const problem of await subdirectories(corpus)) {
    for (const family of await subdirectories(join(corpus, problem))) {
      if (!(family in FAMILIES)) {
        console.error(`skipping ${problem}/${family}: not a known family`);
        continue;
      }
      const dir = join(corpus, problem, family);
      try {
        const { pairs, template } = await analyzeDirectory(lib, dir, family);
        if (!template) console.error(`${problem}/${family}: no ${STUB}.<ext>, analyzed without a template`);
        for (const p of pairs) result.pairs.push({ problem, family, ...p });
        directories++;
      } catch (e) {
        console.error(`${problem}/${family}: Dolos failed: ${e?.stack ?? e}`);
        result.errors.push({ problem, family, message: String(e?.message ?? e) });
      }
    }
  }
  // One pair a line.
  const json = JSON.stringify({ ...result, pairs: [], errors: [] })
    .replace('"pairs":[]', `"pairs":[\n${result.pairs.map(p => JSON.stringify(p)).join(",\n")}\n]`)
    .replace('"errors":[]', `"errors":${JSON.stringify(result.errors)}`);
  await writeFile(out, json + "\n");
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.error(
    `dolos ${lib.version} (k ${OPTIONS.kgramLength}, w ${OPTIONS.kgramsInWindow}): ${directories} directories, ` +
      `${result.pairs.length} pairs, ${result.errors.length} errors in ${seconds.toFixed(2)} s -> ${out}`);
  if (result.errors.length) process.exitCode = 1;
}

await main();
