import { expectType } from 'tsd';
import type {
  Add,
  CeilDiv,
  Compare,
  Div,
  IsDivisible,
  IsLiteral,
  Max,
  Min,
  Mod,
  Mul,
  Product,
  Sub,
  Sum,
} from '../src/shapes/arith.js';
import type { Named } from '../src/shapes/dims.js';

// A value of the computed type; expectType then checks it for identity.
declare function v<T>(): T;

// ---- Add
expectType<0>(v<Add<0, 0>>());
expectType<3>(v<Add<1, 2>>());
expectType<7>(v<Add<7, 0>>());
expectType<7>(v<Add<0, 7>>());
expectType<1000>(v<Add<999, 1>>());
expectType<1000>(v<Add<1, 999>>());
expectType<199998>(v<Add<99999, 99999>>());
expectType<10000000000>(v<Add<9999999999, 1>>());
expectType<9007199254740991>(v<Add<9007199254740990, 1>>());
expectType<11 | 12>(v<Add<1 | 2, 10>>());

// ---- Sub
expectType<0>(v<Sub<5, 5>>());
expectType<0>(v<Sub<0, 0>>());
expectType<1>(v<Sub<100, 99>>());
expectType<1>(v<Sub<10000, 9999>>());
expectType<999>(v<Sub<1000, 1>>());
expectType<5>(v<Sub<5, 0>>());
expectType<4041>(v<Sub<4096, 55>>());
expectType<never>(v<Sub<3, 5>>());
expectType<never>(v<Sub<99, 100>>());
expectType<never>(v<Sub<0, 1>>());

// ---- Mul
expectType<0>(v<Mul<0, 12345>>());
expectType<0>(v<Mul<12345, 0>>());
expectType<12345>(v<Mul<1, 12345>>());
expectType<81>(v<Mul<9, 9>>());
expectType<99980001>(v<Mul<9999, 9999>>());
expectType<45088768>(v<Mul<4096, 11008>>());
expectType<45088768>(v<Mul<11008, 4096>>());
expectType<131072000>(v<Mul<32000, 4096>>());
expectType<1000000000000>(v<Mul<1000000, 1000000>>());
expectType<9007199136250225>(v<Mul<94906265, 94906265>>());

// ---- Div, Mod, CeilDiv
expectType<11008>(v<Div<45088768, 4096>>());
expectType<3>(v<Div<7, 2>>());
expectType<1>(v<Mod<7, 2>>());
expectType<4>(v<CeilDiv<7, 2>>());
expectType<4>(v<Div<8, 2>>());
expectType<0>(v<Mod<8, 2>>());
expectType<4>(v<CeilDiv<8, 2>>());
expectType<0>(v<Div<3, 5>>());
expectType<3>(v<Mod<3, 5>>());
expectType<1>(v<CeilDiv<3, 5>>());
expectType<0>(v<Div<0, 5>>());
expectType<0>(v<CeilDiv<0, 5>>());
expectType<1>(v<Div<100, 100>>());
expectType<100>(v<Div<100, 1>>());
expectType<100>(v<Div<10000, 100>>());
expectType<90>(v<Mod<1000, 910>>());
expectType<99999999>(v<Div<999999990000, 10000>>());
expectType<92857724275680>(v<Div<9007199254740991, 97>>());
expectType<31>(v<Mod<9007199254740991, 97>>());
expectType<never>(v<Div<5, 0>>());
expectType<never>(v<Mod<5, 0>>());
expectType<never>(v<CeilDiv<5, 0>>());

// ---- Compare, Max, Min
expectType<'eq'>(v<Compare<0, 0>>());
expectType<'lt'>(v<Compare<0, 1>>());
expectType<'gt'>(v<Compare<10, 9>>());
expectType<'lt'>(v<Compare<123, 132>>());
expectType<'gt'>(v<Compare<1000, 999>>());
expectType<'eq'>(v<Compare<4096, 4096>>());
expectType<4096>(v<Max<4096, 512>>());
expectType<4096>(v<Max<512, 4096>>());
expectType<512>(v<Min<4096, 512>>());
expectType<7>(v<Min<7, 7>>());
expectType<3 | 5>(v<Max<1 | 5, 3>>());
// A product of union dims is not a dim (the union check rejects the dims); Mul is commutative instead of distributive.
expectType<number>(v<Mul<2 | 3, 10 | 20>>());
expectType<20>(v<Mul<2, 10>>());

