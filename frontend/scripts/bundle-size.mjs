// Reports the built bundle's size as users download it (gzip): the first load (index.html's entry
// script, the chunks it preloads, the CSS) and every lazily loaded chunk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = readdirSync(join(dist, 'assets'))
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => {
    const path = `assets/${f}`;
    const raw = statSync(join(dist, path)).size;
    const gz = gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
    return { path, raw, gz, initial: initial.has(path) };
  })
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gz - a.gz);

for (const r of rows) console.log(`${r.initial ? 'initial' : 'lazy   '}  ${kb(r.gz).padStart(9)} gzip  ${kb(r.raw).padStart(9)} raw  ${r.path}`);
const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
const first = rows.filter((r) => r.initial);
console.log(`first load: ${kb(sum(first, 'gz'))} gzip (${kb(sum(first, 'raw'))} raw) in ${first.length} files`);
console.log(`everything: ${kb(sum(rows, 'gz'))} gzip (${kb(sum(rows, 'raw'))} raw) in ${rows.length} files`);
