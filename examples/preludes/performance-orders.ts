// Prelude for the performance page's N+1 fragments: a pg Pool named pool, the row types, and the request's customerId.
import pg from 'pg';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
interface Item { order_id: string; sku: string; quantity: number }
interface Order { id: string; created_at: Date; items?: Item[] }
declare const customerId: string;
