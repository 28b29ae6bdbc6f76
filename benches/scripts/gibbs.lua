-- The seed's Gibbs sampler in LuaJIT, calling the same random-number
-- library (examples/rng/librandomkit.so) through the FFI.
local ffi = require("ffi")
local sqrt = math.sqrt

local THIN = 100

ffi.cdef([[
typedef struct rk_state_ {
    unsigned long key[624];
    int pos;
    int has_gauss;
    double gauss;
} rk_state;

void rk_seed(unsigned long seed, rk_state *state);
double rk_normal(rk_state *state, double loc, double scale);
double rk_gamma(rk_state *state, double shape, double scale);
]])
local here = arg[0]:match("^(.*)/") or "."
local rk = ffi.load(here .. "/../../examples/rng/librandomkit.so")

local function gibbs(n, thin, state)
  rk.rk_seed(0, state)
  local x, y = 0, 0
  local samples = ffi.new("double[?]", 2 * n)
  for i = 0, n - 1 do
    for _ = 1, thin do
      x = rk.rk_gamma(state, 3.0, 1.0 / (y * y + 4))
      y = rk.rk_normal(state, 1.0 / (x + 1), 1.0 / sqrt(2 + 2 * x))
    end
    samples[2 * i] = x
    samples[2 * i + 1] = y
  end
  return samples
end

local function column_mean(samples, n, col)
  local total = 0.0
  for i = 0, n - 1 do
    total = total + samples[2 * i + col]
  end
  return total / n
end

local n = tonumber(arg[1]) or 50000
local samples = gibbs(n, THIN, ffi.new("rk_state"))
print(string.format("gibbs N=%d thin=%d", n, THIN))
print(string.format("mean x = %.6f, mean y = %.6f", column_mean(samples, n, 0),
  column_mean(samples, n, 1)))
print(string.format("last = %.6f %.6f", samples[2 * (n - 1)], samples[2 * (n - 1) + 1]))
