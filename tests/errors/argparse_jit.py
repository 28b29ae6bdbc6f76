# compile error
import argparse
from numba import njit


@njit
def parse():
    p = argparse.ArgumentParser()
    return p


parse()
