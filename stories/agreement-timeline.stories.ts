import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { renderWidget } from './support/render.js';
import { BUNDLED_PARTNERSHIPS, emptyData, states, themeArgTypes, type WidgetArgs } from './support/states.js';

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
type Story = StoryObj<WidgetArgs>;

export const StockholmIleDeFrance: Story = { name: 'Stockholm – Île-de-France' };
export const DuringTheTerm: Story = { name: 'During the term (now = 2022-06-01)', args: { now: '2022-06-01' } };
export const NewestFirst: Story = { name: 'order="desc"', args: { order: 'desc' } };
export const IndustrialTransitionPilot: Story = { args: { partnership: 'industrial-transition-pilot' } };
export const Higher: Story = { name: 'HIGHER', args: { partnership: 'higher' } };
export const NoEvents: Story = { name: 'Empty: a partnership without events (METREX)', args: { partnership: 'metrex' } };
export const FromSrc: Story = { name: 'Data from src', args: states.fromSrc };
export const Loading: Story = { args: states.loading };
export const Empty: Story = { name: 'Empty: no partnerships in the data', args: { data: emptyData } };
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
export const Dark: Story = { name: 'Theme: dark', args: { theme: 'dark', now: '2022-06-01' } };
export const Auto: Story = { name: 'Theme: auto', args: { theme: 'auto' } };
export const LongContent: Story = { args: { ...states.long, now: '2029-06-01' } };
export const Narrow: Story = {
  name: '320 px wide',
  decorators: [(story) => html`<div class="narrow">${story()}</div>`],
};
