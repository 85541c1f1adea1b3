declare const dimName: unique symbol;
declare const dimSize: unique symbol;
/** A dim that has both a name and a size: `Named<'T', 16>`. A plain 16 is assignable to it; a dim of another name is not. */
export type Named<N extends string, S extends number> = S & { readonly [dimName]?: N; readonly [dimSize]?: S };
/** The plain size of a dim: 16 for Named<'T', 16>, and the dim itself otherwise. */
export type SizeOf<X> = X extends { readonly [dimSize]?: infer S extends number } ? (unknown extends S ? X : S) : X;
/** The name of a named dim, never for a plain one. */
export type NameOf<X> = X extends { readonly [dimName]?: infer N extends string } ? N : never;
