// Prelude for DBG-04: the reader's own function under test, as `import { applyCoupons } from '../../src/orders/pricing.js'` would give it.
declare function applyCoupons(subtotalCents: number, coupons: { code: string; percentOff: number }[]): number;
