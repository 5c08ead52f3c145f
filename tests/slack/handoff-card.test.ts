/** The handoff card, the relay and the staff sentences as Slack shows them: pure renderings. */
import { storedHandoff } from '../support/handoff.js';
import { describe, expect, it } from 'vitest';
import type { HandoffCard } from '../../src/handoff/transport.js';
import { plainText } from '../../adapters/slack/escape.js';
import { renderHandoffCard, renderRelay } from '../../adapters/slack/handoff-card.js';
import { staffSentence } from '../../adapters/slack/handoff-events.js';
import { CHANNELS, flatten, USERS } from './harness.js';

describe('handoff rendering', () => {
  const handoff = storedHandoff({
    platform: 'slack',
    candidateId: USERS.candidate,
    conversation: { platform: 'slack', channelId: CHANNELS.jobs, threadId: '1.000100', isDirect: false },
    question: '<!channel> <@U0OTHER9> what about R&amp;D &lt;b&gt;?',
    guesses: [{ posting: { id: 'x', title: '<!here> Evil & title' }, topic: null, confidence: 0.2 }],
  });
  const card: HandoffCard = {
    kind: 'first',
    handoff,
    recruiter: { id: 'marietta', name: 'Mari <!everyone>', email: 'm@example.com' },
    posting: null,
    questions: [handoff.question, 'and <!here>?'],
    buttons: ['claim', 'dismiss'],
    waitingMinutes: 75,
  };

  it('shows what the candidate wrote, with no live mention or link from them', () => {
    const message = renderHandoffCard(card, { kind: 'first', layout: 'full', recruiter: card.recruiter, askedIn: { kind: 'thread', permalink: 'https://x.slack.com/archives/C/p1' } });
    const text = flatten(message as unknown as Record<string, unknown>);
    expect(text).not.toMatch(/<!|<@U0OTHER9>|<b>/);
    expect(text).toContain('> @channel @U0OTHER9 what about R&amp;D &lt;b&gt;?');
    expect(text).toContain('> and @here?');
    expect(text).toContain('&lt;!here&gt; Evil &amp; title');
    expect(text).toContain('Mari &lt;!everyone&gt;');
    expect(text).toContain('1 h 15 min');
  });

  it('relays plain text escaped, and flattens Slack markup', () => {
    expect(plainText('a &amp; b <https://x.io|X> <mailto:a@b.c|a@b.c> <#C1|jobs> <!subteam^S1|@team> <!here> <@U1>', (id) => (id === 'U1' ? 'Rita' : undefined))).toBe(
      'a & b X (https://x.io) a@b.c #jobs @team @here @Rita',
    );
    expect(renderRelay({ recruiterName: 'R <!channel>', text: '<!channel> & <@U1>' }).text).toBe('*R &lt;!channel&gt;* (recruiter) answered:\n> &lt;!channel&gt; &amp; &lt;@U1&gt;');
    expect(staffSentence('Already claimed by U0STAFF1.')).toBe('Already claimed by <@U0STAFF1>.');
    expect(staffSentence('Only staff can do that. <!here>')).toBe('Only staff can do that. &lt;!here&gt;');
  });
});
