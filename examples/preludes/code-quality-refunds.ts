// Prelude for QUAL-12's shell: what requestRefund is handed (QUAL-06's repository, QUAL-01's gateway, a clock, an approval queue).
interface RefundDeps {
  orders: {
    findById(orderId: string): Promise<{ totalCents: number; refundedCents: number; deliveredAt: Date | null; paymentRef: string }>;
  };
  payments: import('./domain/payments.js').PaymentGateway;
  clock: { now(): Date };
  approvals: { enqueue(orderId: string, amountCents: number): Promise<void> };
}
