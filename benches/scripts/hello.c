/* Startup probe for compare.py: as little work as a program can do. */
#include <stdio.h>

int main(void) {
    puts("hello");
    return 0;
}
