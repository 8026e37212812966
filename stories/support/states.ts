import type { ArgTypes } from '@storybook/web-components';
import { MOCK_ORIGIN } from './mock-fetch.js';
import { longDataset } from './long-data.js';
import { bundledDataset } from '../../dist/lib/data/bundled.js';

/** Args every widget story may use (attributes, plus `.data` and inline JSON). */
export interface WidgetArgs {
  partnership?: string;
  region?: string;
  lang?: string;
  src?: string;
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  now?: string;
  order?: 'asc' | 'desc';
  expanded?: boolean;
  timeout?: number;
  data?: unknown;
  /** Text of an inline `<script type="application/json">` child. */
  inline?: string;
}

/** A `<script type="application/json">` for a story (bindings inside <script> do not work in Lit). */
export function inlineJson(text: string | undefined): HTMLScriptElement | undefined {
  if (text === undefined) return undefined;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

export const emptyData = { version: 1, sources: [], regions: [], partnerships: [] };

/** Args for each state, the same for every element. */
export const states = {
  loading: { src: `${MOCK_ORIGIN}/slow.json` },
  fromSrc: { src: `${MOCK_ORIGIN}/data.json` },
  notFoundId: { partnership: 'no-such-id', region: 'no-such-id' },
  notFoundHttp: { src: `${MOCK_ORIGIN}/missing.json` },
  fetchFailed: { src: `${MOCK_ORIGIN}/refused.json` },
  serverError: { src: `${MOCK_ORIGIN}/500.json` },
  timeout: { src: `${MOCK_ORIGIN}/timeout.json`, timeout: 1500 },
  invalidJson: { inline: '{ "version": 1, "partnerships": [' },
  notJson: { src: `${MOCK_ORIGIN}/html.json` },
  invalidData: { src: `${MOCK_ORIGIN}/missing-field.json` },
  tooLarge: { src: `${MOCK_ORIGIN}/large.json` },
  long: { data: longDataset, partnership: 'long', region: 'long' },
} satisfies Record<string, WidgetArgs>;

export const themeArgTypes: Partial<ArgTypes<WidgetArgs>> = {
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  'heading-level': { control: { type: 'range', min: 1, max: 6, step: 1 } },
  src: { control: 'text' },
  timeout: { control: 'number' },
  data: { control: 'object' },
  inline: { control: 'text', description: 'Inline JSON (a child script type="application/json")' },
};

/** The ids of the bundled data, for the stories' controls. */
export const BUNDLED_PARTNERSHIPS = bundledDataset.partnerships.map((p) => p.id);
export const BUNDLED_REGIONS = bundledDataset.regions.map((r) => r.id);
