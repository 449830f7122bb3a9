// Stand-in for the reader's domain model, which QUAL-06's repository maps rows onto.
export class Order {
  private constructor(
    readonly id: string,
    readonly customerId: string,
    readonly totalCents: number,
    readonly status: string,
  ) {}
  static fromRecord(record: { id: string; customerId: string; totalCents: number; status: string }): Order {
    return new Order(record.id, record.customerId, record.totalCents, record.status);
  }
}
export class OrderNotFound extends Error {
  constructor(readonly orderId: string) {
    super(`order ${orderId} not found`);
  }
}
