#!/usr/bin/env node
/**
 * Makes a large, realistic content tree for benchmarks: the real content plus
 * N generated MDX pages with headings, lists, care cards, contact cards,
 * attachments and internal links. Prints the folders to build from.
 *
 *   node bench/generate-site.mjs 1000 [workdir]
 *   CONTENT_DIR=<workdir>/content PUBLIC_DIR=<workdir>/public npm run build
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function generateSite(count, work = mkdtempSync(join(tmpdir(), 'bench-site-'))) {
  const content = join(work, 'content');
  const pub = join(work, 'public');
  cpSync('content', content, { recursive: true });
  if (existsSync('public')) cpSync('public', pub, { recursive: true });
  mkdirSync(join(pub, 'documents'), { recursive: true });
  for (let i = 0; i < 5; i++) writeFileSync(join(pub, 'documents', `leaflet-${i}.pdf`), Buffer.alloc(20_000 + i * 15_000, 32));
  mkdirSync(join(content, 'pages', 'bench'), { recursive: true });

  // A fixed pseudo-random sequence, so every run builds the same site.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = `recovery support mental health peer worker team service ward visit appointment community
    care plan crisis anxiety depression wellbeing family carer training course placement listening hope
    experience trust clinical nurse doctor psychologist therapy medication sleep stress coping goals
    referral assessment advice helpline weekend evening housing money benefits employment volunteering
    group session confidential consent safety risk discharge review inpatient outpatient children adults
    older people young memory eating disorder psychosis bipolar trauma bereavement loneliness self-help`.split(/\s+/).filter(Boolean);
  const sentence = (n = 8 + Math.floor(random() * 10)) => {
    const text = Array.from({ length: n }, () => pick(words)).join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence()).join(' ');
  const title = (i) => `${sentence(3).replace('.', '')} ${i}`;

  for (let i = 0; i < count; i++) {
    const other = Math.floor(random() * count);
    const body = [
      paragraph(),
      `## ${sentence(4).replace('.', '')}`,
      paragraph(),
      Array.from({ length: 5 }, () => `- ${sentence(6).toLowerCase()}`).join('\n'),
      `<CareCard type="${pick(['non-urgent', 'urgent', 'emergency'])}" heading="${sentence(5).replace('.', ':')}">\n\n${paragraph()}\n\n</CareCard>`,
      `## ${sentence(3).replace('.', '')}`,
      `${paragraph()} [Read ${title(other)}](/bench/page-${other}/).`,
      '<ContactCard contact="peer-development-team" />',
      `<Attachment href="/documents/leaflet-${i % 5}.pdf">${sentence(4).replace('.', '')}</Attachment>`,
      `<InsetText>\n\n${sentence()}\n\n</InsetText>`,
      `## ${sentence(3).replace('.', '')}`,
      paragraph(),
    ].join('\n\n');
    const description = `${sentence(12)} ${sentence(6)}`.slice(0, 150).padEnd(60, ' x');
    writeFileSync(
      join(content, 'pages', 'bench', `page-${i}.mdx`),
      `---\ntitle: "${title(i)}"\ndescription: "${description.trim()}"\nparent: index\norder: ${200 + i}\nsection: ${pick(['Services', 'Support', 'Training'])}\nlastReviewed: 2026-11-24\nnextReview: 2027-11-24\n---\n\n${body}\n`,
    );
  }
  return { work, content, public: pub };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  const dirs = generateSite(count, process.argv[3]);
  console.log(JSON.stringify(dirs));
}
