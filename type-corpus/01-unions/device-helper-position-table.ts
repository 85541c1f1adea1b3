// cause: 1 union inference. A helper makes the position table on a device it is given; the caller passes the
// flag's choice, then adds it to token embeddings made on the default device.
// expect: add: tensors are on different devices
import * as st from '../../src/index.js';

function positionTable<T extends number, D extends number, Dev extends st.Device>(t: T, d: D, device: Dev) {
  return st.randomNormal([t, d], 0, 0.02, 'float32', 1, device);
}
const device = process.env.SHAPETYPE_CPU ? 'cpu' : 'default';
const pos = positionTable(16, 64, device);
const tokens = st.gather(st.randomNormal([65, 64]), st.zeros([2, 16], 'int32'));
export const h = st.add(tokens, pos); // error
