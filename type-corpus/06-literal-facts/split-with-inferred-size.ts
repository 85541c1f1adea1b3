// cause: 6 literal facts. split sizes with one -1 (tfjs infers it): [-1, 4] of 10 is [6, 4].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const [features, flags] = st.split(st.zeros([2, 10]), [-1, 4], 1);
export const ok: Eq<typeof features.shape, [2, 6]> = true;
export const ok2: Eq<typeof flags.shape, [2, 4]> = true;
