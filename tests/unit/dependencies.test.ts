import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
const declared = new Set(Object.keys(manifest.devDependencies));

function* codeFiles(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) {
      if (!['node_modules', 'fixtures', 'tmp', 'results'].includes(name)) yield* codeFiles(file);
    } else if (/\.(?:ts|mjs|js|astro)$/.test(name)) yield file;
  }
}

const files = [...['src', 'tests', 'bench'].flatMap((folder) => [...codeFiles(folder)]), 'astro.config.mjs', 'eslint.config.js', 'src/styles/global.css'];
const text = files.map((file) => readFileSync(file, 'utf8')).join('\n');

/** The package a bare import specifier names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const imported = new Set(
  [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)]
    .map(([, specifier = '']) => specifier)
    // Relative, aliased, built-in and URL-path specifiers (a page's `import('/pagefind/pagefind.js')`) name no package.
    .filter((specifier) => !/^(?:\.|~\/|\/|node:|astro:|virtual:)/.test(specifier))
    .map(packageOf),
);

// Packages used as commands, through another package, or as the Node version itself, rather than imported.
const usedWithoutImport = new Set([
  '@types/node',
  'node',
  'typescript',
  'prettier-plugin-astro',
  'eslint-plugin-astro',
  'tsx',
  '@astrojs/check',
  'pagefind',
  'html-validate',
]);

describe('dependencies', () => {
  test('every package the code imports is declared in package.json', () => {
    expect([...imported].filter((name) => !declared.has(name)).sort()).toEqual([]);
  });

  test('every declared package is used: imported, run by a script, or named in a config', () => {
    const scripts = Object.values(manifest.scripts).join(' ');
    const unused = [...declared].filter(
      (name) =>
        !imported.has(name) &&
        !usedWithoutImport.has(name) &&
        !scripts.includes(name) &&
        !text.includes(`'${name}'`) &&
        !text.includes(`node_modules/${name}/`),
    );
    expect(unused.sort()).toEqual([]);
  });
});
