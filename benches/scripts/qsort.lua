-- libc's qsort over 10^6 int64 with the comparator written in Lua: an FFI
-- callback that C calls for every comparison.
local ffi = require("ffi")
ffi.cdef([[
void qsort(void *base, size_t nmemb, size_t size,
           int (*compar)(const void *, const void *));
]])

local compare = ffi.cast("int (*)(const void *, const void *)", function(a, b)
  local x = ffi.cast("const int64_t *", a)[0]
  local y = ffi.cast("const int64_t *", b)[0]
  if x < y then
    return -1
  end
  if x > y then
    return 1
  end
  return 0
end)

-- Park and Miller's minimal standard generator: its products stay below
-- 2^53, so doubles compute it exactly.
local function fill(a, n)
  local s = 1
  for i = 0, n - 1 do
    s = s * 16807 % 2147483647
    a[i] = s
  end
end

local n = tonumber(arg[1]) or 1000000
local a = ffi.new("int64_t[?]", n)
fill(a, n)
ffi.C.qsort(a, n, 8, compare)
print(string.format("%d %d %d", tonumber(a[0]), tonumber(a[math.floor(n / 2)]),
  tonumber(a[n - 1])))
