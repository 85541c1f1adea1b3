// cause: 5 silent checks. A GAN step with one optimizer per network: the discriminator's gradients are
// handed to the generator's optimizer (a copy-paste slip between the two halves of the step).
// expect: Property 'gen' is missing
import * as st from '../../src/index.js';

const gen = st.variable(st.mul(st.randomNormal([16, 64], 0, 1, 'float32', 1), 0.1));
const disc = st.variable(st.mul(st.randomNormal([64, 1], 0, 1, 'float32', 2), 0.1));
const gParams = { gen };
const dParams = { disc };
const gOpt = new st.Adam({ learningRate: 2e-4, beta1: 0.5 });
const dOpt = new st.Adam({ learningRate: 2e-4, beta1: 0.5 });
const z = st.randomNormal([32, 16]);
const real = st.randomNormal([32, 64]);

const fake = () => st.tanh(st.matMul(z, gen));
const dLoss = st.variableGrads(() => st.mean(st.sub(st.sigmoid(st.matMul(fake(), disc)), st.sigmoid(st.matMul(real, disc)))), dParams);
dOpt.apply(dParams, dLoss.grads);
const gLoss = st.variableGrads(() => st.neg(st.mean(st.sigmoid(st.matMul(fake(), disc)))), gParams);
gOpt.apply(gParams, dLoss.grads); // error
