/**
 * Run by restart.test.ts in a child process: opens a handoff, records a
 * recruiter's reply, and is SIGKILLed by its transport in the middle of
 * relaying it.
 */
import { loadEngine } from '../../src/engine/load.js';
import { candidateMessage, fakeClock, fakeTransport, handoffReply, noIo, openRig, staff } from './helpers.js';

const file = process.argv[2]!;
const engine = await loadEngine({ contentDir: 'content/career', knowledgeDir: 'knowledge' });
const transport = fakeTransport();
transport.relay = async () => {
  process.kill(process.pid, 'SIGKILL');
  await new Promise(() => undefined);
};
const rig = openRig({ file, engine: () => engine, clock: fakeClock('2024-03-04T09:00:00Z'), transport });
await rig.service.open(candidateMessage('When could I start?'), handoffReply(), noIo);
const [handoff] = await rig.service.list('open');
await rig.service.recordRecruiterReply({ platform: 'slack', messageId: handoff!.pings[0]!.messageId }, staff(), 'See you in May.', 'evt-1');
process.stdout.write('not killed\n');
