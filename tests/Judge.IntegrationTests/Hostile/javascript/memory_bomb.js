// Grows an array of touched buffers without end.
const blocks = [];
for (;;) blocks.push(Buffer.alloc(16 << 20, 1));
