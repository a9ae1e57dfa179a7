export { IMAGE_EXTENSIONS, walkFiles } from './walk.ts';
export type { WalkEntry, WalkOptions } from './walk.ts';
