/**
 * The element registry: the one list of the library's elements outside their own folders.
 * What each element is (tag, id attribute, items, render, frame height, calendar and
 * structured-data roles, name, budget) is in its folder's `element.ts`
 * (base/element-module.ts); the entries (registry/classes.ts), the static export, the embed
 * pages and snippets, the CLI, the build and its checks, and the layer rules all read it
 * from here. Adding an element: its folder, its import and place in ELEMENTS below, its class in
 * classes.ts and its component in react.ts (docs/architecture.md says what else comes with it).
 */
import type { ElementModule } from '../base/element-module.js';
import * as partnershipCard from '../partnership-card/element.js';
import * as priorityAreas from '../priority-areas/element.js';
import * as agreementTimeline from '../agreement-timeline/element.js';
import * as regionFacts from '../region-facts/element.js';
import * as cooperationList from '../cooperation-list/element.js';

export { partnershipCard, priorityAreas, agreementTimeline, regionFacts, cooperationList };

/** Every element, in the order the docs, the builder and the CLI name them. */
export const ELEMENTS = [partnershipCard, priorityAreas, agreementTimeline, regionFacts, cooperationList] as const;

/** Any element's module, as the code that handles every element sees it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyElement = ElementModule<any>;

// Each module must have every field of an element (checked here, where they meet).
ELEMENTS satisfies readonly AnyElement[];

export type ElementTag = (typeof ELEMENTS)[number]['tag'];

export const TAGS: readonly ElementTag[] = ELEMENTS.map((e) => e.tag);
export const isElementTag = (value: string): value is ElementTag => (TAGS as readonly string[]).includes(value);

/** The module of the element `tag`. */
export const elementOf = (tag: ElementTag): AnyElement => ELEMENTS.find((e) => e.tag === tag) as AnyElement;
