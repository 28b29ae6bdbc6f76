# adapted from the former numba examples/mergesort.py (timings removed, seeded input)
import numpy as np

from numba import njit


@njit
def mergesort_inplace(arr):
    assert arr.ndim == 1
    if arr.size > 2:
        mid = arr.size // 2
        first = arr[:mid]
        second = arr[mid:]
        mergesort_inplace(first)
        mergesort_inplace(second)
        left = 0
        right = mid
        while left < mid and right < arr.size:
            if arr[left] <= arr[right]:
                left += 1
            else:
                temp = arr[right]
                right += 1
                for i in range(mid, left, -1):
                    arr[i] = arr[i - 1]
                arr[left] = temp
                left += 1
                mid += 1
    elif arr.size == 2:
        a, b = arr
        arr[0], arr[1] = ((a, b) if a <= b else (b, a))
    return arr


@njit
def mergesort(arr):
    assert arr.ndim == 1
    if arr.size > 2:
        mid = arr.size // 2
        first = mergesort(arr[:mid].copy())
        second = mergesort(arr[mid:].copy())
        left = right = 0
        writeidx = 0
        while left < first.size and right < second.size:
            if first[left] <= second[right]:
                arr[writeidx] = first[left]
                left += 1
            else:
                arr[writeidx] = second[right]
                right += 1
            writeidx += 1
        while left < first.size:
            arr[writeidx] = first[left]
            writeidx += 1
            left += 1
        while right < second.size:
            arr[writeidx] = second[right]
            writeidx += 1
            right += 1
    elif arr.size == 2:
        a, b = arr
        arr[0], arr[1] = ((a, b) if a <= b else (b, a))
    return arr


def run(mergesort):
    print(('Running %s' % mergesort.py_func.__name__).center(40, '='))
    arr = np.random.random(6)
    expect = arr.copy()
    expect.sort()
    print("unsorted", arr)
    res = mergesort(arr)
    print("  sorted", res)
    assert np.all(expect == res)
    nelem = 300
    print("Sorting %d float64" % nelem)
    arr = np.random.random(nelem)
    expect = arr.copy()
    expect.sort()
    res = mergesort(arr)
    print(np.all(expect == res))


def main():
    np.random.seed(0)
    run(mergesort)
    run(mergesort_inplace)

if __name__ == '__main__':
    main()
