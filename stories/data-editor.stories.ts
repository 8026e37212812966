import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { VERSION } from '../dist/lib/base/version.js';

/**
 * For the people who keep the facts: the data editor page (dist/editor/index.html, docs/workbook.md).
 * Drop or pick a workbook, CSV files or a JSON file; see every problem at its sheet and cell, the
 * widgets with that data, and download the JSON the widgets read. Storybook serves the page with
 * this version's built files at /<version>/ (.storybook/main.ts); the toolbar's language is its own.
 */
const meta: Meta = {
  title: 'Tools/Data editor',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  render: (_args, { globals }) => {
    const lang = ['sv', 'fr', 'en'].includes(globals.locale as string) ? (globals.locale as string) : 'en';
    const src = `${VERSION}/editor/index.html?lang=${lang}`;
    return html`<p lang="en"><a href=${src} target="_blank">Open the data editor on a page of its own</a></p>
      <iframe title="Data editor" src=${src} style="display: block; width: 100%; height: 90vh; border: 0"></iframe>`;
  },
};
export default meta;

export const Editor: StoryObj = { name: 'Data editor' };
