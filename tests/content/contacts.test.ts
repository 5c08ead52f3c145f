/** Whom a posting names to contact, and which of them a handoff goes to first. */
import { describe, expect, it } from 'vitest';
import { findContacts } from '../../src/content/contacts.js';

describe('contacts in front matter', () => {
  it('puts the recruiter before the hiring manager, whatever order the keys are in', () => {
    const { contacts } = findContacts(
      {
        hiring_manager: { name: 'Tomas Berg', email: 'tomas@example.com' },
        recruiter: { name: 'Jo Okafor', email: 'jo@example.com' },
      },
      [],
      [],
    );
    expect(contacts.map((contact) => contact.name)).toEqual(['Jo Okafor', 'Tomas Berg']);
  });

  it('reads a contact written with Nordic keys (navn, e-post), with the person\'s name', () => {
    const { contacts } = findContacts({ kontakt: { navn: 'Jannik Holm', titel: 'Produktionschef', 'e-post': 'jho@havbro.example' } }, [], []);
    expect(contacts).toEqual([expect.objectContaining({ name: 'Jannik Holm', email: 'jho@havbro.example' })]);
  });

  it('reads people given with a phone number and no address, after those a handoff can reach by address', () => {
    const { contacts } = findContacts({ kontakt: [{ navn: 'Guri Lie', rolle: 'Styrer', telefon: '913 55 402' }, { navn: 'Per Moe', epost: 'per.moe@kvist.example' }] }, [], []);
    expect(contacts).toEqual([expect.objectContaining({ name: 'Per Moe', email: 'per.moe@kvist.example' }), expect.objectContaining({ name: 'Guri Lie', email: '', phone: '913 55 402' })]);
  });

  it('gives an address written alone the name written under another contact key', () => {
    const { contacts } = findContacts({ contact_name: 'Priya Natarajan', contact_email: 'grads@tidewell.example', hiring_manager: 'Dana Whitfield' }, [], []);
    expect(contacts).toEqual([expect.objectContaining({ name: 'Priya Natarajan', email: 'grads@tidewell.example' })]);
  });

  it('keeps the phone number of a person with an address too', () => {
    const { contacts } = findContacts({ kontakt: { navn: 'Ahmad Rahimi', email: 'arahimi@natbio.example', telefon: '8715 0000' } }, [], []);
    expect(contacts).toEqual([expect.objectContaining({ name: 'Ahmad Rahimi', email: 'arahimi@natbio.example', phone: '8715 0000' })]);
  });

  it('never gives a hiring manager\'s address the recruiter\'s name', () => {
    const { contacts } = findContacts({ recruiter: 'Kari Holm', hiring_manager_email: 'ola.nordmann@havbro.example' }, [], []);
    expect(contacts).toEqual([expect.objectContaining({ name: 'Ola Nordmann', email: 'ola.nordmann@havbro.example' })]);
  });

  it('reads a name with a phone number under other keys as a person to call', () => {
    const { contacts } = findContacts({ kontaktperson: 'Ingrid Pettersen', telefon: '+47 902 48 771' }, [], []);
    expect(contacts).toEqual([expect.objectContaining({ name: 'Ingrid Pettersen', phone: '+47 902 48 771' })]);
  });
});

describe('contacts in the body', () => {
  it('reads the person a contact line gives a phone number for', () => {
    const { contacts } = findContacts({}, ['Lønn fra 372 000 kr i året.', 'Lurer du på noe? Ring teknisk leder Hallvard Nilsen-Jakobsen på 913 55 402.'], []);
    expect(contacts).toEqual([expect.objectContaining({ name: 'Hallvard Nilsen-Jakobsen', email: '', phone: '913 55 402' })]);
  });

  it('takes no sum of money, date, organisation or account number for a phone number', () => {
    for (const line of [
      'Ring Kari Holm om lønn: 1 250 000 kr i året, fra 01.02.2026.',
      'Spørsmål rettes til daglig leder Kari Holm. Søknadsfrist 2025-03-15.',
      'Kontakt Kari Holm innen 15 03 2025.',
      'Kvist Barnehager AS, org.nr. 912 345 678. Kontakt oss gjerne.',
      'Kontakta Kvist AB, orgnr 556677-8899.',
      'Questions? Ask Kari Holm. Revenue last year: NOK 350 000 000.',
      'Kontakt Kari Holm: IBAN NO93 8601 1117 947.',
    ]) expect(findContacts({}, [line], []).contacts, line).toEqual([]);
  });

  it('keeps a country and area code, and names the person nearest the number', () => {
    expect(findContacts({}, ['Frågor? Ring Eva Berg, HR, på +46 8 123 456 78.'], []).contacts).toEqual([expect.objectContaining({ name: 'Eva Berg', phone: '+46 8 123 456 78' })]);
    expect(findContacts({}, ['Kontakt: | Stølsmo Meieri Jæren, Klepp | Rune Tjøtta | 915 40 882 |'], []).contacts).toEqual([expect.objectContaining({ name: 'Rune Tjøtta' })]);
    expect(findContacts({}, ['Spørgsmål? Laboratorieleder Hanne Søby, tlf. 8716 4418.'], []).contacts).toEqual([expect.objectContaining({ name: 'Hanne Søby' })]);
  });

  it('reads one person once, however the number is written', () => {
    const { contacts } = findContacts({}, ['Lurer du på noe? Ring Hallvard Nilsen på 913 55 402.', 'Contact Hallvard Nilsen at +47 913 55 402.'], []);
    expect(contacts).toHaveLength(1);
  });
});
