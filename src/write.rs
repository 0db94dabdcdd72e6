//! Writes results: to standard output, or to a file through a temporary file in the same folder
//! that is renamed into place, so a failed run never leaves a half-written file behind.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};

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
            Err(e).context("cannot write to standard output")
        }
        _ => Ok(()),
    }
}

/// Writes `bytes` to `path` atomically: the old file, if any, stays whole until the new one is
/// complete.
pub fn to_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        bail!(
            "cannot write `{}`: the folder `{}` does not exist (create it first)",
            path.display(),
            folder.display()
        );
    }
    if path.is_dir() {
        bail!("cannot write `{}`: it is a folder", path.display());
    }
    let mut temp = tempfile::Builder::new()
        .prefix(".emcee-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .with_context(|| format!("cannot create a file in `{}`", folder.display()))?;
    temp.write_all(bytes)
        .and_then(|()| temp.flush())
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    temp.persist(path)
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    Ok(())
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
}
