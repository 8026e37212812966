import { msg } from '../i18n/localization.js';
import type { PartnershipKind } from '../data/schema.js';

/** Localized names of partnership kinds; call during render only. */
export function partnershipKindLabel(kind: PartnershipKind): string {
  switch (kind) {
    case 'bilateral-agreement':
      return msg('Bilateral agreement', { id: 'kindBilateral' });
    case 'network':
      return msg('Network', { id: 'kindNetwork' });
    case 'platform':
      return msg('Platform', { id: 'kindPlatform' });
    case 'pilot':
      return msg('Pilot', { id: 'kindPilot' });
    case 'programme':
      return msg('Programme', { id: 'kindProgramme' });
    case 'project':
      return msg('Project', { id: 'kindProject' });
    case 'office':
      return msg('Office', { id: 'kindOffice' });
    default:
      return msg('EU funding partnership', { id: 'kindFunding' });
  }
}

/** A kind as the heading of its group in a list of partnerships ("Networks"); call during render only. */
export function partnershipKindGroup(kind: PartnershipKind): string {
  switch (kind) {
    case 'bilateral-agreement':
      return msg('Bilateral agreements', { id: 'kindsBilateral' });
    case 'network':
      return msg('Networks', { id: 'kindsNetwork' });
    case 'platform':
      return msg('Platforms', { id: 'kindsPlatform' });
    case 'pilot':
      return msg('Pilot actions', { id: 'kindsPilot' });
    case 'programme':
      return msg('Programmes', { id: 'kindsProgramme' });
    case 'project':
      return msg('Projects', { id: 'kindsProject' });
    case 'office':
      return msg('Offices', { id: 'kindsOffice' });
    default:
      return msg('EU funding partnerships', { id: 'kindsFunding' });
  }
}
