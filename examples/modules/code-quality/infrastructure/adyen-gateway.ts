// Stand-in for a second PaymentGateway adapter (QUAL-08), built like QUAL-09's StripeGateway.
import type { PaymentGateway } from '../domain/payments.js';
export declare const AdyenGateway: new (apiKey: string, merchantAccount: string) => PaymentGateway;
