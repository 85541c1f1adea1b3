// Run-time dim arithmetic whose results carry their type-level values, so a config read as numbers
// can build layers whose types state the factorization (dim = heads * headDim).
import type { Div, IsDivisible, IsLiteral, Mul } from '../shapes/arith.js';
import type { CheckedArg } from '../shapes/core.js';

/** Literal dims that do not divide, with the run-time sentence (dynamic ones are checked at run time). */
type DivisibleCheck<A extends number, B extends number> =
  IsLiteral<A> extends true ? (IsLiteral<B> extends true ? (IsDivisible<A, B> extends true ? unknown : `dimDiv: ${A} is not divisible by ${B}`) : unknown) : unknown;

/** a / b as a dim, typed Div<A, B>; throws unless b divides a. */
export function dimDiv<A extends number, B extends number>(a: A, b: CheckedArg<B, DivisibleCheck<A, B>>, what = 'dimDiv'): Div<A, B> {
  if (!Number.isInteger(a) || !Number.isInteger(b) || b <= 0 || a % b !== 0) {
    throw new Error(`${what}: ${a} is not divisible by ${b}`);
  }
  return (a / b) as Div<A, B>;
}

/** a * b as a dim, typed Mul<A, B>. */
export function dimMul<A extends number, B extends number>(a: A, b: B): Mul<A, B> {
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0) throw new Error(`dimMul: dims must be non-negative integers, got ${a} and ${b}`);
  return (a * b) as Mul<A, B>;
}
