// The whole input at once, integers parsed from the bytes, the output joined into one write.
const data = require('fs').readFileSync(0);
let pos = 0;
function nextInt() {
  while (data[pos] < 45) pos++; // spaces and newlines
  let neg = false;
  if (data[pos] === 45) { neg = true; pos++; }
  let x = 0;
  while (pos < data.length && data[pos] >= 48) x = x * 10 + data[pos++] - 48;
  return neg ? -x : x;
}
const n = nextInt();
const a = new Int32Array(n);
for (let i = 0; i < n; i++) a[i] = nextInt();
const out = [];
for (let i = 0; i < n; i += 10) out.push(a[i]);
process.stdout.write(out.join('\n') + '\n');
