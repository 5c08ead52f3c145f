/**
 * Hostile and careless messages: mass mentions, HTML, Markdown images and
 * links, control characters and huge pastes. None of it comes back in a
 * reply, and a paste costs what a sentence costs.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CandorEngine } from '../../src/engine/engine.js';
import { MAX_QUESTION_CHARS, cleanQuestion } from '../../src/engine/text.js';
import type { Reply } from '../../src/engine/types.js';
import { FIXTURES, ask, expectQuotedAnswer, load } from './helpers.js';

/** Counts the words the engine typo-repairs: one call per word it reads, the costly step per word. */
const work = vi.hoisted(() => ({ words: 0 }));
vi.mock('../../src/engine/typos.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/typos.js')>();
  return {
    ...original,
    createTypoCorrector: (...args: Parameters<typeof original.createTypoCorrector>) => {
      const corrector = original.createTypoCorrector(...args);
      return {
        correct(word: string) {
          work.words += 1;
          return corrector.correct(word);
        },
      };
    },
  };
});

let engine: CandorEngine;
beforeAll(async () => {
  engine = await load(FIXTURES);
});
beforeEach(() => {
  work.words = 0;
});

const QUESTION = 'is there on-call for the devops engineer?';
const ON_CALL = 'you are on call roughly one week in eight';

const HOSTILE = [
  '@everyone',
  '@here',
  '@channel',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U0123ABCD>',
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  '![tracking pixel](https://evil.example/pixel.png)',
  '[click here](https://evil.example/phish)',
  'https://evil.example/phish',
  '\u0000\u0007\u001b[31m\u202e\u200b\ufeff',
];

/** Nothing of the hostile text in the reply, nor any control character but a newline. */
function expectClean(reply: Reply): void {
  const shown = [reply.text, ...reply.quotes.map((quote) => quote.text)].join('\n');
  for (const needle of ['@everyone', '@here', '@channel', '<!', '<@', '<script', '<img', 'onerror', 'evil.example', '![', '](', 'document.cookie', 'click here']) {
    expect(shown).not.toContain(needle);
  }
  expect(shown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/);
}

describe('hostile text is never echoed', () => {
  for (const hostile of HOSTILE) {
    it(`${JSON.stringify(hostile)} around a real question: same answer, nothing echoed`, () => {
      const reply = ask(engine, `${hostile} ${QUESTION} ${hostile}`);
      expectClean(reply);
      expectQuotedAnswer(reply, FIXTURES, 'devops-engineer', 'DevOps Engineer');
      expect(reply.text).toContain(ON_CALL);
    });

    it(`${JSON.stringify(hostile)} alone: nothing echoed, and no answer invented`, () => {
      const reply = ask(engine, hostile);
      expectClean(reply);
      expect(['help', 'handoff']).toContain(reply.kind);
    });
  }

  it('control characters inside words do not break the question', () => {
    const reply = ask(engine, 'is there\u0000 on-call\u001b for the\u202e devops\u200b engineer?\u0007');
    expectClean(reply);
    expect(reply.posting?.id).toBe('devops-engineer');
    expect(reply.kind).toBe('answer');
  });

  it('mentions and markup are not read as words: they alone get help, with no recruiter', () => {
    const reply = ask(engine, '@everyone @here <!channel> <@U1> ![x](https://evil.example/x.png) [click](https://evil.example/)');
    expect(reply.kind).toBe('help');
    expect(reply.recruiter).toBeNull();
    expectClean(reply);
  });
});

describe('a 40 KB paste', () => {
  const line = 'ERROR 2024-05-01T03:12:44Z worker-7 connection refused by upstream host, retrying in 5 seconds. ';
  const paste = (size: number, tail: string) => {
    let text = '';
    while (text.length < size) text += line;
    return `${text}${tail}`;
  };
  const hostilePaste = (size: number) => {
    let text = '';
    while (text.length < size) text += `@everyone <script>x()</script> ![p](https://evil.example/p.png) \u0007 ${line}`;
    return text;
  };

  it('is capped before it is read', () => {
    const cleaned = cleanQuestion(paste(40_000, ` Anyway, ${QUESTION}`));
    expect(cleaned.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS + 1);
    expect(cleaned.endsWith(QUESTION)).toBe(true);
  });

  it('with the question at the end still answers it, and echoes nothing', () => {
    const reply = ask(engine, paste(40_000, ` Anyway, ${QUESTION}`));
    expectQuotedAnswer(reply, FIXTURES, 'devops-engineer', 'DevOps Engineer');
    expect(reply.text).toContain(ON_CALL);
    expect(reply.text).not.toContain('connection refused');
    expect(reply.text.length).toBeLessThan(2_000);
  });

  it('full of mentions and markup answers or hands off, and echoes nothing', () => {
    const reply = ask(engine, `${hostilePaste(40_000)} ${QUESTION}`);
    expect(['answer', 'handoff']).toContain(reply.kind);
    expectClean(reply);
  });

  it('does no more work than a message at the length cap: the words read stay bounded whatever the size', () => {
    // No sentence breaks, so the whole paste is one "sentence" the engine cannot narrow down.
    const words = 'connection refused upstream host retrying worker timeout gateway ';
    const unbroken = (size: number) => `${words.repeat(Math.ceil(size / words.length)).slice(0, size)} ${QUESTION}`;
    const reads = (text: string) => {
      work.words = 0;
      const reply = ask(engine, text);
      expect(['answer', 'handoff']).toContain(reply.kind);
      return work.words;
    };
    const atCap = reads(unbroken(MAX_QUESTION_CHARS - QUESTION.length - 1));
    const large = reads(unbroken(40_000));
    const huge = reads(unbroken(400_000));

    expect(atCap).toBeGreaterThan(20); // the counter sees every word read
    expect(large).toBeLessThanOrEqual(atCap + 2);
    expect(huge).toBe(large);
    // At most one read per word of the capped text (a word and a space: two characters).
    expect(large).toBeLessThanOrEqual(MAX_QUESTION_CHARS / 2);
  });

  it('a short question reads only its own words', () => {
    ask(engine, QUESTION);
    expect(work.words).toBeGreaterThan(0);
    expect(work.words).toBeLessThanOrEqual(QUESTION.split(/\s+/).length + 2);
  });
});
