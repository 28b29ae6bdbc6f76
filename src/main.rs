//! The `rumba` command: run or check a script, or start a REPL.

use clap::{Parser, Subcommand, ValueEnum};
use rumba::{Engine, ErrorKind};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "rumba",
    version,
    about = "Runs Numba-style Python: typed bytecode, an interpreter and a tracing JIT"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Tier {
    Interp,
    Jit,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Dump {
    Ast,
    Types,
    Bytecode,
    Ffi,
    /// Trace events: compiled, aborted (with the reason), blacklisted.
    Trace,
    /// Each trace's IR as recorded and after optimization, with snapshots.
    Ir,
    /// Each trace's machine code.
    Asm,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script.
    Run {
        /// Execution tier (the JIT is the default where it has a backend).
        #[arg(long, value_enum)]
        tier: Option<Tier>,
        /// Executions of a loop before the JIT records it (1 to 65535).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        hot: Option<u16>,
        /// Print JIT statistics on exit.
        #[arg(long)]
        jit_stats: bool,
        /// Print compilation stages to stderr (comma-separated).
        #[arg(long, value_enum, value_delimiter = ',')]
        dump: Vec<Dump>,
        /// The script to run.
        script: PathBuf,
        /// Arguments the script sees in sys.argv[1:].
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Type-check a script without running it.
    Check { script: PathBuf },
    /// Read statements from standard input and run them one by one.
    Repl,
}

/// Splits `rumba run [OPTIONS] SCRIPT ARGS...` after the script: its
/// arguments are the script's whatever they look like (`-h`, `--`,
/// `--tier`), as `python script.py ...` passes them; clap parses the rest.
fn split_script_args() -> (Vec<std::ffi::OsString>, Vec<String>) {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if argv.get(1).and_then(|a| a.to_str()) != Some("run") {
        return (argv, Vec::new());
    }
    let mut i = 2;
    while let Some(a) = argv.get(i).and_then(|a| a.to_str()) {
        match a {
            "--tier" | "--hot" | "--dump" => i += 2,
            _ if a.starts_with('-') => i += 1,
            _ => {
                let script: Vec<String> = argv[i + 1..]
                    .iter()
                    .map(|a| a.to_string_lossy().into_owned())
                    .collect();
                return (argv[..=i].to_vec(), script);
            }
        }
    }
    (argv, Vec::new())
}

fn main() -> ExitCode {
    let (argv, script_args) = split_script_args();
    let cli = Cli::parse_from(argv);
    match cli.command {
        Some(Command::Run {
            tier,
            hot,
            jit_stats,
            dump,
            script,
            mut args,
        }) => {
            args.extend(script_args);
            let mut engine = Engine::new();
            let tier = match tier {
                Some(Tier::Interp) => rumba::Tier::Interp,
                Some(Tier::Jit) => rumba::Tier::JIT,
                None => rumba::Tier::default_for_host(),
            };
            let tier = match (tier, hot) {
                (rumba::Tier::Jit { .. }, Some(hot)) => rumba::Tier::Jit { hot },
                (t, _) => t,
            };
            let jit_dump = rumba::JitDump {
                trace: dump.contains(&Dump::Trace),
                ir: dump.contains(&Dump::Ir),
                asm: dump.contains(&Dump::Asm),
            };
            if let Err(e) = engine.set_tier_with(tier, jit_dump) {
                eprint!("{}", e.text);
                return ExitCode::from(1);
            }
            let mut argv = vec![script.display().to_string()];
            argv.extend(args);
            engine.set_argv(argv);
            let dumps = &mut engine.program().dumps;
            dumps.ast = dump.contains(&Dump::Ast);
            dumps.types = dump.contains(&Dump::Types);
            dumps.bytecode = dump.contains(&Dump::Bytecode);
            dumps.ffi = dump.contains(&Dump::Ffi);
            let r = engine.load_file(&script);
            eprint!("{}", std::mem::take(&mut engine.program().dump_out));
            eprint!("{}", engine.take_jit_log());
            if jit_stats {
                eprint!("{}", engine.jit_report());
            }
            finish(r.map(drop))
        }
        Some(Command::Check { script }) => {
            let text = match std::fs::read_to_string(&script) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("rumba: cannot read {}: {e}", script.display());
                    return ExitCode::from(1);
                }
            };
            let mut engine = Engine::new();
            if let Some(dir) = script.parent().filter(|d| !d.as_os_str().is_empty()) {
                engine.set_search_dir(dir);
            }
            finish(engine.check_source(&script.display().to_string(), &text))
        }
        Some(Command::Repl) | None => repl(),
    }
}

fn finish(r: Result<(), rumba::Error>) -> ExitCode {
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind == ErrorKind::Exit(0) => ExitCode::SUCCESS,
        Err(e) => {
            if let ErrorKind::Exit(code) = e.kind {
                return ExitCode::from(code.clamp(0, 255) as u8);
            }
            let _ = std::io::stdout().flush();
            eprint!("{}", e.text);
            ExitCode::from(1)
        }
    }
}

/// A statement-at-a-time REPL: a block continues while lines are indented
/// or until a blank line ends it.
fn repl() -> ExitCode {
    let mut engine = Engine::new();
    let stdin = std::io::stdin();
    let mut block = String::new();
    let prompt = |more: bool| {
        print!("{}", if more { "... " } else { ">>> " });
        let _ = std::io::stdout().flush();
    };
    prompt(false);
    let mut n = 0;
    let module = match engine.load_source("<stdin>", "") {
        Ok(m) => m,
        Err(e) => {
            eprint!("{}", e.text);
            return ExitCode::from(1);
        }
    };
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let starts_block = line.trim_end().ends_with(':');
        let continuing = !block.is_empty();
        if continuing && !line.trim().is_empty() {
            block.push_str(&line);
            block.push('\n');
            prompt(true);
            continue;
        }
        if !continuing {
            block.push_str(&line);
            block.push('\n');
            if starts_block {
                prompt(true);
                continue;
            }
        }
        let src = std::mem::take(&mut block);
        if !src.trim().is_empty() {
            n += 1;
            let name = format!("<stdin:{n}>");
            if let Err(e) = engine.extend(module, &name, &src) {
                eprint!("{}", e.text);
            }
        }
        prompt(false);
    }
    println!();
    ExitCode::SUCCESS
}
