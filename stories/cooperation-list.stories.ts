import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { renderWidget } from './support/render.js';
import { BUNDLED_REGIONS, themeArgTypes, type WidgetArgs } from './support/states.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Cooperation list',
  component: 'coop-cooperation-list',
  args: { region: 'stockholm', 'heading-level': 2, theme: 'light' },
  argTypes: {
    ...themeArgTypes,
    // Unset: every cooperation in the data.
    region: { control: 'select', options: [undefined, ...BUNDLED_REGIONS, 'no-such-id', 'long'] },
    now: { control: 'text' },
  },
  render: (a) => renderWidget('coop-cooperation-list', a),
};
export default meta;
export * from './support/shared-stories.js';
type Story = StoryObj<WidgetArgs>;

export const Stockholm: Story = { name: 'Region Stockholm' };
export const IleDeFrance: Story = { name: 'Île-de-France', args: { region: 'ile-de-france' } };
export const Everything: Story = { name: 'Every cooperation (no region)', args: { region: undefined } };
export const Narrow: Story = {
  name: '320 px wide',
  decorators: [(story) => html`<div class="narrow">${story()}</div>`],
};
