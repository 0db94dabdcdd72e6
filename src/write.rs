//! Writes results: to standard output, or to a file through a temporary file in the same folder
//! that is renamed into place, so a failed or interrupted run never leaves a half-written file
//! or a temporary file behind.
//!
//! What `-o FILE` does depends on what FILE is:
//! - nothing yet: a new file, with the permissions the umask gives;
//! - a regular file (or a link to one): replaced whole, keeping its permissions and group; a
//!   link stays a link and its target is replaced; a read-only file is refused;
//! - `/dev/stdout` (or `/dev/fd/1`): standard output;
//! - a character device (`/dev/null`, a terminal) or a FIFO (a named pipe, `>(…)`): written
//!   into, as a shell's `>` would; it is never replaced by a file;
//! - anything else (a folder, a socket, a disk): refused.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Result, bail};

/// Writes `text` to standard output. A closed pipe (`emcee render x.yaml | head -1`) is not an
/// error.
pub fn to_stdout(text: &str) -> Result<()> {
    to_bytes_stdout(text.as_bytes())
}

/// Writes `bytes` to standard output, as [`to_stdout`].
pub fn to_bytes_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            bail!(crate::tr!("write.stdout", reason = reason(&e)))
        }
        _ => Ok(()),
    }
}

/// Prints to standard output, ignoring a closed pipe: `emcee check *.yaml | head -1` ends
/// quietly instead of panicking like `println!`.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Prints a line to standard error, ignoring a closed one (unlike `eprintln!`, which panics).
#[macro_export]
macro_rules! tell {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let line = format!($($arg)*);
        let _ = writeln!(std::io::stderr().lock(), "{}", $crate::diagnostic::visible(&line));
    }};
}

/// Prints text to standard error as it is, ignoring a closed one.
pub fn to_stderr(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// The operating system's reason for an error, without its number or a path added to it:
/// "Permission denied".
pub fn reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Writes `bytes` to `path` (see the module's documentation for what each kind of file gets):
/// a file is replaced atomically, the old one staying whole until the new one is complete.
pub fn to_file(path: &Path, bytes: &[u8]) -> Result<()> {
    if is_stdout(path) {
        return to_bytes_stdout(bytes);
    }
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => bail!(cannot(path, crate::tr!("write.folder"))),
        Ok(meta) if meta.is_file() => {
            if meta.permissions().readonly() {
                bail!(crate::diagnostic::with_help(
                    crate::tr!("write.read-only", path = path.display()),
                    crate::tr!("write.read-only.help")
                ));
            }
            // Through links: the link stays, the file it points to is replaced.
            let real = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
            replace(path, &real, bytes, Some(&meta))
        }
        Ok(meta) if is_stream(&meta) => write_into(path, bytes),
        Ok(_) => bail!(cannot(path, crate::tr!("write.not-a-file"))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Ok(target) = std::fs::read_link(path) {
                bail!(cannot(
                    path,
                    crate::tr!("write.dangling-link", target = target.display())
                ));
            }
            replace(path, path, bytes, None)
        }
        Err(e) => bail!(cannot(path, reason(&e))),
    }
}

/// "cannot write `PATH`: REASON", in the language of messages.
fn cannot(path: &Path, reason: String) -> String {
    crate::tr!("write.cannot", path = path.display(), reason = reason)
}

/// `/dev/stdout` and its other names: written as standard output, which may be a file the
/// shell opened (`> out.txt`) and must not be replaced behind its back.
fn is_stdout(path: &Path) -> bool {
    ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]
        .iter()
        .any(|p| path == Path::new(p))
}

/// A character device or a FIFO: something to write into, never to replace.
#[cfg(unix)]
fn is_stream(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_char_device() || meta.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_stream(_: &std::fs::Metadata) -> bool {
    false
}

fn write_into(path: &Path, bytes: &[u8]) -> Result<()> {
    let result = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.flush()));
    match result {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            bail!(cannot(path, reason(&e)))
        }
        _ => Ok(()),
    }
}

/// The temporary file being written, removed if the run is interrupted before it is renamed.
static PENDING: Mutex<Option<PathBuf>> = Mutex::new(None);

fn pending(path: Option<PathBuf>) {
    if let Ok(mut pending) = PENDING.lock() {
        *pending = path;
    }
}

/// On Ctrl-C, SIGTERM or SIGHUP, removes the temporary file being written, then exits 130.
fn remove_pending_when_interrupted() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if let Ok(pending) = PENDING.lock()
                && let Some(path) = pending.as_ref()
            {
                let _ = std::fs::remove_file(path);
            }
            std::process::exit(130);
        });
    });
}

