// Prelude for api-design's gRPC fragments: the handler and client types proto-loader-gen-types writes
// for the worked example's proto (shop.orders.v1, plus an inventory service), and the stores they read.
interface LineItem { sku?: string; quantity?: number }
interface Order { id?: string; customerId?: string; status?: string; items?: LineItem[]; totalCents?: string; currency?: string; etag?: string; shippingAddress?: string }
interface OrderEvent { order?: Order | null; eventTime?: { seconds?: string; nanos?: number } | null }
interface CreateOrderRequest__Output { requestId?: string; items?: LineItem[]; currency?: string }
interface GetOrderRequest__Output { orderId?: string }
interface WatchOrdersRequest__Output { customerId?: string }
type OrderServiceHandlers = {
  CreateOrder: import("@grpc/grpc-js").handleUnaryCall<CreateOrderRequest__Output, Order>;
  GetOrder: import("@grpc/grpc-js").handleUnaryCall<GetOrderRequest__Output, Order>;
  WatchOrders: import("@grpc/grpc-js").handleServerStreamingCall<WatchOrdersRequest__Output, OrderEvent>;
};
declare const orders: {
  getOrder(
    request: { orderId: string },
    options: import("@grpc/grpc-js").CallOptions,
    callback: import("@grpc/grpc-js").requestCallback<Order>,
  ): import("@grpc/grpc-js").ClientUnaryCall;
};
declare const inventory: {
  reserveStock(
    request: { sku: string; quantity?: number },
    options: import("@grpc/grpc-js").CallOptions,
    callback: import("@grpc/grpc-js").requestCallback<{ reserved?: boolean }>,
  ): import("@grpc/grpc-js").ClientUnaryCall;
};
declare function findOrder(orderId: string): Promise<Order | null>;
declare function orderEvents(customerId: string, signal: AbortSignal): AsyncIterable<OrderEvent>;
