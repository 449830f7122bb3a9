// Prelude for testing fragments: the reader's code under test, which each test imports from its own module.
declare function refundableCents(order: { totalCents: number; deliveredAt: Date | null }, now: Date): number;
declare class EmailTakenError extends Error {}
declare function createUser(db: import('pg').Pool | import('pg').PoolClient, email: string): Promise<string>;
declare class OrdersClient {
  constructor(baseUrl: string);
  getOrder(id: number): Promise<{ id: number; status: string; totalCents: number } | null>;
}
declare const baseUrl: string;
declare function seedOrder(id: number): Promise<void>;
declare function retryWithBackoff<T>(call: () => Promise<T>, options: { attempts: number; baseMs: number; random?: () => number }): Promise<T>;
