import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { loadEngine } from '../../src/engine/load.js';
import { startScheduler, type Timers } from '../../src/handoff/schedule.js';
import { isWorkingTime, officeHours, workingMinutesBetween, zonedInstant } from '../../src/handoff/working-hours.js';
import { candidateMessage, fakeClock, handoffReply, noIo, openRig, staff, tempDir, type FakeClock, type Rig } from './helpers.js';

const oslo = officeHours('Europe/Oslo');

describe('working hours in a time zone', () => {
  it('counts only Mon–Fri 08–17 local time', () => {
    // Friday 2024-03-08 16:30 Oslo (UTC+1) to Monday 2024-03-11 08:30 Oslo.
    expect(workingMinutesBetween(Date.parse('2024-03-08T15:30:00Z'), Date.parse('2024-03-11T07:30:00Z'), oslo)).toBe(60);
    // Friday evening to Monday 09:00: the first working hour is Monday's.
    expect(workingMinutesBetween(Date.parse('2024-03-08T18:00:00Z'), Date.parse('2024-03-11T08:00:00Z'), oslo)).toBe(60);
    // A whole working week.
    expect(workingMinutesBetween(Date.parse('2024-03-04T00:00:00Z'), Date.parse('2024-03-11T00:00:00Z'), oslo)).toBe(5 * 9 * 60);
    expect(workingMinutesBetween(Date.parse('2024-03-05T10:00:00Z'), Date.parse('2024-03-05T09:00:00Z'), oslo)).toBe(0);
  });

  it('follows daylight saving time', () => {
    // Oslo moves to UTC+2 on Sunday 2024-03-31: Monday 08:00 local is 06:00 UTC.
    expect(zonedInstant({ year: 2024, month: 4, day: 1 }, 8, 'Europe/Oslo')).toBe(Date.parse('2024-04-01T06:00:00Z'));
    expect(zonedInstant({ year: 2024, month: 3, day: 29 }, 8, 'Europe/Oslo')).toBe(Date.parse('2024-03-29T07:00:00Z'));
    expect(workingMinutesBetween(Date.parse('2024-03-29T15:00:00Z'), Date.parse('2024-04-01T07:00:00Z'), oslo)).toBe(60 + 60);
    expect(isWorkingTime(Date.parse('2024-04-01T06:30:00Z'), oslo)).toBe(true);
    expect(isWorkingTime(Date.parse('2024-03-30T10:00:00Z'), oslo)).toBe(false);
  });

  it('works in other zones', () => {
    const newYork = officeHours('America/New_York');
    // Monday 2024-03-04 08:00 in New York is 13:00 UTC.
    expect(workingMinutesBetween(Date.parse('2024-03-04T12:00:00Z'), Date.parse('2024-03-04T14:00:00Z'), newYork)).toBe(60);
  });
});

