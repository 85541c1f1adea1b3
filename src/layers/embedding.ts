// Token ids to vectors: rows of a [vocab, dim] table. Its gradient is a one-hot product, which
// wasm can run (tfjs's own gather gradient cannot).
import * as st from '../index.js';
import { Module } from '../module/module.js';
import { expectInput, type IdsDType, type LayerCheck, type TokenIds } from './checks.js';
import type { SeedSequence } from './init.js';

export class Embedding<out V extends number, out D extends number, out Dev extends st.Device = st.DefaultDevice> extends Module {
  readonly weight: st.Variable<[V, D], 'float32', Dev>;

  constructor(readonly vocabSize: V, readonly dim: D, seeds: SeedSequence, device: Dev, std = 0.02) {
    super();
    this.weight = st.tidy(() => st.variable(st.randomNormal([vocabSize, dim], 0, std, 'float32', seeds.take(), device)));
  }

  forward<S extends st.Shape, XDev extends st.Device, I extends IdsDType<'Embedding.forward: the ids must be int32', I> = 'int32'>(
    this: Embedding<V, D, NoInfer<XDev>> & LayerCheck<`Embedding.forward: the ids are on ${XDev}, not on the layer's device`>,
    // The kind carries the dtype's sentence too (a constant mark): TS 5.9 infers I from one member of a union of
    // int32 and float32 ids, then relates the other to the parameter and prints the parameter's type.
    ids: st.Tensor<S, I, XDev, TokenIds<'Embedding.forward: the ids must be int32'>>,
  ): st.Tensor<[...S, D], 'float32', XDev> {
    expectInput('Embedding.forward', ids, { device: this.weight.device, input: 'the ids', dtype: 'int32' });
    const tokens: st.Tensor<S, 'int32', XDev> = ids; // I is int32 (its constraint); gather reads the dtype itself
    return this.emit(st.gather(this.weight, tokens));
  }
}
