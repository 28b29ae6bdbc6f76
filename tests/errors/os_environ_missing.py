# os.environ[key] of a variable that is not set
import os

print("before")
path = os.environ["RUMBA_TEST_UNSET_VARIABLE"]
print(path)
