// Proof of work: finds the answer to one of the server's challenges (ALTCHA v2, PBKDF2/SHA-256).
// The server picked a counter and kept the start of the key it derives; the browser tries
// counters until a derived key starts the same way. crypto.subtle does the hashing natively;
// where the page has none (plain http on a LAN address), pbkdf2.js does it in JavaScript.
import { pbkdf2Sha256 } from "./pbkdf2.js";

// Derivations in flight at once: while one result comes back to the page, WebCrypto is already
// working on the next (it runs off the page's thread; more lanes measured no faster).
const LANES = 2;
const COUNTER_BYTES = 4;

// The JavaScript fallback runs on the page's thread: it hands the thread back this often.
const YIELD_EVERY_MS = 50;

export async function fetchChallenge() {
  const response = await fetch("/challenge", { cache: "no-store" });
  if (!response.ok) {
    throw new Error(`no challenge (${response.status})`);
  }
  return response.json();
}

// The payload POST /gate wants (base64 of {challenge, solution}), its expiry, and the time taken.
export async function solve(challenge) {
  const started = performance.now();
  const found = { solution: null };
  const lanes = [];
  for (let lane = 0; lane < LANES; lane += 1) {
    lanes.push(searchLane(challenge.parameters, lane, found));
  }
  await Promise.all(lanes);
  const ms = Math.round(performance.now() - started);
  const solution = { ...found.solution, time: ms };
  const payload = btoa(JSON.stringify({ challenge, solution }));
  return { payload, expires: challenge.parameters.expiresAt, ms };
}

// One lane tries counters lane, lane + LANES, ...: the lanes never repeat each other's work.
async function searchLane(parameters, lane, found) {
  const prefix = fromHex(parameters.keyPrefix);
  const salt = fromHex(parameters.salt);
  const nonce = fromHex(parameters.nonce);
  for (let counter = lane; !found.solution && counter <= 0xffffffff; counter += LANES) {
    const key = await deriveKey(parameters, salt, withCounter(nonce, counter));
    if (!found.solution && startsWith(key, prefix)) {
      found.solution = { counter, derivedKey: toHex(key) };
    }
  }
}

let lastYield = 0;

async function deriveKey(parameters, salt, password) {
  if (!globalThis.crypto?.subtle) {
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resume) => setTimeout(resume, 0)); // let the page paint and respond
      lastYield = performance.now();
    }
    return pbkdf2Sha256(password, salt, parameters.cost, parameters.keyLength);
  }
  const base = await crypto.subtle.importKey("raw", password, "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations: parameters.cost },
    base,
    parameters.keyLength * 8,
  );
  return new Uint8Array(bits);
}

// The nonce, then the counter as a big-endian 32-bit number ("uint32" counter mode).
function withCounter(nonce, counter) {
  const password = new Uint8Array(nonce.length + COUNTER_BYTES);
  password.set(nonce);
  new DataView(password.buffer).setUint32(nonce.length, counter);
  return password;
}

function startsWith(bytes, prefix) {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function fromHex(hex) {
  return new Uint8Array((hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));
}

function toHex(bytes) {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
