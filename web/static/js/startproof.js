// Proof of work for a new chat: after a rate-limit hit the server wants the next `start` to carry
// a freshly solved challenge (it says `challenge_required`); this fetches and solves one.
import { fetchChallenge, solve } from "./pow.js";

// Refusals of a start that a fresh proof answers.
export const PROOF_ERRORS = new Set([
  "challenge_required",
  "pow_invalid",
  "pow_expired",
  "pow_replayed",
]);

export class StartProof {
  constructor() {
    this.owed = false;
  }

  // The server asked for one (an event, or a refused start).
  require() {
    this.owed = true;
  }

  // The search started: what was owed is paid.
  paid() {
    this.owed = false;
  }

  // The `pow` for the start frame, or undefined when none is owed.
  async payload() {
    if (!this.owed) {
      return undefined;
    }
    const { payload } = await solve(await fetchChallenge());
    return payload;
  }
}
