use rumba::front::diag::SourceFile;
use rumba::program::{Failure, Program};
use vm::interp::Output;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = &args[2];
    let text = std::fs::read_to_string(path).unwrap();
    let mut p = Program::new(Output::Stdout(std::io::BufWriter::new(std::io::stdout())));
    p.argv = args[2..].to_vec();
    p.dumps.bytecode = std::env::var("DUMP").is_ok();
    let file = SourceFile::new(path.clone(), text);
    let r = p.load_module("__main__", file);
    p.vm.out.flush();
    eprint!("{}", p.dump_out);
    if let Err(e) = r {
        match e {
            Failure::Compile(d) => eprint!("{d}"),
            Failure::Runtime(_, t) => eprint!("{t}"),
        }
        std::process::exit(1);
    }
}
