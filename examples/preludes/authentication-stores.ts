// Prelude for authentication fragments: SEC-10's readSecret() and the reader's own stores, declared (not implemented) so the fragment type-checks.
declare function readSecret(name: string): string;
declare function findUserByEmail(email: string): Promise<{ id: string; passwordHash: string } | undefined>;
declare function saveUserHash(userId: string, passwordHash: string): Promise<void>;
declare function revokeAllSessions(userId: string): Promise<void>;
declare function queueResetEmail(userId: string, link: URL): Promise<void>;
declare function upsertUserFromOidc(issuer: string, subject: string): Promise<{ id: string }>;
declare function loadPrincipal(userId: string): Promise<import('./authorization.js').Principal | undefined>;
declare const credentials: {
  findById(id: string): Promise<{ id: string; userId: string; publicKey: ReturnType<Uint8Array['slice']>; counter: number } | undefined>;
  updateCounter(id: string, counter: number): Promise<void>;
};
declare const invoices: {
  findById(id: string): Promise<import('./authorization.js').Invoice | undefined>;
  approve(id: string, approverId: string): Promise<void>;
};
