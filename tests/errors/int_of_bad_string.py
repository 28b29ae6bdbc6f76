# int() of a string that is not a number
print(int('12'))
s = '12a'
print(int(s))
