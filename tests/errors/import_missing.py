# compile error
# importing a module that does not exist
import math
import nosuchmodule

print(math.pi)
