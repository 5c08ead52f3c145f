/**
 * Words that mean the same across the four languages and in candidates'
 * shorthand ("k8s", "sr", "gbg"). Each group's words stand for each other
 * when a question is matched to postings. A company adds its own in
 * knowledge/company.yaml (termAliases).
 */
import { OCCUPATION_GROUPS } from './occupations.js';

export const ALIAS_GROUPS: readonly string[] = [
  'kubernetes, k8s, kube',
  // A cabin is one perk: asked of, it is not answered by another ("helseforsikring").
  'company cabin, company cabins, holiday home, firmahytte, firmahytter, firmahytta, bedriftshytte, bedriftshytter, hytte, hytter, hyttene, hytta, firmastuga, stuga, stugor, sommerhus, feriebolig, feriehus, fritidshus',
  'senior, sr, snr, erfaren, erfarne, experienced',
  'junior, jr',
  'engineer, eng, engr, ingeniør, ingenjör, ingeniør',
  'developer, dev, devs, developers, utvikler, utviklere, utvecklare, udvikler, udviklere',
  'designer, designere, designers',
  'manager, mgr, chef, sjef',
  'product, produkt',
  'executive, exec, execs',
  'infrastructure, infra, infrastruktur',
  'frontend, front-end, front end, fe',
  'backend, back-end, back end',
  'fullstack, full-stack, full stack',
  'platform, plattform',
  'cloud, sky, moln, skyen',
  'summer, sommer, sommar',
  'summer job, sommerjobb, sommarjobb, summer internship, internship, sommerjobben',
  'graduate, graduates, grad, grads, nyutdannet, nyutdannede, new grad, nyexaminerad, nyuddannet',
  'project manager, prosjektleder, projektledare, projektleder',
  'lead, leader, leder, ledare, tech lead',
  'service design, tjenestedesign, tjänstedesign, servicedesign',
  'system developer, systemutvikler, systemutvecklare, systemudvikler',
  'gothenburg, göteborg, goteborg, gbg',
  'stockholm, sthlm',
  'email, e-mail, mail, epost, e-post, mejl, mejla, maile, mailen, eposten, e-posten, e-mailen',
  'manchester, manc, mcr',
  'grid, power grid, nett, strømnett, nät, elnät, elnett, elnet',
  'northern lights, aurora, nordlys, norrsken, nordlyset',
  'landscape, landskab, landskap',
  'dairy, meieri, meieriet, mejeri, mejeriet',
  'bakery, bakeri, bageri, bakeriet, bageriet',
  'london, ldn',
  'copenhagen, københavn, köpenhamn, cph, kbh',
  'hourly, hour, timen, timmen, timebetalt, timlön',
  'week, weeks, uke, uka, uken, uker, uge, ugen, uger, vecka, veckan, veckor',
  'open, åpen, åpne, öppen, öppna, åben, åbne',
  'report, reports, rapporterer, rapportere, rapportera, rapporterar',
  'analyst, analysts, analytiker, analytikere, analytikerne',
  'norway, norge, norwegen',
  'sweden, sverige',
  'denmark, danmark',
  'ireland, irish, irland, irsk, irländsk',
  'uk, united kingdom, britain, british, storbritannia, storbritannien',
  'director, direktør, direktör',
  'head of, leder for, chef för',
  'test, testing, qa, tester',
  'site reliability engineer, sre, site reliability',
  'operations, ops, drift',
  'security, sikkerhet, säkerhet, sikkerhed',
  'data engineer, dataingeniør',
  'ux, user experience',
  'ui, user interface',
  'sales, salg, försäljning, salgs',
  'marketing, markedsføring, marknadsföring',
  'support, kundestøtte, kundsupport',
  'consultant, konsulent, konsult',
  'engineering manager, udviklingschef, utviklingssjef, utvecklingschef',
  'technician, tekniker',
  'days, day, dager, dagar, dage, dag, døgn, dygn',
  'night, nights, natt, natten, nat',
  'ticket, tickets, billet, billetter, billett, biljett, biljetter',
  'ferry, ferries, færge, færgen, færger, ferje, ferja, färja, färjan',
  'on board, onboard, om bord, ombord',
  'evening, evenings, kveld, kvelder, kväll, kvällar, aften, aftener',
  'take-home, takehome, take home, take-homes, takehomes, hjemmeopgave, hjemmeoppgave, hemuppgift, hemuppdrag',
  'code test, coding test, kodtest, kodetest, kodeopgave, kodeoppgave',
  'art test, arbetsprov, arbeidsprøve, arbejdsprøve, work sample',
  'character, karaktär, karakter',
  'payments, payment, betalinger, betaling, betalning, betalningar',
  'postgres, postgresql',
  'code, coding, programming, kode, koding, programmering, kod, kodning, programmera',
  'javascript, js',
  'typescript, ts',
  'golang, go',
  'dotnet, .net, net',
  'c#, csharp',
  'norwegian, norsk',
  'swedish, svenska, svensk',
  'danish, dansk',
  'english, engelsk, engelska',
  ...OCCUPATION_GROUPS,
];

/** Word (lower case) → the other words of its groups. */
export function aliasMap(extra: Record<string, string> = {}): Map<string, string[]> {
  const map = new Map<string, Set<string>>();
  const link = (words: string[]) => {
    for (const word of words) {
      const others = map.get(word) ?? new Set<string>();
      for (const other of words) if (other !== word) others.add(other);
      map.set(word, others);
    }
  };
  for (const group of ALIAS_GROUPS) link(group.split(',').map((word) => word.trim().toLowerCase()));
  for (const [key, value] of Object.entries(extra)) link([key.toLowerCase(), value.toLowerCase()]);
  return new Map([...map].map(([word, others]) => [word, [...others]]));
}
