/**
 * The content style pipeline, built once and reused for every file (the
 * dictionary alone takes a third of a second to load): MDX parsed as the
 * build parses it, so frontmatter, components and code are never read as
 * prose; the site's own rules on the Markdown tree; then the text as
 * sentences (retext) for the length rules, the reading age and the unified
 * collective's checks.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import { ParseEnglish } from 'parse-english';
import { toString as nlcstToString } from 'nlcst-to-string';
import type { Root as NlcstRoot, Sentence, Paragraph } from 'nlcst';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { blockRun, inlineText, lineRun, walk, type MdNode, type Point, type TextRule, type TextRun } from './text.ts';
import { ignoreComments, type IgnoreProblem, type IgnoreRange } from './ignore-comments.ts';
import type { SiteWords } from './words.ts';
import type { RuleId } from './rules.ts';
import { latinAbbreviations } from './rules/latin-abbreviations.ts';
import { dates } from './rules/dates.ts';
import { times } from './rules/times.ts';
import { ranges } from './rules/ranges.ts';
import { phoneNumbers } from './rules/phone-numbers.ts';
import { ampersands } from './rules/ampersands.ts';
import { contractions } from './rules/contractions.ts';
import { nhsWords } from './rules/nhs-words.ts';
import { passiveVoice } from './rules/passive-voice.ts';
import { headings } from './rules/headings.ts';
import { abbreviations } from './rules/abbreviations.ts';
import { linkTextProblem } from './rules/link-text.ts';
import { listLengthProblem } from './rules/list-length.ts';
import { sentenceLengthProblem } from './rules/sentence-length.ts';
import { paragraphLengthProblem } from './rules/paragraph-length.ts';
import { addSentence, emptyCounts, type TextCounts } from './rules/reading-age.ts';
import { PassedWords, retextSpelling } from './rules/spelling.ts';
import { plainEnglishPlugin } from './rules/plain-english.ts';
import { libraryChecks } from './rules/library-checks.ts';

/** Rules over any run of prose, headings included. */
const TEXT_RULES: TextRule[] = [latinAbbreviations, dates, times, ranges, phoneNumbers, ampersands, contractions, nhsWords, passiveVoice];

/** Components whose attributes are headings readers see. */
const HEADING_ATTRIBUTES = new Set(['heading', 'summary']);
/** Components and tags whose text is a link's text. */
const LINK_ELEMENTS = new Set(['a', 'ActionLink', 'Attachment', 'PageLink']);

/** A message from the site's own rules (plain objects: a VFileMessage records a stack trace, which is slow by the thousand). */
export interface RuleMessage {
  ruleId: RuleId;
  reason: string;
  place: Point;
}

/** What the pipeline leaves on each file; the libraries' messages are in file.messages. */
export interface StyleData {
  messages: RuleMessage[];
  frontmatter: Record<string, unknown>;
  ignores: IgnoreRange[];
  ignoreProblems: IgnoreProblem[];
  counts: TextCounts;
}

declare module 'vfile' {
  interface DataMap {
    style: StyleData;
  }
}

function say(file: VFile, ruleId: RuleId, reason: string, place: Point): void {
  file.data.style!.messages.push({ ruleId, reason, place });
}

function readFrontmatter(tree: MdNode): { data: Record<string, unknown>; titleRun?: TextRun } {
  const yaml = tree.children?.find((node) => node.type === 'yaml');
  if (!yaml?.value || !yaml.position) return { data: {} };
  let data: Record<string, unknown> = {};
  try {
    data = (parseYaml(yaml.value) as Record<string, unknown>) ?? {};
  } catch {
    // The build reports broken frontmatter with its own clear message.
    return { data: {} };
  }
  const lines = yaml.value.split('\n');
  const index = lines.findIndex((line) => /^title:/.test(line));
  if (index === -1 || typeof data['title'] !== 'string') return { data };
  const raw = lines[index]!;
  const column = raw.indexOf(data['title'].slice(0, 1), 'title:'.length) + 1;
  // The YAML starts on the line after the opening ---.
  return { data, titleRun: lineRun(data['title'], { line: yaml.position.start.line + 1 + index, column }) };
}

