import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { renderWidget } from './support/render.js';
import { reportedDataset } from './support/reported-data.js';
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

/** The bundled data: the sources give the entry into force only as planned, so the card says so on any date. */
export const StockholmIleDeFrance: Story = { name: 'Stockholm – Île-de-France (entry into force planned)' };
// Once a source reports the plans carried out (reportedDataset), the status follows the dates.
export const InForce: Story = { name: 'Reported in force (now = 2022-06-01)', args: { now: '2022-06-01', data: reportedDataset() } };
export const BeforeEntryIntoForce: Story = { name: 'Reported, not yet in force (now = 2019-06-01)', args: { now: '2019-06-01', data: reportedDataset() } };
export const ExtensionPossible: Story = { name: 'Reported, first term ended (now = 2026-12-07)', args: { now: '2026-12-07', data: reportedDataset() } };
export const Ended: Story = { name: 'Reported, ended (now = 2031-01-01)', args: { now: '2031-01-01', data: reportedDataset() } };
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
