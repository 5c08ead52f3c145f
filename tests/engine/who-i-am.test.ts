/**
 * "I'm a statistician, not a journalist": who the asker is, said with a "not",
 * rules out no posting; "interested in the developer job, not the senior one"
 * still does. A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'laborant.md': `---
title: "Laborant til proteinkemisk laboratorium"
kontakt: "Signe Holm"
---

## Din profil

Du er uddannet laborant, eller du har en tilsvarende uddannelse, fx som bioanalytiker eller laboratorietekniker.
`,
  'studentermedhjaelper.md': `---
title: "Studentermedhjælper til kommunikation"
kontakt: "Peter Lund"
---

## Din profil

Du læser journalistik eller kommunikation og skriver let på dansk.
`,
  'developer.md': `---
title: "Developer"
contact: "Ada Berg"
---

## Stack

We write TypeScript on Node and keep our data in PostgreSQL.
`,
  'senior-developer.md': `---
title: "Senior Developer"
contact: "Ada Berg"
---

## Stack

The senior developer works in Go and Kotlin.
`,
};

describe('who the asker is', () => {
  const board = boardFor(FILES);

  it('a "not" that says what the asker is not keeps the posting they ask about', () => {
    const reply = ask(board(), 'Jeg er uddannet bioanalytiker og ikke laborant – må jeg godt søge jobbet i proteinkemi?');
    expect(reply.kind).toBe('answer');
    expect(reply.posting?.id).toBe('laborant');
    expect(reply.text).toContain('fx som bioanalytiker');
  });

  it('a "not" after what the asker is interested in still rules a role out', () => {
    const reply = ask(board(), "I'm interested in the developer job, not the senior one – what stack do you use?");
    expect(reply.posting?.id).toBe('developer');
    expect(reply.text).toContain('TypeScript');
  });

  it('a seniority ruled out is a role\'s, whoever says it', () => {
    const reply = ask(board(), "I'm a junior, not senior – what stack does the developer use?");
    expect(reply.posting?.id).toBe('developer');
  });
});
