import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeVersion, sourceClosure } from './version.ts';

test('the code version follows imports, so a change to any file the renderer imports re-renders every page', () => {
  const root = mkdtempSync(join(tmpdir(), 'code-version-'));
  try {
    mkdirSync(join(root, 'src/loader'), { recursive: true });
    mkdirSync(join(root, 'src/render'), { recursive: true });
    writeFileSync(join(root, 'src/loader/index.ts'), `import { a } from '../render/a.ts';\nimport type { T } from './types.ts';\nimport { x } from 'some-package';\n`);
    writeFileSync(join(root, 'src/loader/types.ts'), 'export type T = 1;\n');
    writeFileSync(join(root, 'src/render/a.ts'), `export { b } from './b.ts';\nexport const a = 1;\n`);
    writeFileSync(join(root, 'src/render/b.ts'), 'export const b = 1;\n');
    writeFileSync(join(root, 'src/render/unused.ts'), 'export const u = 1;\n');
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    const files = sourceClosure([join(root, 'src/loader/index.ts')]).map((file) => file.slice(root.length));
    assert.deepEqual(files, ['/src/loader/index.ts', '/src/loader/types.ts', '/src/render/a.ts', '/src/render/b.ts']);

    const version = () => codeVersion(root, ['src/loader/index.ts']);
    const first = version();
    assert.equal(version(), first, 'the same code gives the same version');
    writeFileSync(join(root, 'src/render/unused.ts'), 'export const u = 2;\n');
    assert.equal(version(), first, 'a file the loader does not import does not count');
    writeFileSync(join(root, 'src/render/b.ts'), 'export const b = 2;\n');
    const second = version();
    assert.notEqual(second, first, 'a file two imports away counts');
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"x":1}');
    assert.notEqual(version(), second, 'a library update counts');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
