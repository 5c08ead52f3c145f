/**
 * The things candidates ask about, and the words that name each in English,
 * Norwegian, Swedish and Danish: so "lønn", "lön", "løn" and "salary" meet,
 * in a question or in a passage. Product knowledge, not a company's: a
 * company may add words in knowledge/topics.yaml.
 *
 * A word written `root*` matches any word starting with it, and inside a
 * compound ("startlønna", "semesterveckor"); other words match as written or
 * by stem. Words with a space match as a phrase. A word written `?word`
 * counts in a question only: "what does it pay?" asks about salary, while
 * "we pay for lessons" is not a salary passage. `=word` matches only as
 * written ("start", not "startet").
 */
import type { Language } from './words.js';

export type Shape = 'amount' | 'number' | 'date' | 'frequency' | 'person' | 'place' | null;

export interface Concept {
  id: string;
  label: Record<Language, string>;
  words: string[];
  /** What an answer must hold beyond the concept's words ("how much" → an amount). */
  shape?: Shape;
}

const c = (id: string, en: string, nb: string, sv: string, da: string, words: string, shape?: Shape): Concept => ({
  id,
  label: { en, nb, sv, da },
  words: words.split(',').map((word) => word.trim()).filter(Boolean),
  ...(shape ? { shape } : {}),
});

