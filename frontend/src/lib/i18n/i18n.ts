import { useSyncExternalStore } from 'react';

import { getLanguage, setLanguage as storeLanguage, subscribeLanguage, type Language } from './language';
import { vi, type Dictionary } from './vi';

// Vietnamese ships with the first load; English is its own chunk, fetched the first time it is
// chosen (most users never do, and slow links should not pay for it).
const dictionaries: Partial<Record<Language, Dictionary>> = { vi };

export function loadDictionary(language: Language): Promise<Dictionary> {
  const loaded = dictionaries[language];
  if (loaded) return Promise.resolve(loaded);
  return import('./en').then(({ en }) => (dictionaries.en = en));
}

/** A language's dictionary once loaded; Vietnamese until then. */
export function dictionaryFor(language: Language): Dictionary {
  return dictionaries[language] ?? vi;
}

/** Switches the UI language once its dictionary has arrived, so nothing shows half-translated. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadDictionary(language);
  storeLanguage(language);
}

export function useI18n(): { t: Dictionary; language: Language; setLanguage: (language: Language) => void } {
  const language = useSyncExternalStore(subscribeLanguage, getLanguage, getLanguage);
  return { t: dictionaryFor(language), language, setLanguage: (next) => void switchLanguage(next) };
}
