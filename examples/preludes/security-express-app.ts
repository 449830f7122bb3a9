// Prelude for security fragments: an Express app with JSON parsing, a pg Pool, and the caller that authentication middleware sets.
import express from 'express';
import pg from 'pg';

declare global {
  namespace Express {
    interface Request {
      user?: { id: string; accountId: string };
    }
  }
}

const app = express();
app.use(express.json({ limit: '16kb' }));
const pool = new pg.Pool();
