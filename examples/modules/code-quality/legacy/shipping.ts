// Stand-in for the legacy module QUAL-21's characterization test pins.
export declare function calculateShipping(input: { weightGrams: number; country: string; express: boolean }): number;
