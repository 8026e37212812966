import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { renderWidget } from './support/render.js';
import { BUNDLED_PARTNERSHIPS, emptyData, states, themeArgTypes, type WidgetArgs } from './support/states.js';

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
export const FromSrc: Story = { name: 'Data from src', args: states.fromSrc };
export const Loading: Story = { args: states.loading };
export const Empty: Story = { args: { data: emptyData } };
export const ErrorNotFound: Story = { name: 'Error: not-found (unknown id)', args: states.notFoundId };
export const ErrorNotFoundHttp: Story = { name: 'Error: not-found (HTTP 404)', args: states.notFoundHttp };
export const ErrorFetchFailed: Story = { name: 'Error: fetch-failed', args: states.fetchFailed };
export const ErrorServer: Story = { name: 'Error: fetch-failed (HTTP 500)', args: states.serverError };
export const ErrorTimeout: Story = { name: 'Error: timeout', args: states.timeout };
export const ErrorInvalidJson: Story = { name: 'Error: invalid-json (inline)', args: states.invalidJson };
export const ErrorNotJson: Story = { name: 'Error: invalid-json (HTML answer)', args: states.notJson };
export const ErrorInvalidData: Story = { name: 'Error: invalid-data', args: states.invalidData };
export const ErrorTooLarge: Story = { name: 'Error: too-large', args: states.tooLarge };
export const HeadingLevel4: Story = { name: 'heading-level="4"', args: { 'heading-level': 4 } };
export const Dark: Story = { name: 'Theme: dark', args: { theme: 'dark' } };
export const Auto: Story = { name: 'Theme: auto', args: { theme: 'auto' } };
export const LongContent: Story = { args: states.long };
export const Narrow: Story = {
  name: '320 px wide',
  decorators: [(story) => html`<div class="narrow">${story()}</div>`],
};
