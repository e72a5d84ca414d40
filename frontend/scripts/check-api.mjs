// Fails when src/lib/api/schema.d.ts is not what openapi-typescript generates from ../openapi.yaml,
// i.e. when the contract changed and the types were not regenerated (or were edited by hand).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const spec = '../openapi.yaml';
const committed = 'src/lib/api/schema.d.ts';

if (!existsSync(spec)) {
  console.error(`check:api: ${spec} not found (the root OpenAPI document is the contract).`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'binhdang-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync('npx', ['--no-install', 'openapi-typescript', spec, '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  const same = existsSync(committed) && readFileSync(committed, 'utf8') === readFileSync(fresh, 'utf8');
  if (!same) {
    console.error(`check:api: ${committed} is out of date with ${spec}. Run \`npm run gen:api\` and commit the result.`);
    process.exit(1);
  }
  console.log(`check:api: ${committed} matches ${spec}.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
