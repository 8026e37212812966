import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { ELEMENTS } from '../dist/lib/registry/registry.js';
import { renderWidget } from './support/render.js';

const meta: Meta = { title: 'Examples/Pages', tags: ['!autodocs'] };
export default meta;

/** A Swedish page with a French section: each part renders in its own language. */
export const BilingualPage: StoryObj = {
  name: 'Bilingual page (Swedish page, French section)',
  globals: { locale: 'sv' },
  render: () => html`<div class="page">
    <h1>Region Stockholm och Région Île-de-France</h1>
    <coop-partnership-card partnership="stockholm-ile-de-france"></coop-partnership-card>
    <coop-region-facts region="stockholm"></coop-region-facts>
    <section lang="fr" aria-labelledby="fr-section">
      <h2 id="fr-section">En français</h2>
      <coop-priority-areas partnership="stockholm-ile-de-france" heading-level="3" expanded></coop-priority-areas>
      <coop-region-facts region="ile-de-france" heading-level="3"></coop-region-facts>
    </section>
  </div>`,
};

/** Every widget of the registry, on its example, in a 320 px column: nothing may scroll sideways. */
export const AllAt320: StoryObj = {
  name: 'Every widget at 320 px',
  render: () => html`<div class="narrow page">
    ${ELEMENTS.map((e) => renderWidget(e.tag, { partnership: e.example, region: e.example || undefined, expanded: true }))}
  </div>`,
};
