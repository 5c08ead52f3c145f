/**
 * Occupations named in the four languages, as candidates ask for them in
 * another language than the posting's ("the forklift job" for a
 * "Truckfører" posting, "sygeplejerske" for a "Sjuksköterska"). Alias
 * groups, as in aliases.ts.
 */
export const OCCUPATION_GROUPS: readonly string[] = [
  'nurse, nurses, sykepleier, sykepleiere, sjuksköterska, sjuksköterskor, sygeplejerske, sygeplejersker',
  'assistant nurse, nursing assistant, care assistant, helsefagarbeider, undersköterska, undersköterskor, usk, social- og sundhedsassistent, sosu-assistent, sosu',
  'doctor, physician, lege, leger, läkare, læge, læger',
  'teacher, lærere, lärare',
  'preschool teacher, kindergarten teacher, barnehagelærer, förskollärare, pædagog',
  'social worker, sosionom, socionom, socialrådgiver, socialsekreterare',
  'caseworker, case worker, saksbehandler, handläggare, sagsbehandler',
  'cleaner, cleaners, renholder, renholdere, lokalvårdare, städare, rengøringsassistent',
  'warehouse, lager, lageret',
  'warehouse worker, warehouse operative, lagermedarbeider, lagermedarbeidere, lagerarbeider, lagerarbetare, lagermedarbetare, lagermedarbejder',
  'driver, drivers, sjåfør, sjåfører, chaufför, chaufförer, chauffør, chauffører, förare, yrkessjåfør',
  'forklift driver, forklift operator, truckfører, truckförare, truckførere',
  'electrician, electricians, elektriker, elektrikere',
  'electrical engineer, elingeniør, elektroingeniør, elingenjör, elektroingenjör, elektroingeniører',
  'lab technician, lab tech, laboratory technician, laborant, laboranter, laboratorietekniker, bioingeniør, biomedicinsk analytiker',
  'process operator, operator, operatør, operatører, operatör, operatörer, procesoperatør, prosessoperatør, processoperatör',
  'mechanic, mechanics, mekaniker, mekanikere',
  'buyer, purchaser, innkjøper, inköpare, indkøber',
  'store manager, shop manager, butikksjef, butikschef, butikkleder',
  'shop assistant, sales assistant, retail assistant, butikkmedarbeider, butiksmedarbetare, butiksassistent, butiksmedarbejder, ekspedient',
  'apprentice, apprenticeship, lærling, lærlinger, lärling, lärlingar',
  'accountant, regnskapsfører, redovisningsekonom, bogholder, revisor',
  'salesperson, sales rep, sales representative, säljare',
  'customer service, kundeservice, kundservice, kundtjänst',
  'student worker, student assistant, working student, studentermedhjælper, studentmedarbeider, studentmedarbetare, studentassistent',
  'architect, arkitekt',
  'security engineer, säkerhetsingenjör, sikkerhetsingeniør, sikkerhedsingeniør',
  'product analyst, produktanalytiker',
  'receptionist, resepsjonist',
  'office manager, kontorsjef, kontorschef',
];
