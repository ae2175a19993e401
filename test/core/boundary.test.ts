import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../src/core/', import.meta.url));

// Every way a module can name another: import/export … from, bare import, import(), require(), reference types.
// A call's argument is captured whole, quotes included, so that a computed name is caught too.
const SPECIFIERS = [
  { call: false, pattern: /\bfrom\s*['"]([^'"]*)['"]/g },
  { call: false, pattern: /\bimport\s*['"]([^'"]*)['"]/g },
  { call: true, pattern: /\bimport\s*\(\s*([^)]*?)\s*\)/g },
  { call: true, pattern: /\brequire\s*\(\s*([^)]*?)\s*\)/g },
  { call: false, pattern: /\/\/\/\s*<reference\s+(?:types|path|lib)\s*=\s*['"]([^'"]*)['"]/g },
];

/** What a file of src/core (its path relative to src/core, with `/`) imports that the core may not. */
export function coreImportViolations(file: string, source: string): string[] {
  const found: string[] = [];
  for (const { call, pattern } of SPECIFIERS) {
    for (const match of source.matchAll(pattern)) {
      const raw = match[1]!;
      const quoted = /^['"`]([^'"`$]*)['"`]$/.exec(raw);
      // import(x) with a computed name cannot be checked, so it is not allowed either.
      const specifier = call ? quoted?.[1] : raw;
      if (specifier === undefined) found.push(raw);
      else if (specifier === 'arquero') continue;
      else if (!specifier.startsWith('./') && !specifier.startsWith('../')) found.push(specifier);
      else if (posix.normalize(posix.join(posix.dirname(file), specifier)).startsWith('..')) found.push(specifier);
    }
  }
  return found;
}

function coreFiles(dir = CORE, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? coreFiles(`${dir}${entry.name}/`, `${prefix}${entry.name}/`)
      : /\.(m?ts|m?js)$/.test(entry.name) ? [`${prefix}${entry.name}`] : []);
}

describe('the core boundary', () => {
  it('lets src/core import only arquero and files inside src/core', () => {
    const files = coreFiles();
    expect(files).toContain('types.ts');
    const violations = files.flatMap((file) =>
      coreImportViolations(file, readFileSync(`${CORE}${file}`, 'utf8')).map((name) => `${file}: ${name}`));
    expect(violations).toEqual([]);
  });

  it.each([
    ['metrics/x.ts', `import { op } from 'arquero';`, []],
    ['metrics/x.ts', `import type { OrderTable } from '../types';`, []],
    ['metrics/x.ts', `import { a } from './a';\nexport { b } from "./b";`, []],
    ['x.ts', `import {\n  a,\n  b,\n} from './parse/a';`, []],
    ['parse/deep/x.ts', `export * from '../../dates';`, []],
    ['metrics/x.ts', `import Dexie from 'dexie';`, ['dexie']],
    ['metrics/x.ts', `import type { AtlasDb } from '../../storage/db';`, ['../../storage/db']],
    ['x.ts', `import { t } from '../i18n';`, ['../i18n']],
    ['x.ts', `import { readFileSync } from 'node:fs';`, ['node:fs']],
    ['x.ts', `import 'svelte';`, ['svelte']],
    ['x.ts', `const v = await import('vega-lite');`, ['vega-lite']],
    ['x.ts', 'const m = await import(name);', ['name']],
    ['x.ts', `const c = require("comlink");`, ['comlink']],
    ['x.ts', `/// <reference types="vite/client" />`, ['vite/client']],
    ['x.ts', `import { fromCSV } from 'arquero/dist/x';`, ['arquero/dist/x']],
    ['x.ts', `import x from '/work/main/src/core/types';`, ['/work/main/src/core/types']],
  ])('%s with %j → %j', (file, source, expected) => {
    expect(coreImportViolations(file, source)).toEqual(expected);
  });
});
