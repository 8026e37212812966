import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { renderWidget } from './support/render.js';
import { reportedDataset } from './support/reported-data.js';
import { BUNDLED_PARTNERSHIPS, themeArgTypes, type WidgetArgs } from './support/states.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Agreement timeline',
  component: 'coop-agreement-timeline',
  args: { partnership: 'stockholm-ile-de-france', 'heading-level': 2, theme: 'light', order: 'asc' },
  argTypes: {
    ...themeArgTypes,
    partnership: { control: 'select', options: [...BUNDLED_PARTNERSHIPS, 'no-such-id', 'long'] },
    now: { control: 'text', description: '"Today" as an ISO date, e.g. 2022-06-01' },
    order: { control: 'inline-radio', options: ['asc', 'desc'] },
  },
  render: (a) => renderWidget('coop-agreement-timeline', a),
};
export default meta;
export * from './support/shared-stories.js';
type Story = StoryObj<WidgetArgs>;

/** The bundled data: the signing, entry into force, reporting and end of term are planned, as the sources give them. */
export const StockholmIleDeFrance: Story = { name: 'Stockholm – Île-de-France (with planned events)' };
// Once a source reports the plans carried out (reportedDataset), each event is done, current or upcoming by its date.
export const DuringTheTerm: Story = { name: 'Reported, during the term (now = 2022-06-01)', args: { now: '2022-06-01', data: reportedDataset() } };
export const NewestFirst: Story = { name: 'order="desc"', args: { order: 'desc' } };
export const IndustrialTransitionPilot: Story = { args: { partnership: 'industrial-transition-pilot' } };
export const Higher: Story = { name: 'HIGHER', args: { partnership: 'higher' } };
export const NoEvents: Story = { name: 'Empty: a partnership without events (METREX)', args: { partnership: 'metrex' } };
export const Narrow: Story = {
  name: '320 px wide',
  decorators: [(story) => html`<div class="narrow">${story()}</div>`],
};
