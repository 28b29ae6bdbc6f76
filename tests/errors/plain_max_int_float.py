# compile error
# max() of an int and a float in plain code returns the winner itself
print(max(3, 2.5))
