// Checks AUTH-07's TOTP functions against the SHA-1 test vectors of RFC 6238 Appendix B (last six digits)
// and checks that a code is refused the second time. Run: node docs/measurements/authentication-totp-vectors.mjs
// The two functions are copied from the AUTH-07 block, without types.
import { createHmac, timingSafeEqual } from 'node:crypto';
import assert from 'node:assert/strict';

function totpAt(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

function verifyTotp(secret, code, lastStep, now = Date.now()) {
  if (!/^\d{6}$/.test(code)) return null;
  const current = Math.floor(now / 30_000);
  for (const step of [current - 1, current, current + 1]) {
    if (step <= lastStep) continue;
    if (timingSafeEqual(Buffer.from(totpAt(secret, step)), Buffer.from(code))) return step;
  }
  return null;
}

const key = Buffer.from('12345678901234567890');
for (const [time, eightDigits] of [[59, '94287082'], [1111111109, '07081804'], [1234567890, '89005924'], [2000000000, '69279037']]) {
  assert.equal(totpAt(key, Math.floor(time / 30)), eightDigits.slice(-6), `T=${time}`);
}
const step = verifyTotp(key, '287082', -1, 59_000);
assert.equal(step, 1);
assert.equal(verifyTotp(key, '287082', step, 59_000), null, 'replayed code must be refused');
console.log('RFC 6238 vectors match; a replayed code is refused');
