"""The standard benchmark workload written with numpy: the reference for the library's loop.

It trains G(z) = w1*z + b1 against D(x) = sigmoid(w2*x + b2) on data N(4, 1.25^2) with noise
N(0, 1). Each step makes one discriminator update on 64 real and 64 generated samples (binary
cross-entropy) and then one generator update on 64 fresh noise values (non-saturating loss), by
plain SGD with learning rate 0.01 from w1 = 1, b1 = 0, w2 = 0.1, b2 = 0. Each step is vectorised
over its batch; the steps themselves run one after another, as SGD requires.

Usage: python bench/reference.py --steps N --seed S
Prints one JSON line: the wall-clock and CPU seconds the loop took, the final parameters and the
versions used.
"""

import argparse
import json
import platform
import time

import numpy as np

MU, SIGMA = 4.0, 1.25
BATCH = 64
LR = 0.01


def train(steps, seed):
    """Run `steps` SGD steps from a numpy Generator seeded with `seed`; return w1, b1, w2, b2."""
    rng = np.random.default_rng(seed)
    w1, b1, w2, b2 = 1.0, 0.0, 0.1, 0.0
    m = BATCH
    # Label signs: +1 for the m real samples, -1 for the m generated ones. With u = s*t the
    # cross-entropy of either class is softplus(-u), whose derivative in t is -s/(1 + e^u).
    signs = np.concatenate([np.ones(m), -np.ones(m)])
    # Buffers reused by every step: numpy's cost at this batch size is the overhead of each call
    # and each new array, so the updates write in place with out= and augmented assignment.
    draws = np.empty((3, m))
    x = np.empty(2 * m)
    g = np.empty(2 * m)
    gx = np.empty(m)
    for _ in range(steps):
        # sample: rows are the real draws, the discriminator's noise, the generator's noise
        rng.standard_normal(out=draws)
        np.multiply(draws[0], SIGMA, out=x[:m])
        x[:m] += MU
        np.multiply(draws[1], w1, out=x[m:])
        x[m:] += b1

        # update D: mean cross-entropy over the 2m samples, t = w2*x + b2; g = -dL/dt per sample
        np.multiply(x, w2, out=g)
        g += b2
        g *= signs
        np.exp(g, out=g)
        g += 1.0
        np.divide(signs, g, out=g)
        w2 += LR * float(g @ x) / (2 * m)
        b2 += LR * float(g.sum()) / (2 * m)

        # update G: non-saturating loss softplus(-t) at x = w1*z + b1, against the updated D, so
        # t = (w2*w1)*z + (w2*b1 + b2); gx = -dL/dx = w2/(1 + e^t) per sample
        z = draws[2]
        np.multiply(z, w2 * w1, out=gx)
        gx += w2 * b1 + b2
        np.exp(gx, out=gx)
        gx += 1.0
        np.divide(w2, gx, out=gx)
        w1 += LR * float(gx @ z) / m
        b1 += LR * float(gx.sum()) / m
    return w1, b1, w2, b2


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=100_000, help="number of SGD steps")
    parser.add_argument("--seed", type=int, default=1, help="seed of the numpy Generator")
    args = parser.parse_args()
    if args.steps < 1:
        parser.error(f"Cannot train as --steps must be a positive integer: --steps={args.steps}")
    started = time.perf_counter()
    cpu_started = time.process_time()
    w1, b1, w2, b2 = train(args.steps, args.seed)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    report = {
        "implementation": "numpy",
        "steps": args.steps,
        "seed": args.seed,
        "seconds": seconds,
        "cpuSeconds": cpu_seconds,
        "final": {"w1": w1, "b1": b1, "w2": w2, "b2": b2},
        "numpy": np.__version__,
        "python": platform.python_version(),
    }
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
