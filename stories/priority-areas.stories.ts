import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { renderWidget } from './support/render.js';
import { BUNDLED_PARTNERSHIPS, emptyData, states, themeArgTypes, type WidgetArgs } from './support/states.js';

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
type Story = StoryObj<WidgetArgs>;

export const StockholmIleDeFrance: Story = { name: 'Stockholm – Île-de-France' };
export const Expanded: Story = { name: 'All descriptions open', args: { expanded: true } };
export const NoAreas: Story = { name: 'Empty: a partnership without priority areas (CPMR)', args: { partnership: 'cpmr' } };
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
export const Dark: Story = { name: 'Theme: dark', args: { theme: 'dark', expanded: true } };
export const Auto: Story = { name: 'Theme: auto', args: { theme: 'auto' } };
export const LongContent: Story = { args: { ...states.long, expanded: true } };
export const Narrow: Story = {
  name: '320 px wide',
  args: { expanded: true },
  decorators: [(story) => html`<div class="narrow">${story()}</div>`],
};
