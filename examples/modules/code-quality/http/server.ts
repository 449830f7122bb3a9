// Stand-in for the reader's HTTP layer, which QUAL-10's composition root hands the use cases to.
import type { Server } from 'node:http';
import type { PlaceOrder } from '../use-cases/place-order.js';
export declare function createServer(useCases: { placeOrder: PlaceOrder }): Server;
