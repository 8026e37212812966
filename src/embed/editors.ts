import type { Tier } from './snippets.js';

/**
 * The rich-text editors web editors paste into, configured as CMSes ship
 * them: TinyMCE 8 stock (WordPress's classic editor, Optimizely, many Swedish
 * CMSes), TinyMCE with the embed host in `sandbox_iframes_exclusions`, and
 * CKEditor 5 as Drupal 10/11 ship it, "basic HTML" (Essentials, Paragraph,
 * Heading, Link, List) and "full HTML" (General HTML Support allowing all).
 */
export const EDITORS = ['tinymce', 'tinymce-excluded', 'ckeditor-basic', 'ckeditor-full'] as const;
export type Editor = (typeof EDITORS)[number];

/**
 * What an editor keeps of a snippet:
 * - `kept`: as pasted; the widget works.
 * - `no-scripts`: the frame is kept but sandboxed without scripts: the
 *   prerendered content shows at the snippet's height (scrolling), without
 *   upgrading or fitting its height.
 * - `text`: only the text is kept (no element, list or script): readable, but it never upgrades.
 * - `url`: the link stays a plain URL; CMSes with oEmbed (WordPress) turn it into the frame.
 * - `removed`: nothing is left.
 */
export type Outcome = 'kept' | 'no-scripts' | 'text' | 'url' | 'removed';

/** What each editor does to each tier (`script+fallback`: the script tier with the content as plain HTML). Checked against the real editors in test/editors.test.ts. */
export const OUTCOMES: Record<Tier | 'script+fallback', Record<Editor, Outcome>> = {
  script: { tinymce: 'removed', 'tinymce-excluded': 'removed', 'ckeditor-basic': 'removed', 'ckeditor-full': 'kept' },
  'script+fallback': { tinymce: 'text', 'tinymce-excluded': 'text', 'ckeditor-basic': 'text', 'ckeditor-full': 'kept' },
  iframe: { tinymce: 'no-scripts', 'tinymce-excluded': 'kept', 'ckeditor-basic': 'removed', 'ckeditor-full': 'kept' },
  link: { tinymce: 'url', 'tinymce-excluded': 'url', 'ckeditor-basic': 'url', 'ckeditor-full': 'url' },
};
