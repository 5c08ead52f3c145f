/**
 * One perk is not another: "har dere firmahytte?" is not answered by the
 * health insurance, and is answered where the company's cabins are.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const company = (perks: string) => `---
title: "Jobb i Nordkant"
---

## Dette får alle fast ansatte

${perks}
`;
const posting = (title: string) => `---
title: "${title}"
kontaktperson: "Kari Moe"
epost: "kari.moe@nordkant.example"
---

## Om jobben

Du bygger kaier i nord.
`;

const postings = { 'tomrer.md': posting('Tømrer'), 'betong.md': posting('Betongarbeider') };
const insuranceOnly = boardFor({ '_index.md': company('- Forsikring: helseforsikring med behandlingsgaranti og gruppeliv.'), ...postings });
const withCabins = boardFor({ '_index.md': company('- Forsikring: helseforsikring med behandlingsgaranti.\n- Bedriftshytter: ansatte kan leie firmaets hytter på Hafjell for 500 kr per uke.'), ...postings });

describe('a perk asked by name', () => {
  it('is not answered by another perk', () => {
    const reply = ask(insuranceOnly(), 'har nordkant firmahytte ansatte kan låne? 🏔️');
    expect(reply.kind, reply.text).toBe('handoff');
  });

  it('is answered where the company names it, in another word', () => {
    const reply = ask(withCabins(), 'har dere firmahytte?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('hytter på Hafjell');
  });
});

const discountOnly = boardFor({ '_index.md': company('- Personalrabatt på 20 % i alle våre butikker.\n- Pensjon: 7 % av lønn fra første krone.'), ...postings });
const withBike = boardFor({ '_index.md': company('- Personalrabatt på 20 % i alle våre butikker.\n- Sykkelordning: lease en el-sykkel gjennom lønna.'), ...postings });

describe('a perk of the benefits list asked by name', () => {
  it('is not answered by the list when the list does not name it', () => {
    for (const text of ['har ni förmånscykel? 🚲', 'do you offer health insurance?', 'har dere helseforsikring for ansatte?']) {
      const reply = ask(discountOnly(), text);
      expect(reply.kind, `${text} → ${reply.text}`).toBe('handoff');
    }
  });

  it('is answered where the list names it, in another language', () => {
    const reply = ask(withBike(), 'do you have a bike scheme?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('el-sykkel');
    expect(ask(discountOnly(), 'do staff get a discount?').text).toContain('20 %');
  });
});

const listed = (title: string, line: string) => `---
title: "${title}"
contact: "Sara Lind"
email: "sara.lind@nordkant.example"
---

## What we offer

${line}
`;
const echoing = boardFor({
  '_index.md': `---\ntitle: "Careers at Nordkant"\n---\n\n## Benefits for everyone\n\n- Pension: we match up to 6 % of salary.\n- Private health insurance: with Storebrand in Norway and Bupa in the UK.\n- 25 days' leave plus your birthday off.\n`,
  'office.md': listed('Office Manager', "Our company-wide benefits, pro rata: pension match, private health insurance, 25 days' leave and a learning budget."),
  'dotnet.md': listed('Senior .NET Consultant', "Alongside our company-wide benefits (pension match, private health insurance, 25 days' leave), a €500 certification budget."),
  'oslo.md': listed('Konsulent Oslo', 'Privat helseforsikring gjennom Storebrand.'),
});

describe('a company-wide perk that postings repeat from the company page', () => {
  it('is answered from the company page, though a posting also gives the list’s other figures', () => {
    const reply = ask(echoing(), 'Har I privat sundhedsforsikring?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('Bupa');
  });
});

const courseDays = boardFor({ '_index.md': company('- Fagdager: to felles fagdager i året for alle ansatte.\n- Kurs: vi betaler kurs du trenger i jobben.'), ...postings });
const furtherEducation = boardFor({ '_index.md': company('- Fagdager: to felles fagdager i året for alle ansatte.\n- Videreutdanning: vi dekker studieavgift og gir studiepermisjon med lønn til eksamen.'), ...postings });

describe('further education and conferences asked by name', () => {
  it('are not answered by course days or courses', () => {
    for (const text of ['Betaler dere for videreutdanning/master ved siden av jobben?', "what's the conference budget?"]) {
      const reply = ask(courseDays(), text);
      expect(reply.kind, `${text} → ${reply.text}`).toBe('handoff');
    }
  });

  it('are answered where the company names them, in another language', () => {
    const reply = ask(furtherEducation(), 'do you pay for further education?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('studieavgift');
  });
});

const outfit = boardFor({ '_index.md': company('- Arbeidsantrekk: vi stiller med arbeidsantrekk og sko til alle som jobber i resepsjon og restaurant.'), ...postings });

describe('work clothes asked in another word', () => {
  it('are answered where the company says it gives an outfit', () => {
    const reply = ask(outfit(), 'do i have to buy my own uniform or work clothes?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('vi stiller med arbeidsantrekk');
  });
});

const duties = boardFor({
  '_index.md': company('- Pensjon: 7 % av lønn fra første krone.'),
  'bud.md': posting('Matbud').replace('Du bygger kaier i nord.', 'Du leverer mat i sentrum på elsykkel.'),
  'resepsjon.md': posting('Resepsjonist').replace('Du bygger kaier i nord.', 'Du har ansvar for konferanserommene. Du har fullført masterstudier i reiseliv.'),
  'klinikk.md': posting('Lege').replace('Du bygger kaier i nord.', 'Nordkant er en privat sjukvårdsgivare med klinikker i hele landet.'),
});

describe('a perk asked by name, of a posting that only names its words in its duties', () => {
  it('is not answered by the duty', () => {
    const cases = ['Har dere sykkelordning for matbud?', 'Can the resepsjonist go to conferences?', 'Kan resepsjonisten ta videreutdanning?', 'Har ni sjukvårdsförsäkring för läkaren?'];
    for (const text of cases) {
      const reply = ask(duties(), text);
      expect(reply.kind, `${text} → ${reply.text}`).toBe('handoff');
    }
  });
});

const vacation = boardFor({
  '_index.md': company('- Pensjon: 5 % av lønn.\n- 25 feriedager i året.\n- Treningstilskudd på 3 000 kr.'),
  'tomrer.md': posting('Tømrer').replace('Du bygger kaier i nord.', 'Ferie: 5 uker.'),
  'dykker.md': posting('Dykker').replace('Du bygger kaier i nord.', 'Ferie: 30 dager, hvorav 5 dager fritt valgt.'),
  'kran.md': posting('Kranfører').replace('Du bygger kaier i nord.', 'Ferie: 6 uker.'),
});

describe('a figure of another perk on the company page', () => {
  it('is no echo of what the postings give', () => {
    const reply = ask(vacation(), 'Hvor mange feriedager får man?');
    expect(reply.kind, reply.text).toBe('clarify');
  });
});

const gym = boardFor({ '_index.md': company('- Treningstilskudd: 3 000 kr i året til trening.'), ...postings });

describe('a perk asked in other words', () => {
  it('a gym contribution is a fitness allowance', () => {
    const reply = ask(gym(), 'Får man gymbidrag? tränar typ 5 dagar i veckan 💪');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('3 000 kr');
  });
});

const boilerplate = boardFor({
  '_index.md': company('- Vi kan dessverre ikke åpne søknader sendt som zip-filer.\n- We do not accept unsolicited applications or CVs from recruitment agencies.'),
  ...postings,
});

describe('what a page says of applications, not of openings', () => {
  it('does not answer whether the company is hiring', () => {
    for (const text of ['Are you hiring?', 'har dere andre ledige stillinger?']) {
      const reply = ask(boilerplate(), text);
      expect(reply.text, text).not.toContain('zip-filer');
      expect(reply.text, text).not.toContain('recruitment agencies');
    }
  });
});
