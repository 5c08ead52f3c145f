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

  it('takes no sum of money or date for a phone number', () => {
    const { contacts } = findContacts({}, ['Ring Kari Holm om lønn: 1 250 000 kr i året, fra 01.02.2026.'], []);
    expect(contacts).toEqual([]);
  });
});
