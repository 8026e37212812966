import { html } from 'lit';
import type { Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import { installMockFetch } from '../stories/support/mock-fetch.js';
import '../dist/lib/index.js';
import './preview.css';

setCustomElementsManifest(manifest);
installMockFetch();

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the story (sets lang on its wrapper)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'svenska (sv)' },
          { value: 'fr', title: 'français (fr)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'sv' },
  // The language is set on a wrapper, as a CMS page or section would: the
  // elements follow it and re-render in place.
  decorators: [(story, { globals }) => html`<div class="story" lang=${globals.locale ?? 'sv'}>${story()}</div>`],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    options: { storySort: { order: ['Docs', ['Getting started', 'Embedding in a CMS', 'Hosting the embed pages', 'Data format', 'Theming', 'Languages', 'Glossary', 'Reference'], 'Tools', 'Widgets', 'Examples'] } },
  },
  tags: ['autodocs'],
};

export default preview;
