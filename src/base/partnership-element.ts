import type { PropertyDeclarations } from 'lit';
import type { Partnership } from '../data/schema.js';
import { CoopElement } from './coop-element.js';

/**
 * The base of the elements that show one partnership — the card, the priority
 * areas, the timeline: the `partnership` attribute names it among the
 * dataset's partnerships (each element's module says so: `idAttribute`, `items`).
 */
export abstract class PartnershipElement extends CoopElement<Partnership> {
  static override properties: PropertyDeclarations = { partnership: {} };

  /** Id of the partnership to show, e.g. `stockholm-ile-de-france`. */
  partnership?: string;
}
