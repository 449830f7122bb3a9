// Prelude for the checker's own test fixture: an Express app.
import express from 'express';
const app = express();
