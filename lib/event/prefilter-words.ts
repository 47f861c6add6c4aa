/**
 * Words of other languages that the prefilter counts as the English word they translate, so that a
 * report in German or Russian about a covered story reaches the matcher: "Sicherheitsrat" counts as
 * "council", "Sitzung" and "заседание" as "meeting", "Montag" as "monday". A word counts only when
 * the KB's own prefilter vocabulary has the English word (lib/kb/vocabulary.ts): for a KB about
 * other events these words add nothing.
 *
 * The prefilter reads words in lower case with Latin accents kept and Cyrillic romanised (endings
 * off, lib/event/transliterate.ts); the stems here are written the same way and match the start of
 * a word ("sitzung" matches "sitzungen"). Each stem is at least five letters and no common English
 * word starts with it. Weekdays are whole words (a romanised "среду" loses its ending: "sred"). Reviewed per language: de, fr, es, it, ru, uk.
 */
const STEMS: Record<string, string[]> = {
  response: ['antwort', 'réponse', 'respuesta', 'risposta', 'risposte', 'otvet', 'vidpovid'],
  responses: ['antworten', 'réponses', 'respuestas'],
  written: ['schriftlich', 'écrite', 'escrita', 'escrito', 'scritta', 'scritte', 'pismenn', 'pismov'],
  proposal: ['vorschlag', 'vorschläge', 'propuesta', 'proposta', 'predlozheni', 'propozits'],
  proposals: ['vorschläge', 'propuestas', 'proposte'],
  document: ['dokument', 'documento'],
  phone: ['telefon', 'téléphon', 'teléfon', 'telefónic'],
  call: ['telefonat', 'llamada', 'chiamata'],
  meeting: ['sitzung', 'treffen', 'réunion', 'reunión', 'riunione', 'zasedani', 'vstrech', 'zasidann', 'zustrich'],
  council: ['sicherheitsrat', 'conseil', 'consejo', 'consiglio', 'sovbez', 'sovet', 'radbez'],
  security: ['sicherheit', 'sécurité', 'seguridad', 'sicurezza', 'bezopasnost', 'bezpek'],
  vote: ['abstimmung', 'votación', 'votazione', 'golosovani', 'golosuvann'],
  foreign: ['auswärtig', 'étrangères', 'exteriores', 'esteri'],
  ministry: ['ministerium', 'ministère', 'ministerio', 'ministero', 'ministerstv'],
  spokesperson: ['sprecher', 'porte-parole', 'portavoz', 'portavoce', 'ofitsialn'],
  guarantees: ['garantien', 'garanties', 'garantías', 'garanzie', 'garanti'],
  border: ['grenze', 'frontière', 'frontera', 'granits', 'kordon'],
};

const WEEKDAYS: Record<string, string[]> = {
  monday: ['montag', 'montags', 'lundi', 'lunes', 'lunedì', 'lunedi', 'ponedelnik', 'ponedilok'],
  tuesday: ['dienstag', 'dienstags', 'mardi', 'martes', 'martedì', 'martedi', 'vtornik', 'vivtorok'],
  wednesday: ['mittwoch', 'mittwochs', 'mercredi', 'miércoles', 'miercoles', 'mercoledì', 'mercoledi', 'sreda', 'sred', 'sereda', 'sered'],
  thursday: ['donnerstag', 'donnerstags', 'jeudi', 'jueves', 'giovedì', 'giovedi', 'chetverg', 'chetver'],
};

/** First four letters → [stem, English word], so a word costs one map lookup. */
let byPrefix: Map<string, [string, string][]> | null = null;
let whole: Map<string, string> | null = null;

function tables(): { byPrefix: Map<string, [string, string][]>; whole: Map<string, string> } {
  if (!byPrefix || !whole) {
    byPrefix = new Map();
    whole = new Map();
    for (const [en, stems] of Object.entries(STEMS)) {
      for (const stem of stems) {
        const key = stem.slice(0, 4);
        const list = byPrefix.get(key) ?? [];
        list.push([stem, en]);
        byPrefix.set(key, list);
      }
    }
    for (const list of byPrefix.values()) list.sort((a, b) => b[0].length - a[0].length);
    for (const [en, words] of Object.entries(WEEKDAYS)) for (const w of words) whole.set(w, en);
  }
  return { byPrefix, whole };
}

/** The English vocabulary word `word` (as the prefilter reads it) translates, or null. */
export function englishWord(word: string): string | null {
  if (word.length < 4) return null;
  const t = tables();
  const day = t.whole.get(word);
  if (day) return day;
  if (word.length < 5) return null;
  for (const [stem, en] of t.byPrefix.get(word.slice(0, 4)) ?? []) if (word.startsWith(stem)) return en;
  return null;
}
