//! PDF, made from the Word document by LibreOffice (`soffice --headless --convert-to pdf`) when
//! it is installed: emcee lays out nothing itself, so the PDF is the Word document as printed.
//! Without LibreOffice the user is told how to get one.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Result, bail};

/// How long LibreOffice may take to convert one document before it is stopped.
const TIMEOUT: Duration = Duration::from_secs(120);

/// The PDF of a Word document's bytes.
pub fn from_docx(docx: &[u8]) -> Result<Vec<u8>> {
    let Some(soffice) = soffice() else {
        bail!(crate::diagnostic::with_help(
            crate::tr!("pdf.no-libreoffice"),
            crate::tr!("pdf.no-libreoffice.help")
        ));
    };
    let dir = tempfile::tempdir()?;
    let input = dir.path().join("document.docx");
    std::fs::write(&input, docx)?;
    // A profile of its own, so that a LibreOffice the user has open does not take the job.
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let mut child = Command::new(&soffice)
        .arg(profile)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&input)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let started = Instant::now();
    loop {
        if child.try_wait()?.is_some() {
            break;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            bail!(crate::tr!("pdf.timeout", seconds = TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    match std::fs::read(dir.path().join("document.pdf")) {
        Ok(pdf) if pdf.starts_with(b"%PDF") => Ok(pdf),
        _ => bail!(crate::diagnostic::with_help(
            crate::tr!("pdf.failed", soffice = soffice.display()),
            crate::tr!("pdf.no-libreoffice.help")
        )),
    }
}

/// LibreOffice's command, on the PATH or where its installers put it.
fn soffice() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH").into_iter().flat_map(|paths| {
        std::env::split_paths(&paths)
            .flat_map(|dir| ["soffice", "libreoffice"].map(|name| dir.join(name)))
            .collect::<Vec<_>>()
    });
    let installed = [
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
    ]
    .map(PathBuf::from);
    on_path.chain(installed).find(|p| p.is_file())
}
