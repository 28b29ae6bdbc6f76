# compile error
nums = [3, 1, 2]
nums.sort(key=len, cmp=None)
