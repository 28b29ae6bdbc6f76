-- The seed's record-array example at scale: hypot over n (x, y) records,
-- REPEAT times, summing each result so that every element is used. The
-- record array is a C array of structs through the FFI, as numpy lays it out.
local ffi = require("ffi")
local sqrt = math.sqrt

local REPEAT = 100

ffi.cdef("typedef struct { double x, y; } record;")

local function fill(data, n)
  for i = 0, n - 1 do
    data[i].x = i % 1000 * 0.25
    data[i].y = i % 997 * 0.5
  end
end

local function hypot(data, n)
  local result = ffi.new("double[?]", n)
  for i = 0, n - 1 do
    result[i] = sqrt(data[i].x * data[i].x + data[i].y * data[i].y)
  end
  return result
end

local function total(a, n)
  local t = 0.0
  for i = 0, n - 1 do
    t = t + a[i]
  end
  return t
end

local n = tonumber(arg[1]) or 1000000
local data = ffi.new("record[?]", n)
fill(data, n)
local checksum = 0.0
for _ = 1, REPEAT do
  checksum = checksum + total(hypot(data, n), n)
end
print(string.format("%.6f", checksum))
