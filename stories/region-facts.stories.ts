import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { renderWidget } from './support/render.js';
import { BUNDLED_REGIONS, emptyData, states, themeArgTypes, type WidgetArgs } from './support/states.js';

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
type Story = StoryObj<WidgetArgs>;

export const IleDeFrance: Story = { name: 'Île-de-France' };
export const Stockholm: Story = { name: 'Region Stockholm', args: { region: 'stockholm' } };
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
  args: { region: 'stockholm' },
  decorators: [(story) => html`<div class="narrow">${story()}</div>`],
};
