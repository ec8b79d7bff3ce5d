#!/usr/bin/env node
// Entry point for `npx insyn`. npm puts the project's pinned Node.js 24 first on PATH;
// started by an older Node.js directly, say so in one line instead of failing obscurely.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 24 && !(major === 22 && minor >= 18)) {
  process.stderr.write(`insyn: Node.js ${process.versions.node} is too old; run it through npm (npx insyn, npm start) to use the pinned Node.js 24.\n`);
  process.exit(1);
}
await import('../src/main.ts');
