import type { DataIssue } from './validate.js';

/** Why a widget could not show its data. */
export type DataErrorCode = 'not-found' | 'fetch-failed' | 'timeout' | 'invalid-json' | 'invalid-data' | 'too-large' | 'origin-not-allowed';

/** Where the data came from, in order of precedence. */
export type DataSourceKind = 'property' | 'inline' | 'src' | 'bundled';

/** Where a widget's data came from: the kind, and the `src` URL when (and only when) the data came from it. */
export interface DataOrigin {
  source: DataSourceKind;
  url?: string;
}

export interface CoopDataErrorDetail {
  code: DataErrorCode;
  /** Where the data came from. */
  source: DataSourceKind;
  /** The `src` URL, when the data came from one. */
  url?: string;
  /** The id that was asked for, for `not-found`. */
  id?: string;
  /** For `origin-not-allowed`: the origin the page does not read data from (after any redirect). */
  origin?: string;
  /** HTTP status, when the server answered with an error. */
  status?: number;
  /** The problems with their JSON paths, for `invalid-data`: every one up to 100 (`moreIssues`: how many others). */
  issues?: DataIssue[];
  moreIssues?: number;
  /** `true` when the check stopped looking (after 1,000 problems): `moreIssues` is then a lower bound. */
  issuesStopped?: boolean;
  /** For `invalid-data`: the data's format version, when this release does not read that version. */
  formatVersion?: number;
  /** A developer-facing English description. */
  message: string;
}

export interface CoopDataLoadDetail {
  source: DataSourceKind;
  url?: string;
  /** The id of the partnership or region shown. */
  id: string;
}

/** An error with one of the design's codes; everything that can go wrong becomes one. */
export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    message: string,
    readonly extra: Partial<Pick<CoopDataErrorDetail, 'status' | 'issues' | 'moreIssues' | 'issuesStopped' | 'id' | 'formatVersion' | 'origin'>> = {},
  ) {
    super(message);
    this.name = 'DataError';
  }
}

/**
 * The detail of a widget's `coop-data-error` event and error state, for
 * anything thrown while getting or showing its data: a DataError keeps its
 * code, anything else (e.g. a chunk that could not be loaded) is a failed fetch.
 */
export function errorDetail(e: unknown, origin: DataOrigin): CoopDataErrorDetail {
  const { code, extra, message = e } = (e ?? {}) as Partial<DataError>;
  return { code: typeof code === 'string' ? code : 'fetch-failed', ...origin, message: String(message), ...extra };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'coop-data-load': CustomEvent<CoopDataLoadDetail>;
    'coop-data-error': CustomEvent<CoopDataErrorDetail>;
  }
}
