import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { ifDefined } from 'lit/directives/if-defined.js';
import { VERSION } from '../dist/lib/base/version.js';
import { CDN_BASE } from '../dist/lib/embed/pages.js';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
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
  // Storybook serves this version's built files at /<version>/ (.storybook/main.ts), for the previews. On
  // the hosted site (npm run build:site) that is also where the code points; on this computer (npm start)
  // no other page can reach it, so the code points at this version on jsDelivr.
  render: () => html`<coop-embed-builder dist=${`${VERSION}/`} base=${ifDefined(LOOPBACK.includes(location.hostname) ? CDN_BASE : undefined)}></coop-embed-builder>`,
};
export default meta;

export const Builder: StoryObj = { name: 'Embed builder' };
