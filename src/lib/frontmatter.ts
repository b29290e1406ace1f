/** The YAML between a content file's opening `---` lines, or undefined when it has none. */
export function frontmatterBlock(source: string): string | undefined {
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
}
