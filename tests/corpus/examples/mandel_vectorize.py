# adapted from the former numba examples/mandel/mandel_vectorize.py (CPU target)
import numpy as np

from numba import vectorize

sig = 'uint8(uint32, f4, f4, f4, f4, uint32, uint32, uint32)'


@vectorize([sig])
def mandel(tid, min_x, max_x, min_y, max_y, width, height, iters):
    pixel_size_x = (max_x - min_x) / width
    pixel_size_y = (max_y - min_y) / height

    x = tid % width
    y = tid // width

    real = min_x + x * pixel_size_x
    imag = min_y + y * pixel_size_y

    c = complex(real, imag)
    z = 0.0j

    for i in range(iters):
        z = z * z + c
        if (z.real * z.real + z.imag * z.imag) >= 4:
            return i
    return 255


def create_fractal(min_x, max_x, min_y, max_y, width, height, iters):
    tids = np.arange(width * height, dtype=np.uint32)
    return mandel(tids, np.float32(min_x), np.float32(max_x), np.float32(min_y),
                  np.float32(max_y), np.uint32(width), np.uint32(height),
                  np.uint32(iters))


pixels = create_fractal(-2.0, 1.0, -1.0, 1.0, 40, 16, 20)
image = pixels.reshape(16, 40)
print(pixels.dtype, image.shape, int(image.sum()))
for row in image[::2]:
    print("".join("#" if v == 255 else "." for v in row))
