/**
 * Phone numbers as the four countries write them ("913 55 402", "+47 913 55
 * 402", "+46 8 123 456 78", "0278-63 51 22", "8716 4418"), and never a date,
 * a sum, an organisation or account number that looks like one.
 */
const NUMBER = /(?<![\p{L}\d.,/:-])(?:\+\d{2}[ -]?\d{1,4}|\d{2,4})(?:[ -]?\d{2,4}){1,4}(?![\p{L}\d]|[.,:/-]\d)/gu;
const DATE = /^(?:(?:19|20)\d\d[ -]\d\d[ -]\d\d|\d\d[ -]\d\d[ -](?:19|20)\d\d)$/;
/** A Swedish organisation or personal number: six digits, a dash, four. */
const REGISTRY = /^\d{6}-\d{4}$/;
const NOT_A_PHONE_BEFORE = /(?:org\.?\s*(?:nr|no|nummer)|orgnr|cvr|se-nr|vat|moms|konto\w*|account|iban|bankgiro|plusgiro|swift|[A-Z]{2}\d{2}|nok|sek|dkk|eur|kr\.?|€|£|\$)[\s:.#-]*$/i;
const NOT_A_PHONE_AFTER = /^\s*(?:kr\b|nok|sek|dkk|eur|€|%|,-|timer|timmar|hours|t\b|mill|mio|mnd|kroner|kronor)/i;

/** Words that say a number is a phone number, in the four languages. */
export const PHONE_WORDS = /(?<![\p{L}-])(?:tlf|tel|telefon\p{L}*|telephone|phone|mobil|mobile|mob|ring|ringe|ringer|ringa|nås|call me|call us)(?!\p{L})|\+\d{2}/iu;

/** Keys a phone number is kept under in front matter. */
export const PHONE_KEYS: readonly string[] = ['phone', 'telefon', 'telephone', 'tlf', 'tel', 'mobil', 'mobile', 'telefonnummer', 'phone_number'];

/** The first phone number in a text, as written, with where it starts; null when there is none. */
export function phoneIn(text: string): { phone: string; at: number } | null {
  for (const match of text.matchAll(NUMBER)) {
    const phone = match[0].trim();
    const digits = phone.replace(/\D/g, '').length;
    if (digits < 8 || digits > 12 || DATE.test(phone) || REGISTRY.test(phone)) continue;
    if (NOT_A_PHONE_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index)) || NOT_A_PHONE_AFTER.test(text.slice(match.index + match[0].length))) continue;
    return { phone, at: match.index };
  }
  return null;
}

/** One number however it is written: its last eight digits ("+47 913 55 402" is "913 55 402"). */
export function phoneKey(phone: string): string {
  return phone.replace(/\D/g, '').slice(-8);
}
