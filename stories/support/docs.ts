/**
 * The docs pages Storybook shows: each is a file of docs/ (`docs/<name>.md`), imported by its
 * stories/docs/<name>.mdx, under the title here. The reference lives once, in docs/.
 */
export const DOCS: Record<string, string> = {
  'getting-started': 'Docs/Getting started',
  'cms': 'Docs/Embedding in a CMS',
  'hosting': 'Docs/Hosting the embed pages',
  'data-format': 'Docs/Data format',
  'workbook': 'Docs/Keeping the facts in a spreadsheet',
  'theming': 'Docs/Theming',
  'languages': 'Docs/Languages',
  'glossary': 'Docs/Glossary',
  'embedding': 'Docs/Reference/Embedding, every tier',
  'elements': 'Docs/Reference/Elements',
  'frameworks': 'Docs/Reference/Frameworks',
  'security': 'Docs/Reference/Security',
  'calendar': 'Docs/Reference/Calendar',
  'structured-data': 'Docs/Reference/Structured data',
  'accessibility': 'Docs/Reference/Accessibility',
  'performance': 'Docs/Reference/Performance',
  'versioning': 'Docs/Reference/Versions',
  'content-review': 'Docs/Reference/Content review',
  'development': 'Docs/Reference/Development',
  'architecture': 'Docs/Reference/Architecture',
};

/** Storybook's id of a docs page (its title, as Storybook makes ids). */
const idOf = (title: string) => `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}--documentation`;

/** The text of a docs file with its links to other docs files (`hosting.md`) pointing at their Storybook pages. */
export function forStorybook(text: string): string {
  return text.replace(/\]\(([\w-]+)\.md(#[\w-]+)?\)/g, (link, name: string) => (DOCS[name] ? `](./?path=/docs/${idOf(DOCS[name])})` : link));
}

/**
 * The parts of a docs file, each with its language when the file marks one (`<div lang="sv">` …
 * `</div>` around a section: the editors' pages hold all three languages). Storybook's Markdown
 * block does not read Markdown inside HTML, so each part becomes a block of its own in a `<div lang>`.
 */
export function sections(text: string): { lang?: string; text: string }[] {
  const parts: { lang?: string; text: string }[] = [];
  const pattern = /<div lang="([a-z]{2})">\n([\s\S]*?)\n<\/div>/g;
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at && text.slice(at, m.index).trim()) parts.push({ text: text.slice(at, m.index) });
    parts.push({ lang: m[1], text: m[2] });
    at = m.index + m[0].length;
  }
  if (text.slice(at).trim()) parts.push({ text: text.slice(at) });
  return parts.map((part) => ({ ...part, text: forStorybook(part.text) }));
}

/** The Markdown block's options: links open in the whole window (out of the preview's frame); wide code and tables scroll in place. */
export const MARKDOWN_OPTIONS = {
  overrides: {
    a: { props: { target: '_top' } },
    pre: { props: { style: { overflowX: 'auto' } } },
    table: { props: { style: { display: 'block', overflowX: 'auto' } } },
  },
};
