//! The agenda template library: complete, commented agendas for the common kinds of meeting,
//! built in from `agendas/templates/`, plus an office's own in `./agendas/templates` or
//! `--templates DIR`, which shadow a built-in template of the same name.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::diagnostic::{closest, did_you_mean, list};
use crate::yaml;

static BUILT_IN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/agendas/templates");

/// Where a template comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

#[derive(Debug, Clone)]
pub struct Template {
    /// The file name without `.yaml`: what `emcee new` and `extends:` take.
    pub name: String,
    /// `zh-CN` or `en`, from the template's `meeting.language`.
    pub language: String,
    /// What it is for: the first line of the file, a comment `# NAME: ABOUT`.
    pub about: String,
    pub origin: Origin,
    pub text: String,
}

impl Template {
    fn new(name: &str, text: String, origin: Origin) -> Template {
        let first = text.lines().next().unwrap_or_default();
        let about = first
            .trim_start_matches('#')
            .trim()
            .split_once(['：', ':'])
            .map_or(first.trim_start_matches('#').trim(), |(_, about)| {
                about.trim()
            })
            .to_string();
        let language = yaml::parse(&text)
            .ok()
            .and_then(|(root, _)| {
                root.get("meeting")
                    .and_then(|m| m.get("language"))
                    .and_then(|l| l.text().map(str::to_string))
            })
            .unwrap_or_else(|| "zh-CN".to_string());
        Template {
            name: name.to_string(),
            language,
            about,
            origin,
            text,
        }
    }

    /// Where the template is, for messages: `built-in` or its path.
    pub fn place(&self) -> String {
        match &self.origin {
            Origin::BuiltIn => "built-in".to_string(),
            Origin::File(path) => path.display().to_string(),
        }
    }
}

/// The folders searched for templates, before the built-in ones.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub dirs: Vec<PathBuf>,
}

impl Library {
    /// `--templates DIR` if given (it must exist), then `./agendas/templates` if it exists.
    pub fn standard(explicit: Option<&Path>) -> anyhow::Result<Library> {
        let mut dirs = Vec::new();
        if let Some(dir) = explicit {
            match dir.canonicalize() {
                Ok(real) if real.is_dir() => dirs.push(dir.to_path_buf()),
                Ok(_) => anyhow::bail!(crate::tr!("library.not-folder", dir = dir.display())),
                Err(_) => anyhow::bail!(crate::diagnostic::with_help(
                    crate::tr!("library.no-folder", dir = dir.display()),
                    crate::tr!("library.no-folder.help")
                )),
            }
        }
        let local = PathBuf::from("agendas/templates");
        if local.is_dir() && !dirs.contains(&local) {
            dirs.push(local);
        }
        Ok(Library { dirs })
    }

    /// The templates of one folder: its regular `.yaml` files that really are in it, within
    /// the size limit (a link that leads out of the folder, a FIFO, a device or a huge file
    /// is skipped, never read).
    fn in_folder(dir: &Path) -> Vec<(String, PathBuf)> {
        let (Ok(real_dir), Ok(entries)) = (dir.canonicalize(), std::fs::read_dir(dir)) else {
            return Vec::new();
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        paths
            .into_iter()
            .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
            .filter(|path| {
                path.canonicalize().is_ok_and(|real| {
                    real.starts_with(&real_dir)
                        && real
                            .metadata()
                            .is_ok_and(|m| m.is_file() && m.len() <= crate::load::MAX_BYTES)
                })
            })
            .filter_map(|path| {
                let name = path.file_stem()?.to_str()?.to_string();
                Some((name, path))
            })
            .collect()
    }

    /// Every template, the user's shadowing built-in ones of the same name, sorted by language
    /// and name.
    pub fn all(&self) -> Vec<Template> {
        let mut found: Vec<Template> = Vec::new();
        for dir in &self.dirs {
            for (name, path) in Self::in_folder(dir) {
                if !found.iter().any(|t| t.name == name)
                    && let Ok(text) = std::fs::read_to_string(&path)
                {
                    found.push(Template::new(&name, text, Origin::File(path)));
                }
            }
        }
        for file in BUILT_IN.files() {
            let path = file.path();
            if let (Some(name), Some(text)) = (
                path.file_stem().and_then(|s| s.to_str()),
                file.contents_utf8(),
            ) && path.extension().is_some_and(|e| e == "yaml")
                && !found.iter().any(|t| t.name == name)
            {
                found.push(Template::new(name, text.to_string(), Origin::BuiltIn));
            }
        }
        found.sort_by(|a, b| {
            (a.language != "zh-CN", &a.language, &a.name).cmp(&(
                b.language != "zh-CN",
                &b.language,
                &b.name,
            ))
        });
        found
    }

    pub fn find(&self, name: &str) -> Option<Template> {
        self.all().into_iter().find(|t| t.name == name)
    }

    /// Whether a template is the same text as the built-in one of its name (as when emcee
    /// runs in its own project folder).
    pub fn is_built_in_copy(&self, template: &Template) -> bool {
        BUILT_IN
            .get_file(format!("{}.yaml", template.name))
            .and_then(|f| f.contents_utf8())
            .is_some_and(|text| text == template.text)
    }

    pub fn names(&self) -> Vec<String> {
        self.all().into_iter().map(|t| t.name).collect()
    }

    /// What to say when there is no template `name`: that, the nearest name, and all of them.
    pub fn no_such_template(&self, name: &str) -> String {
        let names = self.names();
        let mut message = crate::tr!("library.no-template", name = name);
        if let Some(near) = closest(name, names.iter().map(String::as_str)) {
            message = crate::tr!("clause.then", a = message, b = did_you_mean(name, near));
        }
        message.push_str(&crate::tr!("library.templates-are", names = list(&names)));
        message
    }
}
