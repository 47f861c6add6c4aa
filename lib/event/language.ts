/**
 * Which language an article is written in, for choosing the date parser and the action lexicon.
 * The page's declared language wins when its text agrees; otherwise the share of each language's
 * commonest function words decides, and Cyrillic letters tell Russian from Ukrainian. A handful of
 * words per language is enough to tell news prose apart; it is not a general language identifier.
 */
const MARKERS: Record<string, string[]> = {
  en: 'the of and to in is that for on with as was by at from it his has have be are said were not this which will'.split(' '),
  de: 'der die das und ist nicht mit den dem des ein eine auf sich von zu im auch wurde sind hat nach wie'.split(' '),
  fr: 'le la les des et est une un du dans que pour sur qui au pas par avec ont ce il elle sont a'.split(' '),
  es: 'el la los las del y es una un en que por con para se al su lo como ha fue sus'.split(' '),
  it: 'il lo la gli le di e che una un per con non del della dei sono ha da si nel alla'.split(' '),
  nl: 'de het een en van is dat op te in voor met zijn niet er aan ook door maar'.split(' '),
  pt: 'o os a as do da dos das e que em um uma para com por no na se foi ao'.split(' '),
  tr: 've bir bu da de ile için olan olarak daha gibi ancak çok ise'.split(' '),
  ru: 'и в не на что с по как он это его к из за от для о но также был она'.split(' '),
  uk: 'і в не на що з по як він це його до із за від для про але також був та'.split(' '),
};
const SETS = new Map(Object.entries(MARKERS).map(([k, v]) => [k, new Set(v)]));

export interface DetectedLanguage {
  /** ISO 639-1 code, or 'und' when the text is too short or unlike any profile. */
  lang: string;
  /** Share of the words that are the language's markers. */
  share: number;
}

/** Fewer words than this and the text cannot be told apart reliably (headlines, captions). */
const MIN_WORDS = 12;
/** Below this marker share no profile fits (a list of names, a table, another language). */
const MIN_SHARE = 0.08;

export function detectLanguage(text: string): DetectedLanguage {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return { lang: 'und', share: 0 };
  const arabic = (text.match(/[\u0600-\u06ff]/g) ?? []).length;
  const cyr = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length || 1;
  if (arabic / letters > 0.3) return { lang: 'ar', share: 1 };
  if (cyr / letters > 0.3) {
    // Letters only Ukrainian uses (і ї є ґ) against letters only Russian uses (ы э ъ).
    const uk = (text.match(/[іїєґ]/gi) ?? []).length;
    const ru = (text.match(/[ыэъ]/gi) ?? []).length;
    return { lang: uk > ru ? 'uk' : 'ru', share: 1 };
  }
  let best = 'und';
  let bestShare = 0;
  for (const [lang, set] of SETS) {
    if (lang === 'ru' || lang === 'uk') continue;
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    const share = n / words.length;
    if (share > bestShare) {
      best = lang;
      bestShare = share;
    }
  }
  return bestShare >= MIN_SHARE ? { lang: best, share: bestShare } : { lang: 'und', share: bestShare };
}

/** The article's language: its declared tag when the text does not contradict it, else the text's. */
export function articleLanguage(declared: string | null, text: string): string {
  const tag = declared?.toLowerCase().split(/[-_]/)[0] ?? null;
  const found = detectLanguage(text);
  if (found.lang === 'und') return tag && tag !== 'und' && tag !== 'mul' ? tag : 'und';
  return found.lang;
}
