-- Benchmarks-game mandelbrot on an n x n grid over [-1.5, 0.5] x [-1, 1]:
-- 50 iterations, escape radius 2. Counts the points in the set instead of
-- writing a bitmap, so the output is a number every implementation can print.

local ITER = 50

local function mandelbrot(n)
  local count = 0
  for y = 0, n - 1 do
    local ci = 2.0 * y / n - 1.0
    for x = 0, n - 1 do
      local cr = 2.0 * x / n - 1.5
      local zr, zi, tr, ti = 0.0, 0.0, 0.0, 0.0
      for _ = 1, ITER do
        zi = 2.0 * zr * zi + ci
        zr = tr - ti + cr
        tr = zr * zr
        ti = zi * zi
        if tr + ti > 4.0 then
          break
        end
      end
      if tr + ti <= 4.0 then
        count = count + 1
      end
    end
  end
  return count
end

local n = tonumber(arg[1]) or 2500
print(string.format("%d", mandelbrot(n)))
