/**
 * What kind of thing each topic is, for the decisions that differ by kind:
 * one list of the perks a company gives, and the sets built from it, so a
 * new perk is named once.
 */

/** What a benefits section lists ("Benefits for everyone" › "Five weeks of paid holiday"). */
export const PERKS: ReadonlySet<string> = new Set(['vacation', 'sick-leave', 'pension', 'parental-leave', 'learning', 'equipment', 'car', 'mileage', 'parking', 'bonus', 'equity', 'benefits', 'meals', 'fitness', 'health-insurance', 'discount', 'bike', 'further-education', 'conference', 'collective-agreement', 'flexitime']);

/** What a passage is about when it names it (a benefit, a condition), not its frame. */
export const DEFINING: ReadonlySet<string> = new Set([...PERKS, 'compensation', 'on-call', 'overtime', 'travel', 'visa', 'relocation', 'shift-pay']);

/** What a company page may answer for every posting: its perks but a role's own bonus and shares, and the company itself. */
export const COMPANY_WIDE: ReadonlySet<string> = new Set([...[...PERKS].filter((concept) => concept !== 'bonus' && concept !== 'equity'), 'founded', 'recruitment-process', 'company', 'openings', 'remote', 'location', 'probation']);

/** What the company page says for every role when no role is asked (a record check); asked of a role, its posting must say it. */
export const BOARD_WIDE: ReadonlySet<string> = new Set([...COMPANY_WIDE, 'background-check']);

/** Of those, what most postings saying the same makes a company-wide fact (where each office is, is not). */
export const MAJORITY: ReadonlySet<string> = new Set([...BOARD_WIDE].filter((concept) => concept !== 'location'));

/** A topic said only as the frame of a narrower one ("skal man have C-kørekort?"), which meets it: the licence says the requirement. */
export const MET_BY: Readonly<Record<string, readonly string[]>> = {
  requirements: ['driving-licence', 'degree', 'languages', 'clearance', 'background-check', 'age', 'experience'],
};
