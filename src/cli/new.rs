//! `cdstudy new`: a fresh study with the essentials a CDA knows before the first visit.

use std::path::PathBuf;

use super::Outcome;
use cdstudy::i18n::Messages;
use cdstudy::model::{Essentials, Study};
use cdstudy::store::{self, Overwrite};

pub const EXAMPLES: &str = "\
Examples:
  cdstudy new studies/guna-brick.yaml --name \"Guna Brick\" --scheme mse-cdp
  cdstudy new bokaro-bamboo.yaml --name \"Bokaro Bamboo Craft\" --scheme sfurti --state Jharkhand --district Bokaro";

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Where to write the study (a .yaml file that does not exist yet).
    pub file: PathBuf,
    /// The cluster's name, e.g. "Ujjain Plastic".
    #[arg(long)]
    pub name: String,
    /// The scheme the study is prepared for, e.g. mse-cdp, sfurti, generic.
    #[arg(long)]
    pub scheme: String,
    /// The state the cluster is in.
    #[arg(long)]
    pub state: Option<String>,
    /// The district the cluster is in.
    #[arg(long)]
    pub district: Option<String>,
    /// Who prepares the study.
    #[arg(long = "by")]
    pub prepared_by: Option<String>,
    /// The organisation preparing it.
    #[arg(long)]
    pub organisation: Option<String>,
    /// A folder of templates (scheme rules) over the built-in ones, where a scheme of its
    /// own may be (default: the folder CDSTUDY_TEMPLATES names, else only the built-in).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

pub fn run(args: Args, m: &Messages) -> Outcome {
    let name = args.name.trim();
    if name.is_empty() {
        errln!(
            "cdstudy new: {}",
            m.label("--name is empty; give the cluster's name")
        );
        return Outcome::Trouble;
    }
    let scheme = args.scheme.trim();
    let Some(ws) = super::schemes::workspace(args.templates.as_deref(), "new", m) else {
        return Outcome::Trouble;
    };
    let Some(catalog) = super::schemes::rules(&ws) else {
        return Outcome::Trouble;
    };
    if let Err(message) = catalog.require(scheme) {
        errln!("cdstudy new: {message}");
        return Outcome::Trouble;
    }
    let study = Study::begin(
        &Essentials {
            name: name.to_string(),
            scheme: scheme.to_string(),
            state: args.state.unwrap_or_default(),
            district: args.district.unwrap_or_default(),
            prepared_by: args.prepared_by.unwrap_or_default(),
            organisation: args.organisation.unwrap_or_default(),
        },
        chrono::Local::now().date_naive(),
    );
    // `cdstudy new studies/x.yaml` in a fresh clone: make the folder, and say so.
    if let Some(folder) = args
        .file
        .parent()
        .filter(|p| !p.as_os_str().is_empty() && !p.exists())
    {
        if let Err(e) = std::fs::create_dir_all(folder) {
            errln!(
                "cdstudy new: {}",
                m.phrase(&cdstudy::phrase!(
                    "cannot create the folder {folder}: {e}",
                    folder = folder.display().to_string(),
                    e = e.to_string()
                ))
            );
            return Outcome::Trouble;
        }
        outln!(
            "{}",
            m.phrase(&cdstudy::phrase!(
                "created the folder {folder}",
                folder = folder.display().to_string()
            ))
        );
    }
    match store::save(&args.file, &study, Overwrite::OnlyNew) {
        Ok(_) => {
            let file = args.file.display().to_string();
            outln!(
                "{}",
                m.phrase(&cdstudy::phrase!(
                    "created {file}: \"{title}\" (scheme {scheme})",
                    file = &file,
                    title = &study.meta.title,
                    scheme
                ))
            );
            outln!(
                "{}",
                m.phrase(&cdstudy::phrase!(
                    "next: open it with `cdstudy {file}`, or edit it by hand and run `cdstudy check {file}`",
                    file
                ))
            );
            Outcome::Fine
        }
        Err(e) => {
            errln!("cdstudy new: {e}");
            Outcome::Trouble
        }
    }
}
