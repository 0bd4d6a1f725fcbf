const readline = require('readline');
const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const [a, b] = line.trim().split(/\s+/).map(Number);
  console.log(a + b);
});
