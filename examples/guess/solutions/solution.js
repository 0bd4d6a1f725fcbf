// Lines are read as they come (readline's 'line' events): a read of the whole stdin (fs.readFileSync(0)) would wait
// for its end, which never comes while the interactor waits for a query. process.stdout.write to a pipe is
// synchronous in Node.js, so nothing stays buffered.
const readline = require('readline');

const lines = readline.createInterface({ input: process.stdin });
let n = 0, lo = 1, hi = 0, mid = 0;

function ask() {
  mid = Math.floor((lo + hi) / 2);
  process.stdout.write(`? ${mid}\n`);
}

lines.on('line', (line) => {
  const reply = line.trim();
  if (n === 0) {
    n = Number(reply);
    hi = n;
  } else if (reply === '=') {
    lines.close();
    return;
  } else if (reply === '<') {
    hi = mid - 1;
  } else {
    lo = mid + 1;
  }
  ask();
});
