import * as readline from "readline";

const rl = readline.createInterface({ input: process.stdin });
rl.once("line", (line: string) => {
  console.log("got " + line);
  console.error("note");
  rl.close();
});
