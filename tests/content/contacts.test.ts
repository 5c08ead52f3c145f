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
});
