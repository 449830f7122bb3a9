// Stand-in for the reader's OrderNotifier that sends e-mail through Amazon SES (QUAL-10).
import type { OrderNotifier } from '../use-cases/place-order.js';
export declare const SesNotifier: new (fromAddress: string) => OrderNotifier;
