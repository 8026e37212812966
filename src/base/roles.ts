import { msg } from '../i18n/localization.js';
import type { Dataset, Partnership, Role } from '../data/schema.js';
import { isSingular } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';

/**
 * A role as the term before the regions that hold it ("Members: A and B"), in the words the
 * sources use (docs/glossary.md); call during render only.
 */
export function roleTerm(role: Role, count: number, locale: Locale): string {
  const one = isSingular(count, locale);
  switch (role) {
    case 'party':
      return one ? msg('Party', { id: 'rolePartyOne' }) : msg('Parties', { id: 'rolePartyOther' });
    case 'member':
      return one ? msg('Member', { id: 'roleMemberOne' }) : msg('Members', { id: 'roleMemberOther' });
    case 'main-owner':
      return one ? msg('Main owner', { id: 'roleOwnerOne' }) : msg('Main owners', { id: 'roleOwnerOther' });
    case 'contact-point-host':
      return one
        ? msg('Hosts a national contact point', { id: 'roleContactOne' })
        : msg('Host national contact points', { id: 'roleContactOther' });
    default:
      return one ? msg('Hosts the secretariat', { id: 'roleSecretariatOne' }) : msg('Host the secretariat', { id: 'roleSecretariatOther' });
  }
}

/** A region's roles in a partnership after its name ("CPMR – member"): the terms in lower case. */
export function rolesInline(roles: readonly Role[], locale: Locale): string {
  return roles.map((role) => roleTerm(role, 1, locale)).map((t) => t[0].toLocaleLowerCase(locale) + t.slice(1)).join(', ');
}

/** The partnership's region ids by role, the roles in the order the data first names them: what the card lists. */
export function byRole(p: Partnership): [Role, string[]][] {
  const groups = new Map<Role, string[]>();
  for (const { id, role } of p.regions ?? []) {
    const ids = groups.get(role);
    if (ids) ids.push(id);
    else groups.set(role, [id]);
  }
  return [...groups];
}

/** The roles region `id` holds in a partnership (none: it does not take part). */
export const rolesOf = (p: Partnership, id: string): Role[] => (p.regions ?? []).filter((r) => r.id === id).map((r) => r.role);

const byRegion = new WeakMap<Dataset, Map<string, Partnership[]>>();

/**
 * The partnerships each region takes part in, in the data's order: one pass over the partnerships'
 * regions, made once per dataset (a list of every region's cooperations costs no more than one).
 */
function partnershipsByRegion(dataset: Dataset): Map<string, Partnership[]> {
  let index = byRegion.get(dataset);
  if (!index) {
    index = new Map();
    for (const p of dataset.partnerships) {
      for (const id of new Set((p.regions ?? []).map((r) => r.id))) {
        const list = index.get(id);
        if (list) list.push(p);
        else index.set(id, [p]);
      }
    }
    byRegion.set(dataset, index);
  }
  return index;
}

/** The partnerships region `id` takes part in, in the data's order; every partnership for `''`. */
export const cooperationsOf = (dataset: Dataset, id: string): readonly Partnership[] =>
  id ? (partnershipsByRegion(dataset).get(id) ?? []) : dataset.partnerships;
