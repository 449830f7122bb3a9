// Prelude for the performance page's queue fragment: the idempotent job body.
declare function sendReceipt(orderId: string): Promise<void>;
