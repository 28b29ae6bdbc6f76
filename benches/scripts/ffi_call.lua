-- C call overhead: 10^8 calls of a trivial C function, double rk_add1(double)
-- from examples/rng/librandomkit.so, through LuaJIT's FFI.
local ffi = require("ffi")
ffi.cdef("double rk_add1(double x);")
local here = arg[0]:match("^(.*)/") or "."
local lib = ffi.load(here .. "/../../examples/rng/librandomkit.so")
local add1 = lib.rk_add1

local function loop(n)
  local x = 0.0
  for _ = 1, n do
    x = add1(x)
  end
  return x
end

local n = tonumber(arg[1]) or 100000000
print(string.format("%.1f", loop(n)))
