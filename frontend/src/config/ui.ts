// How long a search box waits for typing to settle before the term reaches the address bar and the server.
export const SEARCH_DEBOUNCE_MS = 350;
