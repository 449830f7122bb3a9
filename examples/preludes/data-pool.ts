// Prelude for the data page's fragments: a node-postgres Pool named pool.
import type { Pool } from 'pg';
declare const pool: Pool;
