-- Benchmarks-game fannkuch-redux: visit all n! permutations in the order
-- of the reference (alternating signs for the checksum), count the
-- pancake flips each takes until 0 is in front. Mike Pall's algorithm,
-- moved to 0-based tables to match the Python version line for line.

local function fannkuch(n)
  local perm, q, s = {}, {}, {}  -- permutation, flipped copy, rotation counters
  for i = 0, n - 1 do
    perm[i], q[i], s[i] = i, i, i
  end
  local sign, checksum, maxflips = 1, 0, 0
  while true do
    -- Count the flips of perm, working on a copy in q.
    local q0 = perm[0]
    if q0 ~= 0 then
      for i = 1, n - 1 do
        q[i] = perm[i]
      end
      local flips = 1
      while true do
        local qq = q[q0]
        if qq == 0 then
          checksum = checksum + sign * flips
          if flips > maxflips then
            maxflips = flips
          end
          break
        end
        -- Reverse q[0..q0]: q[0] is kept in q0, not stored.
        q[q0] = q0
        if q0 >= 3 then
          local i, j = 1, q0 - 1
          while i < j do
            q[i], q[j] = q[j], q[i]
            i = i + 1
            j = j - 1
          end
        end
        q0 = qq
        flips = flips + 1
      end
    end
    -- Next permutation.
    if sign == 1 then
      perm[0], perm[1] = perm[1], perm[0]
      sign = -1
    else
      perm[1], perm[2] = perm[2], perm[1]
      sign = 1
      for i = 2, n - 1 do
        if s[i] ~= 0 then
          s[i] = s[i] - 1
          break
        end
        if i == n - 1 then
          return checksum, maxflips
        end
        s[i] = i
        -- Rotate perm[0..i+1] left by one.
        local t = perm[0]
        for j = 0, i do
          perm[j] = perm[j + 1]
        end
        perm[i + 1] = t
      end
    end
  end
end

local n = tonumber(arg[1]) or 10
local checksum, maxflips = fannkuch(n)
print(string.format("%d", checksum))
print(string.format("Pfannkuchen(%d) = %d", n, maxflips))