export const CONCEPTS: readonly Concept[] = [
  c('compensation', 'salary', 'lønn', 'lön', 'løn', 'salary, salaries, ?pay, ?paid, ?paying, ?pays, ?betalt, ?betald, ?betales, ?betalas, ?betaler, ?betalar, ?betale, wage*, compensation, compensate*, earn, earns, earning, income, remuneration, lønn*, lønna, tjene, tjener, tjen, lön*, tjäna, tjänar, løn, lønnen, lønninger, fastlønn, startlønn*, salary range, årslønn, månadslön, lønnsmodell*, lønnskalkulator*, money, penger, pengar, penge, pay range, pay band, hourly rate, day rate, daily rate, timpris, timlön*, timelønn*, timeløn*, timepris, dagpris', 'amount'),
  c('bonus', 'bonus', 'bonus', 'bonus', 'bonus', 'bonus*, commission*, provision*, provisjon*, ote, on-target earnings, on target earnings, on-target, incentive*, overskudd*, overskott*, ledertillegg*'),
  c('equity', 'shares', 'aksjer', 'aktier', 'aktier', 'equity, buy into, buy shares, kjøpe aksjer, kjøpe seg inn, köpa aktier, =shares, stock, stocks, stock options, vesting, cliff, aksje*, aktie*, employee ownership, eid av, eiet av, owned by, employee-owned, ägs av, ejet af, who owns, eier, eies, ägs, ejes, ejer'),
  c('pension', 'pension', 'pensjon', 'pension', 'pension', 'pension*, pensjon*, 401k, 401(k), retirement, prsa, superannuation, itp1, itp, tjänstepension*, avtalspension*'),
  c('vacation', 'time off', 'ferie', 'semester', 'ferie', 'vacation*, holiday, holidays, time off, pto, paid leave, days off, ferie*, feriedag*, semester*, semesterveck*, semesterdag*, fridag*, ?fri'),
  c('sick-leave', 'sick pay', 'sykepenger', 'sjuklön', 'sygedagpenge', 'sick pay, sick leave, sickness, sick days, sykepenger, sykelønn*, sykefravær*, sjuklön*, sjukfrånvaro*, sygedagpenge*, sygeløn*, sygefravær*'),
  c('parental-leave', 'parental leave', 'foreldrepermisjon', 'föräldraledighet', 'barsel', 'parental leave, maternity leave, paternity leave, parental, maternity, paternity, foreldrepermisjon*, permisjon*, barsel*, föräldraledig*, föräldrapenning*, föräldralön*, föräldratillägg*, foreldrepenger*, forældreorlov*, barselsorlov*, orlov'),
  c('on-call', 'on-call', 'vakt', 'jour', 'vagt', 'on-call, oncall, on call, pager, paging, paged, standby, vakt*, vaktordning*, beredskap*, jour*, vagt*, incident response, out of hours, out-of-hours, after hours, 24/7'),
  c('overtime', 'overtime', 'overtid', 'övertid', 'overarbejde', 'overtime, ?crunch, crunch time, crunch periods, crunch culture, dont crunch, no crunch, not crunch, overtid*, övertid*, overarbejde*, weekend*, weekends, saturday*, sunday*, lørdag*, søndag*, lördag*, söndag*, helg*, helger, kveld*, kväll*, evenings, long hours'),
  c('remote', 'remote work', 'fjernarbeid', 'distansarbete', 'fjernarbejde', 'remote*, distans*, hjemmefra, hjemmekontor*, hemifrån, hemmakontor*, hjemmefra, home office, work from home, from home, hjemme, wfh, hybrid*, anywhere, fjernarbeid*, fjernarbejd*, location independent, fully distributed, distributed'),
  c('location', 'location', 'arbeidssted', 'arbetsort', 'arbejdssted', 'located, location, locations, office, offices, kontor*, kontoret, lokaler, based in, city, arbeidssted*, arbetsort, plats, placering, ort, sted, adresse*, address, where is, where will i work, where would i work, hvor ligger, var ligger, hvor jobber, hvor skal jeg jobbe, hvor sitter, var jobbar, var sitter, hvor arbejder, time zone*, timezone*, tidssone*, tidszon*', 'place'),
  c('travel', 'travel', 'reising', 'resor', 'rejser', 'travel*, trip, trips, reis*, reiser, resa, resor, resande, reser, rejse*, rejser'),
  c('manager', 'your manager', 'nærmeste leder', 'chef', 'nærmeste leder', 'report to, reports to, reporting to, manager, ?manages, managed by, boss, sjef*, chef, chefen, chefer, nærmeste leder, närmaste chef, supervisor, line manager, nærmeste leder, leder for, rapportere*, rapporterer, chef, chefen, närmaste chef', 'person'),
  c('team', 'the team', 'teamet', 'teamet', 'teamet', 'team*, teams, teamet, teammates, colleagues, coworkers, kolleg*, how big is the team, team size, people on the team, people, folk, people work, engineers on, developers on, ansatte, anställda, ansatt, employees, employee, headcount, personer, medarbetare, medarbeidere'),
  c('reports', 'direct reports', 'personalansvar', 'direktrapporterande', 'personaleansvar', 'direct reports, direktrapporter*, personalansvar*, personaleansvar*, people management'),
  c('requirements', 'requirements', 'krav', 'krav', 'krav', 'requirement*, qualification*, krav*, kvalifikasjon*, kvalifikation*, skills, must have, must-have, nice to have, we are looking for, were looking for, who we are looking for, who you are, vi ser etter, hvem ser vi etter, hvem er du, vi söker, du har, du bør, du bör kunna, du behöver kunna, vi søger, du skal kunne, kompetencer, må jeg ha, må man ha, måste jag ha, måste man ha, skal jeg have, skal man have, must i have, required'),
  c('apply', 'how to apply', 'søknad', 'ansökan', 'ansøgning', 'apply, applying, application, søk, søke, søker, søknad*, søge, søger, sök, söka, söker, ansök*, ansøg*, cv, resume, résumé, cover letter, motivasjonsbrev*, personligt brev, submit, send, skicka, skickar, sende, sender'),
  c('deadline', 'deadline', 'søknadsfrist', 'sista ansökningsdag', 'ansøgningsfrist', 'deadline, deadlines, closing date, apps close, applications close, applications closing, close applications, close on, closes on, closing on, looking at applications, look at applications, start reviewing, begin reviewing, review applications, frist*, søknadsfrist*, ansökningsdag*, sista dag, ansøgningsfrist*, reviewing applications, rolling basis, fortløpende, löpande', 'date'),
  c('start-date', 'start date', 'oppstart', 'tillträde', 'tiltrædelse', 'start date, starting date, =start, ?start, ?starts, ?starting, ?starter, ?starte, ?startar, ?starta, ?begynner, ?begin, ?begynne, ?börja, ?börjar, ?begynde, ?begynder, oppstart*, tiltred*, tillträde*, tiltræd*, startdato*, startdatum*, immediate, immediately, asap, omgående, snarest', 'date'),
  c('contact', 'contact', 'kontakt', 'kontakt', 'kontakt', 'contact*, kontakt*, reach out, talk to, speak to, ask about, =ask, =questions, got questions, =recruiter, rekryterare*, rekrutterer*, rekrutteringsansvarlig*, frågor, spørsmål, spørgsmål, prata med, snakke med, tala med, phone number, telefonnummer*, e-mail, email, epost, e-post, mail', 'person'),
  c('recruitment-process', 'the hiring process', 'rekrutteringsprosessen', 'rekryteringsprocessen', 'rekrutteringsprocessen', 'interview*, intervju*, jobsamtale*, jobbintervju*, anställningsintervju*, samtale, samtaler, samtalerne, rounds, hiring process, interview process, application process, rekruttering*, rekrytering*, slik rekrutterer vi, så rekryterar vi, sådan rekrutterer vi, how we hire, how we recruit, recruitment process, recruiting process, rekrutteringsprosess*, rekryteringsprocess*, rekrutteringsproces*, ansettelsesprosess*, anställningsprocess*, case, kaffeprat*, coffee chat*, selection process'),
  c('experience', 'experience', 'erfaring', 'erfarenhet', 'erfaring', 'experience*, experienced, years of, erfaring*, erfaren, erfarenhet*, års erfaring, yrs, seniority'),
  c('stack', 'the tech stack', 'teknologi', 'teknik', 'teknologi', 'stack, tech stack, technologies, technology, tech, tools, tooling, frameworks, framework, rammeverk*, ramverk*, rammeværk*, programming language*, programmeringsspråk*, programmeringssprog*, teknologi, teknologier, teknik, tekniker, teknikk, verktøy*, verktyg*, værktøj*'),
  c('languages', 'languages', 'språk', 'språk', 'sprog', 'speak, speaking, spoken, fluent, fluency, language skills, sprog, språk, språkkrav*, sprogkrav*, norwegian, norsk, swedish, svenska, svensk, danish, dansk, english, engelsk, engelska, spanish, spansk, spanska, german, tysk, tyska, french, fransk, franska, portuguese'),
  c('visa', 'visa', 'visum', 'visum', 'visum', 'visa, visas, sponsor*, work permit*, h-1b, h1b, immigration, arbeidstillatelse*, oppholdstillatelse*, arbetstillstånd*, arbejdstilladelse*, eu/eea, eea, citizenship'),
  c('relocation', 'relocation', 'flytting', 'flytt', 'flytning', 'relocat*, moving, move to, flytting*, flytte*, flytt*, flyttehjelp*, flyttning*, flytning*, housing, bolig, boligen, bostad, bostaden, boende, hybel*, hybler'),
  c('background-check', 'background checks', 'bakgrunnssjekk', 'bakgrundskontroll', 'baggrundstjek', 'background check*, bakgrundskontroll*, bakgrunnssjekk*, bakgrunnskontroll*, baggrundstjek*, baggrundskontrol*, security clearance, clearance, klarering*, sikkerhetsklarering*, säkerhetsprövning*, säkerhetsklass*, sikkerhedsgodkend*, sikkerhedsclearing*, registerkontroll*, belastningsregist*, politiattest*, vandelsattest*, straffeattest*, børneattest*, criminal record*, kreditupplysning*, credit check*, vetting, dbs check, dbs'),
  c('equipment', 'equipment', 'utstyr', 'utrustning', 'udstyr', 'equipment, laptop*, macbook*, thinkpad*, ipad, ipads, bærbar*, bärbar*, ?telefon, ?phone, computer, gadget*, gadgets, utstyr*, utrustning*, udstyr*, mobiltelefon*, phone plan, internett, internet, bredbånd*, dator, pc, mac'),
  c('hours', 'working hours', 'arbeidstid', 'arbetstid', 'arbejdstid', 'full-time, full time, fulltime, heltid*, fuldtid*, shifts, shift work, skiftarbete*, skiftarbeid*, skiftarbejde*, skiftordning*, turnus*, hours per week, hours a week, timer i uka, timer i uken, timmar i veckan, timer om ugen, timer pr. uge, timer om uka, timer per uke, timmar per vecka, arbeidstid*, arbetstid*, arbejdstid*, percent, prosent, flexible hours, fleksitid*, flextid*, working hours, work hours'),
  // Asked apart from hours: "can it be part time?" is not answered by "37.5 hours a week".
  c('part-time', 'part-time work', 'deltid', 'deltid', 'deltid', 'part-time, part time, parttime, deltid*, halvtid*, reduced hours, fewer hours, four-day week, 4-day week, 4 day week, four day week, 4 day work week, four day work week, 4-day work week, four-day work week, 4-dagersuke, 4-dages arbejdsuge, fyradagarsvecka, redusert stilling, redusert arbeidstid, nedsat tid, stillingsprosent*'),
  c('contract', 'the kind of employment', 'ansettelsesform', 'anställningsform', 'ansættelsesform', 'permanent, contract, contractor, temporary, fixed-term, fast ansettelse, fast stilling, fast anställning, tillsvidare*, provanställning*, prøvetid*, probation*, vikariat*, anställningsform*, ansettelsesform*, ansættelsesform*, employment type, extended, extension'),
  c('benefits', 'benefits', 'goder', 'förmåner', 'goder', 'benefit*, perks, perk, förmån*, goder, fordeler, frynsegode*, personalgode*, bonusar, health insurance, insurance, forsikring*, försäkring*, friskvård*, wellness, helse*, hälsa'),
  c('learning', 'learning', 'faglig utvikling', 'kompetensutveckling', 'efteruddannelse', 'training, learning, courses, course, education, conferences, conference budget, konferanser, konferenser, konferencer, kompetanse*, kompetens*, fagdag*, kurs*, utbildning*, videreutdanning*, efteruddannelse*, conference budget, mentoring, mentor*'),
  c('company', 'the company', 'selskapet', 'företaget', 'virksomheden', 'company, firm, organisation, organization, about you, selskap*, företag*, firma*, virksomhed*, values, verdier*, värderingar*, mission, hva driver, vad driver'),
  c('founded', 'when the company began', 'oppstart', 'grundande', 'grundlæggelse', 'founded, founding, founder*, established, startet, started, grunnlagt*, grundad*, grundat, grundlagt*, etablert*, etablerad*, etableret*'),
  c('openings', 'open positions', 'ledige stillinger', 'lediga tjänster', 'ledige stillinger', 'open roles, openings, open positions, open jobs, jobs open, jobs are open, roles are open, available positions, vacancies, vacancy, hiring, ledige stillinger, lediga tjänster, ledige, lediga, open application, general application, spontaneous application, åpen søknad, öppen ansökan, spontanansökan'),
  c('clients', 'clients', 'kunder', 'kunder', 'kunder', 'client, clients, customer, customers, kunde, kunder, kunden, kundens, kund, kunderna'),
  c('tasks', 'the work', 'arbeidsoppgavene', 'arbetsuppgifterna', 'arbejdsopgaverne', 'day to day, day-to-day, be doing, working on, hva gjør man, vad gör man, hvad laver man, responsibilities, duties, tasks, arbeidsoppgave*, oppgavene, arbetsuppgift*, arbejdsopgave*, opgaverne'),
  c('driving-licence', 'a driving licence', 'førerkort', 'körkort', 'kørekort', 'driving licence, driving license, driver licence, driver license, drivers license, drivers licence, førerkort*, körkort*, kørekort*, lappen'),
  c('car', 'parking', 'parkering', 'parkering', 'parkering', 'parking, car park, company car, car allowance, parkering*, tjänstebil*, firmabil*, firmabil'),
];

