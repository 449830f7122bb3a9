// Stand-in for the orders feature's public surface (QUAL-13), as QUAL-16's error handler imports it.
export { OrderNotFound } from '../domain/order.js';
export class OrderAlreadyPaid extends Error {
  constructor(readonly orderId: string) {
    super(`order ${orderId} is already paid`);
  }
}
