// The stories every widget has: its states (data from src, loading, empty,
// every error code), heading level, themes and long content. Each widget's
// story file takes them with `export * from './support/shared-stories.js'`
// (its meta gives the element and its default args); the languages come from
// the toolbar. .storybook/main.ts indexes them under each widget's title.
import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { emptyData, states, type WidgetArgs } from './states.js';

type Story = StoryObj<WidgetArgs>;

// For Storybook's CSF parser only (`export *` leaves a default export out): these stories have no title of their own.
export default { title: 'Shared' } satisfies Meta<WidgetArgs>;

export const FromSrc: Story = { name: 'Data from src', args: states.fromSrc };
export const Loading: Story = { args: states.loading };
export const Empty: Story = { name: 'Empty: nothing in the data', args: { data: emptyData } };
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
/**
 * On an Arabic page, right to left (dir="rtl"), in a section in the toolbar's language: the widget
 * keeps its own language's direction and layout (test/rtl.test.ts).
 */
export const RightToLeftPage: Story = {
  name: 'In a right-to-left page',
  decorators: [
    (story, { globals }) =>
      html`<div dir="rtl" lang="ar"><p>نص الصفحة المضيفة.</p><div lang=${globals.locale ?? 'sv'}>${story()}</div></div>`,
  ],
};
