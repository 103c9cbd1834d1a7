// PBKDF2 with HMAC-SHA-256 in plain JavaScript, for pages where crypto.subtle is missing (it is
// only given to secure contexts: a phone opening a laptop's server over http on the LAN has none).
// Slower than WebCrypto, but the same answer: the HMAC pads are hashed once per key, and each
// iteration after the first costs two compressions.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = new Uint32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
const BLOCK = 64;
const DIGEST = 32;

const rotr = (x, n) => (x >>> n) | (x << (32 - n));

// One SHA-256 compression of the 16 words in w[0..15] into `state`; w must have 64 slots.
function compress(state, w) {
  for (let i = 16; i < 64; i += 1) {
    const a = w[i - 15];
    const b = w[i - 2];
    const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
    const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
  let [a, b, c, d, e, f, g, h] = state;
  for (let i = 0; i < 64; i += 1) {
    const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
    const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] += a;
  state[1] += b;
  state[2] += c;
  state[3] += d;
  state[4] += e;
  state[5] += f;
  state[6] += g;
  state[7] += h;
}

// The state after hashing `prefixBlocks` whole blocks already, then `bytes` with SHA-256 padding.
function finish(startState, prefixBytes, bytes) {
  const state = new Uint32Array(startState);
  const total = prefixBytes + bytes.length;
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / BLOCK) * BLOCK);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor((total * 8) / 0x100000000));
  view.setUint32(padded.length - 4, (total * 8) >>> 0);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += BLOCK) {
    for (let i = 0; i < 16; i += 1) {
      w[i] = view.getUint32(offset + i * 4);
    }
    compress(state, w);
  }
  return state;
}

function sha256(bytes) {
  return toBytes(finish(IV, 0, bytes));
}

function toBytes(words) {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  words.forEach((word, i) => view.setUint32(i * 4, word));
  return bytes;
}

// The HMAC key's inner and outer pad, each hashed as the first block.
function padStates(key) {
  const block = new Uint8Array(BLOCK);
  block.set(key.length > BLOCK ? sha256(key) : key);
  const states = [0x36, 0x5c].map((pad) => {
    const w = new Uint32Array(64);
    for (let i = 0; i < 16; i += 1) {
      const j = i * 4;
      w[i] =
        ((block[j] ^ pad) << 24) | ((block[j + 1] ^ pad) << 16) | ((block[j + 2] ^ pad) << 8) | (block[j + 3] ^ pad);
    }
    const state = new Uint32Array(IV);
    compress(state, w);
    return state;
  });
  return { inner: states[0], outer: states[1] };
}

// HMAC of a 32-byte message given as 8 words (every iteration after the first): two compressions.
function hmacWords(pads, words, w, out) {
  const twoBlockBits = (BLOCK + DIGEST) * 8;
  for (const [state, input] of [
    [pads.inner, words],
    [pads.outer, out],
  ]) {
    w.set(input.subarray(0, 8));
    w[8] = 0x80000000;
    w.fill(0, 9, 15);
    w[15] = twoBlockBits;
    const result = new Uint32Array(state);
    compress(result, w);
    out.set(result);
  }
  return out;
}

export function pbkdf2Sha256(password, salt, iterations, keyLength) {
  const pads = padStates(password);
  const key = new Uint8Array(keyLength);
  const w = new Uint32Array(64);
  for (let index = 1, done = 0; done < keyLength; index += 1, done += DIGEST) {
    const first = new Uint8Array(salt.length + 4);
    first.set(salt);
    new DataView(first.buffer).setUint32(salt.length, index);
    const inner = finish(pads.inner, BLOCK, first);
    const u = finish(pads.outer, BLOCK, toBytes(inner));
    const sum = new Uint32Array(u);
    for (let i = 1; i < iterations; i += 1) {
      hmacWords(pads, u, w, u);
      for (let j = 0; j < 8; j += 1) {
        sum[j] ^= u[j];
      }
    }
    key.set(toBytes(sum).subarray(0, Math.min(DIGEST, keyLength - done)), done);
  }
  return key;
}
