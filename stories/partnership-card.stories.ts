import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { renderWidget } from './support/render.js';
import { BUNDLED_PARTNERSHIPS, themeArgTypes, type WidgetArgs } from './support/states.js';

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Partnership card',
  component: 'coop-partnership-card',
  args: { partnership: 'stockholm-ile-de-france', 'heading-level': 2, theme: 'light' },
  argTypes: {
    ...themeArgTypes,
    partnership: { control: 'select', options: [...BUNDLED_PARTNERSHIPS, 'no-such-id', 'long'] },
    now: { control: 'text', description: '"Today" as an ISO date, e.g. 2022-06-01' },
  },
  render: (a) => renderWidget('coop-partnership-card', a),
};
export default meta;
export * from './support/shared-stories.js';
type Story = StoryObj<WidgetArgs>;

export const StockholmIleDeFrance: Story = { name: 'Stockholm – Île-de-France' };
export const InForce: Story = { name: 'Status: in force (now = 2022-06-01)', args: { now: '2022-06-01' } };
export const BeforeEntryIntoForce: Story = { name: 'Status: not yet in force (now = 2019-06-01)', args: { now: '2019-06-01' } };
export const Ended: Story = { name: 'Status: ended (now = 2031-01-01)', args: { now: '2031-01-01' } };
export const Cpmr: Story = { name: 'CPMR', args: { partnership: 'cpmr' } };
export const Metrex: Story = { name: 'METREX', args: { partnership: 'metrex' } };
export const EuOffice: Story = { name: 'EU office in Brussels', args: { partnership: 'stockholm-region-eu-office' } };
export const InterregCentralBaltic: Story = { args: { partnership: 'interreg-central-baltic' } };
export const S3Platform: Story = { name: 'S3 platform', args: { partnership: 's3-platform' } };
export const Vanguard: Story = { name: 'Vanguard initiative', args: { partnership: 'vanguard-initiative' } };
export const IndustrialTransitionPilot: Story = { args: { partnership: 'industrial-transition-pilot' } };
export const Higher: Story = { name: 'HIGHER', args: { partnership: 'higher' } };
export const Narrow: Story = {
  name: '320 px wide',
  decorators: [(story) => html`<div class="narrow">${story()}</div>`],
};
