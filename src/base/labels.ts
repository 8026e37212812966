import { msg } from '@lit/localize';
import type { EventKind, PartnershipKind } from '../data/schema.js';
import type { EventStatus } from '../dates/status.js';

/** Localized names of partnership kinds; call during render only. */
export function partnershipKindLabel(kind: PartnershipKind): string {
  switch (kind) {
    case 'bilateral-agreement':
      return msg('Bilateral agreement');
    case 'network':
      return msg('Network');
    case 'programme':
      return msg('Programme');
    case 'project':
      return msg('Project');
    default:
      return msg('Office');
  }
}

export function eventKindLabel(kind: EventKind): string {
  switch (kind) {
    case 'national-partnership':
      return msg('National partnership');
    case 'organisation':
      return msg('Organisation');
    case 'report':
      return msg('Report');
    case 'decision':
      return msg('Decision');
    case 'signing':
      return msg('Signing');
    case 'entry-into-force':
      return msg('Entry into force');
    case 'reporting':
      return msg('Reporting');
    case 'term-end':
      return msg('End of term');
    case 'extension':
      return msg('Extension');
    default:
      return msg('Milestone');
  }
}

export function eventStatusLabel(status: EventStatus): string {
  switch (status) {
    case 'done':
      return msg('Done');
    case 'current':
      return msg('Current');
    case 'upcoming':
      return msg('Upcoming');
    default:
      return msg('Possible');
  }
}
