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
    default:
      return msg('Office', { id: 'kindOffice' });
  }
}