/** Words that ask for a shape of answer, in the four languages. */
export const SHAPE_WORDS: Array<[string, Shape]> = [
  ['how many', 'number'], ['how much', 'amount'], ['hvor mange', 'number'], ['hvor mye', 'amount'], ['hur många', 'number'], ['hur mycket', 'amount'], ['hvor meget', 'amount'], ['how long', 'number'], ['hvor lang', 'number'], ['hvor lange', 'number'], ['hur långa', 'number'], ['hvor lenge', 'number'], ['hvor længe', 'number'], ['hur lång', 'number'], ['hur länge', 'number'], ['how big', 'number'], ['how large', 'number'], ['hvor stor', 'number'], ['hvor stort', 'number'], ['hvor store', 'number'], ['hur stor', 'number'], ['hur stort', 'number'], ['hur stora', 'number'],
  ['when', 'date'], ['når', 'date'], ['när', 'date'], ['hvornår', 'date'], ['how often', 'frequency'], ['hvor ofte', 'frequency'], ['hur ofta', 'frequency'], ['hvor tit', 'frequency'],
  ['who', 'person'], ['hvem', 'person'], ['vem', 'person'], ['whom', 'person'], ['name of', 'person'], ['navnet på', 'person'], ['namnet på', 'person'], ['navnet til', 'person'],
];