/// Writes a temporary file beside `real` and renames it to `real`. `shown` is the path as the
/// user gave it, for messages; `old` is the file replaced, whose permissions and group the new
/// one takes.
fn replace(shown: &Path, real: &Path, bytes: &[u8], old: Option<&std::fs::Metadata>) -> Result<()> {
    let folder = match real.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        bail!(cannot(
            shown,
            crate::tr!("write.no-folder", folder = folder.display())
        ));
    }
    remove_pending_when_interrupted();
    let mut builder = tempfile::Builder::new();
    builder.prefix(".emcee-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created as a new file would be: read and write for all, less the umask.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let temp = builder.tempfile_in(folder).map_err(|e| match e.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            anyhow::anyhow!(cannot(
                shown,
                crate::tr!("write.folder-not-writable", folder = folder.display())
            ))
        }
        // The error names the temporary file, which means nothing to the user: only its reason.
        _ => anyhow::anyhow!(cannot(
            shown,
            crate::tr!(
                "write.cannot-create",
                folder = folder.display(),
                reason = reason(&e).split(" at path ").next().unwrap_or_default()
            )
        )),
    })?;
    pending(Some(temp.path().to_path_buf()));
    let result = fill(temp, real, bytes, old);
    pending(None);
    result.map_err(|e| anyhow::anyhow!(cannot(shown, reason(&e))))
}

fn fill(
    mut temp: tempfile::NamedTempFile,
    real: &Path,
    bytes: &[u8],
    old: Option<&std::fs::Metadata>,
) -> std::io::Result<()> {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var_os("EMCEE_TEST_WRITE_PAUSE_MS") {
        // For the test that interrupts a write: a debug build only.
        let ms = ms.to_str().and_then(|s| s.parse().ok()).unwrap_or(0);
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
    temp.write_all(bytes)?;
    temp.flush()?;
    if let Some(old) = old {
        keep_mode(temp.as_file(), old);
    }
    temp.persist(real).map_err(|e| e.error)?;
    Ok(())
}

/// Gives the new file the old one's permissions and, where allowed, its owner and group.
#[cfg(unix)]
fn keep_mode(file: &std::fs::File, old: &std::fs::Metadata) {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    // Only root may give a file away; anyone may give it a group they belong to.
    if std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
        let _ = std::os::unix::fs::fchown(file, None, Some(old.gid()));
    }
    let _ = file.set_permissions(std::fs::Permissions::from_mode(old.mode() & 0o7777));
}

#[cfg(not(unix))]
fn keep_mode(file: &std::fs::File, old: &std::fs::Metadata) {
    let _ = file.set_permissions(old.permissions());
}

/// A file's identity: two paths name the same file when these are equal, whatever links,
/// `./` or `..` lead to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FileId(u64, u64);

impl FileId {
    /// The identity of the file at `path` (through links), if it exists.
    pub fn of(path: &Path) -> Option<FileId> {
        std::fs::metadata(path)
            .ok()
            .and_then(|m| Self::from_meta(&m))
    }

    /// The identity of the file standard input reads, when it is a file (`< meeting.yaml`).
    pub fn of_stdin() -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::fd::AsFd;
            let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
            let meta = std::fs::File::from(fd).metadata().ok()?;
            if meta.is_file() {
                return Self::from_meta(&meta);
            }
        }
        None
    }

    #[cfg(unix)]
    fn from_meta(meta: &std::fs::Metadata) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        Some(FileId(meta.dev(), meta.ino()))
    }

    #[cfg(not(unix))]
    fn from_meta(_: &std::fs::Metadata) -> Option<FileId> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replace_whole_files_and_leave_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        to_file(&path, b"first").unwrap();
        to_file(&path, b"second").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "second");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = to_file(&dir.path().join("no/such/out.txt"), b"x").unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
    }

    #[test]
    fn a_link_stays_a_link_and_its_target_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        let link = dir.path().join("link.txt");
        std::fs::write(&real, "old").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(&real, &link).unwrap();
        #[cfg(unix)]
        {
            to_file(&link, b"new").unwrap();
            assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
            assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        }
    }

    #[test]
    fn a_failed_rename_says_why_once_and_leaves_no_temp() {
        // A folder appearing where the file was to go, after the checks: the rename fails.
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.txt");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("inside"), "x").unwrap();
        let err = replace(&target, &target, b"x", None)
            .unwrap_err()
            .to_string();
        assert!(
            !err.contains("os error") && !err.contains(".emcee-"),
            "{err}"
        );
        assert!(err.starts_with("cannot write `"), "{err}");
        assert_eq!(err.matches(':').count(), 1, "{err}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn the_same_file_by_another_path_has_the_same_identity() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.yaml");
        std::fs::write(&a, "x").unwrap();
        let other = dir.path().join(".").join("a.yaml");
        assert_eq!(FileId::of(&a), FileId::of(&other));
        assert_eq!(FileId::of(&dir.path().join("none")), None);
    }
}
