/** The version of the data format this release reads: the `version` of every dataset it accepts. */
export const FORMAT_VERSION = 1;
