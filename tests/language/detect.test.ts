/** Which Nordic language a candidate writes in decides the language of the reply. */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/detect.js';

describe('the language of a question', () => {
  it('tells Danish from Norwegian by the small words each writes', () => {
    expect(detectLanguage('jeg er bioanalytiker og har været på et hospitalslab i 4 år. kan jeg godt søge laborant stillingen?')).toBe('da');
    expect(detectLanguage('og diett da, får man det?')).toBe('nb');
    expect(detectLanguage('kor mange prosent e deltidsjobben i bergen?')).toBe('nb');
    expect(detectLanguage('Har I privat sundhedsforsikring?')).toBe('da');
  });

  it('reads Swedish and English as before', () => {
    expect(detectLanguage('hur många semesterdagar får jag?')).toBe('sv');
    expect(detectLanguage('how many vacation days do I get?')).toBe('en');
  });
});
