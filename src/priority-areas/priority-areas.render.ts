import { msg } from '../i18n/localization.js';
import { html, nothing } from 'lit';
import { heading } from '../base/heading.js';
import type { RenderContext } from '../base/render-context.js';
import { renderSources } from '../base/sources.js';
import type { Dataset, Partnership, PriorityArea } from '../data/schema.js';
import { localized } from '../i18n/text.js';

export interface Disclosure {
  isOpen(area: PriorityArea): boolean;
  /** Without it (the static export) the titles are plain text and every description is shown. */
  toggle?(area: PriorityArea): void;
}

function renderArea(area: PriorityArea, index: number, ctx: RenderContext, disclosure: Disclosure) {
  const { locale } = ctx;
  const open = disclosure.isOpen(area);
  const descriptionId = `area-${index}-description`;
  const title = localized(area.title, locale);
  const chevron = html`<span class="chevron" aria-hidden="true"></span>`;
  const toggle = disclosure.toggle;
  return html`<li part="item" class="item">
    ${heading(
      ctx.level + 1,
      'item-heading',
      !area.description
        ? title
        : toggle
          ? html`<button
              part="toggle"
              class="toggle ${open ? 'open' : ''}"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${descriptionId}
              @click=${() => toggle(area)}
            >
              ${chevron}${title}
            </button>`
          : html`<span part="toggle" class="toggle open">${chevron}${title}</span>`,
    )}
    ${area.sectors?.length
      ? html`<ul part="sectors" class="plain sectors" aria-label=${msg('Sectors', { id: 'sectors' })}>
          ${area.sectors.map((sector) => html`<li>${localized(sector, locale)}</li>`)}
        </ul>`
      : nothing}
    ${area.description
      ? html`<p part="description" class="description" id=${descriptionId} ?hidden=${!open}>
          ${localized(area.description, locale)}
        </p>`
      : nothing}
  </li>`;
}

/** The list's content; call inside `withLocale`. */
export function renderPriorityAreas(p: Partnership, dataset: Dataset, ctx: RenderContext, disclosure: Disclosure) {
  const areas = p.priorityAreas ?? [];
  return html`<section part="base" class="root" lang=${ctx.locale}>
    ${heading(ctx.level, 'heading', msg('Priority areas', { id: 'priorityAreas' }))}
    <p part="subtitle" class="muted">${localized(p.title, ctx.locale)}</p>
    <ul part="list" class="plain list">
      ${areas.map((area, i) => renderArea(area, i, ctx, disclosure))}
    </ul>
    ${renderSources(dataset, areas.flatMap((a) => a.sources), ctx.locale)}
  </section>`;
}
