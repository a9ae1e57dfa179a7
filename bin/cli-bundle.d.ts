// Types of cli-bundle.js (plain JavaScript: bin/backstop.js loads it before tsx, if at all).
export const ROOT: string;
export const BUNDLE_DIR: string;
export const MANIFEST: string;
export const MANIFEST_VERSION: number;
export const MTIME_SLACK_MS: number;
/** The bundle's entry as a file URL when it is fresh, else undefined. */
export function freshBundle(root?: string): string | undefined;
