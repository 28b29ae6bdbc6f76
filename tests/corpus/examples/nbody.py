# adapted from the former numba examples/nbody/nbody_modified_by_MarkHarris.py (jitted integrate, small n, no timings)
import numpy as np

from numba import njit

SOFTENING_SQUARED = 0.01


def normalize(vector):
    dist = np.sqrt((vector * vector).sum())
    if dist > 1e-6:
        vector /= dist
    return dist


def randomize_bodies(pos, vel, cluster_scale, velocity_scale, n):
    np.random.seed(42)
    scale = cluster_scale
    vscale = scale * velocity_scale
    inner = 2.5 * scale
    outer = 4.0 * scale
    i = 0
    while i < n:
        point = np.random.random(3) / 2.
        length = normalize(point)
        if length > 1.:
            continue
        pos[i, :3] = point * ((inner + (outer - inner)) * np.random.random(3))
        pos[i, 3] = 1.0
        axis = np.array((0., 0., 1.))
        normalize(axis)
        if (1 - ((point * axis).sum())) < 1e-6:
            axis[0] = point[1]
            axis[1] = point[0]
            normalize(axis)
        vv = np.cross(pos[i, :3], axis)
        vel[i, :3] = vscale * vv
        vel[i, 3] = 1.0
        i += 1


@njit
def body_body_interaction(force, pos_mass0, pos_mass1):
    r = pos_mass1[:3] - pos_mass0[:3]
    dist_sqr = (r * r).sum()
    dist_sqr += SOFTENING_SQUARED
    inv_dist = 1.0 / np.sqrt(dist_sqr)
    inv_dist_cube = inv_dist * inv_dist * inv_dist
    s = pos_mass1[3] * inv_dist_cube
    force += r * s


@njit
def integrate(position_out, position_in, velocity, delta_time, n):
    for i in range(n):
        p = position_in[i]
        f = np.zeros(3)
        for j in range(n):
            body_body_interaction(f, p, position_in[j])
        inv_mass = velocity[i, 3]
        v = velocity[i, :3] + f * inv_mass * delta_time
        position_out[i, :3] = p[:3] + v * delta_time
        position_out[i, 3] = position_in[i, 3]
        velocity[i, :3] = v


def main():
    n = 16
    iterations = 10
    dt = 0.01667
    pin = np.zeros((n, 4))
    pout = np.zeros((n, 4))
    v = np.zeros((n, 4))
    randomize_bodies(pin, v, 1.54, 8.0, n)
    for i in range(iterations):
        integrate(pout, pin, v, dt, n)
        pin, pout = pout, pin
    print("%d n-body iterations" % iterations)
    print(np.round(pin[:4], 6))
    print("checksum %.6f" % np.abs(pin).sum())

if __name__ == "__main__":
    main()
