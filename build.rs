//! Decompresses the committed ownership database (`data/asn.nrdb.zst`) into OUT_DIR, where
//! `src/ownership/mod.rs` embeds it with `include_bytes!`. Keeping it compressed in git keeps
//! the repository small; decompressing here keeps opening it free at run time.

use std::io::Read;
use std::path::PathBuf;

fn main() {
    let src = PathBuf::from("data/asn.nrdb.zst");
    println!("cargo:rerun-if-changed={}", src.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("asn.nrdb");
    let bytes = match std::fs::File::open(&src) {
        Ok(f) => decompress(f),
        Err(e) => {
            // The converter is built from this crate, so the crate must build without data.
            println!(
                "cargo:warning=no embedded ownership data ({}: {e})",
                src.display()
            );
            Vec::new()
        }
    };
    if let Err(e) = std::fs::write(&out, bytes) {
        panic!("could not write {}: {e}", out.display());
    }
}

fn decompress(f: std::fs::File) -> Vec<u8> {
    let mut dec = match ruzstd::decoding::StreamingDecoder::new(std::io::BufReader::new(f)) {
        Ok(d) => d,
        Err(e) => panic!("data/asn.nrdb.zst is not a zstd file: {e}"),
    };
    let mut bytes = Vec::new();
    if let Err(e) = dec.read_to_end(&mut bytes) {
        panic!("could not decompress data/asn.nrdb.zst: {e}");
    }
    bytes
}
