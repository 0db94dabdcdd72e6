//! The script templates and the agenda templates are embedded into the binary; rebuild when
//! any of them changes (the `include_dir!` macro cannot tell cargo by itself).

fn main() {
    println!("cargo:rerun-if-changed=scripts");
    println!("cargo:rerun-if-changed=agendas/templates");
}
