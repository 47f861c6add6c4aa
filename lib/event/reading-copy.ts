/**
 * The matcher's reading copy of an article in another language it reads: the same paragraphs with
 * the names written as the KB (English) writes them, so that the KB's entity index finds them.
 *  1. places and bodies in the language's own forms become their English names (gazetteer.ts);
 *  2. Cyrillic is romanised, names losing their case endings (transliterate.ts);
 *  3. Latin diacritics are dropped, so that "Sergueï" and "Serghéi" are a letter from "Sergei"
 *     (the entity index accepts a first name spelt one letter off) and "États" starts a sentence.
 * Only the reading copy changes: dates and actions are read from the article as written (frame.ts).
 */
import { englishNames, GAZETTEER } from './gazetteer';
import { transliterate } from './transliterate';

function dropLatinDiacritics(text: string): string {
  // Decomposed Latin letters lose their marks; Cyrillic is romanised before this runs.
  return text.normalize('NFD').replace(/(?<=[A-Za-z])[\u0300-\u036f]+/g, '').normalize('NFC');
}

export function readingText(text: string, lang: string): string {
  return dropLatinDiacritics(transliterate(englishNames(text, lang)));
}

/**
 * Words that come before a surname in the language without being someone's first name: titles and
 * roles ("Außenminister Lawrow", "ministro Lavrov"), and the prepositions and verbs that open a
 * sentence before a name ("Secondo Lavrov", "Según Blinken", "Laut Lawrow", "Selon Lavrov"). Written
 * as the reading copy has them: lower case, no diacritics, Cyrillic romanised. Without them a
 * capitalised word before a surname reads as another person's first name, as "Dan" does in "Dan
 * Sullivan". Reviewed per language.
 */
export const NOT_FIRST_NAMES: Record<string, readonly string[]> = {
  de: [
    'laut', 'nach', 'fur', 'mit', 'von', 'aber', 'und', 'auch', 'so', 'wie', 'als', 'dass', 'da', 'denn', 'doch', 'zudem', 'dabei', 'demnach',
    'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'sagte', 'erklarte', 'betonte', 'schrieb', 'sprach',
    'aussenminister', 'aussenministerin', 'außenminister', 'außenministerin', 'minister', 'ministerin', 'prasident', 'prasidentin', 'sprecher', 'sprecherin', 'botschafter',
    'botschafterin', 'diplomat', 'diplomatin', 'amtskollege', 'amtskollegen', 'kollege', 'kollegen', 'kremlchef', 'staatschef', 'regierungschef',
    'ressortchef', 'chefdiplomat', 'generalsekretar', 'vize', 'vizeaussenminister', 'vizeaußenminister', 'uno', 'un', 'us', 'nato',
  ],
  fr: [
    'selon', 'pour', 'mais', 'et', 'ou', 'donc', 'ainsi', 'puis', 'alors', 'quand', 'avec', 'par', 'sur', 'chez', 'le', 'la', 'les', 'un', 'une',
    'du', 'des', 'de', 'au', 'aux', 'a', 'dit', 'declare', 'estime', 'affirme', 'explique', 'ajoute', 'souligne', 'assure',
    'ministre', 'president', 'presidente', 'porte-parole', 'ambassadeur', 'ambassadrice', 'diplomate', 'homologue', 'chef', 'secretaire',
    'vice-ministre', 'onu', 'otan', 'us',
  ],
  es: [
    'segun', 'para', 'pero', 'y', 'o', 'asi', 'luego', 'cuando', 'mientras', 'con', 'por', 'sobre', 'el', 'la', 'los', 'las', 'un', 'una', 'del',
    'al', 'de', 'dijo', 'afirmo', 'declaro', 'explico', 'agrego', 'anadio', 'aseguro', 'subrayo', 'ademas', 'tambien',
    'ministro', 'canciller', 'presidente', 'portavoz', 'vocero', 'vocera', 'embajador', 'embajadora', 'diplomatico', 'homologo', 'jefe',
    'secretario', 'viceministro', 'vicecanciller', 'onu', 'otan', 'eeuu',
  ],
  it: [
    'secondo', 'per', 'ma', 'e', 'o', 'cosi', 'poi', 'quando', 'mentre', 'con', 'su', 'da', 'di', 'il', 'lo', 'la', 'gli', 'le', 'un', 'una',
    'del', 'della', 'al', 'alla', 'dice', 'ha', 'afferma', 'dichiara', 'spiega', 'aggiunge', 'sottolinea', 'inoltre', 'anche', 'intanto',
    'ministro', 'presidente', 'portavoce', 'ambasciatore', 'ambasciatrice', 'diplomatico', 'omologo', 'capo', 'segretario', 'viceministro',
    'onu', 'nato', 'usa',
  ],
  ru: [
    'po', 'dlya', 'no', 'i', 'a', 'kak', 'takzhe', 'pri', 'glava', 'ministr', 'prezident', 'predstavitel', 'posol', 'postpred', 'diplomat',
    'kollega', 'spiker', 'gossekretar', 'zamglavy', 'zamministra', 'mid', 'rf', 'oon', 'ssha', 'nato', 'tass', 'ria',
  ],
  uk: [
    'za', 'dlya', 'ale', 'i', 'y', 'yak', 'takozh', 'pri', 'glava', 'ministr', 'prezident', 'predstavnik', 'posol', 'postpred', 'diplomat',
    'kolega', 'rechnik', 'derzhsekretar', 'mzs', 'rf', 'oon', 'ssha', 'nato',
  ],
};

const notFirstNameSets = new Map<string, ReadonlySet<string>>();

/** The language's words that are no first name, with the words of the English names the reading
 *  copy writes ("Russian Foreign Ministry Lavrov" is a ministry and Lavrov, not a Ministry Lavrov). */
export function notFirstNames(lang: string): ReadonlySet<string> {
  let set = notFirstNameSets.get(lang);
  if (!set) {
    const words = new Set(NOT_FIRST_NAMES[lang] ?? []);
    for (const name of Object.keys(GAZETTEER[lang] ?? {})) for (const w of name.toLowerCase().split(/\s+/)) words.add(w);
    set = words;
    notFirstNameSets.set(lang, set);
  }
  return set;
}
