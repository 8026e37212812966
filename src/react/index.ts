'use client';
/**
 * `cooperation-widgets/react`: the four elements as React components, made with `@lit/react`.
 * Props are the elements' properties (typed from their classes); the two events are the
 * `onCoopDataLoad` and `onCoopDataError` callbacks with their typed `detail`. Works with
 * React 18 and 19; importing this module defines the elements with every language's messages.
 * A client module ('use client'): in Next.js's App Router, server components render these as
 * client components. On a server the tags render with their children, without their props: the
 * element gets those when it hydrates.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../i18n/all-languages.js';
import { CoopPartnershipCard } from '../partnership-card/index.js';
import { CoopPriorityAreas } from '../priority-areas/index.js';
import { CoopAgreementTimeline } from '../agreement-timeline/index.js';
import { CoopRegionFacts } from '../region-facts/index.js';
import type { CoopDataErrorDetail, CoopDataLoadDetail } from '../data/errors.js';

const events = {
  onCoopDataLoad: 'coop-data-load' as EventName<CustomEvent<CoopDataLoadDetail>>,
  onCoopDataError: 'coop-data-error' as EventName<CustomEvent<CoopDataErrorDetail>>,
};

/** `<coop-partnership-card>` as a React component. */
export const PartnershipCard = createComponent({
  react: React,
  tagName: 'coop-partnership-card',
  elementClass: CoopPartnershipCard,
  events,
  displayName: 'PartnershipCard',
});

/** `<coop-priority-areas>` as a React component. */
export const PriorityAreas = createComponent({
  react: React,
  tagName: 'coop-priority-areas',
  elementClass: CoopPriorityAreas,
  events,
  displayName: 'PriorityAreas',
});

/** `<coop-agreement-timeline>` as a React component. */
export const AgreementTimeline = createComponent({
  react: React,
  tagName: 'coop-agreement-timeline',
  elementClass: CoopAgreementTimeline,
  events,
  displayName: 'AgreementTimeline',
});

/** `<coop-region-facts>` as a React component. */
export const RegionFacts = createComponent({
  react: React,
  tagName: 'coop-region-facts',
  elementClass: CoopRegionFacts,
  events,
  displayName: 'RegionFacts',
});

export type { CoopDataErrorDetail, CoopDataLoadDetail };
