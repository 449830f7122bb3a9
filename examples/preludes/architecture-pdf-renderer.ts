// Prelude for ARCH-16: the invoice renderer the route calls, a CPU-heavy function returning PDF bytes.
declare function renderInvoicePdf(invoiceId: string): Promise<Buffer>;
