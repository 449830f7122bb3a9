// Stand-in for the orders feature's public type, as QUAL-04's refund module imports it.
export type { Order } from '../domain/order.js';
