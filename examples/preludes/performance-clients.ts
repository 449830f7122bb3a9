// Prelude for the performance page's fan-out fragments: three downstream clients that accept an AbortSignal, and a userId.
declare const profiles: { get(userId: string, signal?: AbortSignal): Promise<{ name: string }> };
declare const ordersClient: { recent(userId: string, signal?: AbortSignal): Promise<{ id: string }[]> };
declare const offersClient: { forUser(userId: string, signal?: AbortSignal): Promise<{ code: string }[]> };
declare const userId: string;