// ---- Product, Sum
expectType<1>(v<Product<[]>>());
expectType<0>(v<Sum<[]>>());
expectType<65536>(v<Product<[32, 16, 128]>>());
expectType<223092870>(v<Product<[2, 3, 5, 7, 11, 13, 17, 19, 23]>>());
expectType<0>(v<Product<[4, 0, 7]>>());
expectType<6>(v<Product<readonly [2, 3]>>());
// Over type-parameter dims a product is a chain of Mul, which defers (the digit fold over a generic dim never ended).
export function genericProducts<B extends number, T extends number, D extends number>(): void {
  expectType<B>(v<Product<[B]>>());
  expectType<Mul<B, T>>(v<Product<[B, T]>>());
  expectType<Mul<B, Mul<T, D>>>(v<Product<[B, T, D]>>());
  expectType<Mul<B, Mul<4, D>>>(v<Product<[B, 4, D]>>());
}
expectType<176>(v<Sum<[32, 16, 128]>>());
expectType<1000>(v<Sum<[999, 1]>>());

// ---- IsDivisible, IsLiteral
expectType<true>(v<IsDivisible<12, 4>>());
expectType<false>(v<IsDivisible<12, 5>>());
expectType<true>(v<IsDivisible<0, 3>>());
expectType<false>(v<IsDivisible<3, 0>>());
expectType<true>(v<IsDivisible<45088768, 4096>>());
expectType<true>(v<IsLiteral<0>>());
expectType<true>(v<IsLiteral<16>>());
expectType<false>(v<IsLiteral<number>>());
expectType<false>(v<IsLiteral<-1>>());
expectType<false>(v<IsLiteral<1.5>>());

// ---- Named dims count by their size.
type T16 = Named<'T', 16>;
type D64 = Named<'D', 64>;
expectType<1024>(v<Mul<T16, D64>>());
expectType<80>(v<Add<T16, D64>>());
expectType<48>(v<Sub<D64, T16>>());
expectType<4>(v<Div<D64, T16>>());
expectType<0>(v<Mod<D64, T16>>());
expectType<'lt'>(v<Compare<T16, D64>>());
expectType<64>(v<Max<T16, D64>>());
expectType<16>(v<Min<T16, D64>>());
expectType<true>(v<IsDivisible<D64, T16>>());
expectType<true>(v<IsLiteral<T16>>());
expectType<2048>(v<Product<[2, T16, D64]>>());
expectType<82>(v<Sum<[2, T16, D64]>>());
expectType<false>(v<IsLiteral<Named<'B', number>>>());
expectType<number>(v<Add<Named<'B', number>, 1>>());
expectType<number>(v<Product<[Named<'B', number>, T16]>>());

// ---- `number` in, `number` out.
expectType<number>(v<Add<number, 3>>());
expectType<number>(v<Sub<3, number>>());
expectType<number>(v<Mul<number, 0>>());
expectType<number>(v<Div<number, 4>>());
expectType<number>(v<Mod<4, number>>());
expectType<number>(v<CeilDiv<number, number>>());
expectType<number>(v<Max<number, 3>>());
expectType<number>(v<Min<3, number>>());
expectType<'lt' | 'eq' | 'gt'>(v<Compare<number, 3>>());
expectType<boolean>(v<IsDivisible<12, number>>());
expectType<number>(v<Product<number[]>>());
expectType<number>(v<Product<[2, number, 3]>>());
expectType<number>(v<Sum<[1, number]>>());
expectType<number>(v<Sum<readonly number[]>>());

// ---- Not non-negative integer literals: never. Past 2^53 the exact digits have no literal: number.
expectType<never>(v<Add<-1, 2>>());
expectType<never>(v<Mul<1.5, 2>>());
expectType<never>(v<Product<[2, -1]>>());
expectType<number>(v<Mul<9007199254740991, 10>>());
