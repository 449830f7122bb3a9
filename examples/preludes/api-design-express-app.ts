// Prelude for the api-design app.ts fragment: the one route handler the page does not show.
declare const cancelOrder: import("express").RequestHandler;
