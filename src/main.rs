fn main() -> std::process::ExitCode {
    orgtrack::run()
}
