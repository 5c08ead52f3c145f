/**
 * Two titles the question names about as well: "the product designer job"
 * is the "Product Designer", not the "Senior Product Designer"; "manc" is
 * Manchester. A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'product-designer-manchester.md': `---
title: "Product Designer"
location: "Manchester"
contact: "Niamh Byrne"
email: "niamh@studio.example"
---

## Pay

The salary is £45,000 to £52,000.
`,
  'senior-product-designer-dublin.md': `---
title: "Senior Product Designer"
location: "Dublin"
contact: "Niamh Byrne"
email: "niamh@studio.example"
---

## Pay

The salary is €75,000 to €85,000.
`,
  'senior-react-engineer.md': `---
title: "Senior React Engineer"
location: "London"
contact: "Niamh Byrne"
email: "niamh@studio.example"
---

## Pay

The salary is £70,000 to £80,000.
`,
  'senior-qa-engineer.md': `---
title: "Senior QA Engineer"
location: "Dublin"
contact: "Niamh Byrne"
email: "niamh@studio.example"
---

## Pay

The salary is €60,000 to €70,000.
`,
  'head-of-finance.md': `---
title: "Head of Finance"
location: "London"
contact: "Niamh Byrne"
email: "niamh@studio.example"
---

## Pay

The salary is £110,000 to £125,000.
`,
};

const board = boardFor(FILES);

describe('titles alike', () => {
  it('takes the title with no word more than asked', () => {
    const reply = ask(board(), 'whats the pay like for the product designer job?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.posting?.id).toBe('product-designer-manchester');
    expect(reply.text).toContain('£45,000');
  });

  it('still takes the longer title when asked by it', () => {
    const reply = ask(board(), 'whats the pay like for the senior product designer job?');
    expect(reply.posting?.id).toBe('senior-product-designer-dublin');
  });
});

describe('a title said by its initials', () => {
  it('reads "HoF" as the Head of Finance, its small word a letter too', () => {
    const reply = ask(board(), 'HoF role: what is the salary?');
    expect(reply.posting?.id).toBe('head-of-finance');
    expect(reply.text).toContain('£110,000');
  });
});
