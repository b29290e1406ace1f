/**
 * The YAML content files (redirects, contacts) checked against their schemas,
 * every mistake at once, with the field as the editor names it. Pure: the
 * caller reads the file.
 */
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { redirectsSchema, type Redirect } from '../content-model/redirect.ts';
import { contactSchema } from '../content-model/contact.ts';
import type { Problem } from './problem.ts';

/** The YAML's data, or the problem that stopped it being read. */
function readYaml(path: string, text: string): { data: unknown; lineOf: (path: (string | number)[]) => number | undefined } | Problem {
  const document = parseDocument(text, { prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    return {
      file: path,
      line: text.slice(0, error.pos[0]).split('\n').length,
      field: 'the YAML',
      problem: `could not be read (${error.message.split('\n')[0]}).`,
      fix: 'Check the indentation, and that each line is "name: value".',
    };
  }
  const lineOf = (at: (string | number)[]) => {
    const node = (document.getIn(at, true) ?? document.getIn(at.slice(0, 1), true)) as { range?: [number] } | undefined;
    return node?.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
  };
  return { data: document.toJS() as unknown, lineOf };
}

function schemaProblems(path: string, issues: z.core.$ZodIssue[], lineOf: (at: (string | number)[]) => number | undefined, fieldName: (at: PropertyKey[]) => string, fix: string): Problem[] {
  return issues.map((issue) => {
    const at = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    return { file: path, line: lineOf(at), field: fieldName(issue.path), problem: issue.message, fix };
  });
}

/** content/redirects.yaml: its rules when all are good, and every problem. */
export function checkRedirects(path: string, text: string): { rules: Redirect[]; problems: Problem[] } {
  const read = readYaml(path, text);
  if ('problem' in read) return { rules: [], problems: [read] };
  const parsed = redirectsSchema.safeParse(read.data ?? []);
  if (parsed.success) return { rules: parsed.data, problems: [] };
  const field = ([index, name]: PropertyKey[]) => (typeof index === 'number' ? `redirect ${index + 1}${name ? `, ${String(name)}` : ''}` : 'the list');
  return { rules: [], problems: schemaProblems(path, parsed.error.issues, read.lineOf, field, 'See the example at the top of the file.') };
}

/** A contact in content/contacts/<id>.yaml. */
export function checkContact(path: string, text: string): Problem[] {
  const read = readYaml(path, text);
  if ('problem' in read) return [read];
  const parsed = contactSchema.safeParse(read.data ?? {});
  if (parsed.success) return [];
  const field = (at: PropertyKey[]) => at.map(String).join('.') || 'the contact';
  return schemaProblems(path, parsed.error.issues, read.lineOf, field, 'Correct the field in the contact file.');
}
