import { useSyncExternalStore } from 'react';

import { en } from './en';
import { getLanguage, setLanguage, subscribeLanguage, type Language } from './language';
import { vi, type Dictionary } from './vi';

const dictionaries: Record<Language, Dictionary> = { vi, en };

export function dictionaryFor(language: Language): Dictionary {
  return dictionaries[language];
}

export function useI18n(): { t: Dictionary; language: Language; setLanguage: (language: Language) => void } {
  const language = useSyncExternalStore(subscribeLanguage, getLanguage, getLanguage);
  return { t: dictionaries[language], language, setLanguage };
}
