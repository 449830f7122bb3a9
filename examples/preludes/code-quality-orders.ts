// Prelude for QUAL-15's fragments: QUAL-06's repository and the domain's order types.
import { type Order, OrderNotFound } from './domain/order.js';
declare const orders: { findById(id: string): Promise<Order> };
