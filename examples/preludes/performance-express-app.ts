// Prelude for the performance page's Express fragments: an app, a catalog service and an auth middleware.
import express, { type RequestHandler } from 'express';
const app = express();
declare const catalog: { categories(): Promise<{ id: string; name: string }[]> };
declare const requireUser: RequestHandler;
