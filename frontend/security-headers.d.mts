export function securityHeaders(keycloakOrigin: string): Record<string, string>;
export function keycloakOrigin(url?: string): string;
