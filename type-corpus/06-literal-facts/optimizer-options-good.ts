// cause: 6 literal facts. Optimizers as nanoGPT and Llama configure them (AdamW betas (0.9, 0.95), decay 0.1,
// SGD with momentum 0.9), a learning rate from a schedule and options typed by the user's own config
// interface compile; the optimizer's type annotation needs no options type.
// expect: ok
import * as st from '../../src/index.js';

interface TrainConfig { lr: number; beta2: number; decay: number }
const cfg: TrainConfig = { lr: 6e-4, beta2: 0.95, decay: 0.1 };
export const adamw: st.AdamW = new st.AdamW({ learningRate: 6e-4, beta1: 0.9, beta2: 0.95, weightDecay: 0.1 });
export const fromConfig = new st.AdamW({ learningRate: cfg.lr, beta2: cfg.beta2, weightDecay: cfg.decay });
export const sgd: st.Optimizer = new st.SGD({ learningRate: 0.01, momentum: 0.9 });
export const adam = new st.Adam({ learningRate: st.learningRateAt(10, { learningRate: 1e-3, minLearningRate: 1e-4, warmupSteps: 100, decaySteps: 1000 }) });
