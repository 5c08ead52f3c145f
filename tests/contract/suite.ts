/**
 * The behaviour every adapter owes a user, checked the same way on the
 * terminal, Slack and Discord: each harness delivers messages the way its
 * platform would and reports what the user sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../src/chat/handler.js';
import { createConversationMemory } from '../../src/chat/memory.js';
import { createPingOnlyDesk } from '../../src/chat/handoff-ping.js';
import { loadEngine } from '../../src/engine/load.js';
import type { ContractHarness } from './harness.js';

export function defineContractSuite(name: string, makeHarness: () => ContractHarness, options: { hasStaffChannel: boolean }): void {
  describe(`adapter contract: ${name}`, () => {
    const harness = makeHarness();
    const errors: unknown[] = [];

    beforeAll(async () => {
      const engine = await loadEngine({ contentDir: 'content/career', knowledgeDir: 'knowledge' });
      await harness.start(
        createMessageHandler({
          engine: () => engine,
          memory: createConversationMemory(),
          handoffs: createPingOnlyDesk(() => engine.knowledge.directory),
          reportError: (error) => errors.push(error),
        }),
      );
    });
    afterAll(() => harness.stop());

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
      if (options.hasStaffChannel) {
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
      expect(errors).toEqual([]);
    });
  });
}
