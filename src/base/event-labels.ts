import { msg } from '../i18n/localization.js';
import type { EventKind } from '../data/schema.js';
import type { EventStatus } from '../dates/status.js';

/** Localized names of event kinds and statuses; call during render only. */
export function eventKindLabel(kind: EventKind): string {
  switch (kind) {
    case 'national-partnership':
      return msg('National partnership', { id: 'eventNational' });
    case 'organisation':
      return msg('Organisation', { id: 'eventOrganisation' });
    case 'report':
      return msg('Report', { id: 'eventReport' });
    case 'decision':
      return msg('Decision', { id: 'eventDecision' });
    case 'signing':
      return msg('Signing', { id: 'eventSigning' });
    case 'entry-into-force':
      return msg('Entry into force', { id: 'eventInForce' });
    case 'reporting':
      return msg('Reporting', { id: 'eventReporting' });
    case 'term-end':
      return msg('End of term', { id: 'eventTermEnd' });
    case 'extension':
      return msg('Extension', { id: 'eventExtension' });
    default:
      return msg('Milestone', { id: 'eventMilestone' });
  }
}

export function eventStatusLabel(status: EventStatus): string {
  switch (status) {
    case 'done':
      return msg('Done', { id: 'statusDone' });
    case 'current':
      return msg('Current', { id: 'statusCurrent' });
    case 'upcoming':
      return msg('Upcoming', { id: 'statusUpcoming' });
    case 'planned':
      return msg('Planned', { id: 'statusPlanned' });
    default:
      return msg('Possible', { id: 'statusPossible' });
  }
}
