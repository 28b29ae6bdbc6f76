-- C interop call overhead: a loop of calls to double rk_add1(double)
-- through LuaJIT's FFI.
local ffi = require("ffi")
ffi.cdef("double rk_add1(double x);")
local here = arg[0]:match("^(.*)/") or "."
local lib = ffi.load(here .. "/../../examples/rng/librandomkit.so")
local add1 = lib.rk_add1

local function loop(n)
  local x = 0.0
  for i = 0, n - 1 do
    x = add1(x)
  end
  return x
end

local n = tonumber(arg[1]) or 10000000
print(string.format("%.1f", loop(n)))
