// What a screen reader says: a widget's accessibility tree, as a browse-mode transcript.
//
// Two readers give the same tree shape:
// - `chromiumTree`: Chromium's own accessibility tree over CDP (`Accessibility.getFullAXTree`, which
//   flattens shadow roots), through the `ax-tree` command of web-test-runner.config.js;
// - `domTree`: every engine, from the DOM as the engine lays it out (hidden nodes left out), walking
//   the flat tree (shadow roots, slots) with dom-accessibility-api's role and name computation, the
//   library @guidepup/virtual-screen-reader reads with (which does not itself enter shadow roots).
// `transcript` turns a tree into lines: headings with their level, lists with their item count,
// items, links and buttons with their names, status and alert with their text, and every text that
// is not in the widget's own language marked with its `lang` ({sv: …}).
import { executeServerCommand } from '@web/test-runner-commands';
import { computeAccessibleName, getRole } from 'dom-accessibility-api';

export interface AxNode {
  role: string;
  name: string;
  level?: number;
  expanded?: boolean;
  /** `aria-live` as the engine computes it: "polite", "assertive" or "off". */
  live?: string;
  /** A text's language: the nearest `lang` above it in the flat tree. */
  lang?: string;
  children: AxNode[];
}

/** Chromium's tree under the first element matching `selector` (null in other engines). */
export const chromiumTree = async (selector: string) => (await executeServerCommand<AxNode | false, { selector: string }>('ax-tree', { selector })) || null;

/** Roles whose content is read inline, within the line of the block around them. */
const INLINE = new Set(['StaticText', 'text', 'link', 'button', 'time', 'emphasis', 'strong', 'code', 'mark', 'subscript', 'superscript', 'deletion', 'insertion', 'LineBreak']);
/** Roles a tree carries that a screen reader does not say: their content flows on. */
const TRANSPARENT = new Set(['generic', 'none', 'presentation', 'DescriptionList', 'group', '']);
/** Implicit `aria-live` of the live region roles. */
const LIVE: Record<string, string> = { alert: 'assertive', status: 'polite', log: 'polite', timer: 'off', marquee: 'off' };

const langOf = (node: Node): string => {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang')!;
  }
  return '';
};

/** The text of a `content` value of a pseudo-element ("\"a0:\"" → " :"); none for `normal`, `none`, counters. */
const pseudoText = (el: Element, which: '::before' | '::after') => {
  const content = getComputedStyle(el, which).content;
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(content);
  return m ? m[1].replace(/\\(.)/g, '$1') : '';
};

/** The flat tree's children: the shadow root's, a slot's assigned nodes (or its own), else the element's. */
const flatChildren = (node: Node): Node[] => {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  return [...((node as Element).shadowRoot ?? node).childNodes];
};

const hidden = (el: Element) =>
  el.getAttribute('aria-hidden') === 'true' ||
  (el instanceof HTMLElement && el.hidden) ||
  !el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) ||
  ['script', 'style', 'template'].includes(el.localName);

/** The role of an element as the tree says it: ARIA's, else the element's own; spans and divs are generic. */
const roleOf = (el: Element): string => {
  if (el.hasAttribute('role')) return getRole(el) ?? '';
  if (el.localName === 'time') return 'time';
  if (el.localName === 'p') return 'paragraph';
  if (/^h[1-6]$/.test(el.localName)) return 'heading';
  // A section is a region only with a name (HTML-AAM), as an article is always an article.
  if (el.localName === 'section') return computeAccessibleName(el) ? 'region' : 'generic';
  return getRole(el) ?? '';
};

/** The tree of `root` from the DOM, in every engine. */
export function domTree(root: Element): AxNode {
  const walk = (node: Node): AxNode[] => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/[ \t\n\r\f]+/g, ' ');
      return text.trim() ? [{ role: 'StaticText', name: text, lang: langOf(node), children: [] }] : [];
    }
    if (!(node instanceof Element) || hidden(node)) return [];
    const children: AxNode[] = [];
    const before = pseudoText(node, '::before');
    if (before) children.push({ role: 'StaticText', name: before, children: [] });
    for (const child of flatChildren(node)) children.push(...walk(child));
    const after = pseudoText(node, '::after');
    if (after) children.push({ role: 'StaticText', name: after, children: [] });
    const role = roleOf(node);
    const inlineBox = getComputedStyle(node).display.startsWith('inline') || getComputedStyle(node).display === 'contents';
    if (!role || (role === 'generic' && inlineBox)) return children;
    const out: AxNode = { role, name: computeAccessibleName(node), children };
    if (role === 'heading') out.level = Number(node.getAttribute('aria-level') ?? node.localName.slice(1));
    if (node.hasAttribute('aria-expanded')) out.expanded = node.getAttribute('aria-expanded') === 'true';
    const live = node.getAttribute('aria-live') ?? LIVE[role];
    if (live) out.live = live;
    return [out];
  };
  const nodes = walk(root);
  return nodes.length === 1 ? nodes[0] : { role: 'generic', name: '', children: nodes };
}

