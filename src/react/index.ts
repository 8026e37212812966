'use client';
/**
 * `cooperation-widgets/react`: every element as a React component, made with `@lit/react`
 * (src/registry/react.ts). Props are the elements' properties (typed from their classes); the two
 * events are the `onCoopDataLoad` and `onCoopDataError` callbacks with their typed `detail`. Works
 * with React 18 and 19; importing this module defines the elements with every language's messages.
 * A client module ('use client'): in Next.js's App Router, server components render these as
 * client components. On a server the tags render with their children, without their props: the
 * element gets those when it hydrates.
 */
import '../i18n/all-languages.js';
export * from '../registry/react.js';
export type { CoopDataErrorDetail, CoopDataLoadDetail } from '../data/errors.js';
