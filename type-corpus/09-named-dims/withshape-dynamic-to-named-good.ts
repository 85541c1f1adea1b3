// named dims. Dims read from data (number) become named dims through withShape, checked at run time.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type B = st.Named<'B', 8>;
type T = st.Named<'T', 64>;
declare const b: B;
declare const t: T;
declare const rows: number;
declare const cols: number;
const batch = st.zeros([rows, cols], 'int32');
const typed = st.withShape(batch, [b, t]);
export const ok: Eq<typeof typed.shape, [B, T]> = true;
