/** Front-matter values a reader could be told, read as a reader would say them. */
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/content/facts.js';

const texts = (data: Record<string, unknown>, language?: 'en' | 'da') => factsOf(data, data, language).map((fact) => fact.text);

describe('front-matter facts', () => {
  it('says a salary table as a range with its currency and period', () => {
    expect(texts({ salary: { min: 58000, max: 68000, currency: 'DKK', period: 'month' } })).toEqual(['Salary: 58000–68000 DKK per month']);
  });

  it('says any other table as its values', () => {
    expect(texts({ contact: { name: 'Ada Lind', email: 'ada@example.com' } })).toEqual(['Contact: Ada Lind, ada@example.com']);
  });

  it('says a yes-or-no value in the posting’s language', () => {
    expect(texts({ remote: false, visa_sponsorship: true }, 'da')).toEqual(['Remote: nej', 'Visa sponsorship: ja']);
    expect(texts({ remote: false })).toEqual(['Remote: no']);
  });

  it('leaves the site’s machinery out, yes-or-no or not', () => {
    expect(texts({ draft: false, toc: true, weight: 3, layout: 'job' })).toEqual([]);
  });

  it('reads a page\'s fields kept under params: as the page\'s own', async () => {
    const { readFrontMatter } = await import('../../src/content/front-matter.js');
    const front = readFrontMatter('---\ntitle: Game Designer\nparams:\n  location: Stockholm\n  deadline: Rolling\n---\nBody.\n');
    expect(front.data).toMatchObject({ title: 'Game Designer', location: 'Stockholm', deadline: 'Rolling' });
    expect(texts(front.data)).toContain('Deadline: Rolling');
  });
});
