// Prelude for api-design's GraphQL fragments: the executable schema and the ordering module they call.
declare const schema: import("graphql").GraphQLSchema;
type PlaceOrderInput = { idempotencyKey: string; currency: string; items: { sku: string; quantity: number }[] };
declare function findUnavailableSkus(items: PlaceOrderInput["items"]): Promise<string[]>;
declare function placeOrderOnce(input: PlaceOrderInput): Promise<{ id: string; status: string }>;