describe('reminders and escalation', () => {
  let engine: CandorEngine;
  let dir: ReturnType<typeof tempDir>;
  let clock: FakeClock;
  let rig: Rig;

  beforeAll(async () => {
    engine = await loadEngine({ contentDir: 'content/career', knowledgeDir: 'knowledge' });
  });
  beforeEach(() => {
    dir = tempDir();
    clock = fakeClock('2024-03-04T09:00:00Z'); // Monday 10:00 in Oslo
    rig = openRig({ file: join(dir.path, 'candor.db'), engine: () => engine, clock });
  });
  afterEach(async () => {
    await rig.store.close();
    dir.remove();
  });

  const kinds = () => rig.transport.pings.map((card) => `${card.kind}:${card.recruiter.id}`);

  it('re-pings an unclaimed handoff after the remind time, then escalates to the fallback recruiter, once each', async () => {
    await rig.service.open(candidateMessage('When could I start?'), handoffReply(), noIo);
    clock.advanceMinutes(59);
    expect(await rig.service.tick()).toMatchObject({ reminded: 0, escalated: 0 });
    clock.advanceMinutes(1);
    expect(await rig.service.tick()).toMatchObject({ reminded: 1, escalated: 0 });
    expect(await rig.service.tick()).toMatchObject({ reminded: 0, escalated: 0 });
    expect(kinds()).toEqual(['first:marietta', 'reminder:marietta']);

    clock.advanceMinutes(179);
    await rig.service.tick();
    expect(kinds()).toHaveLength(2);
    clock.advanceMinutes(1);
    expect(await rig.service.tick()).toMatchObject({ escalated: 1 });
    await rig.service.tick();
    clock.advanceMinutes(600);
    await rig.service.tick();
    expect(kinds()).toEqual(['first:marietta', 'reminder:marietta', 'escalation:anders-bruvik']);
    const [handoff] = await rig.service.list('open');
    expect(handoff!.remindedAt).not.toBeNull();
    expect(handoff!.escalatedAt).not.toBeNull();

    // A reply in the escalation ping's thread finds the handoff too.
    const escalation = handoff!.pings.find((ping) => ping.kind === 'escalation')!;
    expect(escalation.recruiterId).toBe('anders-bruvik');
    const result = await rig.service.recordRecruiterReply({ platform: 'slack', messageId: escalation.messageId }, staff('U-ANDERS', 'Anders'), 'In May.', 'm1');
    expect(result.handoff!.state).toBe('answered');
  });

  it('does not remind a claimed handoff', async () => {
    await rig.service.open(candidateMessage('When could I start?'), handoffReply(), noIo);
    const [handoff] = await rig.service.list('open');
    await rig.service.claim(handoff!.id, staff(), 'c1');
    clock.advanceMinutes(5000);
    expect(await rig.service.tick()).toEqual({ relayed: 0, pinged: 0, reminded: 0, escalated: 0, told: 0 });
    expect(kinds()).toEqual(['first:marietta']);
  });

  it('counts working hours only: a handoff opened on Friday evening is reminded on Monday morning', async () => {
    clock.set('2024-03-08T17:30:00Z'); // Friday 18:30 in Oslo
    await rig.service.open(candidateMessage('When could I start?'), handoffReply(), noIo);
    for (const at of ['2024-03-08T22:00:00Z', '2024-03-09T12:00:00Z', '2024-03-10T20:00:00Z', '2024-03-11T07:59:00Z']) {
      clock.set(at);
      await rig.service.tick();
    }
    expect(kinds()).toEqual(['first:marietta']);
    clock.set('2024-03-11T08:00:00Z'); // Monday 09:00 in Oslo: one working hour
    await rig.service.tick();
    expect(kinds()).toEqual(['first:marietta', 'reminder:marietta']);
    clock.set('2024-03-11T10:59:00Z');
    await rig.service.tick();
    expect(kinds()).toHaveLength(2);
    clock.set('2024-03-11T11:00:00Z'); // Monday 12:00: four working hours
    await rig.service.tick();
    expect(kinds()).toEqual(['first:marietta', 'reminder:marietta', 'escalation:anders-bruvik']);
  });

  it('a reminder that could not be sent is retried by the next tick', async () => {
    await rig.service.open(candidateMessage('When could I start?'), handoffReply(), noIo);
    clock.advanceMinutes(60);
    rig.transport.mode = 'fail';
    expect(await rig.service.tick()).toMatchObject({ reminded: 0 });
    rig.transport.mode = 'ok';
    expect(await rig.service.tick()).toMatchObject({ reminded: 1 });
  });
});

describe('the scheduler', () => {
  it('sweeps every interval and purges daily, and stops', async () => {
    const intervals: Array<{ callback: () => void; ms: number; cleared: boolean }> = [];
    const timers: Timers = {
      setInterval: (callback, ms) => intervals.push({ callback, ms, cleared: false }) - 1,
      clearInterval: (handle) => void (intervals[handle as number]!.cleared = true),
    };
    const ticks: number[] = [];
    const purges: number[] = [];
    const clock = fakeClock('2024-03-04T09:00:00Z');
    const scheduler = startScheduler({
      clock,
      timers,
      tick: async (now) => void ticks.push(now),
      purge: async (now) => void purges.push(now),
      onError: () => undefined,
    });
    await scheduler.started;
    expect(ticks).toHaveLength(1);
    expect(purges).toHaveLength(1);
    expect(intervals.map((interval) => interval.ms).sort((a, b) => a - b)).toEqual([60_000, 86_400_000]);
    clock.advanceMinutes(1);
    intervals.find((interval) => interval.ms === 60_000)!.callback();
    await new Promise((resolve) => setImmediate(resolve));
    expect(ticks).toEqual([Date.parse('2024-03-04T09:00:00Z'), Date.parse('2024-03-04T09:01:00Z')]);
    scheduler.stop();
    expect(intervals.every((interval) => interval.cleared)).toBe(true);
    intervals[0]!.callback();
    await new Promise((resolve) => setImmediate(resolve));
    expect(ticks).toHaveLength(2);
  });

  it('reports a failing sweep and keeps going', async () => {
    const errors: unknown[] = [];
    const scheduler = startScheduler({
      clock: fakeClock('2024-03-04T09:00:00Z'),
      timers: { setInterval: () => 0, clearInterval: () => undefined },
      tick: async () => {
        throw new Error('database locked');
      },
      purge: async () => undefined,
      onError: (error) => errors.push(error),
    });
    await scheduler.started;
    expect(errors).toHaveLength(1);
    scheduler.stop();
  });
});
