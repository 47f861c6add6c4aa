/**
 * How other languages write the places and bodies of international news, so that a report in
 * German or Russian names the KB's entities the way the KB (English) does: "UN-Sicherheitsrat",
 * "Conseil de sécurité", "СБ ООН" are the UN Security Council; "EE.UU.", "США" the United States.
 * The matcher's reading copy of an article in another language (reading-copy.ts) writes each form
 * found as the English name, and the KB's entity index then finds it as it finds any name. A form
 * names an entity only when the KB has an entity of that English name; for a KB about other events
 * the replaced words simply match nothing.
 *
 * People need no entry here: their names are spelt alike in Latin script, and Cyrillic ones
 * romanise to the KB's spelling (transliterate.ts).
 *
 * The forms are case-sensitive where the language capitalises the name, and list the inflected
 * forms news uses (German genitive -s, Russian and Ukrainian cases). Reviewed per language:
 * de, fr, es, it, ru, uk.
 */

/** English name → forms, per language (regular-expression source, matched as whole words). */
type Forms = Record<string, string[]>;

export const GAZETTEER: Record<string, Forms> = {
  de: {
    'UN Security Council': ['(?:UN-|UNO-|Uno-)?(?:Welt)?[Ss]icherheitsrat(?:e?s)?', 'Sicherheitsrat(?:e?s)? der Vereinten Nationen'],
    'United Nations': ['Vereinten Nationen', 'UNO', 'Uno'],
    'United States': ['USA', 'Vereinigten Staaten', 'Vereinigte Staaten'],
    Russia: ['Russlands?', 'Rußlands?'],
    Moscow: ['Moskaus?'],
    Kremlin: ['Kreml(?:s)?'],
    'State Department': ['US-Außenministerium(?:s)?', 'US-Aussenministerium(?:s)?', 'amerikanischen Außenministerium(?:s)?'],
    'Russian Foreign Ministry': ['russischen Außenministerium(?:s)?', 'russische Außenministerium', 'russischen Aussenministerium(?:s)?'],
  },
  fr: {
    'UN Security Council': ["Conseil de sécurité(?: de l'ONU| des Nations unies)?"],
    'United Nations': ['Nations unies', 'ONU'],
    'United States': ['États-Unis', 'Etats-Unis'],
    Russia: ['Russie'],
    Moscow: ['Moscou'],
    'State Department': ["département d'État", "Département d'État", "département d'Etat"],
    'Russian Foreign Ministry': ['ministère russe des Affaires étrangères', 'diplomatie russe'],
    NATO: ['OTAN', 'Otan'],
  },
  es: {
    'UN Security Council': ['Consejo de Seguridad(?: de la ONU| de las Naciones Unidas)?'],
    'United Nations': ['Naciones Unidas', 'ONU'],
    'United States': ['Estados Unidos', 'EE\\. ?UU\\.?', 'EEUU'],
    Russia: ['Rusia'],
    Moscow: ['Moscú', 'Moscu'],
    'State Department': ['Departamento de Estado'],
    'Russian Foreign Ministry': ['Ministerio de (?:Asuntos )?Exteriores ruso', 'Cancillería rusa'],
    NATO: ['OTAN', 'Otan'],
  },
  it: {
    'UN Security Council': ["Consiglio di [Ss]icurezza(?: dell'Onu| dell'ONU| delle Nazioni Unite)?"],
    'United Nations': ['Nazioni Unite', 'Onu', 'ONU'],
    'United States': ['Stati Uniti', 'Usa', 'USA'],
    Moscow: ['Mosca'],
    Kremlin: ['Cremlino'],
    'State Department': ['Dipartimento di Stato'],
    'Russian Foreign Ministry': ['ministero degli (?:Affari )?[Ee]steri russo'],
    NATO: ['Nato'],
  },
  ru: {
    'UN Security Council': ['СБ ООН', 'Совбез(?:а|е|ом|у)?(?: ООН)?', 'Совет(?:а|е|ом|у)? [Бб]езопасности(?: ООН)?'],
    'United Nations': ['ООН', 'Организаци(?:я|и|ю|ей) [Оо]бъединенных [Нн]аций', 'Организаци(?:я|и|ю|ей) [Оо]бъединённых [Нн]аций'],
    'United States': ['США', 'Соединенн(?:ые|ых|ым|ыми) [Шш]тат(?:ы|ов|ам|ами)', 'Соединённ(?:ые|ых|ым|ыми) [Шш]тат(?:ы|ов|ам|ами)'],
    Russia: ['Росси(?:я|и|ю|ей)', 'РФ'],
    Moscow: ['Москв(?:а|ы|е|у|ой)'],
    Ukraine: ['Украин(?:а|ы|е|у|ой)'],
    Washington: ['Вашингтон(?:а|е|у|ом)?'],
    Kremlin: ['Кремл(?:ь|я|е|ю|ем)'],
    'State Department': ['Госдеп(?:а|е|у|ом)?', 'госдеп(?:а|е|у|ом)?', '[Гг]осдепартамент(?:а|е|у|ом)?(?: США)?'],
    'Russian Foreign Ministry': ['МИД (?:России|РФ)', 'МИД'],
  },
  uk: {
    'UN Security Council': ['РБ ООН', 'Радбез(?:у|і|ом)?(?: ООН)?', 'Рад(?:а|и|і|ою|у) [Бб]езпеки(?: ООН)?'],
    'United Nations': ['ООН'],
    'United States': ['США', 'Сполучен(?:і|их|им|ими) [Шш]тат(?:и|ів|ам|ами)'],
    Russia: ['Росі(?:я|ї|ю|єю)', 'РФ'],
    Moscow: ['Москв(?:а|и|і|у|ою)'],
    Ukraine: ['Україн(?:а|и|і|у|ою)'],
    Washington: ['Вашингтон(?:а|і|у|ом)?'],
    Kremlin: ['Кремл(?:ь|я|і|ю|ем)'],
    'State Department': ['Держдеп(?:у|і|ом)?', '[Дд]ерждепартамент(?:у|і|ом)?(?: США)?'],
    'Russian Foreign Ministry': ['МЗС (?:Росії|РФ)'],
  },
};

interface CompiledForms {
  /** One pattern, one capturing group per form: the leftmost form wins, the longest at a place. */
  re: RegExp;
  /** The English name of each group, in order. */
  names: string[];
}

const compiled = new Map<string, CompiledForms | null>();

function formsFor(lang: string): CompiledForms | null {
  if (compiled.has(lang)) return compiled.get(lang)!;
  const pairs: [string, string][] = [];
  for (const [name, sources] of Object.entries(GAZETTEER[lang] ?? {})) for (const src of sources) pairs.push([src, name]);
  // Longer forms first, so that at one place "МИД России" is read before "МИД".
  pairs.sort((a, b) => b[0].length - a[0].length);
  const forms = pairs.length
    ? { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${pairs.map(([src]) => `(${src})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu'), names: pairs.map(([, name]) => name) }
    : null;
  compiled.set(lang, forms);
  return forms;
}

/**
 * The text with the language's forms of places and bodies written as their English names, in one
 * pass: "Совет Безопасности ООН" becomes one name, and "МИД России" the ministry, not a ministry
 * and Russia.
 */
export function englishNames(text: string, lang: string): string {
  const forms = formsFor(lang);
  if (!forms) return text;
  return text.replace(forms.re, (...groups: unknown[]) => {
    for (let i = 0; i < forms.names.length; i++) if (groups[i + 1] !== undefined) return forms.names[i]!;
    return String(groups[0]);
  });
}
