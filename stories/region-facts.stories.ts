import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { renderWidget } from './support/render.js';
import { BUNDLED_REGIONS, themeArgTypes, type WidgetArgs } from './support/states.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Region facts',
  component: 'coop-region-facts',
  args: { region: 'ile-de-france', 'heading-level': 2, theme: 'light' },
  argTypes: {
    ...themeArgTypes,
    region: { control: 'select', options: [...BUNDLED_REGIONS, 'no-such-id', 'long'] },
  },
  render: (a) => renderWidget('coop-region-facts', a),
};
export default meta;
export * from './support/shared-stories.js';
type Story = StoryObj<WidgetArgs>;

export const IleDeFrance: Story = { name: 'Île-de-France' };
export const Stockholm: Story = { name: 'Region Stockholm', args: { region: 'stockholm' } };
export const Narrow: Story = {
  name: '320 px wide',
  args: { region: 'stockholm' },
  decorators: [(story) => html`<div class="narrow">${story()}</div>`],
};