/** Inline pieces joined as read: one space between them, none before closing punctuation or after "(". */
const joinPieces = (pieces: string[]) =>
  pieces
    .join(' ')
    // A run of spaces with a no-break space in it is that no-break space (French "Sources :").
    .replace(/[ \u00a0]+/g, (run) => (run.includes('\u00a0') ? '\u00a0' : ' '))
    .replace(/ ([),.;:])/g, '$1')
    .replace(/\( /g, '(')
    .trim();

/** Text without its language marks ({sv: Tidslinje} → Tidslinje). */
const unmarked = (said: string) => said.replace(/\{[a-z-]+: ([^}]*)\}/gi, '$1');

/** The words of a subtree read inline, every text not in `lang` marked {xx: …}. */
function inline(node: AxNode, lang: string): string {
  if (node.role === 'StaticText' || node.role === 'text') {
    const text = node.name.trim();
    return node.lang && node.lang !== lang && text ? `{${node.lang}: ${text}}` : node.name;
  }
  const content = joinPieces(node.children.map((c) => inline(c, lang)));
  const plain = unmarked(content);
  // A name that is not its content (an aria-label) is what is read, and the content is not.
  const said = node.name && node.name.replace(/\s+/g, ' ').trim() !== plain.replace(/\s+/g, ' ') ? node.name.trim() : content;
  switch (node.role) {
    case 'link':
      return `[link: ${said}]`;
    case 'button':
      return `[button${node.expanded === undefined ? '' : node.expanded ? ', expanded' : ', collapsed'}: ${said}]`;
    default:
      return content;
  }
}

const live = (node: AxNode) => (node.live && node.live !== 'off' && node.live !== LIVE[node.role] ? ` (live ${node.live})` : '');

/** Block lines of `nodes` at `depth`: runs of inline nodes make one line, blocks their own. */
function flow(nodes: AxNode[], lang: string, depth: number): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const line = joinPieces(run);
    if (line) out.push('  '.repeat(depth) + line);
    run = [];
  };
  for (const node of nodes) {
    // The bullet or number before an item: said as "bullet" by some readers, counted here by the list.
    if (node.role === 'ListMarker') continue;
    if (INLINE.has(node.role)) {
      run.push(inline(node, lang));
      continue;
    }
    flush();
    out.push(...block(node, lang, depth));
  }
  flush();
  return out;
}

function block(node: AxNode, lang: string, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const content = () => joinPieces(node.children.map((c) => inline(c, lang)));
  switch (node.role) {
    case 'heading':
      return [`${pad}heading ${node.level}: ${content()}`];
    case 'list': {
      const items = node.children.filter((c) => c.role === 'listitem').length;
      const label = node.name ? ` "${node.name}"` : '';
      return [`${pad}list${label}, ${items} ${items === 1 ? 'item' : 'items'}`, ...flow(node.children, lang, depth + 1)];
    }
    case 'listitem': {
      const lines = flow(node.children, lang, depth + 1);
      return lines.length ? [`${pad}- ${lines[0].trimStart()}`, ...lines.slice(1)] : [`${pad}-`];
    }
    case 'status':
    case 'alert':
    case 'term':
    case 'definition': {
      const lines = flow(node.children, lang, depth + 1);
      const head = `${pad}${node.role}${live(node)}:`;
      return lines.length === 1 ? [`${head} ${lines[0].trim()}`] : [head, ...lines];
    }
    case 'paragraph':
    case 'article':
    case 'region':
    case 'navigation':
    case 'figure':
    case 'blockquote':
      if (node.role !== 'paragraph') return [`${pad}${node.role}${node.name ? ` "${node.name}"` : ''}`, ...flow(node.children, lang, depth + 1)];
      return flow(node.children, lang, depth);
    default:
      if (TRANSPARENT.has(node.role)) return flow(node.children, lang, depth);
      return [`${pad}${node.role}${live(node)}${node.name ? ` "${node.name}"` : ''}`, ...flow(node.children, lang, depth + 1)];
  }
}

/** What a screen reader says of `tree`, read in browse mode, a line per block; `lang` is the widget's language. */
export function transcript(tree: AxNode, lang: string): string[] {
  return flow([tree], lang, 0).map((l) => l.replace(/\s+$/, ''));
}

/** The live regions of a tree (role alert/status/log or `aria-live` not off), with their text. */
export function liveRegions(tree: AxNode): { role: string; live: string; text: string }[] {
  const found: { role: string; live: string; text: string }[] = [];
  const visit = (n: AxNode) => {
    if (n.live && n.live !== 'off') found.push({ role: n.role, live: n.live, text: unmarked(joinPieces(n.children.map((c) => inline(c, '')))) });
    else n.children.forEach(visit);
  };
  visit(tree);
  return found;
}
