# os and os.path as CPython computes them on POSIX: join, dirname, basename,
# abspath, normpath, realpath, splitext, isabs, exists, isfile, isdir; os.environ.get
# and os.getenv with defaults, os.getcwd, __file__.
import os
import os.path
from os.path import join

print(os.path.join("a", "b", "c.so"), os.path.join("a/", "/b", "c"), join("", "x"), join("a", ""))
print(os.path.dirname("/a/b//c"), os.path.dirname("//x"), repr(os.path.dirname("x")))
print(os.path.basename("/a/b.so"), repr(os.path.basename("/a/")))
print(os.path.normpath("a/./b/../../.."), os.path.normpath("/../a//b/"), os.path.normpath("./"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext("a/.bashrc"), os.path.splitext("a.b/c"))
print(os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.abspath("/a/../b/./c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.realpath("/nonexistent/../nonexistent/./x/../y"), os.path.realpath(".") == os.getcwd())
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.basename(__file__), os.path.isabs(__file__), os.path.basename(here))
print(os.path.isfile(__file__), os.path.isdir(__file__), os.path.exists(here), os.path.isdir(here))
print(os.path.exists(os.path.join(here, "no such file")))
print(os.environ.get("RUMBA_TEST_UNSET_VARIABLE", "default"), os.getenv("RUMBA_TEST_UNSET_VARIABLE", "d2"))
print(os.sep, os.pathsep, os.curdir, os.pardir, os.name, os.path.sep)
