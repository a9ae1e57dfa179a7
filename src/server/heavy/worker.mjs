// Entry of a heavy-work thread (piscina). Worker threads do not inherit the main thread's tsx
// loader (bin/backstop.js registers it at run time), so this plain-JS entry registers tsx itself
// before loading the TypeScript tasks.
import { register } from 'tsx/esm/api';

register();
const { runHeavyTask } = await import('./tasks.ts');

export default runHeavyTask;
