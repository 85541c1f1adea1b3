// Seeded parameter initialisation: every layer draws from its own seed, derived from one base seed,
// so a model built twice with the same seed has the same weights.
export class SeedSequence {
  private next: number;
  constructor(seed: number) {
    this.next = seed;
  }
  /** A fresh seed for the next random draw. */
  take(): number {
    this.next = (Math.imul(this.next ^ 0x9e3779b9, 0x85ebca6b) >>> 0) % 2147483647;
    return this.next;
  }
}
