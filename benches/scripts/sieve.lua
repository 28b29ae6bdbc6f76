-- Sieve of Eratosthenes over a bool array up to n, run REPEAT times on a
-- fresh array each time; prints the number of primes <= n.

local tnew = require("table.new")

local REPEAT = 200

local function sieve(n)
  -- A preallocated 0-based table of booleans stands in for numpy's bool
  -- array: table.new(n, 0) has array slots 0..n.
  local is_prime = tnew(n, 0)
  for k = 0, n do
    is_prime[k] = true
  end
  is_prime[0] = false
  is_prime[1] = false
  local i = 2
  while i * i <= n do
    if is_prime[i] then
      for j = i * i, n, i do
        is_prime[j] = false
      end
    end
    i = i + 1
  end
  local count = 0
  for k = 0, n do
    if is_prime[k] then
      count = count + 1
    end
  end
  return count
end

local n = tonumber(arg[1]) or 1000000
local count = 0
for _ = 1, REPEAT do
  count = sieve(n)
end
print(string.format("%d", count))
