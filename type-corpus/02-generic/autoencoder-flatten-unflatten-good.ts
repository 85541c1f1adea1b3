// cause: 2 generic code. An MNIST autoencoder generic over the batch: images [B, 28, 28] flattened with
// view(b, -1), encoded to 32 and decoded to 784, unflattened with view(b, 28, 28) for the reconstruction loss.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class AutoEncoder extends st.Module {
  readonly enc = new st.Linear(784, 32, new st.SeedSequence(0), 'default');
  readonly dec = new st.Linear(32, 784, new st.SeedSequence(1), 'default');
  forward<B extends number>(images: st.Tensor<[B, 28, 28]>) {
    const [b] = images.shape;
    const z = st.relu(this.enc.forward(st.reshape(images, [b, -1])));
    return st.reshape(st.sigmoid(this.dec.forward(z)), [b, 28, 28]);
  }
}
const ae = new AutoEncoder();
const params = ae.parameters();
const images = st.randomUniform([16, 28, 28]);
const { value, grads } = st.variableGrads(() => st.mean(st.square(st.sub(ae.forward(images), images))), params);
new st.Adam({ learningRate: 1e-3 }).apply(params, grads);
export const ok: Eq<typeof value.shape, []> = true;
