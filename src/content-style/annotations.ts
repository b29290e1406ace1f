/**
 * Content style messages as GitHub Actions annotations (workflow commands),
 * so a pull request shows each one on the changed file and line. Printed by
 * `npm run lint:content` when it runs in GitHub Actions (GITHUB_ACTIONS=true).
 */
import type { StyleMessage } from './check.ts';

// GitHub's escaping: data loses %, CR and LF; property values also commas and colons.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotation(message: StyleMessage): string {
  const properties = [
    `file=${escapeProperty(message.file)}`,
    `line=${message.line}`,
    `col=${message.column}`,
    `title=${escapeProperty(`Content style: ${message.ruleId}`)}`,
  ].join(',');
  return `::${message.severity} ${properties}::${escapeData(message.reason)}`;
}
