/* Benchmarks-game n-body: the Sun and the four Jovian planets, symplectic
 * Euler steps of 0.01 days. Each coordinate is its own array, as the Python
 * version keeps each in a 1-D numpy array. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define NB 5
#define PI 3.141592653589793
#define SOLAR_MASS (4.0 * PI * PI)
#define DAYS_PER_YEAR 365.24

typedef double vec[NB];

static void advance(vec x, vec y, vec z, vec vx, vec vy, vec vz,
                    const vec mass, double dt, long steps) {
    for (long s = 0; s < steps; s++) {
        for (int i = 0; i < NB; i++) {
            for (int j = i + 1; j < NB; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double dz = z[i] - z[j];
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * sqrt(d2));
                double mi = mass[i] * mag;
                double mj = mass[j] * mag;
                vx[i] -= dx * mj;
                vy[i] -= dy * mj;
                vz[i] -= dz * mj;
                vx[j] += dx * mi;
                vy[j] += dy * mi;
                vz[j] += dz * mi;
            }
        }
        for (int i = 0; i < NB; i++) {
            x[i] += dt * vx[i];
            y[i] += dt * vy[i];
            z[i] += dt * vz[i];
        }
    }
}

static double energy(const vec x, const vec y, const vec z, const vec vx,
                     const vec vy, const vec vz, const vec mass) {
    double e = 0.0;
    for (int i = 0; i < NB; i++) {
        e += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
        for (int j = i + 1; j < NB; j++) {
            double dx = x[i] - x[j];
            double dy = y[i] - y[j];
            double dz = z[i] - z[j];
            e -= mass[i] * mass[j] / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void offset_momentum(vec vx, vec vy, vec vz, const vec mass) {
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < NB; i++) {
        px += vx[i] * mass[i];
        py += vy[i] * mass[i];
        pz += vz[i] * mass[i];
    }
    vx[0] = -px / SOLAR_MASS;
    vy[0] = -py / SOLAR_MASS;
    vz[0] = -pz / SOLAR_MASS;
}

int main(int argc, char **argv) {
    /* Sun, Jupiter, Saturn, Uranus, Neptune: AU, AU/day (scaled to AU/year
     * below) and solar masses (scaled to SOLAR_MASS units). */
    vec x = {0.0, 4.84143144246472090e+00, 8.34336671824457987e+00,
             1.28943695621391310e+01, 1.53796971148509165e+01};
    vec y = {0.0, -1.16032004402742839e+00, 4.12479856412430479e+00,
             -1.51111514016986312e+01, -2.59193146099879641e+01};
    vec z = {0.0, -1.03622044471123109e-01, -4.03523417114321381e-01,
             -2.23307578892655734e-01, 1.79258772950371181e-01};
    vec vx = {0.0, 1.66007664274403694e-03, -2.76742510726862411e-03,
              2.96460137564761618e-03, 2.68067772490389322e-03};
    vec vy = {0.0, 7.69901118419740425e-03, 4.99852801234917238e-03,
              2.37847173959480950e-03, 1.62824170038242295e-03};
    vec vz = {0.0, -6.90460016972063023e-05, 2.30417297573763929e-05,
              -2.96589568540237556e-05, -9.51592254519715870e-05};
    vec mass = {1.0, 9.54791938424326609e-04, 2.85885980666130812e-04,
                4.36624404335156298e-05, 5.15138902046611451e-05};
    for (int i = 0; i < NB; i++) {
        vx[i] *= DAYS_PER_YEAR;
        vy[i] *= DAYS_PER_YEAR;
        vz[i] *= DAYS_PER_YEAR;
        mass[i] *= SOLAR_MASS;
    }

    long n = argc > 1 ? atol(argv[1]) : 5000000;
    offset_momentum(vx, vy, vz, mass);
    printf("%.9f\n", energy(x, y, z, vx, vy, vz, mass));
    advance(x, y, z, vx, vy, vz, mass, 0.01, n);
    printf("%.9f\n", energy(x, y, z, vx, vy, vz, mass));
    return 0;
}