/** The Markdown-tree rules: headings, links, lists, ignore comments, and the prose rules over every run of text. */
function remarkStyleRules(options: { words: SiteWords; parser: ParseEnglish }) {
  return (root: unknown, file: VFile) => {
    const tree = root as MdNode;
    const lines = String(file.value).split('\n');
    const { data, titleRun } = readFrontmatter(tree);
    const counts = emptyCounts();
    const { ranges, problems } = ignoreComments(tree);
    file.data.style = { messages: [], frontmatter: data, ignores: ranges, ignoreProblems: problems, counts };

    const prose: TextRun[] = [];
    const markdownHeadings: TextRun[] = [];
    // The title and components' headings are not in the Markdown text that retext reads.
    const otherHeadings: TextRun[] = titleRun ? [titleRun] : [];
    walk(tree, (node) => {
      switch (node.type) {
        case 'paragraph':
        case 'tableCell': {
          const run = blockRun(node, lines);
          if (run) prose.push(run);
          return;
        }
        case 'heading': {
          const run = blockRun(node, lines);
          if (run) markdownHeadings.push(run);
          return;
        }
        case 'list': {
          const problem = listLengthProblem(node.children?.length ?? 0);
          if (problem && node.position) say(file, 'list-length', problem, node.position.start);
          return;
        }
        case 'link': {
          const problem = linkTextProblem(inlineText(node), node.url);
          if (problem && node.position) say(file, 'link-text', problem, node.position.start);
          return;
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          if (node.name && LINK_ELEMENTS.has(node.name) && node.position) {
            const href = node.attributes?.find((a) => a.name === 'href')?.value;
            const problem = linkTextProblem(inlineText(node), typeof href === 'string' ? href : '');
            if (problem) say(file, 'link-text', problem, node.position.start);
          }
          for (const attribute of node.attributes ?? []) {
            if (attribute.type === 'mdxJsxAttribute' && HEADING_ATTRIBUTES.has(attribute.name ?? '') && typeof attribute.value === 'string' && attribute.position) {
              // The value starts after name=" on the attribute's line.
              const { line, column } = attribute.position.start;
              otherHeadings.push(lineRun(attribute.value, { line, column: column + (attribute.name?.length ?? 0) + 2 }));
            }
          }
          return;
        }
      }
    });

    const headingRuns = [...markdownHeadings, ...otherHeadings];
    for (const run of headingRuns) {
      for (const finding of headings(run.text, options.words.names)) say(file, finding.ruleId, finding.reason, run.pointAt(finding.start));
    }
    const all = [...headingRuns, ...prose].sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
    for (const run of all) {
      for (const rule of TEXT_RULES) {
        for (const finding of rule(run.text)) say(file, finding.ruleId, finding.reason, run.pointAt(finding.start));
      }
    }
    for (const finding of abbreviations(all.map((run) => run.text))) {
      say(file, finding.ruleId, finding.reason, all[finding.run]!.pointAt(finding.start));
    }
    // For the reading age, each of those headings is one sentence.
    for (const run of otherHeadings) addSentence(counts, wordsOf(options.parser.parse(run.text)));
  };
}

function wordsOf(node: NlcstRoot | Paragraph | Sentence): string[] {
  const words: string[] = [];
  const visit = (child: { type: string; children?: unknown[] }) => {
    if (child.type === 'WordNode') words.push(nlcstToString(child as never));
    else for (const grandchild of (child.children ?? []) as { type: string }[]) visit(grandchild);
  };
  visit(node);
  return words;
}

/** Sentence and paragraph length, and the counts for the reading age, over the retext tree. */
function retextLengths() {
  return (tree: unknown, file: VFile) => {
    const counts = file.data.style!.counts;
    for (const paragraph of (tree as NlcstRoot).children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      let sentences = 0;
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue;
        const words = wordsOf(sentence);
        if (words.length === 0) continue;
        sentences += 1;
        addSentence(counts, words);
        const problem = sentenceLengthProblem(words.length);
        if (problem && sentence.position) say(file, 'sentence-length', problem, sentence.position.start);
      }
      const problem = paragraphLengthProblem(sentences);
      if (problem && paragraph.position) say(file, 'paragraph-length', problem, paragraph.position.start);
    }
  };
}

/**
 * GFM's extensions (tables, autolinks, strikethrough, footnotes, task lists)
 * double the parsing time, and most pages use none of them: a page is parsed
 * with them only when its text has a character that can start one. Both
 * parsers give the same tree for a page without those characters.
 */
const MAY_USE_GFM = /[|~]|\[\^|\[[ xX]\]|https?:|www\.|@/;

export interface StyleProcessor {
  /** The processor for this source: with GFM, or without when the source cannot use it. */
  for(source: string): Processor;
  /** Keeps what the spelling check learnt for the next run. */
  save(): void;
}

/** `spellingCache`: where to keep the words the spelling check has passed between runs (none: keep nothing). */
export function createProcessor(words: SiteWords, spellingCache?: string): StyleProcessor {
  const passed = new PassedWords(words.spelling, spellingCache);
  const prose = unified()
    .use(retextEnglish)
    .use(retextLengths)
    .use(retextSpelling, { words: words.spelling, passed })
    .use(...plainEnglishPlugin())
    .use(libraryChecks)
    .freeze();
  const parser = new ParseEnglish();
  const build = (gfm: boolean) => {
    const processor = unified().use(remarkParse).use(remarkMdx);
    if (gfm) processor.use(remarkGfm);
    return processor
      .use(remarkFrontmatter)
      .use(remarkStyleRules, { words, parser })
      .use(remarkRetext, prose as never)
      .freeze() as unknown as Processor;
  };
  const withGfm = build(true);
  const withoutGfm = build(false);
  return { for: (source) => (MAY_USE_GFM.test(source) ? withGfm : withoutGfm), save: () => passed.save() };
}
