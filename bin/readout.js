#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
// READOUT_DIST points it at another build directory (developers building side by side).
const dist = process.env.READOUT_DIST ? new URL(`file://${require_resolve(process.env.READOUT_DIST)}/`) : new URL('../dist/', import.meta.url);
function require_resolve(p) { return p.startsWith('/') ? p : `${process.cwd()}/${p}`; }
import(new URL('src/cli/main.js', dist).href).then(
  (m) => m.main(process.argv.slice(2)),
).then(
  (code) => { process.exitCode = code ?? 0; },
  (err) => { process.stderr.write(`readout: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 1; },
);
