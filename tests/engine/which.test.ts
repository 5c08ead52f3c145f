/**
 * "Which X?" asks for the name of an X: when the postings never name the
 * kind of thing asked ("hvilket CRM", "which openstack release"), a passage
 * about the team or the platform does not answer it. A yes-or-no question's
 * "when" asks no date; what one is to send is the thing asked. A board written here.
 */
import { describe, expect, it } from 'vitest';
import { ask, boardFor } from './helpers.js';

const FILES: Record<string, string> = {
  'kam.md': `---
title: "Key Account Manager"
kontakt: "Eva Lie"
epost: "eva.lie@fjellbro.example"
frist: "2027-02-01"
---

## Rollen

Du får ansvar for rundt 25 kunder i offentlig sektor, og du jobber tett med resten av salgsteamet i Oslo. Vi ser etter deg som liker å bygge langsiktige relasjoner og ikke er redd for å ta telefonen.

## Søknad

Søknadsfristen er 1. februar 2027. Send søknad og CV via knappen under.

## Vilkår

Det er seks måneders prøvetid.
`,
  'compute-lead.md': `---
title: "Team Lead, Compute"
contact: "Jonas Ek"
email: "jonas.ek@skarv.example"
---

## What you will do

You will lead the team that runs our OpenStack compute platform, with one-to-ones and planning for five engineers.
`,
};

const board = boardFor(FILES);

describe('which X', () => {
  it('hands off when the postings never name the kind of thing asked', () => {
    const reply = ask(board(), 'Hvilket CRM bruker dere i salgsteamet for key account manager?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Eva Lie');
  });

  it('hands off which release of a platform the posting names without one', () => {
    const reply = ask(board(), 'compute team lead: which openstack release are you running?');
    expect(reply.kind, reply.text).toBe('handoff');
    expect(reply.recruiter?.name).toBe('Jonas Ek');
  });

  it('still answers which date', () => {
    const reply = ask(board(), 'hvilken dato er søknadsfristen?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('1. februar 2027');
  });
});

describe('a yes-or-no question with a "when" in it', () => {
  it('asks yes or no, not a date', () => {
    const reply = ask(board(), 'er det prøvetid når man begynner som key account manager?');
    expect(reply.kind, reply.text).toBe('answer');
    expect(reply.text).toContain('seks måneders prøvetid');
  });

  it('still hands off what is to be sent when no passage names it', () => {
    const reply = ask(board(), 'må jeg sende med portefølje når jeg søker som key account manager?');
    expect(reply.kind, reply.text).toBe('handoff');
  });
});
