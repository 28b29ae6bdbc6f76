# adapted from the former numba examples/fbcorr.py (seeded small inputs, checksum instead of timing)
import numpy as np

from numba import jit


@jit(nopython=True)
def fbcorr(imgs, filters, output):
    n_imgs, n_rows, n_cols, n_channels = imgs.shape
    n_filters, height, width, n_ch2 = filters.shape

    for ii in range(n_imgs):
        for rr in range(n_rows - height + 1):
            for cc in range(n_cols - width + 1):
                for hh in range(height):
                    for ww in range(width):
                        for jj in range(n_channels):
                            for ff in range(n_filters):
                                imgval = imgs[ii, rr + hh, cc + ww, jj]
                                filterval = filters[ff, hh, ww, jj]
                                output[ii, ff, rr, cc] += imgval * filterval


def main():
    np.random.seed(0)
    imgs = np.random.randn(2, 8, 8, 3)
    filt = np.random.randn(4, 3, 3, 3)
    output = np.zeros((2, 4, 6, 6))
    fbcorr(imgs, filt, output)
    print(output.shape, "%.8f" % output.sum())
    print(np.round(output[1, 2, :2, :3], 6))


if __name__ == "__main__":
    main()
