/**
 * How other languages name the places and bodies of international news, as the prefilter reads
 * words (lower case; Cyrillic romanised by lib/event/transliterate, endings off). The prefilter
 * vocabulary takes a form only for an entity the KB has (lib/kb/vocabulary.ts), so this list adds
 * nothing for a KB about other events. People need no entry: their names are spelt alike in Latin
 * script and romanise to the KB's spelling from Cyrillic.
 *
 * Reviewed per language: de, fr, es, it (Latin script), ru, uk (romanised).
 */
export const NAME_FORMS: Record<string, string[]> = {
  Russia: ['russland', 'russie', 'rusia', 'russia', 'rossiya', 'rossii', 'rossiyu', 'rossiey', 'rosiya', 'rosiyi', 'rosiyu', 'russischen', 'russe', 'ruso', 'russo', 'rossiyskiy'],
  Ukraine: ['ukraine', 'ucrania', 'ucraina', 'ukraina', 'ukrainy', 'ukrain', 'ukrayina', 'ukrayiny', 'ukrayini', 'ukrayin'],
  Moscow: ['moskau', 'moscou', 'moscu', 'mosca', 'moskva', 'moskvy', 'moskvu', 'moskve'],
  Washington: ['washington', 'vashington'],
  'United States': ['usa', 'eeuu', 'unis', 'stati', 'ssha', 'shtaty'],
  NATO: ['nato', 'otan', 'nato', 'nato'],
  'UN Security Council': ['sicherheitsrat', 'conseil', 'consejo', 'consiglio', 'sovbez', 'oon', 'bezopasnosti', 'bezpeky'],
  'United Nations': ['uno', 'onu', 'oon'],
  'Russian Foreign Ministry': ['aussenministerium', 'außenministerium', 'ministère', 'ministerio', 'ministero', 'mid', 'mzs'],
  'Foreign Ministry': ['aussenministerium', 'außenministerium', 'ministère', 'ministerio', 'ministero', 'mid', 'mzs'],
  'State Department': ['außenministerium', 'département', 'departamento', 'dipartimento', 'gosdep', 'derzhdep'],
};
