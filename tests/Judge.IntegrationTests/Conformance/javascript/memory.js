// Buffers live outside the V8 heap: this touches 4 GiB of real memory, not just the JS heap limit.
const blocks = [];
for (let i = 0; i < 64; i++) blocks.push(Buffer.alloc(64 << 20, i));
console.log('survived', blocks.length);
