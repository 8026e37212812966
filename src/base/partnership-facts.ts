import { msg } from '../i18n/localization.js';
import type { TemplateResult } from 'lit';
import type { Dataset, Partnership } from '../data/schema.js';
import { partnershipPeriod } from '../dates/status.js';
import type { Locale } from '../i18n/locale.js';
import { localized } from '../i18n/text.js';
import { fact, period, regionNames } from './parts.js';
import { byRole, roleTerm } from './roles.js';

/**
 * The rows of a partnership's facts list that the card and the cooperation list both show, in this
 * order: its regions by role, its other participants (in words: "The City of Stockholm and
 * Storsthlm, also main owners"), its period (planned, as the sources give it). Call during render.
 */
export function partnershipFacts(p: Partnership, dataset: Dataset, locale: Locale): TemplateResult[] {
  const span = partnershipPeriod(p);
  const rows = byRole(p).map(([role, ids]) => fact(roleTerm(role, ids.length, locale), regionNames(dataset, ids, locale)));
  if (p.participants) rows.push(fact(msg('Participants', { id: 'participants' }), localized(p.participants, locale)));
  if (span) rows.push(fact(span.planned ? msg('Planned period', { id: 'periodPlanned' }) : msg('Period', { id: 'period' }), period(span.from, span.to, locale)));
  return rows;
}
