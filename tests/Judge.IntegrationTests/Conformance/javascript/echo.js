const rl = require('readline').createInterface({ input: process.stdin });
rl.once('line', (line) => {
  console.log('got ' + line);
  console.error('note');
  rl.close();
});
