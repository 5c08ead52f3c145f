/**
 * The handoff contract every adapter with a staff side owes, checked the
 * same way on Slack, Discord and the mock adapter: a question the postings do
 * not answer is pinged; staff claim it, answer in the ping's thread and the
 * candidate gets the answer once; the ping follows every step; the answer can
 * be saved for Candor; a dismissed question tells the candidate whom to ask.
 * An adapter without a staff side (the terminal) tells the candidate whom to
 * write to, and nothing is opened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContractHarness, SeenPing } from './harness.js';
import { connectedCandor } from './suite.js';

const VISAS = 'Do you sponsor visas for the Kubernetes team lead?';
const ANSWER = 'Yes: we sponsor work permits for this role and help with relocation.';
const CAR = 'Does the Kubernetes team lead role come with a company car?';
const ON_CALL = 'is there on-call for the kubernetes team lead?';

export function defineHandoffContract(name: string, makeHarness: () => ContractHarness): void {
  describe(`handoff contract: ${name}`, () => {
    const harness = makeHarness();
    const core = connectedCandor(harness, { start: true });

    /** The ping of a question, once Candor has recorded it (a reply in its thread finds the handoff by it). */
    async function pinged(question: string): Promise<SeenPing> {
      const ping = await harness.staff!.ping(question);
      await expect.poll(async () => (await core().runtime.handoffs.list('all')).find((h) => h.question === question)?.pings.length ?? 0).toBeGreaterThan(0);
      return ping;
    }

    if (!harness.staff) {
      it('tells the candidate whom to write to, and opens nothing', async () => {
        const seen = await harness.ask(VISAS);
        expect(seen.text).toContain('anders.bruvik@safespring.com');
        expect(await core().runtime.handoffs.list('all')).toEqual([]);
        expect(core().errors).toEqual([]);
      });
      it('/no after an answer tells the candidate whom to write to, and opens nothing', async () => {
        const answered = await harness.ask(ON_CALL);
        expect(await answered.feedback('handoff')).toContain('anders.bruvik@safespring.com');
        expect(await core().runtime.handoffs.list('all')).toEqual([]);
      });
      return;
    }

    it('pings; a claim, a staff reply relayed once and a save each update the ping', async () => {
      const asked = await harness.ask(VISAS);
      expect(asked.text).toContain('Anders Bruvik');
      const ping = await pinged(VISAS);
      expect(ping.text()).toContain('sponsor visas');
      expect(ping.buttons()).toEqual(['claim', 'dismiss']);

      expect(await ping.click('claim', { staff: false })).toMatch(/only staff/i);
      expect(await ping.click('claim')).toMatch(/^Claimed/);
      await expect.poll(() => ping.text()).toContain('Claimed by');
      expect(ping.buttons()).toEqual(['dismiss']);

      expect(await ping.reply(ANSWER)).toBe('Relayed to the candidate.');
      await expect.poll(() => ping.text()).toContain('Answered by');
      const relays = harness.staff!.inThread(asked.thread).filter((text) => text.includes(ANSWER));
      expect(relays).toHaveLength(1);
      expect(relays[0]).toMatch(/Anders Bruvik|\(recruiter\) answered/);
      expect(ping.buttons()).toEqual(['teach']);

      expect(await ping.click('teach')).toMatch(/^Saved as an answer/);
      await expect.poll(() => ping.text()).toContain('saved as an answer');
      expect(ping.buttons()).toEqual([]);
      expect(readFileSync(join(core().knowledgeDir, 'answers', 'kubernetes-team-lead.yaml'), 'utf8')).toContain(ANSWER);
      expect(harness.staff!.inThread(asked.thread).filter((text) => text.includes(ANSWER))).toHaveLength(1);
    });

    it('dismissed, tells the candidate whom to ask instead, and the ping says so', async () => {
      const asked = await harness.ask(CAR);
      const ping = await pinged(CAR);
      expect(await ping.click('dismiss')).toMatch(/^Dismissed/);
      await expect.poll(() => ping.text()).toContain('Dismissed by');
      expect(ping.buttons()).toEqual([]);
      await expect.poll(() => harness.staff!.inThread(asked.thread).join('\n')).toMatch(/will not be answered here.*anders\.bruvik@safespring\.com/s);
    });

    it('an answer shows Helpful and Ask a recruiter; Ask a recruiter pings once with the note; a second click pings nothing', async () => {
      const answered = await harness.ask(ON_CALL);
      expect(answered.text).toContain('Helpful');
      expect(answered.text).toContain('Ask a recruiter');
      expect(await answered.feedback('handoff')).toContain('Anders Bruvik');
      await pinged(ON_CALL);
      await answered.feedback('handoff');
      const handedOff = (await core().runtime.handoffs.list('all')).filter((handoff) => handoff.question === ON_CALL);
      expect(handedOff).toHaveLength(1);
      expect(handedOff[0]!.guesses[0]).toMatchObject({ note: 'the candidate found this answer unhelpful' });
      expect(harness.pings().filter((ping) => ping.includes(ON_CALL))).toHaveLength(1);
    });

    it('reports no failures', () => {
      expect(core().errors).toEqual([]);
    });
  });
}
