# np.random.choice with p= in module code: numpy's validation (kahan_sum) and
# its draws (a uniform sample searched in the normalized cumulative sums).
import numpy as np
np.random.seed(3)
print(np.random.choice(4, 8, p=np.array([0.1, 0.2, 0.3, 0.4])))
print(np.random.choice(np.array([1.5, 2.5, 3.5]), (2, 2), p=np.array([0.5, 0.0, 0.5])))
print(np.random.choice(3, p=np.array([0.2, 0.2, 0.6])), np.random.choice(np.arange(5) * 10, 3, True, np.full(5, 0.2)))
for p in (np.array([0.5, 0.6]), np.array([-0.5, 1.5]), np.array([0.5, 0.5, 0.0]), np.array([np.nan, 1.0])):
    try:
        np.random.choice(2, 3, p=p)
    except ValueError as e:
        print("ValueError", e)
