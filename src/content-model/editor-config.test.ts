/**
 * The browser editor (keystatic.config.tsx) and the build's schemas must
 * agree: every field the schema declares is in the editor, no more, and a
 * field the build requires is required in the editor too. Every component
 * content may use is offered, and no other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { z } from 'astro/zod';
import { pageSchema } from './page.ts';
import { noticeSchema } from './notice.ts';
import { contactSchema } from './contact.ts';
import { mdxComponentNames } from '../components/mdx/names.ts';
import { COMPONENTS } from './components.ts';
import { FIELD_LABELS } from './fields.ts';
import { PHONE_MESSAGE } from './contact.ts';
import { PAGE_LABELS_MODULE, pageLabelsModule } from '../integrations/editor-page-labels.ts';

/** The editor's configuration, compiled from TSX the way the editor's bundler does, with the build's PUBLIC_ variables. */
async function loadEditorConfig(env: Record<string, string> = {}) {
  const outDir = join('node_modules', '.cache', 'editor-config-test');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `keystatic.config.${Object.keys(env).length}.mjs`);
  await build({
    entryPoints: ['keystatic.config.tsx'],
    bundle: true,
    outfile,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    jsx: 'automatic',
    logLevel: 'error',
    define: { 'import.meta.env': JSON.stringify(env) },
    // The page labels, as the editor integration's Vite plugin gives them.
    plugins: [{
      name: 'page-labels',
      setup(build) {
        build.onResolve({ filter: new RegExp(`^${PAGE_LABELS_MODULE}$`) }, () => ({ path: PAGE_LABELS_MODULE, namespace: 'virtual' }));
        build.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: pageLabelsModule('content'), loader: 'js' }));
      },
    }],
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

const editor = await loadEditorConfig();

/** A Keystatic field requires a value if an empty one does not pass its own validation. */
function editorRequires(field: { kind: string; formKind?: string; parse?: Function; validate?: Function }): boolean {
  if (field.kind !== 'form') return false;
  try {
    const empty = field.formKind === 'slug' ? field.parse!(undefined, { slug: undefined }) : field.parse!(undefined);
    field.validate?.(empty);
    return false;
  } catch {
    return true;
  }
}

/** A zod field requires a value if leaving it out fails. */
const schemaRequires = (field: z.ZodType) => !field.safeParse(undefined).success;

const COLLECTIONS: [name: string, schema: z.ZodObject<z.ZodRawShape>, contentField?: string][] = [
  ['pages', pageSchema as unknown as z.ZodObject<z.ZodRawShape>, 'body'],
  ['notices', noticeSchema as unknown as z.ZodObject<z.ZodRawShape>, 'body'],
  ['contacts', contactSchema as unknown as z.ZodObject<z.ZodRawShape>],
];

for (const [name, schema, contentField] of COLLECTIONS) {
  test(`the editor's ${name} have exactly the schema's fields, required where the schema requires them`, () => {
    const fields = editor.default.collections[name].schema as Record<string, Parameters<typeof editorRequires>[0]>;
    const editorKeys = Object.keys(fields).filter((key) => key !== contentField).sort();
    assert.deepEqual(editorKeys, Object.keys(schema.shape).sort());
    for (const key of editorKeys) {
      assert.equal(editorRequires(fields[key]!), schemaRequires(schema.shape[key] as z.ZodType), `${name}.${key}: required in one and not the other`);
    }
  });
}

test('the editor offers every component content may use, and no other', () => {
  assert.deepEqual(Object.keys(editor.components).sort(), [...mdxComponentNames].sort());
});

test('the editor saves into content/ locally, and on its own deploy to content/ branches on GitHub', async () => {
  assert.deepEqual(editor.default.storage, { kind: 'local' });
  const deployed = await loadEditorConfig({ PUBLIC_KEYSTATIC_STORAGE: 'github', PUBLIC_KEYSTATIC_GITHUB_REPO: 'trust/peer-support' });
  assert.deepEqual(deployed.default.storage, { kind: 'github', repo: 'trust/peer-support', branchPrefix: 'content/' });
});

test('the editor\'s components have the labels and required settings the build checks (src/content-model/components.ts)', () => {
  for (const [name, spec] of Object.entries(COMPONENTS)) {
    const component = editor.components[name] as { label: string; schema: Record<string, Parameters<typeof editorRequires>[0] & { label: string }> };
    assert.equal(component.label, spec.label, name);
    assert.deepEqual(Object.keys(component.schema).sort(), Object.keys(spec.fields).sort(), `${name}: settings`);
    for (const [key, field] of Object.entries(spec.fields) as [string, { label: string; required: boolean }][]) {
      assert.equal(component.schema[key]!.label, field.label, `${name}.${key}: label`);
      // A select always has a value in the editor, so it is required there by nature.
      const editorField = component.schema[key]!;
      const required = editorField.kind === 'form' && (editorField as { options?: unknown }).options !== undefined ? true : editorRequires(editorField);
      assert.equal(required, field.required, `${name}.${key}: required in one and not the other`);
    }
  }
});

test('every page and notice field has the label FIELD_LABELS gives it, which build messages and the problems panel use', () => {
  const labelled = new Set<string>();
  for (const collection of ['pages', 'notices'] as const) {
    const schema = editor.default.collections[collection].schema as Record<string, { label: string }>;
    for (const [key, field] of Object.entries(schema)) {
      if (key === 'body') continue;
      assert.ok(key in FIELD_LABELS, `${collection}.${key} has no label in FIELD_LABELS`);
      assert.equal(field.label, FIELD_LABELS[key as keyof typeof FIELD_LABELS], `${collection}.${key}`);
      labelled.add(key);
    }
  }
  // No label for a field the editor does not have.
  assert.deepEqual([...labelled].sort(), Object.keys(FIELD_LABELS).sort());
});

test('the parent picker lists pages by title (read from content/pages) and saves the file name', () => {
  const parent = editor.default.collections.pages.schema.parent as { Input: (props: object) => { props: { itemLabel?: (slug: string) => string | undefined } }; serialize: (value: string) => { value: unknown } };
  // Keystatic's relationship input gets the labels (patches/@keystatic+core+0.6.9.patch).
  const label = parent.Input({}).props.itemLabel;
  assert.equal(label?.('help-in-a-crisis'), 'Help in a crisis');
  assert.equal(label?.('feedback/thank-you'), 'Rate this page or report a problem › Thank you for your feedback');
  assert.equal(label?.('not-a-page'), undefined);
  assert.deepEqual(parent.serialize('help-in-a-crisis'), { value: 'help-in-a-crisis' });
});

test('the editor saves uploaded documents under a safe file name', () => {
  const href = editor.components.Attachment.schema.href as { Input: (props: object) => { props: { transformFilename?: (name: string) => string } } };
  // Keystatic hands the option to its upload input; the input element's props show what it will use.
  const transform = href.Input({}).props.transformFilename;
  assert.equal(transform?.('Visiting Guidance (2026).PDF'), 'visiting-guidance-2026.pdf');
});

test('the editor refuses a contact phone number the build refuses, with the same message', () => {
  const phone = editor.default.collections.contacts.schema.phone as { validate: (value: string) => unknown };
  assert.throws(() => phone.validate('0115 969 130'), { message: PHONE_MESSAGE });
  assert.throws(() => phone.validate('01632 960000'), { message: PHONE_MESSAGE });
  assert.doesNotThrow(() => phone.validate('0115 969 1300'));
  assert.doesNotThrow(() => phone.validate('020 7946 0000'));
});
