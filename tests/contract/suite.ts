/**
 * The behaviour every adapter owes a user, checked the same way on the
 * terminal, Slack, Discord and the mock adapter: each harness delivers
 * messages the way its platform would and reports what the user sees. The
 * core is Candor as `npm start` wires it (tests/support/runtime.ts), on a
 * temp database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCandor, type Candor } from '../support/runtime.js';
import type { ContractHarness } from './harness.js';

/** Before the suite's tests: Candor booted and the harness's adapter wired to it (and the handoff sweep started, with `start`). */
export function connectedCandor(harness: ContractHarness, options: { start?: boolean } = {}): () => Candor {
  let candor: Candor;
  beforeAll(async () => {
    candor = await bootCandor();
    await harness.start(candor.connect);
    if (options.start) await candor.runtime.start();
  });
  afterAll(async () => {
    await harness.stop();
    await candor.stop();
  });
  return () => candor;
}

export function defineContractSuite(name: string, makeHarness: () => ContractHarness): void {
  describe(`adapter contract: ${name}`, () => {
    const harness = makeHarness();
    const core = connectedCandor(harness);

    it('quotes the posting that answers, with its title and link', async () => {
      const seen = await harness.ask('How is the compensation for the Kubernetes team lead?');
      expect(seen.text).toContain('individually negotiated');
      expect(seen.text).toContain('Team Lead for our Kubernetes team');
      expect(seen.text).toContain('https://www.safespring.com/career/kubernetes-team-lead/');
    });

    it('keeps a follow-up in the thread about the same posting', async () => {
      const first = await harness.ask('who would be my manager in the kubernetes team lead role?');
      expect(first.text).toContain('Anders Bruvik');
      const followUp = await harness.ask('and will there be any travel?', { thread: first.thread });
      expect(followUp.text).toContain('every quarter');
      expect(followUp.text).toContain('Team Lead for our Kubernetes team');
    });

    it('answers in a direct message', async () => {
      const seen = await harness.ask('hvordan er lønnen for infrastrukturingeniør?', { direct: true });
      expect(seen.text).toContain('Kollektivavtalet');
    });

    it('asks which role when the question names none, and a choice answers it', async () => {
      const seen = await harness.ask('what is the salary?');
      expect(seen.choices.length).toBeGreaterThan(1);
      const index = seen.choices.findIndex((label) => label.includes('Kubernetes'));
      expect(index).toBeGreaterThanOrEqual(0);
      const answered = await seen.choose(index);
      expect(answered.text).toContain('individually negotiated');
    });

    it('never shows a candidate a draft, and shows it to staff', async () => {
      const candidate = await harness.ask('what does the OpenStack engineer earn?');
      expect(candidate.text).not.toContain('OpenStack Engineer - Infrastructure Team');
      expect(candidate.text).not.toMatch(/750 000/);
      const staff = await harness.ask('what does the OpenStack engineer earn?', { staff: true });
      expect(staff.text).toContain('750 000');
    });

    it('hands off what the postings do not say, naming the recruiter', async () => {
      const seen = await harness.ask('Does the container platform tech lead role come with a company car?');
      expect(seen.text).toContain('Marietta');
      if (harness.staff) {
        await expect.poll(() => harness.pings().join('\n')).toContain('company car');
      }
    });

    it('greets noise with a hint and pages nobody', async () => {
      const before = harness.pings().length;
      const seen = await harness.ask('hello?');
      expect(seen.text).toMatch(/salary/i);
      expect(harness.pings().length).toBe(before);
    });

    it('never repeats a mass mention or markup from the question', async () => {
      const seen = await harness.ask('@everyone <!channel> what is the salary for the kubernetes team lead? <script>alert(1)</script>');
      expect(seen.text).not.toMatch(/@everyone|<!channel>|<script/);
      expect(seen.text).toContain('individually negotiated');
    });

    it('reports no handler failures', () => {
      expect(core().errors).toEqual([]);
    });
  });
}
