-- Benchmarks-game spectral-norm: power method on A'A, where
-- A[i, j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), 10 rounds.
-- Arrays are 0-based tables, as in the Python version.

local sqrt = math.sqrt

local function eval_a(i, j)
  -- (i + j) * (i + j + 1) is even, so "/ 2" is exact like Python's "// 2".
  return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1)
end

local function mul_av(v, av, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + eval_a(i, j) * v[j]
    end
    av[i] = s
  end
end

local function mul_atv(v, atv, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + eval_a(j, i) * v[j]
    end
    atv[i] = s
  end
end

local function mul_atav(v, out, tmp, n)
  mul_av(v, tmp, n)
  mul_atv(tmp, out, n)
end

local function spectral_norm(n)
  local u, v, tmp = {}, {}, {}
  for i = 0, n - 1 do
    u[i], v[i], tmp[i] = 1.0, 0.0, 0.0
  end
  for _ = 1, 10 do
    mul_atav(u, v, tmp, n)
    mul_atav(v, u, tmp, n)
  end
  local vbv, vv = 0.0, 0.0
  for i = 0, n - 1 do
    vbv = vbv + u[i] * v[i]
    vv = vv + v[i] * v[i]
  end
  return sqrt(vbv / vv)
end

local n = tonumber(arg[1]) or 2200
print(string.format("%.9f", spectral_norm(n)))
