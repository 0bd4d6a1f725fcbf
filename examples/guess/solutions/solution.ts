// Lines are read as they come (readline, awaited one at a time): a read of the whole stdin (fs.readFileSync(0))
// would wait for its end, which never comes while the interactor waits for a query. process.stdout.write to a pipe
// is synchronous in Node.js, so nothing stays buffered.
import * as readline from "readline";

async function main(): Promise<void> {
  const lines = readline.createInterface({ input: process.stdin });
  const iterator = lines[Symbol.asyncIterator]();
  const read = async (): Promise<string> => {
    const next = await iterator.next();
    if (next.done) process.exit(0); // the interactor has ended
    return next.value.trim();
  };
  let lo = 1;
  let hi = Number(await read());
  while (true) {
    const mid = Math.floor((lo + hi) / 2);
    process.stdout.write(`? ${mid}\n`);
    const reply = await read();
    if (reply === "=") break;
    if (reply === "<") hi = mid - 1;
    else lo = mid + 1;
  }
  lines.close();
}

main();
