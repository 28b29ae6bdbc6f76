//! The `rumba` command: exit statuses, where output and errors go, and the
//! shape of error messages.

use std::io::Write;
use std::process::{Command, Output};

fn rumba(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rumba"))
        .args(args)
        .output()
        .expect("rumba runs")
}

fn script(name: &str, text: &str) -> std::path::PathBuf {
    // Under target/, so the runs leave nothing behind in the system's /tmp.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .expect("write script");
    path
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn a_script_runs_and_sees_its_arguments() {
    let p = script(
        "args.py",
        "import sys\nprint(len(sys.argv), sys.argv[1], int(sys.argv[2]) * 2)\n",
    );
    let out = rumba(&["run", p.to_str().unwrap(), "hello", "21"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "3 hello 42\n");
}

#[test]
fn a_runtime_error_prints_a_traceback_and_exits_1() {
    let p = script(
        "oob.py",
        "import numpy as np\ndef f(a):\n    return a[5]\nprint('before')\nprint(f(np.zeros(3)))\n",
    );
    let out = rumba(&["run", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "before\n");
    let err = text(&out.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.contains("line 5, in <module>") && err.contains("line 3, in f"),
        "{err}"
    );
    assert!(
        err.trim_end()
            .ends_with("IndexError: index 5 is out of bounds for axis 0 with size 3"),
        "{err}"
    );
}

#[test]
fn a_compile_error_points_at_the_source() {
    let p = script("bad.py", "x = 1\ny = x + 'a'\n");
    let out = rumba(&["run", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("TypeError: unsupported operand type(s) for +"),
        "{err}"
    );
    assert!(err.contains("bad.py:2:5"), "{err}");
    assert!(
        err.contains("2 | y = x + 'a'") && err.contains("^^^^^^^"),
        "{err}"
    );
}

#[test]
fn check_reports_type_errors_without_running() {
    let p = script(
        "check.py",
        "print('side effect')\ndef f(x):\n    return x + 1\nf('s')\n",
    );
    let out = rumba(&["check", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    assert!(
        text(&out.stderr).contains("check.py:3:12"),
        "{}",
        text(&out.stderr)
    );
    let ok = script("fine.py", "print(1 + 2)\n");
    let out = rumba(&["check", ok.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(rumba(&["run"]).status.code(), Some(2));
    assert_eq!(rumba(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        rumba(&["run", "--tier=warp", "x.py"]).status.code(),
        Some(2)
    );
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let out = rumba(&["run", "/nonexistent/script.py"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("cannot read /nonexistent/script.py"));
}

#[test]
fn sys_exit_sets_the_status() {
    let p = script(
        "exit.py",
        "import sys\nprint('a')\nsys.exit(3)\nprint('b')\n",
    );
    let out = rumba(&["run", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(text(&out.stdout), "a\n");
}

#[test]
fn version_and_help() {
    let v = rumba(&["--version"]);
    assert_eq!(v.status.code(), Some(0));
    assert!(text(&v.stdout).starts_with("rumba "));
    let h = rumba(&["--help"]);
    assert!(text(&h.stdout).contains("run") && text(&h.stdout).contains("check"));
}

#[test]
fn dumps_go_to_stderr() {
    let p = script("dump.py", "def f(x):\n    return x * 2\nprint(f(21))\n");
    let out = rumba(&["run", "--dump=types,bytecode", p.to_str().unwrap()]);
    assert_eq!(text(&out.stdout), "42\n");
    let err = text(&out.stderr);
    assert!(err.contains("== types of f(int64) -> int64"), "{err}");
    assert!(
        err.contains("-- f (params 1") && err.contains("MUL"),
        "{err}"
    );
}

#[test]
fn the_repl_keeps_state_between_statements() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rumba"))
        .arg("repl")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("repl starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"x = 20\ndef f(y):\n    return y + x\n\nprint(f(22))\n")
        .expect("write");
    let out = child.wait_with_output().expect("repl ends");
    assert!(text(&out.stdout).contains("42\n"), "{}", text(&out.stdout));
}

#[test]
fn gibbs_opens_the_library_named_on_the_command_line() {
    let root = env!("CARGO_MANIFEST_DIR");
    let lib = format!("{root}/examples/rng/librandomkit.so");
    let want = std::fs::read_to_string(format!("{root}/examples/gibbs/gibbs.expected"))
        .expect("gibbs.expected");
    for script in ["gibbs_argv.py", "gibbs_argv_ctypes.py"] {
        let path = format!("{root}/examples/gibbs/{script}");
        for tier in ["--tier=interp", "--tier=jit"] {
            let out = rumba(&["run", tier, &path, &lib]);
            assert_eq!(text(&out.stderr), "", "{script} {tier}");
            assert_eq!(out.status.code(), Some(0), "{script} {tier}");
            assert_eq!(text(&out.stdout), want, "{script} {tier}");
        }
    }
}

#[test]
fn a_library_missing_at_a_computed_path_names_the_path() {
    let p = script(
        "missing_lib.py",
        "import ctypes\nimport sys\n\nlib = ctypes.CDLL(sys.argv[1])\n",
    );
    let out = rumba(&["run", p.to_str().unwrap(), "/nonexistent/librk.so"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("missing_lib.py:4:")
            && err.contains(
                "OSError: /nonexistent/librk.so: cannot open shared object file: No such file or directory"
            ),
        "{err}"
    );
}

#[test]
fn a_traceback_folds_repeated_lines_as_cpython_does() {
    let p = script(
        "rec.py",
        "def down(n):\n    if n == 0:\n        return 1 // n\n    return down(n - 1)\n\n\ndef f(n):\n    return down(n)\n\n\nprint(f(4))\n",
    );
    let path = p.to_str().unwrap();
    let frame = |line: u32, name: &str, src: &str| {
        format!("  File \"{path}\", line {line}, in {name}\n    {src}\n")
    };
    let expected = format!(
        "Traceback (most recent call last):\n{}{}{}{}{}  [Previous line repeated 1 more time]\n{}ZeroDivisionError: integer division or modulo by zero\n",
        frame(11, "<module>", "print(f(4))"),
        frame(8, "f", "return down(n)"),
        frame(4, "down", "return down(n - 1)"),
        frame(4, "down", "return down(n - 1)"),
        frame(4, "down", "return down(n - 1)"),
        frame(3, "down", "return 1 // n"),
    );
    for tier in [&["--tier=interp"][..], &["--tier=jit", "--hot=1"]] {
        let out = rumba(&[&["run"], tier, &[path]].concat());
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(text(&out.stderr), expected, "{tier:?}");
    }
}

#[test]
fn a_compiled_callback_reports_errors_as_the_interpreter_does() {
    // C's qsort calls the comparator compiled (entered directly from the
    // callback's stub) long before it meets 13, where it raises: each
    // error is printed and the comparator returns 0 to C.
    let p = script(
        "cb_err.py",
        "from cffi import FFI\n\
         ffi = FFI()\n\
         ffi.cdef(\"void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));\")\n\
         libc = ffi.dlopen(None)\n\
         \n\
         \n\
         @ffi.callback(\"int(const void *, const void *)\")\n\
         def cmp(a, b):\n\
         \x20   x = ffi.cast(\"int64_t *\", a)[0]\n\
         \x20   y = ffi.cast(\"int64_t *\", b)[0]\n\
         \x20   if x == 13:\n\
         \x20       return 100 // (x - y - x + y)\n\
         \x20   return (x > y) - (x < y)\n\
         \n\
         \n\
         xs = ffi.new(\"int64_t[300]\")\n\
         for i in range(300):\n\
         \x20   xs[i] = i * 37 % 300\n\
         libc.qsort(xs, 300, 8, cmp)\n\
         print(xs[0], xs[299])\n",
    );
    let path = p.to_str().unwrap();
    let runs: Vec<Output> = [
        &["--tier=interp"][..],
        &["--tier=jit", "--hot=1"],
        &["--tier=jit", "--hot=7"],
    ]
    .iter()
    .map(|tier| rumba(&[&["run"], *tier, &[path]].concat()))
    .collect();
    let err = text(&runs[0].stderr);
    assert!(
        err.starts_with("From callback cmp:\nTraceback (most recent call last):\n")
            && err.contains(", line 12, in cmp\n")
            && err.ends_with("ZeroDivisionError: integer division or modulo by zero\n"),
        "{err}"
    );
    for r in &runs {
        assert_eq!(r.status.code(), Some(0));
        assert_eq!(text(&r.stdout), text(&runs[0].stdout));
        assert_eq!(text(&r.stderr), err);
    }
}

#[test]
fn argparse_errors_and_help_as_cpython() {
    let p = script(
        "ape.py",
        "import argparse\n\nparser = argparse.ArgumentParser(description='Calculate Pi.')\n\
         parser.add_argument('--points', dest='points', type=int, default=20000, help='how many')\n\
         parser.add_argument('mode', choices=['a', 'b'])\nargs = parser.parse_args()\n\
         print(args.points, args.mode)\n",
    );
    let run = |args: &[&str]| {
        let mut all = vec!["run", p.to_str().unwrap()];
        all.extend(args);
        rumba(&all)
    };
    let usage = "usage: ape.py [-h] [--points POINTS] {a,b}\n";
    // The texts CPython 3.11 prints for the same arguments.
    for (args, msg) in [
        (
            &["a", "--points", "x"][..],
            "argument --points: invalid int value: 'x'",
        ),
        (
            &["--points", "5"][..],
            "the following arguments are required: mode",
        ),
        (
            &["c"][..],
            "argument mode: invalid choice: 'c' (choose from 'a', 'b')",
        ),
        (&["a", "--pts=3"][..], "unrecognized arguments: --pts=3"),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(text(&out.stdout), "");
        assert_eq!(text(&out.stderr), format!("{usage}ape.py: error: {msg}\n"));
    }
    let out = run(&["-h"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        format!(
            "{usage}\nCalculate Pi.\n\npositional arguments:\n  {{a,b}}\n\noptions:\n  \
             -h, --help       show this help message and exit\n  --points POINTS  how many\n"
        )
    );
    let out = run(&["b", "--poi=7"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "7 b\n");
}

#[test]
fn inspect_types_annotates_each_specialization_as_numba_lays_it_out() {
    let p = script(
        "inspect.py",
        "from numba import njit\n\n@njit\ndef add(a, b):\n    c = a + b\n    return c * 2\n\n\
         add(1, 2)\nadd(1.5, 2)\nadd.inspect_types()\n",
    );
    let out = rumba(&["run", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let path = p.to_str().unwrap();
    let spec = |args: &str, a: &str, c: &str| {
        format!(
            "add ({args})\n{}\n# File: {path}\n# --- LINE 3 --- \n# label 0\n\
             #   a = arg(0, name=a)  :: {a}\n#   b = arg(1, name=b)  :: int64\n\n@njit\n\n\
             # --- LINE 4 --- \n\ndef add(a, b):\n\n    # --- LINE 5 --- \n\
             \x20   #   c = a + b  :: {c}\n\n    c = a + b\n\n    # --- LINE 6 --- \n\
             \x20   #   $return_value = cast(value=c * 2)  :: {c}\n    #   return $return_value\n\n\
             \x20   return c * 2\n\n\n{}\n",
            "-".repeat(80),
            "=".repeat(80)
        )
    };
    let expected =
        spec("int64, int64", "int64", "int64") + &spec("float64, int64", "float64", "float64");
    assert_eq!(text(&out.stdout), expected);
}
