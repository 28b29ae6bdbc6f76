# Startup probe for compare.py: as little work as a script can do.
print("hello")
