import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { VERSION } from '../dist/lib/base/version.js';
import { defineEmbedBuilder } from './embed-builder/embed-builder.js';

defineEmbedBuilder();

/**
 * For web editors: choose the widget, partnership or region, language, theme,
 * heading level and data source; see it live; copy the code into the page
 * (e.g. an HTML block in SiteVision, WordPress, Drupal or Optimizely).
 */
const meta: Meta = {
  title: 'Tools/Embed builder',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
  // Storybook serves this version's built files at /<version>/ (.storybook/main.ts).
  render: () => html`<coop-embed-builder dist=${`${VERSION}/`}></coop-embed-builder>`,
};
export default meta;

export const Builder: StoryObj = { name: 'Embed builder' };
