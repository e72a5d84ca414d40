// Unsaved form drafts kept in sessionStorage: they survive an accidental reload of the tab (a
// phone that dropped the page, a pulled-down refresh) and disappear once saved or discarded.
const prefix = 'binhdang.draft.';

export function readDraft<T>(key: string): T | null {
  try {
    const stored = window.sessionStorage.getItem(prefix + key);
    return stored ? (JSON.parse(stored) as T) : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    window.sessionStorage.setItem(prefix + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the form still works, only the reload safety net is gone.
  }
}

export function clearDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(prefix + key);
  } catch {
    // Nothing was stored.
  }
}
