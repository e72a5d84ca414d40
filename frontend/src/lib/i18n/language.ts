// The UI language lives outside React so that the API client can send it as Accept-Language.
export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'binhdang.language';
const listeners = new Set<() => void>();

function readStored(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return stored === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let current: Language = readStored();

export function getLanguage(): Language {
  return current;
}

export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private mode or full storage: the choice still holds for this visit.
  }
  document.documentElement.lang = language;
  listeners.forEach((listener) => listener());
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-reads the stored choice; tests use it after changing localStorage. */
export function resetLanguageFromStorage(): void {
  current = readStored();
  document.documentElement.lang = current;
}
