/** Generated eval cases shared with the bench: a 40 KB paste of junk around a question, and one-typo variants. */
import { rng } from '../../bench/rng.js';

export const FILLER_WORDS = [
  'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'kubectl', 'get', 'pods', '--all-namespaces', 'Traceback', '(most', 'recent',
  'call', 'last):', 'File', '"/usr/lib/python3/dist-packages/ansible/cli.py",', 'line', '42', 'ERROR', 'WARN', '{"level":"info"}',
  'salary', 'remote', 'on-call', 'lønn', 'lön', 'vakt', 'jour', 'Kubernetes', 'OpenStack', 'Ceph', '😀', '🚀', 'ü', 'ø', 'å',
  '\u200b', '\u00a0', '\t', '```', '|', '---', '>', '#', '*', '@everyone', '<!channel>', '<script>', '</script>', '<!here>',
  '[link](http://example.invalid)', 'data-engineer-draft', 'openstack-engineer', 'drop table postings;', '\\n', '\n', '\n\n',
];

export function filler(bytes: number, seed: number): string {
  const next = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const word = FILLER_WORDS[Math.floor(next() * FILLER_WORDS.length)] ?? 'x';
    parts.push(word);
    size += Buffer.byteLength(word, 'utf8') + 1;
  }
  return parts.join(' ');
}

/** Swap two adjacent letters inside the longest word (keeps the first letter). */
export function typo(text: string, seed: number): string {
  const words = text.split(' ');
  let best = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (/^[\p{L}]{6,}$/u.test(w) && (best < 0 || w.length > (words[best] ?? '').length)) best = i;
  }
  if (best < 0) return text;
  const w = words[best] ?? '';
  const at = 1 + Math.floor(rng(seed)() * (w.length - 2));
  words[best] = w.slice(0, at) + (w[at + 1] ?? '') + (w[at] ?? '') + w.slice(at + 2);
  return words.join(' ');
}
