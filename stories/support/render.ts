import { html, literal } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { inlineJson, type WidgetArgs } from './states.js';

export type WidgetTag = 'coop-partnership-card' | 'coop-priority-areas' | 'coop-agreement-timeline' | 'coop-region-facts';

const TAGS = {
  'coop-partnership-card': literal`coop-partnership-card`,
  'coop-priority-areas': literal`coop-priority-areas`,
  'coop-agreement-timeline': literal`coop-agreement-timeline`,
  'coop-region-facts': literal`coop-region-facts`,
};

/**
 * One element with the attributes the args give (a Lit template, so that a
 * change of args or of the language toolbar updates it in place).
 */
export function renderWidget(tag: WidgetTag, a: WidgetArgs) {
  const t = TAGS[tag];
  const isRegion = tag === 'coop-region-facts';
  // A static-html template: the tag is a `literal` from the fixed list above, not data.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  return html`<${t}
    partnership=${ifDefined(isRegion ? undefined : a.partnership)}
    region=${ifDefined(isRegion ? a.region : undefined)}
    lang=${ifDefined(a.lang || undefined)}
    src=${ifDefined(a.src)}
    heading-level=${ifDefined(a['heading-level'])}
    theme=${ifDefined(a.theme)}
    now=${ifDefined(a.now || undefined)}
    order=${ifDefined(a.order)}
    timeout=${ifDefined(a.timeout)}
    ?expanded=${a.expanded}
    .data=${a.data}
    >${inlineJson(a.inline)}</${t}
  >`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
