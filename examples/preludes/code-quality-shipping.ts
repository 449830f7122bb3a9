// Prelude for QUAL-22's fragment: QUAL-11's domain types and the legacy implementation being replaced.
type Parcel = { weightGrams: number };
type CountryCode = string & { readonly __brand: 'CountryCode' };
type Cents = number;
declare function legacyCalculate(weightGrams: number, country: CountryCode, express: boolean): Cents;
