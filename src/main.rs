use std::process::ExitCode;

use netreview::i18n::Localizer;
use netreview::{cli, fl};

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let l = match Localizer::detect(cli::lang_arg(&args).as_deref()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("netreview: {e}");
            return ExitCode::from(2);
        }
    };
    let cli = cli::parse(&l, args);
    match netreview::run(&cli, &l) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(exit) = e.downcast_ref::<netreview::Exit>() {
                eprintln!("\n{}", exit.message);
                return ExitCode::from(exit.code);
            }
            if let Some(msg) = e.downcast_ref::<netreview::lookup::SomeFailed>() {
                eprintln!("{msg}");
                return ExitCode::FAILURE;
            }
            eprintln!("{}: {e:#}", fl!(l, "error-heading"));
            ExitCode::FAILURE
        }
    }
}
