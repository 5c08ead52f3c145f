/**
 * Which topics a text speaks of: the built-in words of the four languages,
 * and the near misses a word's root or stem would otherwise make.
 */
import { describe, expect, it } from 'vitest';
import { createConceptMatcher } from '../../src/language/concept-matcher.js';
import { CONCEPTS } from '../../src/language/concepts.js';
import { tokenize } from '../../src/language/words.js';

const matcher = createConceptMatcher(CONCEPTS);
const topicsIn = (text: string) => [...new Set(matcher.match(tokenize(text)).map((hit) => hit.id))].sort();

describe('topics in a text', () => {
  it('reads pay in Swedish and Danish, however the letter is written', () => {
    expect(topicsIn('Vad är lönen?')).toContain('compensation');
    expect(topicsIn('Hvad er lønnen?')).toContain('compensation');
  });

  it('does not read pay into English words that start like "lön"', () => {
    expect(topicsIn('How long is the contract, and is it in London?')).not.toContain('compensation');
  });

  it('reads pay at the end of a compound, its head ("ingångslön", "grundlønnen"), not in any word with those letters', () => {
    expect(topicsIn('Ingångslön från 28 400 kr/mån')).toContain('compensation');
    expect(topicsIn('grundlønnen er 31.000 kr')).toContain('compensation');
    expect(topicsIn('en kolonn i tabellen')).not.toContain('compensation');
    expect(topicsIn('Can I work from Barcelona or Toulon?')).not.toContain('compensation');
    expect(topicsIn('Vi är en statlig myndighet')).not.toContain('age');
  });

  it('takes a word for its longest root and a phrase over its words', () => {
    expect(topicsIn('Kveldstillegg kr 30,- per time')).toEqual(['shift-pay']);
    expect(topicsIn('is there a night supplement?')).toEqual(['shift-pay']);
    expect(topicsIn('IT-tekniker till kommunens IT-enhet')).not.toContain('stack');
  });

  it('reads no topic into words that only share letters with one', () => {
    expect(topicsIn('Som formann leder du et lag på seks')).not.toContain('benefits');
    expect(topicsIn('Helsefagarbeider til sengeposten')).not.toContain('benefits');
    expect(topicsIn('Vi trenger arbeidskraften i sommer')).not.toContain('schedule');
    expect(topicsIn('Förmånscykel och helseforsikring')).toEqual(expect.arrayContaining(['bike', 'health-insurance']));
  });

  it('reads a probation period as its own topic, not the kind of employment', () => {
    expect(topicsIn('Er der prøvetid?')).toEqual(['probation']);
    expect(topicsIn('Fastansættelse fra dag 1')).not.toContain('probation');
  });

  it('reads a mileage allowance apart from a company car', () => {
    expect(topicsIn('Du kører i egen bil og får kørselsgodtgørelse')).toEqual(['mileage']);
    expect(topicsIn('Følger der firmabil med?')).toEqual(['car']);
  });

  it('reads a security clearance apart from a police certificate', () => {
    expect(topicsIn('Krever stillingen sikkerhetsklarering?')).toEqual(['clearance']);
    expect(topicsIn('Alle tilsette må leggje fram politiattest.')).toEqual(['background-check']);
  });

  it('reads everyday and Nordic-spelled words of a topic', () => {
    expect(topicsIn('Er du sygemeldt, får du fuld løn')).toContain('sick-leave');
    expect(topicsIn('Vi tilbyder kompetenceudvikling')).toContain('learning');
    expect(topicsIn('Tjenestested: Tromsø')).toContain('location');
  });

  it('reads a home office as remote work, not as the office', () => {
    expect(topicsIn('Kan jeg ha hjemmekontor?')).toEqual(['remote']);
    expect(topicsIn('Hvor ligger kontoret?')).toContain('location');
  });

  it('reads working from home as remote work', () => {
    expect(topicsIn('the whole team works from home on Fridays')).toContain('remote');
  });

  it('does not read shares into "shared"', () => {
    expect(topicsIn('The on-call rotation is shared by eight engineers')).not.toContain('equity');
    expect(topicsIn('Do employees get shares?')).toContain('equity');
  });
});
