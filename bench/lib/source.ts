import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/neo4j/managed.js';

/** A fingerprint of the API's code (src/ and schema/) as the servers load it. */
export function apiSourceFingerprint(): { sha256: string; files: number; newest: string } {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|graphql|ya?ml|json|grass|html)$/.test(entry.name)) files.push(path);
    }
  };
  walk(join(PROJECT_ROOT, 'src'));
  walk(join(PROJECT_ROOT, 'schema'));
  files.sort();
  const hash = createHash('sha256');
  let newest = 0;
  for (const file of files) {
    hash.update(file.slice(PROJECT_ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
    newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return { sha256: hash.digest('hex').slice(0, 16), files: files.length, newest: new Date(newest).toISOString() };
}
