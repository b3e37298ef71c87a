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
    x = np.empty(2 * m)
    for _ in range(steps):
        # sample: rows are the real draws, the discriminator's noise, the generator's noise
        draws = rng.standard_normal((3, m))
        x[:m] = MU + SIGMA * draws[0]
        x[m:] = w1 * draws[1] + b1

        # update D: mean cross-entropy over the 2m samples, t = w2*x + b2
        g = -signs / (1.0 + np.exp(signs * (w2 * x + b2)))
        w2 -= LR * float(g @ x) / (2 * m)
        b2 -= LR * float(g.sum()) / (2 * m)

        # update G: non-saturating loss softplus(-t) at x = w1*z + b1, against the updated D;
        # its derivative in x is -w2/(1 + e^t)
        z = draws[2]
        gx = -w2 / (1.0 + np.exp(w2 * (w1 * z + b1) + b2))
        w1 -= LR * float(gx @ z) / m
        b1 -= LR * float(gx.sum()) / m
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
