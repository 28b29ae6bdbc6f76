# adapted from a classic Numba tutorial example (Conway's game of life on a periodic board)
import numpy as np

from numba import njit


@njit
def life_step(board):
    n, m = board.shape
    new = np.zeros_like(board)
    for i in range(n):
        for j in range(m):
            count = 0
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    if di != 0 or dj != 0:
                        count += board[(i + di) % n, (j + dj) % m]
            if board[i, j] == 1 and (count == 2 or count == 3):
                new[i, j] = 1
            elif board[i, j] == 0 and count == 3:
                new[i, j] = 1
    return new


board = np.zeros((8, 8), dtype=np.int64)
board[1, 2] = board[2, 3] = board[3, 1] = board[3, 2] = board[3, 3] = 1
for gen in range(4):
    board = life_step(board)
print(board.sum())
for row in board:
    print("".join("#" if v else "." for v in row))
