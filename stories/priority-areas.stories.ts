import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { renderWidget } from './support/render.js';
import { BUNDLED_PARTNERSHIPS, themeArgTypes, type WidgetArgs } from './support/states.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Priority areas',
  component: 'coop-priority-areas',
  args: { partnership: 'stockholm-ile-de-france', 'heading-level': 2, theme: 'light', expanded: false },
  argTypes: {
    ...themeArgTypes,
    partnership: { control: 'select', options: [...BUNDLED_PARTNERSHIPS, 'no-such-id', 'long'] },
    expanded: { control: 'boolean' },
  },
  render: (a) => renderWidget('coop-priority-areas', a),
};
export default meta;
export * from './support/shared-stories.js';
type Story = StoryObj<WidgetArgs>;

export const StockholmIleDeFrance: Story = { name: 'Stockholm – Île-de-France' };
export const Expanded: Story = { name: 'All descriptions open', args: { expanded: true } };
export const NoAreas: Story = { name: 'Empty: a partnership without priority areas (CPMR)', args: { partnership: 'cpmr' } };
export const Narrow: Story = {
  name: '320 px wide',
  args: { expanded: true },
  decorators: [(story) => html`<div class="narrow">${story()}</div>`],
};
