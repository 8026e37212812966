/**
 * The elements as React components (`cooperation-widgets/react`, src/react/index.ts), made with
 * `@lit/react`: one per element of registry.ts, named after its folder in PascalCase.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { CoopDataErrorDetail, CoopDataLoadDetail } from '../data/errors.js';
import { CoopAgreementTimeline, CoopCooperationList, CoopPartnershipCard, CoopPriorityAreas, CoopRegionFacts } from './classes.js';
import { agreementTimeline, cooperationList, partnershipCard, priorityAreas, regionFacts } from './registry.js';

const events = {
  onCoopDataLoad: 'coop-data-load' as EventName<CustomEvent<CoopDataLoadDetail>>,
  onCoopDataError: 'coop-data-error' as EventName<CustomEvent<CoopDataErrorDetail>>,
};

/** The React component of an element class; its tag from the element's module (registry.ts). */
function wrap<E extends HTMLElement>(elementClass: new () => E, element: { tag: string }, displayName: string) {
  return createComponent({ react: React, tagName: element.tag, elementClass, events, displayName });
}

/** `<coop-partnership-card>` as a React component. */
export const PartnershipCard = wrap(CoopPartnershipCard, partnershipCard, 'PartnershipCard');
/** `<coop-priority-areas>` as a React component. */
export const PriorityAreas = wrap(CoopPriorityAreas, priorityAreas, 'PriorityAreas');
/** `<coop-agreement-timeline>` as a React component. */
export const AgreementTimeline = wrap(CoopAgreementTimeline, agreementTimeline, 'AgreementTimeline');
/** `<coop-region-facts>` as a React component. */
export const RegionFacts = wrap(CoopRegionFacts, regionFacts, 'RegionFacts');
/** `<coop-cooperation-list>` as a React component. */
export const CooperationList = wrap(CoopCooperationList, cooperationList, 'CooperationList');
