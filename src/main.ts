/**
 * `npm start`. This entry holds SIGHUP first, before the rest of Candor is
 * even imported, so a reload requested while Candor starts is remembered and
 * carried out once the content store listens, instead of ending the process.
 */
import { holdSignal } from './ops/early-signals.js';

const hangups = holdSignal(process, 'SIGHUP');
const { run } = await import('./app/services.js');
await run(hangups);
