// A small seeded PRNG (mulberry32) whose whole state is one integer, so a checkpoint can save it
// and a resumed run draws exactly the numbers an uninterrupted run would have drawn.
export class Rng {
  constructor(private state: number) {
    this.state = state >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** A 31-bit seed for a tfjs random op (dropout), drawn from this stream. */
  seed(): number {
    return this.int(2147483647);
  }
  getState(): number {
    return this.state;
  }
  setState(state: number): void {
    this.state = state >>> 0;
  }
}
