import { html, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ELEMENTS, elementOf, type ElementTag } from '../../dist/lib/registry/registry.js';
import { inlineJson, type WidgetArgs } from './states.js';

export type WidgetTag = ElementTag;

/** Each element's tag for a static-html template: the registry's tags, not data. */
const TAGS = new Map(ELEMENTS.map((e) => [e.tag, unsafeStatic(e.tag)]));

/**
 * One element with the attributes the args give (a Lit template, so that a
 * change of args or of the language toolbar updates it in place).
 */
export function renderWidget(tag: WidgetTag, a: WidgetArgs) {
  const t = TAGS.get(tag);
  const isRegion = elementOf(tag).idAttribute === 'region';
  // A static-html template: the tag is one of the registry's, not data.
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
